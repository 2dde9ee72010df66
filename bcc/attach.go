package bcc

import (
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"

	"github.com/cilium/ebpf"
	"github.com/cilium/ebpf/link"
)

// Attachment describes one attached program.
type Attachment struct {
	Prog   string // C function name
	Kind   string // "kprobe", "kretprobe", "tracepoint", "raw_tracepoint", "fentry", "fexit", "lsm", "uprobe", "uretprobe", "xdp", "perf_event", "raw_socket", "cgroup", "sk_msg", "sk_skb"
	Target string // the function or LSM hook, "cat:evt", "path:symbol", interface, "cgroup-dir attach-type" or "map attach-type"
}

func (a Attachment) String() string {
	return fmt.Sprintf("%s (%s %s)", a.Prog, a.Kind, a.Target)
}

// ErrKprobesUnsupported is wrapped by the attach errors of kprobes on a
// kernel without CONFIG_KPROBES.
var ErrKprobesUnsupported = errors.New("kprobes are not supported by this kernel (CONFIG_KPROBES is off: no kprobe PMU and no kprobe_events in tracefs)")

// AttachError is the failure to attach one program.
type AttachError struct {
	Attachment
	Err error
}

func (e *AttachError) Error() string {
	return fmt.Sprintf("cannot attach %s to %s %s: %v", e.Prog, e.Kind, e.Target, e.Err)
}

func (e *AttachError) Unwrap() error { return e.Err }

// AttachErrors are the failures of AttachAll, one per program.
type AttachErrors []*AttachError

func (e AttachErrors) Error() string {
	var s []string
	for _, x := range e {
		s = append(s, x.Error())
	}
	return strings.Join(s, "\n")
}

// Unwrap lets errors.Is see every failure.
func (e AttachErrors) Unwrap() []error {
	r := make([]error, len(e))
	for i, x := range e {
		r[i] = x
	}
	return r
}

// ErrTrampolinesRefused is wrapped by the attach errors of fentry, fexit
// and LSM programs that the kernel refuses with EPERM or ENOTSUPP.
var ErrTrampolinesRefused = errors.New("this kernel refuses fentry/fexit/LSM attachment (BPF trampolines; LSM programs also need CONFIG_BPF_LSM and bpf in the lsm= boot list)")

// enotsupp is the kernel's internal ENOTSUPP (524), which reaches user
// space from BPF attachment.
const enotsupp = syscall.Errno(524)

// autoTarget is what a program's section says about where it attaches,
// as BCC's Python auto-attaches by prefix: kprobe__, kretprobe__,
// tracepoint__, raw_tracepoint__, kfunc__ and kretfunc__ (fentry/fexit),
// lsm__. syscall__ functions are not auto-attached (BCC's users attach a
// kprobe to get_syscall_fnname(name) themselves), nor kmod_ret__ (BCC's
// attach_fmod_ret) and bpf_iter__. Kinds that need a target from the
// caller (xdp, tc, socket, perf_event, uprobe without a path) are not
// auto-attached either.
func autoTarget(name, section string) (Attachment, bool) {
	kind, target, _ := strings.Cut(section, "/")
	a := Attachment{Prog: name, Kind: kind, Target: target}
	if strings.HasPrefix(name, "syscall__") {
		return a, false
	}
	switch kind {
	case "kprobe", "kretprobe", "raw_tracepoint", "raw_tp":
		if kind == "raw_tp" {
			a.Kind = "raw_tracepoint"
		}
		return a, target != ""
	case "fentry", "fexit", "lsm", "fentry.s", "fexit.s", "lsm.s":
		a.Kind = strings.TrimSuffix(kind, ".s")
		return a, target != ""
	case "tracepoint", "tp":
		a.Kind = "tracepoint"
		cat, evt, ok := strings.Cut(target, "/")
		a.Target = cat + ":" + evt
		return a, ok && cat != "" && evt != ""
	case "uprobe", "uretprobe":
		i := strings.LastIndexByte(target, ':')
		return a, i > 0 && i < len(target)-1
	}
	return a, false
}

