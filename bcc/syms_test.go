package bcc

import (
	"encoding/binary"
	"fmt"
	"os"
	"reflect"
	"runtime"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

func kernelSymbolsOrSkip(t *testing.T) *KernelSymbols {
	t.Helper()
	ks, err := LoadKernelSymbols()
	if err != nil {
		t.Skipf("no kernel symbols: %v", err)
	}
	return ks
}

// TestSymKernelRoundTrip: the address of a kernel function from kallsyms
// resolves back to it, at offset 0 and inside it.
func TestSymKernelRoundTrip(t *testing.T) {
	ks := kernelSymbolsOrSkip(t)
	for _, name := range []string{"vfs_read", "schedule"} {
		addr, ok := ks.Addr(name)
		if !ok {
			t.Errorf("%s not in kallsyms", name)
			continue
		}
		if got, off, ok := ks.Resolve(addr); !ok || got != name || off != 0 {
			t.Errorf("Resolve(%#x) = %q+%#x, %v; want %s+0", addr, got, off, ok, name)
		}
		if got, off, ok := ks.Resolve(addr + 4); !ok || got != name || off != 4 {
			t.Errorf("Resolve(%#x) = %q+%#x, %v; want %s+0x4", addr+4, got, off, ok, name)
		}
		if s := Ksym(addr+4, true, true); s != name+"+0x4 [kernel]" {
			t.Errorf("Ksym = %q", s)
		}
		if a := Ksymname(name); a != int64(addr) {
			t.Errorf("Ksymname(%s) = %#x, want %#x", name, a, addr)
		}
	}
	if _, _, ok := ks.Resolve(1); ok {
		t.Errorf("address 1 resolved")
	}
	if s := Ksym(1, false, false); s != "[unknown]" {
		t.Errorf("Ksym(1) = %q, want [unknown]", s)
	}
	if Ksymname("no such symbol, surely") != -1 {
		t.Errorf("Ksymname of a missing symbol is not -1")
	}
}

// TestSymKernelModule: symbols of a loaded module carry its name.
func TestSymKernelModule(t *testing.T) {
	ks := kernelSymbolsOrSkip(t)
	for _, e := range ks.syms {
		if e.module == "kernel" {
			continue
		}
		s, ok := ks.Lookup(e.addr)
		if !ok || s.Module != e.module {
			t.Fatalf("Lookup(%#x) = %+v, %v; want module %s", e.addr, s, ok, e.module)
		}
		return
	}
	t.Skip("no module symbols in kallsyms")
}

//go:noinline
func symTestTarget(x int) int { return x*3 + 1 }

// TestSymUserOwnProcess resolves Go functions of this test binary in its
// own process, as runtime.FuncForPC names them.
func TestSymUserOwnProcess(t *testing.T) {
	ps, err := LoadProcessSymbols(os.Getpid())
	if err != nil {
		t.Fatal(err)
	}
	for _, fn := range []any{symTestTarget, TestSymUserOwnProcess, strings.Index} {
		pc := reflect.ValueOf(fn).Pointer()
		want := runtime.FuncForPC(pc).Name()
		name, off, ok := ps.Resolve(uint64(pc))
		if !ok || name != want || off != 0 {
			t.Errorf("Resolve(%#x) = %q+%#x, %v; want %s+0", pc, name, off, ok, want)
		}
		name, off, ok = ps.Resolve(uint64(pc) + 2)
		if !ok || name != want || off != 2 {
			t.Errorf("Resolve(%#x+2) = %q+%#x, %v; want %s+0x2", pc, name, off, ok, want)
		}
	}
	exe, _ := os.Executable()
	pc := uint64(reflect.ValueOf(symTestTarget).Pointer())
	want := runtime.FuncForPC(uintptr(pc)).Name() + "+0x1 [" + exe + "]"
	if s := Sym(pc+1, os.Getpid(), true, true); s != want {
		t.Errorf("Sym = %q, want %q", s, want)
	}
	if s := Sym(8, os.Getpid(), false, false); s != "[unknown]" {
		t.Errorf("Sym(8) = %q, want [unknown]", s)
	}
}

// TestSymUserLibc resolves a PC in a C program's libc (the test binary
// is static Go): /bin/sleep blocked in its sleep system call, whose user
// PC /proc/PID/syscall shows, is in libc's nanosleep.
func TestSymUserLibc(t *testing.T) {
	var pa syscall.ProcAttr
	pid, err := syscall.ForkExec("/bin/sleep", []string{"sleep", "5"}, &pa)
	if err != nil {
		t.Skipf("no /bin/sleep: %v", err)
	}
	defer func() {
		syscall.Kill(pid, syscall.SIGKILL)
		var ws syscall.WaitStatus
		syscall.Wait4(pid, &ws, 0, nil)
	}()
	var last string
	for deadline := time.Now().Add(5 * time.Second); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
		// "NR arg1 ... arg6 SP PC" while blocked in a system call.
		b, err := os.ReadFile(fmt.Sprintf("/proc/%d/syscall", pid))
		if err != nil {
			t.Skipf("cannot read /proc/PID/syscall: %v", err)
		}
		f := strings.Fields(string(b))
		if len(f) != 9 {
			last = string(b)
			continue
		}
		pc, err := strconv.ParseUint(strings.TrimPrefix(f[8], "0x"), 16, 64)
		if err != nil {
			t.Fatalf("bad /proc/PID/syscall: %q", b)
		}
		ps, err := LoadProcessSymbols(pid)
		if err != nil {
			t.Fatal(err)
		}
		s, ok := ps.Lookup(pc)
		if !ok || !strings.Contains(s.Name, "sleep") || !strings.Contains(s.Module, "libc") {
			t.Logf("maps: %+v", ps.maps)
			t.Fatalf("Lookup(%#x) = %+v, %v; want libc's nanosleep", pc, s, ok)
		}
		t.Logf("sleep is blocked at %s", s)
		return
	}
	t.Skipf("sleep never seen in its system call (last %q)", last)
}

