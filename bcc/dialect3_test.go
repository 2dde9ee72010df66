package bcc

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"syscall"
	"testing"
	"unsafe"

	"github.com/bccc-dev/bccc"
	"github.com/cilium/ebpf"
	"golang.org/x/sys/unix"
)

// kernelName is the name the kernel holds for a program, read with
// BPF_OBJ_GET_INFO_BY_FD (cilium/ebpf's ProgramInfo.Name replaces a name
// of 15 characters, possibly cut, with the BTF function name).
func kernelName(t *testing.T, fd int) string {
	t.Helper()
	var info [80]byte // struct bpf_prog_info up to name[16] (offset 64)
	attr := struct {
		fd, infoLen uint32
		info        uint64
	}{uint32(fd), uint32(len(info)), uint64(uintptr(unsafe.Pointer(&info[0])))}
	if _, _, e := unix.Syscall(unix.SYS_BPF, unix.BPF_OBJ_GET_INFO_BY_FD, uintptr(unsafe.Pointer(&attr)), unsafe.Sizeof(attr)); e != 0 {
		t.Fatalf("BPF_OBJ_GET_INFO_BY_FD: %v", e)
	}
	return unix.ByteSliceToString(info[64:80])
}

func TestKernelProgNameRule(t *testing.T) {
	for fn, want := range map[string]string{
		"kprobe__do_nanosleep":                   "do_nanosleep",
		"kretprobe__do_sys_openat2":              "do_sys_openat2",
		"tracepoint__syscalls__sys_enter_getpid": "syscalls__sys_e",
		"raw_tracepoint__sys_enter":              "sys_enter",
		"kfunc__vmlinux__vfs_read":               "vfs_read",
		"kretfunc__ext4__ext4_file_write_iter":   "ext4_file_write",
		"kfunc__nomodule_here":                   "kfunc__nomodule",
		"kmod_ret__do_unlinkat":                  "do_unlinkat",
		"lsm__bpf":                               "bpf",
		"bpf_iter__task":                         "task",
		"syscall__execve":                        "syscall__execve",
		"handle_packet_and_more":                 "handle_packet_a",
		"short":                                  "short",
	} {
		if got := KernelProgName(fn); got != want {
			t.Errorf("KernelProgName(%q) = %q, want %q", fn, got, want)
		}
	}
}

// TestKernelProgName loads programs through the bcc package and reads
// back the names the kernel gives them: BCC's (the function name without
// its attach prefix, 15 characters at most), while the collection keeps
// the C function names.
func TestKernelProgName(t *testing.T) {
	requireBPF(t)
	b, err := New(`
TRACEPOINT_PROBE(syscalls, sys_enter_getpid) { return 0; }
RAW_TRACEPOINT_PROBE(sys_enter) { return 0; }
RAW_TRACEPOINT_PROBE(sched_process_exec) { return 0; }
`)
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	for fn, want := range map[string]string{
		"tracepoint__syscalls__sys_enter_getpid": "syscalls__sys_e",
		"raw_tracepoint__sys_enter":              "sys_enter",
		"raw_tracepoint__sched_process_exec":     "sched_process_e",
	} {
		p := b.Program(fn)
		if p == nil {
			t.Errorf("no program %s (have %v)", fn, b.ProgramNames())
			continue
		}
		if got := kernelName(t, p.FD()); got != want {
			t.Errorf("%s: kernel name %q, want %q", fn, got, want)
		}
		// cilium/ebpf's view: the kernel name, or for a name of 15
		// characters the BTF function name (the C function).
		info, err := p.Info()
		if err != nil {
			t.Fatal(err)
		}
		if info.Name != want && info.Name != fn {
			t.Errorf("%s: ProgramInfo.Name %q, want %q or %q", fn, info.Name, want, fn)
		}
	}
}

const conventionsProg = `
int kprobe__do_nanosleep(struct pt_regs *ctx) { return 0; }
int kretprobe__do_nanosleep(struct pt_regs *ctx) { return 0; }
TRACEPOINT_PROBE(syscalls, sys_enter_getpid) { return 0; }
RAW_TRACEPOINT_PROBE(sys_enter) { return 0; }
KFUNC_PROBE(do_nanosleep) { return 0; }
KRETFUNC_PROBE(do_nanosleep) { return 0; }
LSM_PROBE(bpf, int cmd) { return 0; }
KMOD_RET(do_nanosleep) { return 0; }
int syscall__getpid(struct pt_regs *ctx) { return 0; }
int on_packet(struct __sk_buff *skb) { return 0; }
`