// AttachAll attaches every program whose section names its attach point:
// kprobe/FN, kretprobe/FN, tracepoint/CAT/EVT, raw_tracepoint/EVT,
// fentry/FN, fexit/FN, lsm/HOOK and uprobe/PATH:SYM, uretprobe/PATH:SYM —
// BCC's auto-attachment of kprobe__, kretprobe__, TRACEPOINT_PROBE,
// RAW_TRACEPOINT_PROBE, KFUNC_PROBE, KRETFUNC_PROBE and LSM_PROBE
// functions, plus --prog NAME=TYPE:TARGET. As in BCC, syscall__NAME
// functions are left to the caller (AttachKprobe(GetSyscallFnName(NAME),
// fn)), and so are KMOD_RET and BPF_ITER programs. Programs that need an
// explicit target (XDP, TC, socket filters, perf events, uprobes without
// a path) are left for the Attach methods. Programs attached before are
// skipped.
// All programs are tried; the error is an AttachErrors, one entry per
// program that could not be attached (the others stay attached).
func (b *BPF) AttachAll() error {
	var errs AttachErrors
	for _, name := range b.ProgramNames() {
		a, ok := autoTarget(name, b.Spec.Programs[name].SectionName)
		if !ok || b.isAttached(name) {
			continue
		}
		if err := b.attach(a, 0); err != nil {
			var ae *AttachError
			if errors.As(err, &ae) {
				errs = append(errs, ae)
			} else {
				errs = append(errs, &AttachError{a, err})
			}
		}
	}
	if len(errs) > 0 {
		return errs
	}
	return nil
}

// AutoAttachable reports the programs AttachAll would attach, and those it
// leaves for an explicit Attach call.
func (b *BPF) AutoAttachable() (auto []Attachment, manual []string) {
	for _, name := range b.ProgramNames() {
		if a, ok := autoTarget(name, b.Spec.Programs[name].SectionName); ok {
			auto = append(auto, a)
		} else {
			manual = append(manual, name)
		}
	}
	return auto, manual
}

// Attachments lists what is attached, in attach order.
func (b *BPF) Attachments() []Attachment {
	b.mu.Lock()
	defer b.mu.Unlock()
	var r []Attachment
	for _, l := range b.links {
		r = append(r, l.Attachment)
	}
	return r
}

func (b *BPF) isAttached(prog string) bool {
	b.mu.Lock()
	defer b.mu.Unlock()
	for _, l := range b.links {
		if l.Prog == prog {
			return true
		}
	}
	return false
}

func (b *BPF) prog(a Attachment) (*ebpf.Program, error) {
	p := b.Program(a.Prog)
	if p == nil {
		return nil, &AttachError{a, fmt.Errorf("no program %s (programs: %s)", a.Prog, strings.Join(b.ProgramNames(), ", "))}
	}
	return p, nil
}

func (b *BPF) attach(a Attachment, pid int) error {
	p, err := b.prog(a)
	if err != nil {
		return err
	}
	var l link.Link
	switch a.Kind {
	case "kprobe", "kretprobe":
		if a.Kind == "kprobe" {
			l, err = link.Kprobe(a.Target, p, nil)
		} else {
			l, err = link.Kretprobe(a.Target, p, nil)
		}
		err = kprobeError(a.Target, err)
	case "tracepoint":
		cat, evt, ok := strings.Cut(a.Target, ":")
		if !ok {
			cat, evt, ok = strings.Cut(a.Target, "/")
		}
		if !ok {
			return &AttachError{a, fmt.Errorf("want CATEGORY:EVENT, as syscalls:sys_enter_openat")}
		}
		a.Target = cat + ":" + evt
		l, err = link.Tracepoint(cat, evt, p, nil)
		if errors.Is(err, os.ErrNotExist) {
			err = fmt.Errorf("no tracepoint %s:%s in %s/events (%w)", cat, evt, tracefsDir(), err)
		}
	case "fentry", "fexit", "lsm":
		// The target was given at load (the program's BTF attach point).
		if a.Kind == "lsm" {
			l, err = link.AttachLSM(link.LSMOptions{Program: p})
		} else {
			l, err = link.AttachTracing(link.TracingOptions{Program: p})
		}
		if errors.Is(err, os.ErrPermission) || errors.Is(err, ebpf.ErrNotSupported) || errors.Is(err, enotsupp) || errors.Is(err, syscall.EOPNOTSUPP) {
			err = fmt.Errorf("%w: %v", ErrTrampolinesRefused, err)
		}
	case "raw_tracepoint":
		l, err = link.AttachRawTracepoint(link.RawTracepointOptions{Name: a.Target, Program: p})
		if errors.Is(err, os.ErrNotExist) || errors.Is(err, syscall.ENOENT) {
			err = fmt.Errorf("no raw tracepoint %s: %w", a.Target, err)
		}
	case "uprobe", "uretprobe":
		i := strings.LastIndexByte(a.Target, ':')
		if i <= 0 {
			return &AttachError{a, fmt.Errorf("want PATH:SYMBOL")}
		}
		path, sym := a.Target[:i], a.Target[i+1:]
		var off uint64
		if s, o, ok := strings.Cut(sym, "+"); ok {
			if off, err = strconv.ParseUint(o, 0, 64); err != nil {
				return &AttachError{a, fmt.Errorf("bad offset %q", o)}
			}
			sym = s
		}
		if path, err = resolveBinary(path); err != nil {
			return &AttachError{a, err}
		}
		var ex *link.Executable
		if ex, err = link.OpenExecutable(path); err != nil {
			return &AttachError{a, err}
		}
		opts := &link.UprobeOptions{PID: pid, Offset: off}
		if a.Kind == "uprobe" {
			l, err = ex.Uprobe(sym, p, opts)
		} else {
			l, err = ex.Uretprobe(sym, p, opts)
		}
	default:
		return &AttachError{a, fmt.Errorf("cannot attach %s programs by section (use AttachXDP, AttachRawSocket, AttachCgroup, AttachSkMsg, AttachSkSkb or cilium/ebpf's link package)", a.Kind)}
	}
	if err != nil {
		return &AttachError{a, err}
	}
	b.addLink(a, l)
	return nil
}