const stackProg = `
// One map per stack: two stacks in one map may hash to the same bucket
// (get_stackid then fails with EEXIST).
BPF_STACK_TRACE(kstacks, 64);
BPF_STACK_TRACE(ustacks, 64);
BPF_ARRAY(ids, s64, 2);

RAW_TRACEPOINT_PROBE(sys_enter)
{
	// The Go runtime calls getpid too (sysmon): only this test's thread.
	if ((u32)bpf_get_current_pid_tgid() != TARGET_TID || ctx->args[1] != GETPID_NR)
		return 0;
	int k = 0, u = 1;
	s64 kid = kstacks.get_stackid(ctx, 0);
	s64 uid = ustacks.get_stackid(ctx, BPF_F_USER_STACK);
	ids.update(&k, &kid);
	ids.update(&u, &uid);
	return 0;
}
`

// TestSymStackTrace records the kernel and user stacks of a getpid call
// with get_stackid, reads them with StackAddrs and resolves them: the
// kernel's syscall entry and this test's Go frames.
func TestSymStackTrace(t *testing.T) {
	requireBPF(t)
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	// Read kallsyms before the program is loaded: resolving its frames
	// must notice the table is stale.
	CachedKernelSymbols()
	b, err := New(stackProg, "-DTARGET_TID="+strconv.Itoa(syscall.Gettid()), "-DGETPID_NR="+strconv.Itoa(syscall.SYS_GETPID))
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	if err := b.AttachAll(); err != nil {
		t.Fatal(err)
	}
	stackGetpid()
	ids := b.Table("ids")
	stackID := func(i uint32) int64 {
		v, err := ids.Lookup(u32(i))
		if err != nil {
			t.Fatal(err)
		}
		return int64(binary.NativeEndian.Uint64(v))
	}
	kaddrs, err := b.Table("kstacks").StackAddrs(stackID(0))
	if err != nil {
		t.Fatalf("kernel stack: %v", err)
	}
	var kframes []string
	for _, a := range kaddrs {
		kframes = append(kframes, b.Ksym(a, false, true))
	}
	t.Logf("kernel stack: %v", kframes)
	if !containsFrame(kframes, "syscall") {
		t.Errorf("no syscall entry frame in the kernel stack %v", kframes)
	}
	info, err := b.Program("raw_tracepoint__sys_enter").Info()
	if err != nil {
		t.Fatal(err)
	}
	if jited, ok := info.JitedKsymAddrs(); ok && len(jited) > 0 {
		if s := b.Ksym(uint64(jited[0])+1, true, false); !strings.HasPrefix(s, "bpf_prog_") || !strings.HasSuffix(s, " [bpf]") {
			t.Errorf("the program's own code resolves to %q, want bpf_prog_... [bpf]", s)
		}
	}

	uaddrs, err := b.Table("ustacks").StackAddrs(stackID(1))
	if err != nil {
		t.Fatalf("user stack: %v", err)
	}
	var uframes []string
	for _, a := range uaddrs {
		uframes = append(uframes, b.Sym(a, os.Getpid(), false, true))
	}
	t.Logf("user stack: %v", uframes)
	// The syscall stub sets up no frame, so frame-pointer unwinding skips
	// its caller (stackGetpid): the test function is the frame to find.
	if !containsFrame(uframes, "bcc.TestSymStackTrace+") {
		t.Errorf("no TestSymStackTrace frame in the user stack %v", uframes)
	}

	if _, err := b.Table("kstacks").StackAddrs(-14); err == nil || !strings.Contains(err.Error(), "bad address") {
		t.Errorf("StackAddrs(-EFAULT) = %v", err)
	}
	if _, err := ids.StackAddrs(0); err == nil {
		t.Errorf("StackAddrs on an array did not fail")
	}
}

//go:noinline
func stackGetpid() { syscall.Getpid() }

func containsFrame(frames []string, s string) bool {
	for _, f := range frames {
		if strings.Contains(f, s) {
			return true
		}
	}
	return false
}

// TestSymELFSymtab: a C program's local functions come from .symtab,
// with sizes bounding them.
func TestSymELFSymtab(t *testing.T) {
	bin := buildC(t, usdtC)
	es, err := readELFSymbols(bin)
	if err != nil {
		t.Fatal(err)
	}
	var helper symEntry
	for _, e := range es.syms {
		if strings.HasPrefix(e.name, "usdt_helper") { // gcc may add .constprop.0
			helper = e
		}
	}
	if helper.name == "" || helper.global || helper.size == 0 {
		t.Fatalf("usdt_helper: %+v", helper)
	}
	if e, ok := lookup(es.syms, helper.addr+helper.size-1); !ok || e.name != helper.name {
		t.Errorf("lookup(end of usdt_helper) = %+v, %v", e, ok)
	}
	if e, ok := lookup(es.syms, helper.addr+helper.size); ok && e.name == helper.name {
		t.Errorf("lookup past usdt_helper's end found it")
	}
}