// TestAttachAllSelection: which programs AttachAll tries, as BCC's Python
// auto-attaches: kprobe__, kretprobe__, tracepoint__, raw_tracepoint__,
// kfunc__/kretfunc__ (fentry/fexit) and lsm__, but not syscall__,
// kmod_ret__ or programs of other types. The object is compiled but not
// loaded (fentry and LSM programs do not load on every kernel), so every
// attempt fails with "no program": the failures are the attempts.
func TestAttachAllSelection(t *testing.T) {
	obj, _, err := bccc.Compile("conv.c", []byte(conventionsProg), bccc.Options{Progs: []string{"on_packet=SOCKET_FILTER"}})
	if err != nil {
		t.Fatal(err)
	}
	spec, err := ebpf.LoadCollectionSpecFromReader(bytes.NewReader(obj.ELF))
	if err != nil {
		t.Fatal(err)
	}
	b := &BPF{Spec: spec}
	want := []Attachment{
		{"kfunc__vmlinux__do_nanosleep", "fentry", "do_nanosleep"},
		{"kprobe__do_nanosleep", "kprobe", "do_nanosleep"},
		{"kretfunc__vmlinux__do_nanosleep", "fexit", "do_nanosleep"},
		{"kretprobe__do_nanosleep", "kretprobe", "do_nanosleep"},
		{"lsm__bpf", "lsm", "bpf"},
		{"raw_tracepoint__sys_enter", "raw_tracepoint", "sys_enter"},
		{"tracepoint__syscalls__sys_enter_getpid", "tracepoint", "syscalls:sys_enter_getpid"},
	}
	auto, manual := b.AutoAttachable()
	if fmt.Sprint(auto) != fmt.Sprint(want) {
		t.Errorf("AutoAttachable: auto\n%v\nwant\n%v", auto, want)
	}
	if got, w := strings.Join(manual, " "), "kmod_ret__do_nanosleep on_packet syscall__getpid"; got != w {
		t.Errorf("AutoAttachable: manual %q, want %q", got, w)
	}
	err = b.AttachAll()
	var errs AttachErrors
	if !errors.As(err, &errs) {
		t.Fatalf("AttachAll on an unloaded object: %v, want AttachErrors", err)
	}
	var tried []Attachment
	for _, e := range errs {
		if !strings.Contains(e.Err.Error(), "no program "+e.Prog) {
			t.Errorf("%v", e)
		}
		tried = append(tried, e.Attachment)
	}
	if fmt.Sprint(tried) != fmt.Sprint(want) {
		t.Errorf("AttachAll tried\n%v\nwant\n%v", tried, want)
	}
}

// TestAttachAllLeavesSyscallPrograms: loaded for real, a syscall__
// program is not attached by AttachAll (BCC's users attach it to
// get_syscall_fnname(name)); the tracepoint next to it is. Attaching it
// by hand is a kprobe on the syscall's function.
func TestAttachAllLeavesSyscallPrograms(t *testing.T) {
	requireBPF(t)
	b, err := New(`
BPF_ARRAY(hits, u64, 1);
int syscall__getpid(struct pt_regs *ctx) { hits.increment(0); return 0; }
TRACEPOINT_PROBE(syscalls, sys_enter_getppid) { return 0; }
`)
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	if err := b.AttachAll(); err != nil {
		t.Fatalf("AttachAll: %v", err)
	}
	if got := fmt.Sprint(b.Attachments()); got != "[tracepoint__syscalls__sys_enter_getppid (tracepoint syscalls:sys_enter_getppid)]" {
		t.Errorf("attached %s", got)
	}
	fn := b.GetSyscallFnName("getpid")
	err = b.AttachKprobe(fn, "syscall__getpid")
	switch {
	case KprobesSupported() && err != nil:
		t.Fatalf("AttachKprobe(%s): %v", fn, err)
	case !KprobesSupported() && !errors.Is(err, ErrKprobesUnsupported):
		t.Fatalf("AttachKprobe(%s) without kprobes: %v, want ErrKprobesUnsupported", fn, err)
	case err == nil:
		syscall.Getpid()
		if v := readU64(t, b, "hits", 0); v == 0 {
			t.Errorf("syscall__getpid attached to %s did not run", fn)
		}
	}
}
