package bccc_test

import (
	"bytes"
	"encoding/binary"
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"

	"github.com/bccc-dev/bccc"
	"github.com/cilium/ebpf"
	"github.com/cilium/ebpf/link"
)

// TestKernelPointerReads runs testdata/load/task_parent.c: on exec of a
// child, the program reads current->real_parent->tgid and current->comm
// through implicit probe reads; the parent must be this test process.
func TestKernelPointerReads(t *testing.T) {
	requireBPF(t)
	if _, err := os.Stat("/sys/kernel/btf/vmlinux"); err != nil {
		t.Skipf("no kernel BTF: %v", err)
	}
	f := "testdata/load/task_parent.c"
	src, err := os.ReadFile(f)
	if err != nil {
		t.Fatal(err)
	}
	obj, _, err := bccc.Compile(f, src, bccc.Options{Progs: progFlags(src)})
	if err != nil {
		t.Fatal(err)
	}
	spec, err := ebpf.LoadCollectionSpecFromReader(bytes.NewReader(obj.ELF))
	if err != nil {
		t.Fatal(err)
	}
	coll, err := ebpf.NewCollection(spec)
	if err != nil {
		t.Fatal(err)
	}
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
