package bccc_test

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/bccc-dev/bccc"
	"github.com/cilium/ebpf"
	"github.com/cilium/ebpf/asm"
	"github.com/cilium/ebpf/btf"
	"golang.org/x/sys/unix"
)

// The program conventions of DIALECT §3 and §4 beyond kprobe__ and
// tracepoints: BPF_PROG-style probes, BPF_ITER, syscall__ (golden and
// load: testdata/load/dialect_syscall.c), BCC's packet loads and
// bpf_num_cpus().

// btfProbesSrc has one program of each BPF_PROG-style macro.
const btfProbesSrc = `#include <linux/fs.h>
BPF_HASH(seen, u32, u64);

KFUNC_PROBE(do_unlinkat, int dfd, struct filename *name)
{
	u32 key = dfd;
	u64 first = name->name[0];
	seen.update(&key, &first);
	return 0;
}

KRETFUNC_PROBE(do_unlinkat, int dfd, struct filename *name, long ret)
{
	u32 key = ret;
	u64 one = 1;
	seen.update(&key, &one);
	return 0;
}

KMOD_RET(security_file_open, struct file *file, int ret)
{
	return ret;
}

LSM_PROBE(file_open, struct file *file)
{
	u32 key = file->f_flags;
	u64 one = 1;
	seen.update(&key, &one);
	return 0;
}

MODULE_KFUNC_PROBE(nf_conntrack, nf_ct_delete, void *ct)
{
	return 0;
}

MODULE_KRETFUNC_PROBE(nf_conntrack, nf_ct_delete, void *ct, u32 portid, int report, bool ret)
{
	return ret;
}

KFUNC_PROBE(schedule)
{
	return 0;
}
`

// TestDialectBTFProbes: each macro gives the section, program type and
// attach target loaders read (cilium/ebpf resolves the target's BTF ID
// from them at load), a BTF func whose one argument is the u64 slot array,
// and reads of the typed arguments from their slots. The programs are
// loaded where the kernel can make trampolines; this one refuses even an
// empty fentry program (EPERM), so there the object is checked only.
func TestDialectBTFProbes(t *testing.T) {
	obj, _, err := bccc.Compile("btf_probes.c", []byte(btfProbesSrc), bccc.Options{})
	if err != nil {
		t.Fatal(err)
	}
	spec, err := ebpf.LoadCollectionSpecFromReader(bytes.NewReader(obj.ELF))
	if err != nil {
		t.Fatal(err)
	}
	want := []struct {
		name, section string
		typ           ebpf.ProgramType
		attach        ebpf.AttachType
		target        string
		slots         []int16 // ctx offsets the program reads
	}{
		{"kfunc__vmlinux__do_unlinkat", "fentry/do_unlinkat", ebpf.Tracing, ebpf.AttachTraceFEntry, "do_unlinkat", []int16{0, 8}},
		{"kretfunc__vmlinux__do_unlinkat", "fexit/do_unlinkat", ebpf.Tracing, ebpf.AttachTraceFExit, "do_unlinkat", []int16{16}},
		{"kmod_ret__security_file_open", "fmod_ret/security_file_open", ebpf.Tracing, ebpf.AttachModifyReturn, "security_file_open", []int16{8}},
		{"lsm__file_open", "lsm/file_open", ebpf.LSM, ebpf.AttachLSMMac, "file_open", []int16{0}},
		{"kfunc__nf_conntrack__nf_ct_delete", "fentry/nf_ct_delete", ebpf.Tracing, ebpf.AttachTraceFEntry, "nf_ct_delete", nil},
		{"kretfunc__nf_conntrack__nf_ct_delete", "fexit/nf_ct_delete", ebpf.Tracing, ebpf.AttachTraceFExit, "nf_ct_delete", []int16{24}},
		{"kfunc__vmlinux__schedule", "fentry/schedule", ebpf.Tracing, ebpf.AttachTraceFEntry, "schedule", nil},
	}
	if len(spec.Programs) != len(want) {
		t.Errorf("%d programs, want %d", len(spec.Programs), len(want))
	}
	for _, w := range want {
		ps := spec.Programs[w.name]
		if ps == nil {
			t.Errorf("no program %s", w.name)
			continue
		}
		if ps.SectionName != w.section || ps.Type != w.typ || ps.AttachType != w.attach || ps.AttachTo != w.target {
			t.Errorf("%s: section %q type %v attach %v to %q; want %q %v %v %q", w.name,
				ps.SectionName, ps.Type, ps.AttachType, ps.AttachTo, w.section, w.typ, w.attach, w.target)
		}
		checkSlotArgFunc(t, ps)
		if got := ctxReads(ps.Instructions); fmt.Sprint(got) != fmt.Sprint(w.slots) {
			t.Errorf("%s reads ctx slots at %v, want %v:\n%v", w.name, got, w.slots, ps.Instructions)
		}
	}
	requireBPF(t)
	for _, w := range want[:4] {
		tryLoad(t, spec, w.name)
	}
}

// checkSlotArgFunc: the program's BTF func is int NAME(unsigned long long *).
func checkSlotArgFunc(t *testing.T, ps *ebpf.ProgramSpec) {
	t.Helper()
	fn := btf.FuncMetadata(&ps.Instructions[0])
	if fn == nil || fn.Name != ps.Name {
		t.Errorf("%s: no BTF func info at its first instruction (%v)", ps.Name, fn)
		return
	}
	proto, _ := fn.Type.(*btf.FuncProto)
	if proto == nil || len(proto.Params) != 1 {
		t.Errorf("%s: BTF func %v, want one parameter", ps.Name, fn.Type)
		return
	}
	p, _ := btf.UnderlyingType(proto.Params[0].Type).(*btf.Pointer)
	if p == nil {
		t.Errorf("%s: parameter %v, want unsigned long long *", ps.Name, proto.Params[0].Type)
		return
	}
	if i, _ := btf.UnderlyingType(p.Target).(*btf.Int); i == nil || i.Size != 8 || i.Encoding&btf.Signed != 0 {
		t.Errorf("%s: parameter points to %v, want unsigned long long", ps.Name, p.Target)
	}
}

