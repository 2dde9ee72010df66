package bccc_test

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/bccc-dev/bccc"
	"github.com/cilium/ebpf"
	"github.com/cilium/ebpf/asm"
	"github.com/cilium/ebpf/btf"
	"github.com/cilium/ebpf/link"
)

// The CO-RE tests load one object against a target BTF (KernelTypes) that
// describes task_struct's fields somewhere else: over bytes whose values
// the test knows (the comm of a child it execs, the pid of each task). The
// program reads the real task, so it gets those values only if the loader
// rewrote every offset, size and shift the object marked.

// coreComm is the comm of the child the exec tests run: 15 known bytes
// (the most comm holds) for moved fields to land on.
const coreComm = "bcccCoreTest-xy"

func commBytes() []byte {
	b := make([]byte, 16)
	copy(b, coreComm)
	return b
}

// kernelTask copies the running kernel's BTF, for a test to edit its
// task_struct.
func kernelTask(t *testing.T) (*btf.Spec, *btf.Struct, func(string) *btf.Member) {
	t.Helper()
	kspec, err := btf.LoadKernelSpec()
	if err != nil {
		t.Skipf("no kernel BTF: %v", err)
	}
	spec := kspec.Copy()
	var task *btf.Struct
	if err := spec.TypeByName("task_struct", &task); err != nil {
		t.Fatal(err)
	}
	member := func(name string) *btf.Member {
		for i := range task.Members {
			if task.Members[i].Name == name {
				return &task.Members[i]
			}
		}
		t.Fatalf("task_struct has no member %s", name)
		return nil
	}
	return spec, task, member
}

// loadAgainst compiles src and loads it with target as the kernel's types
// for CO-RE.
func loadAgainst(t *testing.T, name string, src []byte, opts bccc.Options, target *btf.Spec) *ebpf.Collection {
	t.Helper()
	obj, _, err := bccc.Compile(name, src, opts)
	if err != nil {
		t.Fatal(err)
	}
	spec, err := ebpf.LoadCollectionSpecFromReader(bytes.NewReader(obj.ELF))
	if err != nil {
		t.Fatal(err)
	}
	coll, err := ebpf.NewCollectionWithOptions(spec, ebpf.CollectionOptions{Programs: ebpf.ProgramOptions{KernelTypes: target}})
	if err != nil {
		var ve *ebpf.VerifierError
		if errors.As(err, &ve) {
			t.Fatalf("%s: the kernel rejected it:\n%+v", name, ve)
		}
		t.Fatalf("%s: loading: %v", name, err)
	}
	return coll
}

// execOnce attaches the collection's on_exec to sched:sched_process_exec,
// execs /bin/true named coreComm and returns the map value the program
// stored under the child's pid.
func execOnce(t *testing.T, coll *ebpf.Collection, size int) (uint32, []byte) {
	t.Helper()
	l, err := link.Tracepoint("sched", "sched_process_exec", coll.Programs["on_exec"], nil)
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	bin := filepath.Join(t.TempDir(), coreComm)
	if err := os.Symlink("/bin/true", bin); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(bin)
	cmd.Args = []string{"true"} // a multi-call coreutils picks by argv[0]; comm comes from the file name
	if err := cmd.Run(); err != nil {
		var ee *exec.ExitError
		if !errors.As(err, &ee) {
			t.Fatal(err)
		}
	}
	child := uint32(cmd.Process.Pid)
	val := make([]byte, size)
	deadline := time.Now().Add(2 * time.Second)
	for {
		err = coll.Maps["execs"].Lookup(&child, val)
		if err == nil || time.Now().After(deadline) {
			break
		}
		time.Sleep(20 * time.Millisecond)
	}
	if err != nil {
		t.Fatalf("no entry for the child %d: %v", child, err)
	}
	return child, val
}

func u64s(b []byte) []uint64 {
	r := make([]uint64, len(b)/8)
	for i := range r {
		r[i] = binary.LittleEndian.Uint64(b[8*i:])
	}
	return r
}

