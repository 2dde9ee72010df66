package bccc_test

import (
	"encoding/binary"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/bccc-dev/bccc"
	"github.com/cilium/ebpf"
	"github.com/cilium/ebpf/btf"
	"github.com/cilium/ebpf/link"
)

// TestKernelPointerReads runs testdata/load/task_parent.c: on exec of a
// child, the program reads current->real_parent->tgid and current->comm
// through implicit probe reads; the parent must be this test process.
func TestKernelPointerReads(t *testing.T) {
	runTaskParent(t, "")
}

// TestCORERelocations compiles the same program against a made-up BTF in
// which task_struct has its fields at other offsets. The object still reads
// the right values on this kernel only if the loader relocates every field
// offset (CO-RE), so this proves the relocation records.
func TestCORERelocations(t *testing.T) {
	i32 := &btf.Int{Name: "int", Size: 4, Encoding: btf.Signed}
	ch := &btf.Int{Name: "char", Size: 1, Encoding: btf.Signed}
	task := &btf.Struct{Name: "task_struct", Size: 256}
	task.Members = []btf.Member{
		{Name: "__fake", Type: &btf.Array{Type: ch, Index: i32, Nelems: 200}, Offset: 0},
		{Name: "pid", Type: i32, Offset: 200 * 8},
		{Name: "tgid", Type: i32, Offset: 204 * 8},
		{Name: "real_parent", Type: &btf.Pointer{Target: task}, Offset: 208 * 8},
		{Name: "comm", Type: &btf.Array{Type: ch, Index: i32, Nelems: 16}, Offset: 216 * 8},
	}
	runTaskParent(t, writeBTF(t, task))
}

// writeBTF writes made-up kernel types as a BTF file, for --btf.
func writeBTF(t *testing.T, types ...btf.Type) string {
	t.Helper()
	b, err := btf.NewBuilder(types, nil)
	if err != nil {
		t.Fatal(err)
	}
	raw, err := b.Marshal(nil, &btf.MarshalOptions{Order: binary.LittleEndian})
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "fake.btf")
	if err := os.WriteFile(path, raw, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func runTaskParent(t *testing.T, btfPath string) {
	requireBPF(t)
	if _, err := os.Stat("/sys/kernel/btf/vmlinux"); err != nil {
		t.Skipf("no kernel BTF: %v", err)
	}
	f := "testdata/load/task_parent.c"
	src, err := os.ReadFile(f)
	if err != nil {
		t.Fatal(err)
	}
	coll := compileAndLoad(t, f, src, bccc.Options{Progs: progFlags(src), BTF: btfPath})
	defer coll.Close()
	l, err := link.Tracepoint("sched", "sched_process_exec", coll.Programs["on_exec"], nil)
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	cmd := exec.Command("/bin/true")
	if err := cmd.Run(); err != nil {
		t.Fatal(err)
	}
	child := uint32(cmd.Process.Pid)
	var val [4 + 16]byte
	deadline := time.Now().Add(2 * time.Second)
	for {
		err = coll.Maps["parents"].Lookup(&child, &val)
		if err == nil || time.Now().After(deadline) {
			break
		}
		time.Sleep(20 * time.Millisecond)
	}
	if err != nil {
		t.Fatalf("no entry for the child %d: %v", child, err)
	}
	ppid := binary.LittleEndian.Uint32(val[:4])
	comm := strings.TrimRight(string(val[4:]), "\x00")
	if ppid != uint32(os.Getpid()) {
		t.Errorf("real_parent->tgid = %d, want %d", ppid, os.Getpid())
	}
	if comm != "true" {
		t.Errorf("comm = %q, want \"true\"", comm)
	}
}

// TestCOREQueries: bpf_core_field_exists/size and bpf_core_type_exists/size
// compiled against a made-up BTF (a field and a type the kernel lacks, pid
// as a 2-byte field) are answered by the loader for the running kernel.
func TestCOREQueries(t *testing.T) {
	requireBPF(t)
	kspec, err := btf.LoadKernelSpec()
	if err != nil {
		t.Skipf("no kernel BTF: %v", err)
	}
	var realTask *btf.Struct
	if err := kspec.TypeByName("task_struct", &realTask); err != nil {
		t.Fatal(err)
	}
	i32 := &btf.Int{Name: "int", Size: 4, Encoding: btf.Signed}
	i16 := &btf.Int{Name: "short", Size: 2, Encoding: btf.Signed}
	task := &btf.Struct{Name: "task_struct", Size: 64, Members: []btf.Member{
		{Name: "pid", Type: i16, Offset: 0},
		{Name: "bccc_gone", Type: i32, Offset: 32},
	}}
	gone := &btf.Struct{Name: "bccc_no_such_type", Size: 4, Members: []btf.Member{{Name: "x", Type: i32}}}
	path := writeBTF(t, task, gone)
	src := []byte(`// @prog f=RAW_TRACEPOINT
#include <linux/sched.h>
BPF_ARRAY(out, u64, 8);
static void put(int k, u64 v) { out.update(&k, &v); }
int f(struct bpf_raw_tracepoint_args *ctx)
{
	struct task_struct *task = (struct task_struct *)bpf_get_current_task();
	put(0, bpf_core_field_exists(task->pid));
	put(1, bpf_core_field_size(task->pid));
	put(2, bpf_core_field_exists(task->bccc_gone));
	put(3, bpf_core_type_exists(struct task_struct));
	put(4, bpf_core_type_exists(struct bccc_no_such_type));
	put(5, bpf_core_type_size(struct task_struct));
	return 0;
}
`)
	coll := compileAndLoad(t, "q.c", src, bccc.Options{Progs: progFlags(src), BTF: path})
	defer coll.Close()
	if _, err := coll.Programs["f"].Run(&ebpf.RunOptions{Context: make([]byte, 8)}); err != nil {
		t.Fatal(err)
	}
	want := []uint64{1, 4, 0, 1, 0, uint64(realTask.Size)}
	for k, w := range want {
		var v uint64
		if err := coll.Maps["out"].Lookup(uint32(k), &v); err != nil {
			t.Fatal(err)
		}
		if v != w {
			t.Errorf("query %d = %d, want %d", k, v, w)
		}
	}
}