// ctxReads are the offsets of the 8-byte loads from r1 at a program's
// entry, before r1 is written: the argument slots it reads.
func ctxReads(insns asm.Instructions) []int16 {
	var offs []int16
	for _, ins := range insns {
		if ins.OpCode.Class().IsLoad() && ins.Src == asm.R1 && ins.OpCode.Size() == asm.DWord {
			offs = append(offs, ins.Offset)
		}
		if ins.Dst == asm.R1 || ins.IsFunctionCall() {
			break
		}
	}
	return offs
}

// tryLoad loads one program of spec. A kernel that refuses BTF-attached
// programs before verifying them (no trampolines: EPERM, ENOTSUPP) skips
// the load; a verifier rejection fails the test.
func tryLoad(t *testing.T, spec *ebpf.CollectionSpec, name string) {
	t.Helper()
	one := spec.Copy()
	for n := range one.Programs {
		if n != name {
			delete(one.Programs, n)
		}
	}
	coll, err := ebpf.NewCollection(one)
	var ve *ebpf.VerifierError
	switch {
	case err == nil:
		coll.Close()
	case errors.As(err, &ve) && len(ve.Log) > 0:
		t.Errorf("%s: the verifier rejected it:\n%+v", name, ve)
	case errors.Is(err, unix.EPERM), errors.Is(err, ebpf.ErrNotSupported):
		t.Logf("%s: this kernel does not load it (%v); object checked only", name, err)
	default:
		t.Errorf("%s: %v", name, err)
	}
}

// TestDialectIter runs testdata/load/dialect_iter.c: the iterator sees
// this process's task.
func TestDialectIter(t *testing.T) {
	requireBPF(t)
	f := "testdata/load/dialect_iter.c"
	src, err := os.ReadFile(f)
	if err != nil {
		t.Fatal(err)
	}
	coll := compileAndLoad(t, f, src, bccc.Options{})
	defer coll.Close()
	recs := runIter(t, coll, 2)
	me := uint32(os.Getpid())
	for _, r := range recs {
		if r[0] == me && r[1] == me {
			return
		}
	}
	t.Errorf("this process (%d) is not among the %d tasks the iterator listed", me, len(recs))
}

// TestDialectPacketLoads runs testdata/load/dialect_packet_loads.c on a
// packet of known bytes: each load gives the big-endian value at its
// offset (dialect_ldabs_test.go checks loads past the end).
func TestDialectPacketLoads(t *testing.T) {
	requireBPF(t)
	f := "testdata/load/dialect_packet_loads.c"
	src, err := os.ReadFile(f)
	if err != nil {
		t.Fatal(err)
	}
	pkt := make([]byte, 64)
	for i := range pkt {
		pkt[i] = byte(0x80 + i*7)
	}
	for _, cpu := range []int{1, 3} {
		t.Run(fmt.Sprintf("v%d", cpu), func(t *testing.T) {
			coll := compileAndLoad(t, f, src, bccc.Options{Progs: progFlags(src), CPU: cpu})
			defer coll.Close()
			n, err := coll.Programs["filt"].Run(&ebpf.RunOptions{Data: pkt, Repeat: 1})
			if err != nil {
				t.Fatal(err)
			}
			// The test run hands a socket filter the packet after its
			// Ethernet header: offsets count from there.
			data := pkt[len(pkt)-int(n):]
			want := []uint64{
				uint64(data[14]),
				uint64(binary.BigEndian.Uint16(data[12:])),
				uint64(binary.BigEndian.Uint32(data[26:])),
				binary.BigEndian.Uint64(data[6:]),
			}
			for k, w := range want {
				got, _ := lookupU64(t, coll.Maps["loads"], uint32(k))
				if got != w {
					t.Errorf("loads[%d] = %#x, want %#x", k, got, w)
				}
			}
		})
	}
}

// TestDialectNumCPUs: bpf_num_cpus() is the count of CPUs online when the
// program is compiled.
func TestDialectNumCPUs(t *testing.T) {
	requireBPF(t)
	b, err := os.ReadFile("/sys/devices/system/cpu/online")
	if err != nil {
		t.Skip(err)
	}
	want := 0
	for _, r := range strings.Split(strings.TrimSpace(string(b)), ",") {
		lo, hi, isRange := strings.Cut(r, "-")
		a, _ := strconv.Atoi(lo)
		z := a
		if isRange {
			z, _ = strconv.Atoi(hi)
		}
		want += z - a + 1
	}
	src := []byte("// @prog f=XDP\nint f(struct xdp_md *ctx)\n{\n\treturn bpf_num_cpus();\n}\n")
	coll := compileAndLoad(t, "num_cpus.c", src, bccc.Options{Progs: progFlags(src)})
	defer coll.Close()
	got, err := coll.Programs["f"].Run(&ebpf.RunOptions{Data: make([]byte, 64), Repeat: 1})
	if err != nil {
		t.Fatal(err)
	}
	if int(got) != want {
		t.Errorf("bpf_num_cpus() = %d, want %d (%s)", got, want, strings.TrimSpace(string(b)))
	}
}
