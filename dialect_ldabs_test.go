package bccc_test

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/bccc-dev/bccc"
	"github.com/bccc-dev/bccc/objdump"
	"github.com/bccc-dev/bccc/verifier"
	"github.com/cilium/ebpf"
	"github.com/cilium/ebpf/asm"
)

// legacyLoads counts a program's LD_ABS and LD_IND instructions and its
// calls to bpf_skb_load_bytes.
func legacyLoads(t *testing.T, elf []byte, prog string) (abs, ind, skbLoads int) {
	t.Helper()
	spec, err := ebpf.LoadCollectionSpecFromReader(bytes.NewReader(elf))
	if err != nil {
		t.Fatal(err)
	}
	p := spec.Programs[prog]
	if p == nil {
		t.Fatalf("no program %s", prog)
	}
	for _, ins := range p.Instructions {
		switch {
		case ins.OpCode.Class() == asm.LdClass && ins.OpCode.Mode() == asm.AbsMode:
			abs++
		case ins.OpCode.Class() == asm.LdClass && ins.OpCode.Mode() == asm.IndMode:
			ind++
		case ins.IsBuiltinCall() && asm.BuiltinFunc(ins.Constant) == asm.FnSkbLoadBytes:
			skbLoads++
		}
	}
	return abs, ind, skbLoads
}

// TestDialectLdAbs runs testdata/load/ldabs_loads.c, whose load_* become
// LD_ABS and LD_IND, in a socket filter and a tc classifier on a known
// frame: the values must be the frame's big-endian bytes, and a load past
// the end of the packet must end the program with 0 before its next store.
func TestDialectLdAbs(t *testing.T) {
	f := "testdata/load/ldabs_loads.c"
	src, err := os.ReadFile(f)
	if err != nil {
		t.Fatal(err)
	}
	frame := make([]byte, 64)
	for i := range frame {
		frame[i] = byte(0x80 + i*7)
	}
	const base = 20
	for _, cpu := range []int{1, 3} {
		for _, o0 := range []bool{false, true} {
			t.Run(fmt.Sprintf("v%d/O0=%v", cpu, o0), func(t *testing.T) {
				obj, _, err := bccc.Compile(f, src, bccc.Options{Progs: progFlags(src), CPU: cpu, NoOptimize: o0})
				if err != nil {
					t.Fatal(err)
				}
				// 8 loads at constant offsets, 7 at variable ones (a
				// dword is two words); -O0 keeps constants in registers.
				wantAbs, wantInd := 8, 7
				if o0 {
					wantAbs, wantInd = 0, 15
				}
				for _, prog := range []string{"filt", "cls"} {
					abs, ind, calls := legacyLoads(t, obj.ELF, prog)
					if abs != wantAbs || ind != wantInd || calls != 0 {
						t.Errorf("%s: %d LD_ABS, %d LD_IND, %d bpf_skb_load_bytes calls; want %d, %d, 0", prog, abs, ind, calls, wantAbs, wantInd)
					}
				}
				// bccc objdump prints them (cilium/ebpf's disassembly).
				var dump bytes.Buffer
				if err := objdump.Dump(bytes.NewReader(obj.ELF), &dump); err != nil {
					t.Fatal(err)
				}
				for _, want := range []string{"LdAbsB imm: 14\n", "LdIndW dst: r0 src: r"} {
					if !o0 && !strings.Contains(dump.String(), want) {
						t.Errorf("objdump lacks %q", want)
					}
				}
				fs, err := bccc.Lint(obj.ELF, verifier.Options{})
				if err != nil {
					t.Fatal(err)
				}
				for _, fd := range fs {
					if fd.Severity == verifier.Error {
						t.Errorf("lint: %v", fd)
					}
				}
				requireBPF(t) // the checks above need no kernel
				coll := loadObject(t, f, obj.ELF)
				defer coll.Close()
				ctl, loads := coll.Maps["ctl"], coll.Maps["loads"]
				// A socket filter's test run starts the packet after the
				// Ethernet header; tc's starts at it.
				for prog, hdr := range map[string]int{"filt": 14, "cls": 0} {
					data := frame[hdr:]
					n := uint32(len(data))
					run := func(last uint32) uint32 {
						t.Helper()
						for k := uint32(0); k < 11; k++ {
							if err := loads.Put(k, uint64(0xdead)); err != nil {
								t.Fatal(err)
							}
						}
						if err := ctl.Put(uint32(0), uint32(base)); err != nil {
							t.Fatal(err)
						}
						if err := ctl.Put(uint32(1), last); err != nil {
							t.Fatal(err)
						}
						ret, err := coll.Programs[prog].Run(&ebpf.RunOptions{Data: frame, Repeat: 1})
						if err != nil {
							t.Fatal(err)
						}
						return ret
					}
					get := func(k uint32) uint64 {
						v, _ := lookupU64(t, loads, k)
						return v
					}
					be16 := func(i int) uint64 { return uint64(binary.BigEndian.Uint16(data[i:])) }
					be32 := func(i int) uint64 { return uint64(binary.BigEndian.Uint32(data[i:])) }
					be64 := func(i int) uint64 { return binary.BigEndian.Uint64(data[i:]) }

					if ret := run(n - 4); ret != n {
						t.Fatalf("%s returned %d, want skb->len %d", prog, ret, n)
					}
					want := []uint64{
						uint64(data[14]), be16(12), be32(26), be64(6),
						uint64(data[base]), be16(base + 1), be32(base + 3), be64(base + 7),
						uint64(data[0]) + uint64(data[1])*3 + be16(base)*5,
						1, be32(int(n) - 4),
					}
					for k, w := range want {
						if got := get(uint32(k)); got != w {
							t.Errorf("%s: loads[%d] = %#x, want %#x", prog, k, got, w)
						}
					}
					// Two bytes of a word past the end (LD_IND), then a
					// constant offset past the end (LD_ABS): the program
					// stops there and returns 0; the store after the load
					// does not happen (the bpf_skb_load_bytes fallback
					// would store 0).
					for _, last := range []uint32{n - 2, n, 0xffffffff} {
						if ret := run(last); ret != 0 {
							t.Errorf("%s, last load at %#x: returned %d, want 0", prog, last, ret)
						}
						if got := get(9); got != 1 {
							t.Errorf("%s, last load at %#x: loads[9] = %#x: the program did not get to the last load", prog, last, got)
						}
						if got := get(10); got != 0xdead {
							t.Errorf("%s, last load at %#x: loads[10] = %#x, want it untouched (0xdead)", prog, last, got)
						}
					}
				}
			})
		}
	}
}