// TestCoreBitfieldProbe runs testdata/load/core_bitfield.c, which reads
// bit-fields of the current task through probe reads. On the kernel's own
// layout in_execve is 1 during an exec and sched_reset_on_fork 0; against
// a BTF that puts in_execve in an 8-byte unit over the child's comm (a
// wider read, a new offset and shift) and sched_reset_on_fork in a 1-byte
// unit there, the same object reads the comm's bits.
func TestCoreBitfieldProbe(t *testing.T) {
	requireBPF(t)
	f := "testdata/load/core_bitfield.c"
	src, err := os.ReadFile(f)
	if err != nil {
		t.Fatal(err)
	}
	opts := bccc.Options{Progs: progFlags(src)}
	t.Run("kernel", func(t *testing.T) {
		coll := compileAndLoad(t, f, src, opts)
		defer coll.Close()
		child, val := execOnce(t, coll, 24)
		got := u64s(val)
		if want := []uint64{1, 0, uint64(child)}; fmt.Sprint(got) != fmt.Sprint(want) {
			t.Errorf("in_execve, sched_reset_on_fork, pid = %v, want %v", got, want)
		}
	})
	t.Run("moved", func(t *testing.T) {
		spec, _, member := kernelTask(t)
		comm := member("comm").Offset.Bytes()
		a8 := (comm + 7) / 8 * 8 // an 8-aligned unit inside comm
		k := a8 - comm
		unit := binary.LittleEndian.Uint64(commBytes()[k:])
		m := member("in_execve")
		m.Type = &btf.Int{Name: "long unsigned int", Size: 8}
		m.Offset, m.BitfieldSize = btf.Bits(a8*8+36), 12
		m = member("sched_reset_on_fork")
		m.Type = &btf.Int{Name: "unsigned char", Size: 1}
		m.Offset, m.BitfieldSize = btf.Bits((comm+1)*8+2), 5

		coll := loadAgainst(t, f, src, opts, spec)
		defer coll.Close()
		child, val := execOnce(t, coll, 24)
		got := u64s(val)
		want := []uint64{unit >> 36 & 0xfff, uint64(coreComm[1]) >> 2 & 0x1f, uint64(child)}
		if fmt.Sprint(got) != fmt.Sprint(want) {
			t.Errorf("in_execve, sched_reset_on_fork, pid = %v, want %v (fields moved onto comm %q)", got, want, coreComm)
		}
	})
}

// TestCoreBitfieldSigned: signed bit-fields (the kernel has none to
// speak of) are read with an arithmetic shift. The object is compiled
// against a made-up task_struct and loaded against the kernel's with the
// fields added over the child's comm, at bits whose sign bit is set.
func TestCoreBitfieldSigned(t *testing.T) {
	requireBPF(t)
	i32 := &btf.Int{Name: "int", Size: 4, Encoding: btf.Signed}
	u32 := &btf.Int{Name: "unsigned int", Size: 4}
	local := &btf.Struct{Name: "task_struct", Size: 16, Members: []btf.Member{
		{Name: "pid", Type: i32, Offset: 0},
		{Name: "tgid", Type: i32, Offset: 32},
		{Name: "bccc_s3", Type: i32, Offset: 64, BitfieldSize: 3},
		{Name: "bccc_s7", Type: i32, Offset: 67, BitfieldSize: 7},
		{Name: "bccc_u5", Type: u32, Offset: 74, BitfieldSize: 5},
	}}
	path := writeBTF(t, local)

	spec, task, member := kernelTask(t)
	comm := member("comm").Offset.Bytes()
	a4 := (comm + 3) / 4 * 4
	unit := binary.LittleEndian.Uint32(commBytes()[a4-comm:])
	// negAt is the lowest shift at which an n-bit field of unit is negative.
	negAt := func(n uint32) uint32 {
		for p := uint32(0); p+n <= 32; p++ {
			if unit>>(p+n-1)&1 == 1 {
				return p
			}
		}
		t.Fatalf("no set bit in %#x", unit)
		return 0
	}
	sext := func(v uint32, n uint32) int64 { return int64(int32(v<<(32-n)) >> (32 - n)) }
	p3, p7 := negAt(3), negAt(7)
	task.Members = append(task.Members,
		btf.Member{Name: "bccc_s3", Type: i32, Offset: btf.Bits(a4*8 + p3), BitfieldSize: 3},
		btf.Member{Name: "bccc_s7", Type: i32, Offset: btf.Bits(a4*8 + p7), BitfieldSize: 7},
		btf.Member{Name: "bccc_u5", Type: u32, Offset: btf.Bits(a4*8 + 11), BitfieldSize: 5},
	)
	src := []byte(`// @prog on_exec=TRACEPOINT:sched:sched_process_exec
#include <linux/sched.h>
struct out { s64 s3; s64 s7; u64 u5; u64 pid; };
BPF_HASH(execs, u32, struct out);
int on_exec(void *ctx)
{
	struct task_struct *task = (struct task_struct *)bpf_get_current_task();
	u32 pid = bpf_get_current_pid_tgid() >> 32;
	struct out o = {};
	o.s3 = task->bccc_s3;
	o.s7 = task->bccc_s7;
	o.u5 = task->bccc_u5;
	o.pid = task->pid;
	execs.update(&pid, &o);
	return 0;
}
`)
	coll := loadAgainst(t, "signed.c", src, bccc.Options{Progs: progFlags(src), BTF: path}, spec)
	defer coll.Close()
	child, val := execOnce(t, coll, 32)
	got := u64s(val)
	want := []int64{sext(unit>>p3&7, 3), sext(unit>>p7&0x7f, 7), int64(unit >> 11 & 0x1f), int64(child)}
	if want[0] >= 0 || want[1] >= 0 {
		t.Fatalf("test setup: %v should start with two negative values", want)
	}
	for i := range want {
		if int64(got[i]) != want[i] {
			t.Errorf("s3, s7, u5, pid = %d %d %d %d, want %v", int64(got[0]), int64(got[1]), got[2], got[3], want)
			break
		}
	}
}

