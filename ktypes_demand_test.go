package bccc_test

import (
	"encoding/binary"
	"os"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/bccc-dev/bccc"
	"github.com/cilium/ebpf"
	"github.com/cilium/ebpf/link"
)

// TestKernelTypesOnDemand runs testdata/load/kernel_on_demand.c on this
// process's system calls: the mm_struct fields it reads through a pointer
// (one spelled with ->, one only inside a macro's arguments) and the tgid
// must be what /proc/self/stat reports.
func TestKernelTypesOnDemand(t *testing.T) {
	requireBPF(t)
	if _, err := os.Stat("/sys/kernel/btf/vmlinux"); err != nil {
		t.Skipf("no kernel BTF: %v", err)
	}
	f := "testdata/load/kernel_on_demand.c"
	src, err := os.ReadFile(f)
	if err != nil {
		t.Fatal(err)
	}
	coll := compileAndLoad(t, f, src, bccc.Options{})
	defer coll.Close()
	l, err := link.AttachRawTracepoint(link.RawTracepointOptions{Name: "sys_enter", Program: coll.Programs["raw_tracepoint__sys_enter"]})
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	pid := uint32(os.Getpid())
	var val [24]byte
	deadline := time.Now().Add(2 * time.Second)
	for {
		syscall.Getppid()
		err = coll.Maps["seen"].Lookup(&pid, &val)
		if err == nil || time.Now().After(deadline) {
			break
		}
		time.Sleep(10 * time.Millisecond)
	}
	if err != nil {
		t.Fatalf("no entry for this process: %v", err)
	}
	stat, err := os.ReadFile("/proc/self/stat")
	if err != nil {
		t.Fatal(err)
	}
	// Fields after the command's closing parenthesis, from field 3 on;
	// arg_start and arg_end are fields 48 and 49.
	fields := strings.Fields(string(stat[strings.LastIndexByte(string(stat), ')')+1:]))
	want := func(n int) uint64 {
		v, err := strconv.ParseUint(fields[n-3], 10, 64)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	start, end := binary.LittleEndian.Uint64(val[0:]), binary.LittleEndian.Uint64(val[8:])
	tg := binary.LittleEndian.Uint32(val[16:])
	if start != want(48) || end != want(49) || tg != pid {
		t.Errorf("arg_start %#x, arg_end %#x, tgid %d; want %#x, %#x, %d", start, end, tg, want(48), want(49), pid)
	}
}

// TestKernelTypesMissingMember: a member kernel BTF does not have is an
// error that names the struct, the member and where it was looked for.
func TestKernelTypesMissingMember(t *testing.T) {
	if _, err := os.Stat("/sys/kernel/btf/vmlinux"); err != nil {
		t.Skipf("no kernel BTF: %v", err)
	}
	src := []byte(`#include <linux/sched.h>
int kprobe__do_exit(struct pt_regs *ctx)
{
	struct task_struct *t = (struct task_struct *)bpf_get_current_task();
	return t->no_such_member;
}
`)
	_, _, err := bccc.Compile("m.c", src, bccc.Options{})
	want := "m.c:5:10: error: struct task_struct has no member named 'no_such_member' (kernel BTF /sys/kernel/btf/vmlinux)"
	if err == nil || !strings.Contains(err.Error(), want) {
		t.Fatalf("got %v, want %q", err, want)
	}
}

// TestCoreExistsNotFolded: a bpf_core_field_exists condition is the
// loader's to decide. Against a target BTF without task_struct.pid the
// program takes the other branch (constant folding once decided it at
// compile time and dropped the relocation).
func TestCoreExistsNotFolded(t *testing.T) {
	requireBPF(t)
	src := []byte(`#include <linux/sched.h>
RAW_TRACEPOINT_PROBE(sys_enter)
{
	struct task_struct *t = (struct task_struct *)bpf_get_current_task();
	if (bpf_core_field_exists(t->pid))
		return 7;
	return 3;
}
`)
	for _, gone := range []bool{false, true} {
		spec, _, member := kernelTask(t)
		if gone {
			member("pid").Name = "pid_gone"
		}
		coll := loadAgainst(t, "exists.c", src, bccc.Options{}, spec)
		ret, err := coll.Programs["raw_tracepoint__sys_enter"].Run(&ebpf.RunOptions{Context: make([]byte, 16)})
		coll.Close()
		if err != nil {
			t.Fatal(err)
		}
		if want := map[bool]uint32{false: 7, true: 3}[gone]; ret != want {
			t.Errorf("pid removed %v: returned %d, want %d", gone, ret, want)
		}
	}
}

// TestKernelMacros: the stddef.h macros of kernel headers, and the note
// that follows a kernel constant bccc does not know.
func TestKernelMacros(t *testing.T) {
	requireBPF(t)
	src := []byte(`#include <linux/sched.h>
struct s { u32 a; u16 b[3]; };
RAW_TRACEPOINT_PROBE(sys_enter)
{
	return offsetof(struct s, b) * 100 + sizeof_field(struct s, b) * 10 + offsetofend(struct s, a);
}
`)
	coll := compileAndLoad(t, "m.c", src, bccc.Options{})
	ret, err := coll.Programs["raw_tracepoint__sys_enter"].Run(&ebpf.RunOptions{Context: make([]byte, 16)})
	coll.Close()
	if err != nil || ret != 464 {
		t.Fatalf("returned %d (%v), want 4*100 + 6*10 + 4", ret, err)
	}
	_, _, err = bccc.Compile("n.c", []byte("#include <linux/sched.h>\nint kprobe__f(void *ctx) { return NO_SUCH_MACRO; }\n"), bccc.Options{})
	want := "n.c:2:35: note: NO_SUCH_MACRO is neither a macro of bccc's kernel headers (bcc/kernel.h) nor an enumerator in kernel BTF: define it with -DNO_SUCH_MACRO=VALUE or #define"
	if err == nil || !strings.Contains(err.Error(), want) {
		t.Fatalf("got %v, want the note %q", err, want)
	}
}
