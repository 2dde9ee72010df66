package bcc

import (
	"bytes"
	"debug/elf"
	"encoding/binary"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// usdtC has probes of each kind of argument gcc writes: registers, memory
// through a register, a constant, a global variable (rip-relative), one
// probe inlined at two places with different arguments, and semaphores.
const usdtC = `#define _SDT_HAS_SEMAPHORES 1
#include <sys/sdt.h>
#include <stdlib.h>

#define SEM(n) unsigned short bccctest_##n##_semaphore __attribute__((unused)) __attribute__((section(".probes")))
SEM(tick); SEM(twice); SEM(global);

long counter = 40;
long gv = 5;

__attribute__((noinline)) static int usdt_helper(int x) { return x * 2; }

static inline __attribute__((always_inline)) void twice(long v) { STAP_PROBE1(bccctest, twice, v); }

int main(int argc, char **argv)
{
	int n = argc > 1 ? atoi(argv[1]) : 1;
	int fired = 0;
	STAP_PROBE1(bccctest, global, gv);
	for (int i = 0; i < n; i++) {
		counter++;
		/* Only while a probe is attached: the kernel raises the semaphore. */
		if (bccctest_tick_semaphore) {
			fired++;
			STAP_PROBE4(bccctest, tick, i, counter, argv[0], -5);
		}
	}
	twice(counter * 3);
	twice(7);
	return fired + usdt_helper(0);
}
`

// buildC compiles C with gcc -O2 into the test's directory; it skips
// without gcc or <sys/sdt.h> (Debian: systemtap-sdt-dev).
func buildC(t *testing.T, src string) string {
	t.Helper()
	gcc, err := exec.LookPath("gcc")
	if err != nil {
		t.Skip("no gcc")
	}
	dir := t.TempDir()
	c := filepath.Join(dir, "prog.c")
	bin := filepath.Join(dir, "prog")
	os.WriteFile(c, []byte(src), 0o644)
	out, err := exec.Command(gcc, "-O2", "-o", bin, c).CombinedOutput()
	if err != nil {
		if bytes.Contains(out, []byte("sys/sdt.h")) {
			t.Skipf("no <sys/sdt.h> (apt-get install systemtap-sdt-dev): %s", out)
		}
		t.Fatalf("gcc: %v\n%s", err, out)
	}
	return bin
}

func TestUSDTProbesParse(t *testing.T) {
	bin := buildC(t, usdtC)
	probes, err := USDTProbes(bin)
	if err != nil {
		t.Fatal(err)
	}
	by := map[string][]USDTProbe{}
	for _, p := range probes {
		if p.Provider != "bccctest" {
			t.Errorf("provider %q", p.Provider)
		}
		if p.Semaphore == 0 || p.SemaphoreOffset == 0 || p.Offset == 0 {
			t.Errorf("%s: addresses %+v", p.Name, p)
		}
		by[p.Name] = append(by[p.Name], p)
	}
	if len(by["tick"]) != 1 || len(by["global"]) != 1 || len(by["twice"]) != 2 {
		t.Fatalf("probes: %+v", probes)
	}
	tick := by["tick"][0]
	if len(tick.Args) != 4 {
		t.Fatalf("tick args %q: %+v", tick.ArgSpec, tick.Args)
	}
	if a := tick.Args[0]; a.Size != 4 || !a.Signed {
		t.Errorf("tick arg 1 (int i) = %+v from %q", a, tick.ArgSpec)
	}
	if a := tick.Args[2]; a.Size != 8 || a.Signed {
		t.Errorf("tick arg 3 (char *) = %+v from %q", a, tick.ArgSpec)
	}
	if a := tick.Args[3]; a.Kind != USDTConst || a.Value != -5 || a.Size != 4 {
		t.Errorf("tick arg 4 (-5) = %+v from %q", a, tick.ArgSpec)
	}
	if g := by["global"][0]; g.Args[0].Kind != USDTMem || g.Args[0].Symbol != "gv" || g.Args[0].SymbolAddr == 0 {
		t.Errorf("global arg = %+v from %q", g.Args[0], g.ArgSpec)
	}
	// The semaphore's file offset holds its initial value, 0, and lies in
	// .probes.
	f, err := elf.Open(bin)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if s := f.Section(".probes"); s == nil || tick.Semaphore < s.Addr || tick.Semaphore >= s.Addr+s.Size {
		t.Errorf("semaphore %#x not in .probes", tick.Semaphore)
	}
	if _, err := FindUSDTProbe(bin, "bccctest", "nosuch"); err == nil || !strings.Contains(err.Error(), "bccctest:tick") {
		t.Errorf("FindUSDTProbe of a missing probe: %v", err)
	}
}

func TestUSDTArgSpecs(t *testing.T) {
	cases := []struct {
		m    elf.Machine
		spec string
		want []USDTArg
	}{
		{elf.EM_X86_64, "-4@%edi 8@%r12 1@%sil", []USDTArg{
			{Size: 4, Signed: true, Kind: USDTReg, Reg: "di"},
			{Size: 8, Kind: USDTReg, Reg: "r12"},
			{Size: 1, Kind: USDTReg, Reg: "si"}}},
		{elf.EM_X86_64, "-8@-16(%rbp) 4@(%rbx) 8@8(%rax,%rdx,8) 2@$0x10", []USDTArg{
			{Size: 8, Signed: true, Kind: USDTMem, Reg: "bp", Value: -16},
			{Size: 4, Kind: USDTMem, Reg: "bx"},
			{Size: 8, Kind: USDTMem, Reg: "ax", Index: "dx", Scale: 8, Value: 8},
			{Size: 2, Kind: USDTConst, Value: 16}}},
		{elf.EM_X86_64, "8@counter+8(%rip) %eax", []USDTArg{
			{Size: 8, Kind: USDTMem, Symbol: "counter", Value: 8},
			{Size: 8, Kind: USDTReg, Reg: "ax"}}},
		{elf.EM_AARCH64, "-4@x0 8@[sp, 16] 4@[x29, -8] -4@5", []USDTArg{
			{Size: 4, Signed: true, Kind: USDTReg, Reg: "regs[0]"},
			{Size: 8, Kind: USDTMem, Reg: "sp", Value: 16},
			{Size: 4, Kind: USDTMem, Reg: "regs[29]", Value: -8},
			{Size: 4, Signed: true, Kind: USDTConst, Value: 5}}},
	}
	for _, c := range cases {
		got, err := parseUSDTArgs(c.m, c.spec)
		if err != nil {
			t.Errorf("%q: %v", c.spec, err)
			continue
		}
		if len(got) != len(c.want) {
			t.Errorf("%q: %+v", c.spec, got)
			continue
		}
		for i := range got {
			if got[i] != c.want[i] {
				t.Errorf("%q arg %d = %+v, want %+v", c.spec, i+1, got[i], c.want[i])
			}
		}
	}
	for _, bad := range []string{"3@%eax", "4@%xmm0", "4@junk"} {
		if _, err := parseUSDTArgs(elf.EM_X86_64, bad); err == nil {
			t.Errorf("%q parsed", bad)
		}
	}
}

const usdtProg = `
struct tick { s32 i; s32 k; s64 counter; char name[64]; };
BPF_HASH(ticks, u32, struct tick);
BPF_HASH(vals, s64, u64);

int on_tick(struct pt_regs *ctx)
{
	struct tick t = {};
	if (bpf_usdt_readarg_on_tick(1, ctx, &t.i) || bpf_usdt_readarg_on_tick(2, ctx, &t.counter) ||
	    bpf_usdt_readarg_on_tick(4, ctx, &t.k))
		return 0;
	bpf_usdt_readarg_p_on_tick(3, ctx, t.name, sizeof(t.name) - 1);
	u32 key = t.i;
	ticks.update(&key, &t);
	return 0;
}

int on_twice(struct pt_regs *ctx)
{
	s64 v = 0;
	if (bpf_usdt_readarg_on_twice(1, ctx, &v) == 0)
		vals.increment(v);
	return 0;
}

int on_global(struct pt_regs *ctx)
{
	s64 v = 0;
	if (bpf_usdt_readarg_on_global(1, ctx, &v) == 0)
		vals.increment(v + 1000);
	return 0;
}
`

// TestUSDTAttach runs the probes: each argument read as the program
// passed it, the semaphore raised while attached (the program counts
// the probes it fired in its exit status), the two places of one probe
// told apart.
func TestUSDTAttach(t *testing.T) {
	requireBPF(t)
	bin := buildC(t, usdtC)
	u, err := NewUSDT(bin, 0)
	if err != nil {
		t.Fatal(err)
	}
	for probe, fn := range map[string]string{"bccctest:tick": "on_tick", "twice": "on_twice", "bccctest:global": "on_global"} {
		if err := u.EnableProbe(probe, fn); err != nil {
			t.Fatal(err)
		}
	}
	if err := u.EnableProbe("nosuch", "on_x"); err == nil {
		t.Errorf("enabled a missing probe")
	}
	text, err := u.CText()
	if err != nil {
		t.Fatal(err)
	}
	b, err := NewWithOptions(Options{Text: text + usdtProg, Progs: []string{"on_tick=UPROBE", "on_twice=UPROBE", "on_global=UPROBE"}})
	if err != nil {
		t.Fatalf("%v\n%s", err, text)
	}
	defer b.Close()
	if err := u.Attach(b); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(bin, "3")
	err = cmd.Run()
	var ee *exec.ExitError
	if !errors.As(err, &ee) || ee.ExitCode() != 3 {
		t.Errorf("the program fired %v probes, want 3 (semaphore not raised?)", err)
	}
	ticks := b.Table("ticks")
	for i := uint32(0); i < 3; i++ {
		v, err := ticks.Lookup(u32(i))
		if err != nil {
			t.Errorf("tick %d: %v", i, err)
			continue
		}
		gi, gk := int32(binary.NativeEndian.Uint32(v)), int32(binary.NativeEndian.Uint32(v[4:]))
		gc := int64(binary.NativeEndian.Uint64(v[8:]))
		name, _, _ := bytes.Cut(v[16:], []byte{0}) // readarg_p reads bytes, not a string
		if gi != int32(i) || gk != -5 || gc != 41+int64(i) || string(name) != bin {
			t.Errorf("tick %d = {i %d, k %d, counter %d, name %q}, want {%d, -5, %d, %q}", i, gi, gk, gc, name, i, 41+i, bin)
		}
	}
	vals := b.Table("vals")
	for _, want := range []int64{43 * 3, 7, 1005} {
		v, err := vals.Lookup(binary.NativeEndian.AppendUint64(nil, uint64(want)))
		if err != nil || binary.NativeEndian.Uint64(v) != 1 {
			kvs, _ := vals.Decoded()
			t.Errorf("vals[%d]: %x, %v (vals %v)", want, v, err, kvs)
		}
	}
}
