package bccc_test

import (
	"os"
	"runtime"
	"syscall"
	"testing"

	"github.com/bccc-dev/bccc"
	"github.com/cilium/ebpf/link"
)

// TestCtxPointerSeed runs ctx_pointer_seed.c on sys_enter: the syscall
// number read through the pt_regs pointer taken from the context equals
// the one the tracepoint passes.
func TestCtxPointerSeed(t *testing.T) {
	requireBPF(t)
	f := "testdata/load/ctx_pointer_seed.c"
	src, err := os.ReadFile(f)
	if err != nil {
		t.Fatal(err)
	}
	coll := compileAndLoad(t, f, src, bccc.Options{})
	defer coll.Close()
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	if err := coll.Maps["target"].Put(uint32(0), uint64(syscall.Gettid())); err != nil {
		t.Fatal(err)
	}
	if err := coll.Maps["target"].Put(uint32(1), uint64(syscall.SYS_GETPPID)); err != nil {
		t.Fatal(err)
	}
	l, err := link.AttachRawTracepoint(link.RawTracepointOptions{Name: "sys_enter", Program: coll.Programs["raw_tracepoint__sys_enter"]})
	if err != nil {
		t.Fatal(err)
	}
	syscall.Getppid()
	l.Close()
	nr, _ := lookupU64(t, coll.Maps["seen"], uint32(0))
	id, _ := lookupU64(t, coll.Maps["seen"], uint32(1))
	if id != syscall.SYS_GETPPID || nr != id {
		t.Fatalf("regs->orig_ax = %d, args[1] = %d, want both %d", nr, id, syscall.SYS_GETPPID)
	}
}