// kprobeError explains a failed kprobe: no kprobe support at all, or no
// such function.
func kprobeError(fn string, err error) error {
	if err == nil {
		return nil
	}
	if !KprobesSupported() {
		return ErrKprobesUnsupported
	}
	if errors.Is(err, os.ErrNotExist) {
		return fmt.Errorf("no kernel function %s (see /proc/kallsyms): %w", fn, err)
	}
	return err
}

// KprobesSupported reports whether the kernel can create kprobes: through
// the perf_kprobe PMU or tracefs kprobe_events (CONFIG_KPROBES).
func KprobesSupported() bool {
	if _, err := os.Stat("/sys/bus/event_source/devices/kprobe"); err == nil {
		return true
	}
	for _, d := range []string{"/sys/kernel/tracing", "/sys/kernel/debug/tracing"} {
		if _, err := os.Stat(filepath.Join(d, "kprobe_events")); err == nil {
			return true
		}
	}
	return false
}

// AttachKprobe attaches fnName to the entry of kernel function event
// (attach_kprobe(event=..., fn_name=...)).
func (b *BPF) AttachKprobe(event, fnName string) error {
	return b.attach(Attachment{fnName, "kprobe", event}, 0)
}

// AttachKretprobe attaches fnName to the return of kernel function event.
func (b *BPF) AttachKretprobe(event, fnName string) error {
	return b.attach(Attachment{fnName, "kretprobe", event}, 0)
}

// AttachTracepoint attaches fnName to tracepoint tp, "category:event"
// (attach_tracepoint(tp="syscalls:sys_enter_openat", fn_name=...)).
func (b *BPF) AttachTracepoint(tp, fnName string) error {
	return b.attach(Attachment{fnName, "tracepoint", tp}, 0)
}

// AttachKfunc attaches a KFUNC_PROBE or KRETFUNC_PROBE program (fentry or
// fexit; the kernel function was fixed when it was loaded) (attach_kfunc).
func (b *BPF) AttachKfunc(fnName string) error {
	a := Attachment{Prog: fnName, Kind: "fentry"}
	if ps := b.Spec.Programs[fnName]; ps != nil {
		if ps.AttachType == ebpf.AttachTraceFExit {
			a.Kind = "fexit"
		}
		a.Target = ps.AttachTo
	}
	return b.attach(a, 0)
}

// AttachLSM attaches an LSM_PROBE program to its hook (attach_lsm).
func (b *BPF) AttachLSM(fnName string) error {
	a := Attachment{Prog: fnName, Kind: "lsm"}
	if ps := b.Spec.Programs[fnName]; ps != nil {
		a.Target = ps.AttachTo
	}
	return b.attach(a, 0)
}