// TestDialectLdAbsIR: -d=ir prints the packet loads.
func TestDialectLdAbsIR(t *testing.T) {
	src := []byte("// @prog f=SOCKET_FILTER\nint f(struct __sk_buff *skb)\n{\n\treturn load_half(skb, 12) + load_byte(skb, skb->len - 1);\n}\n")
	var out strings.Builder
	_, _, err := bccc.Compile("ir.c", src, bccc.Options{Progs: progFlags(src), Debug: []string{"ir:regalloc"}, DebugOut: func(s string) { out.WriteString(s) }})
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"= ld_abs.16 v", ", 12\n", "= ld_ind.8 v"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("IR lacks %q:\n%s", want, out.String())
		}
	}
}

// TestDialectLdAbsOtherTypes: skb programs that cannot use LD_ABS read
// through bpf_skb_load_bytes (an offset past the end reads 0 there); XDP
// and tracing programs have no skb: a positioned error.
func TestDialectLdAbsOtherTypes(t *testing.T) {
	src := []byte(`// @prog egress=CGROUP_SKB
BPF_ARRAY(got, u64, 3);

int egress(struct __sk_buff *skb)
{
	int k;
	u64 v;
	k = 0; v = load_half(skb, 2); got.update(&k, &v);
	k = 1; v = load_dword(skb, skb->len - 8); got.update(&k, &v);
	k = 2; v = load_word(skb, skb->len); got.update(&k, &v);
	return 1;
}
`)
	obj, _, err := bccc.Compile("cgroup.c", src, bccc.Options{Progs: progFlags(src)})
	if err != nil {
		t.Fatal(err)
	}
	if abs, ind, calls := legacyLoads(t, obj.ELF, "egress"); abs+ind != 0 || calls != 4 {
		t.Errorf("cgroup_skb: %d LD_ABS, %d LD_IND, %d bpf_skb_load_bytes calls; want 0, 0, 4", abs, ind, calls)
	}
	if skip, err := bpfAvailable(); err == nil {
		coll := loadObject(t, "cgroup.c", obj.ELF)
		defer coll.Close()
		pkt := make([]byte, 64)
		for i := range pkt {
			pkt[i] = byte(i*13 + 1)
		}
		if _, err := coll.Programs["egress"].Run(&ebpf.RunOptions{Data: pkt, Repeat: 1}); err != nil {
			t.Fatal(err)
		}
		// A cgroup_skb test run starts the packet at the network header.
		data := pkt[14:]
		for k, w := range []uint64{uint64(binary.BigEndian.Uint16(data[2:])), binary.BigEndian.Uint64(data[len(data)-8:]), 0} {
			if v, _ := lookupU64(t, coll.Maps["got"], uint32(k)); v != w {
				t.Errorf("cgroup_skb: got[%d] = %#x, want %#x", k, v, w)
			}
		}
	} else if !skip {
		t.Fatal(err)
	}

	for _, typ := range []string{"XDP", "KPROBE"} {
		src := []byte(fmt.Sprintf("// @prog f=%s\nint f(void *ctx)\n{\n\tint x = 1;\n\treturn x + load_byte(ctx, 12);\n}\n", typ))
		_, _, err := bccc.Compile("other.c", src, bccc.Options{Progs: progFlags(src)})
		var be *bccc.Error
		if !errors.As(err, &be) {
			t.Fatalf("%s: err = %v, want a *bccc.Error", typ, err)
		}
		if !strings.Contains(err.Error(), "other.c:5:") || !strings.Contains(err.Error(), "socket filter and tc") {
			t.Errorf("%s: %v, want a positioned error at line 5 naming the program types", typ, err)
		}
	}
}

