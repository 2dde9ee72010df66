package bcc

import "runtime"

// GetSyscallFnName is BCC's get_syscall_fnname: the kernel function that
// implements syscall name, with the architecture's wrapper prefix when the
// kernel has one (found in kallsyms).
func (b *BPF) GetSyscallFnName(name string) string {
	return syscallFnName(name, Ksymname)
}

func syscallFnName(name string, addr func(string) int64) string {
	prefixes := []string{"__x64_sys_", "__ia32_sys_", "sys_"}
	if runtime.GOARCH == "arm64" {
		prefixes = []string{"__arm64_sys_", "sys_"}
	}
	for _, p := range prefixes {
		if addr(p+name) >= 0 {
			return p + name
		}
	}
	return prefixes[0] + name
}
