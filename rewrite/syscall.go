package rewrite

import (
	"strings"

	"github.com/cilium/ebpf"
)

// syscallABI is how an architecture enters a syscall on kernels with
// CONFIG_ARCH_HAS_SYSCALL_WRAPPER (x86_64 and arm64 always have it): the
// entry symbol is prefix+"sys_"+NAME, its one argument is the user's struct
// pt_regs, and the syscall's arguments are in that struct's args fields.
type syscallABI struct {
	prefix string  // "__x64_": the entry of openat is __x64_sys_openat
	args   []int64 // struct pt_regs offsets of the six syscall arguments
}

var syscallABIs = map[string]syscallABI{
	"x86_64": {"__x64_", []int64{112, 104, 96, 56, 72, 64}}, // di si dx r10 r8 r9: the syscall ABI's 4th is r10, not cx
	"arm64":  {"__arm64_", []int64{272, 8, 16, 24, 32, 40}}, // orig_x0, regs[1..5]: x0 is the return value by exit
}

func syscallABIOf(arch string) syscallABI {
	if a, ok := syscallABIs[arch]; ok {
		return a
	}
	return syscallABIs["x86_64"]
}

// syscallSymbol gives a sys_X name the kernel's syscall-wrapper prefix, as
// BCC does when it attaches kprobe__sys_X.
func syscallSymbol(fn, arch string) string {
	if !strings.HasPrefix(fn, "sys_") {
		return fn
	}
	return syscallABIOf(arch).prefix + fn
}

// isSyscallEntry reports kernel symbols that are syscall wrappers:
// __x64_sys_openat on x86_64, __arm64_sys_openat on arm64.
func isSyscallEntry(sym, arch string) bool {
	p := syscallABIOf(arch).prefix + "sys_"
	return strings.HasPrefix(sym, p) && len(sym) > len(p)
}

// syscallProbe makes p a kprobe on the syscall wrapper sym whose extra
// parameters are the syscall's arguments: what BCC does for syscall__NAME
// and kprobe____x64_sys_NAME. bccc does the same for kprobe__sys_NAME,
// which BCC attaches to the wrapper too but binds as a plain function,
// reading the wrapper's registers instead of the syscall's.
func syscallProbe(p *Prog, sym, arch string) {
	p.Type, p.Section = ebpf.Kprobe, "kprobe/"+sym
	p.ArgRegs = syscallABIOf(arch).args
	p.SyscallWrapper = true
	p.WrapperArg = kprobeArgs(arch)[0]
}