// runIter runs the bpf_iter__task program of coll and returns its
// records of n u32 each.
func runIter(t *testing.T, coll *ebpf.Collection, n int) [][]uint32 {
	t.Helper()
	l, err := link.AttachIter(link.IterOptions{Program: coll.Programs["bpf_iter__task"]})
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	r, err := l.Open()
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	out, err := io.ReadAll(r)
	if err != nil {
		t.Fatal(err)
	}
	if len(out) == 0 || len(out)%(4*n) != 0 {
		t.Fatalf("iterator wrote %d bytes, want records of %d u32", len(out), n)
	}
	var recs [][]uint32
	for i := 0; i < len(out); i += 4 * n {
		rec := make([]uint32, n)
		for j := range rec {
			rec[j] = binary.LittleEndian.Uint32(out[i+4*j:])
		}
		recs = append(recs, rec)
	}
	return recs
}

// TestCoreIterDirect runs testdata/load/core_iter.c, an iterator whose
// task->tgid, task->pid and task->in_execve are plain loads of a BTF
// pointer. Against a BTF that swaps pid and tgid and puts in_execve over
// bits 4..15 of pid, each task's record must come out swapped, with those
// bits of its pid.
func TestCoreIterDirect(t *testing.T) {
	requireBPF(t)
	f := "testdata/load/core_iter.c"
	src, err := os.ReadFile(f)
	if err != nil {
		t.Fatal(err)
	}
	me := uint32(os.Getpid())
	// threads reports whether recs hold this process's main thread and
	// another of its threads, with tgid at index tg and pid at index p.
	threads := func(recs [][]uint32, tg, p int) (main, other bool) {
		for _, r := range recs {
			if r[tg] == me {
				main = main || r[p] == me
				other = other || r[p] != me
			}
		}
		return
	}
	t.Run("kernel", func(t *testing.T) {
		coll := compileAndLoad(t, f, src, bccc.Options{})
		defer coll.Close()
		recs := runIter(t, coll, 3)
		if main, other := threads(recs, 0, 1); !main || !other {
			t.Errorf("this process's threads are missing (main thread %v, another %v) among %d tasks", main, other, len(recs))
		}
		for _, r := range recs {
			if r[0] == me && r[2] != 0 {
				t.Errorf("task %d of this process: in_execve = %d, want 0", r[1], r[2])
			}
		}
	})
	t.Run("moved", func(t *testing.T) {
		spec, _, member := kernelTask(t)
		pid, tgid := member("pid"), member("tgid")
		pidOff := pid.Offset
		pid.Offset, tgid.Offset = tgid.Offset, pid.Offset
		m := member("in_execve")
		m.Offset, m.BitfieldSize = pidOff+4, 12
		coll := loadAgainst(t, f, src, bccc.Options{}, spec)
		defer coll.Close()
		recs := runIter(t, coll, 3)
		// Now r[0] is each task's pid and r[1] its tgid.
		if main, other := threads(recs, 1, 0); !main || !other {
			t.Errorf("this process's threads are missing with pid and tgid swapped (main thread %v, another %v) among %d tasks", main, other, len(recs))
		}
		bad := 0
		for _, r := range recs {
			if want := r[0] >> 4 & 0xfff; r[2] != want {
				if bad++; bad <= 3 {
					t.Errorf("task %d: the moved in_execve reads %d, want bits 4..15 of its pid, %d", r[0], r[2], want)
				}
			}
		}
	})
}