// AttachRawTracepoint attaches fnName to raw tracepoint tp ("sched_switch").
func (b *BPF) AttachRawTracepoint(tp, fnName string) error {
	return b.attach(Attachment{fnName, "raw_tracepoint", tp}, 0)
}

// AttachUprobe attaches fnName to symbol sym of binary or library name
// (a path, or a library name as BCC takes it: "c" for libc), in process
// pid (0 or -1: all processes) (attach_uprobe(name=, sym=, fn_name=, pid=)).
func (b *BPF) AttachUprobe(name, sym, fnName string, pid int) error {
	return b.attach(Attachment{fnName, "uprobe", name + ":" + sym}, pidOpt(pid))
}

// AttachUretprobe is AttachUprobe on the function's return.
func (b *BPF) AttachUretprobe(name, sym, fnName string, pid int) error {
	return b.attach(Attachment{fnName, "uretprobe", name + ":" + sym}, pidOpt(pid))
}

func pidOpt(pid int) int {
	if pid < 0 {
		return 0
	}
	return pid
}

// AttachXDP attaches XDP program fnName to network device dev with BCC's
// XDP flags (XDP_FLAGS_SKB_MODE = 1<<1, XDP_FLAGS_DRV_MODE = 1<<2,
// XDP_FLAGS_HW_MODE = 1<<3; 0: the kernel chooses) (attach_xdp(dev, fn, flags)).
func (b *BPF) AttachXDP(dev, fnName string, flags uint32) error {
	a := Attachment{fnName, "xdp", dev}
	p, err := b.prog(a)
	if err != nil {
		return err
	}
	ifc, err := net.InterfaceByName(dev)
	if err != nil {
		return &AttachError{a, err}
	}
	l, err := link.AttachXDP(link.XDPOptions{Program: p, Interface: ifc.Index, Flags: link.XDPAttachFlags(flags &^ 1)})
	if err != nil {
		return &AttachError{a, err}
	}
	b.addLink(a, l)
	return nil
}

// RemoveXDP detaches the XDP programs this BPF attached to dev.
func (b *BPF) RemoveXDP(dev string) error {
	return b.detach(func(a Attachment) bool { return a.Kind == "xdp" && a.Target == dev })
}

// Detach detaches every attachment of program fnName.
func (b *BPF) Detach(fnName string) error {
	return b.detach(func(a Attachment) bool { return a.Prog == fnName })
}

func (b *BPF) detach(match func(Attachment) bool) error {
	b.mu.Lock()
	var keep, drop []*attached
	for _, l := range b.links {
		if match(l.Attachment) {
			drop = append(drop, l)
		} else {
			keep = append(keep, l)
		}
	}
	b.links = keep
	b.mu.Unlock()
	var errs []error
	for _, l := range drop {
		if err := l.link.Close(); err != nil {
			errs = append(errs, err)
		}
	}
	return errors.Join(errs...)
}

// resolveBinary finds a uprobe target as BCC does: a path, a library name
// ("c" → libc.so.6 in the usual library directories) or a command in PATH.
func resolveBinary(name string) (string, error) {
	if strings.ContainsRune(name, '/') {
		return name, nil
	}
	dirs := []string{"/lib64", "/usr/lib64", "/lib", "/usr/lib", "/lib/x86_64-linux-gnu", "/usr/lib/x86_64-linux-gnu",
		"/lib/aarch64-linux-gnu", "/usr/lib/aarch64-linux-gnu"}
	lib := strings.TrimPrefix(name, "lib")
	for _, d := range dirs {
		// libc.so.6 before libc.so, which may be a linker script.
		for _, pat := range []string{"lib" + lib + ".so.*", "lib" + lib + ".so"} {
			m, _ := filepath.Glob(filepath.Join(d, pat))
			for _, f := range m {
				if isELF(f) {
					return f, nil
				}
			}
		}
	}
	if p, err := exec.LookPath(name); err == nil {
		return p, nil
	}
	return "", fmt.Errorf("cannot find library or binary %q", name)
}

func tracefsDir() string {
	if _, err := os.Stat("/sys/kernel/tracing/events"); err == nil {
		return "/sys/kernel/tracing"
	}
	return "/sys/kernel/debug/tracing"
}

func isELF(path string) bool {
	f, err := os.Open(path)
	if err != nil {
		return false
	}
	defer f.Close()
	var magic [4]byte
	_, err = io.ReadFull(f, magic[:])
	return err == nil && string(magic[:]) == "\x7fELF"
}