// TestDialectLdAbsPressure runs testdata/load/ldabs_pressure.c: packet
// loads with more values live across them than callee-saved registers,
// the context also passed to a helper, and loads in loops.
func TestDialectLdAbsPressure(t *testing.T) {
	requireBPF(t)
	f := "testdata/load/ldabs_pressure.c"
	src, err := os.ReadFile(f)
	if err != nil {
		t.Fatal(err)
	}
	frame := make([]byte, 64)
	for i := range frame {
		frame[i] = byte(i*29 + 3)
	}
	frame[14] = 0x0f // the bounded loop runs 7 times
	d := frame[14:]  // a socket filter's packet starts after the Ethernet header
	u8 := func(i int) uint64 { return uint64(d[i]) }
	be16 := func(i int) uint64 { return uint64(binary.BigEndian.Uint16(d[i:])) }
	be32 := func(i int) uint64 { return uint64(binary.BigEndian.Uint32(d[i:])) }
	a, b, h := u8(0), u8(1), binary.BigEndian.Uint64(d[15:])
	var s uint64
	for i := 0; i < 8; i++ {
		s = s*31 + u8(20+i) + a
	}
	for i := 0; i < int(a&7); i++ {
		s += be16(30+2*i) * b
	}
	want := []uint64{
		a + b*3 + be16(2)*5 + be16(4)*7 + be32(6)*11 + be32(10)*13 + u8(14)*17 + h*19,
		s,
		uint64(binary.LittleEndian.Uint16(d[2:])) + a + h,
	}
	for _, cpu := range []int{1, 3} {
		for _, o0 := range []bool{false, true} {
			t.Run(fmt.Sprintf("v%d/O0=%v", cpu, o0), func(t *testing.T) {
				coll := compileAndLoad(t, f, src, bccc.Options{Progs: progFlags(src), CPU: cpu, NoOptimize: o0})
				defer coll.Close()
				if _, err := coll.Programs["pressure"].Run(&ebpf.RunOptions{Data: frame, Repeat: 1}); err != nil {
					t.Fatal(err)
				}
				for k, w := range want {
					if got, _ := lookupU64(t, coll.Maps["out"], uint32(k)); got != w {
						t.Errorf("out[%d] = %#x, want %#x", k, got, w)
					}
				}
			})
		}
	}
}