// TestCoreFentryRecords: an fentry program (which this kernel may not
// load) reads task fields with plain loads; its .BTF.ext must carry a
// byte_off relocation on each load's offset, and for the bit-field on the
// unit's load and on both shifts.
func TestCoreFentryRecords(t *testing.T) {
	kspec, err := btf.LoadKernelSpec()
	if err != nil {
		t.Skipf("no kernel BTF: %v", err)
	}
	var task *btf.Struct
	if err := kspec.TypeByName("task_struct", &task); err != nil {
		t.Fatal(err)
	}
	off := map[string]uint32{}
	for _, m := range task.Members {
		off[m.Name] = m.Offset.Bytes()
	}
	src := []byte(`#include <linux/sched.h>
BPF_HASH(seen, u32, u64);
KFUNC_PROBE(wake_up_new_task, struct task_struct *p)
{
	u32 key = p->pid;
	u64 v = p->tgid + ((u64)p->in_execve << 32);
	seen.update(&key, &v);
	return 0;
}
`)
	obj, _, err := bccc.Compile("fentry.c", src, bccc.Options{})
	if err != nil {
		t.Fatal(err)
	}
	spec, err := ebpf.LoadCollectionSpecFromReader(bytes.NewReader(obj.ELF))
	if err != nil {
		t.Fatal(err)
	}
	if len(spec.Programs) != 1 {
		t.Fatalf("%d programs, want 1", len(spec.Programs))
	}
	// Accessors index the object's own task_struct, which lists fewer
	// members than the kernel's.
	var local *btf.Struct
	if err := spec.Types.TypeByName("task_struct", &local); err != nil {
		t.Fatal(err)
	}
	idx := map[string]int{}
	for i, m := range local.Members {
		idx[m.Name] = i
	}
	var got []string
	for _, p := range spec.Programs {
		for _, ins := range p.Instructions {
			rel := btf.CORERelocationMetadata(&ins)
			if rel == nil {
				continue
			}
			s := rel.String()
			for name, i := range idx {
				if strings.Contains(s, fmt.Sprintf(`"task_struct"[0:%d]`, i)) {
					s = name
				}
			}
			kind := strings.TrimPrefix(strings.SplitN(rel.String(), ",", 2)[0], "CORERelocation(")
			switch {
			case ins.OpCode.Class() == asm.LdXClass:
				got = append(got, fmt.Sprintf("%s %s ldx off=%d", kind, s, ins.Offset))
			case ins.OpCode.Class().IsALU():
				got = append(got, fmt.Sprintf("%s %s %v imm=%d", kind, s, ins.OpCode.ALUOp(), ins.Constant))
			default:
				got = append(got, fmt.Sprintf("%s %s %v", kind, s, ins.OpCode))
			}
		}
	}
	var bit uint32
	for _, m := range task.Members {
		if m.Name == "in_execve" {
			bit = uint32(m.Offset)
		}
	}
	unit := bit / 32 * 4 // in_execve is an unsigned int bit-field
	want := []string{
		fmt.Sprintf("byte_off pid ldx off=%d", off["pid"]),
		fmt.Sprintf("byte_off tgid ldx off=%d", off["tgid"]),
		fmt.Sprintf("byte_off in_execve ldx off=%d", unit),
		fmt.Sprintf("lshift_u64 in_execve LSh imm=%d", 64-(bit-unit*8+1)),
		"rshift_u64 in_execve RSh imm=63",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("CO-RE relocations:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
