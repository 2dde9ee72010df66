// Package bccc compiles BCC-dialect C into BPF ELF objects that libbpf and
// cilium/ebpf load. Compile is the one entry point for Go callers; the
// pipeline behind it is parse → rewrite → codegen → btfgen/object.
package bccc

import "fmt"

// Options configures one compilation.
type Options struct {
	IncludeDirs []string          // -I, searched for #include "..." and <...> after the bundled headers
	Defines     map[string]string // -D name=value ("" value means 1)
	Progs       []string          // --prog NAME=TYPE[:TARGET]
	CPU         int               // -mcpu=vN, 1..4 (0 means 1)
	NoOptimize  bool              // -O0: run only the passes correctness needs
	Debug       []string          // -d= dump requests, e.g. "ir", "ir:regalloc"
	DebugOut    func(string)      // where dumps go (nil: discarded)
	BTF         string            // --btf: kernel BTF for kernel types (default /sys/kernel/btf/vmlinux)
	Kconfig     string            // --kconfig: kernel config for CONFIG_* (default /proc/config.gz or /boot/config-RELEASE)
	Release     string            // --kernel-release: for LINUX_VERSION_CODE (default: uname -r)
	Tracefs     string            // --tracefs: directory with events/<cat>/<evt>/format (default: the running kernel's tracefs)
	Arch        string            // --target-arch: "x86_64" (default) or "arm64": pt_regs layout and syscall symbols
	OnlineCPUs  int               // --online-cpus: what bpf_num_cpus() gives (0: the CPUs online here)
}

// Object is a compiled BPF ELF object.
type Object struct {
	ELF []byte
}

// Diagnostic is one gcc-style message: file:line:col: severity: text.
type Diagnostic struct {
	File     string
	Line     int
	Col      int
	Severity string // "error", "warning" or "note"
	Msg      string
}

func (d Diagnostic) String() string {
	if d.File == "" {
		return "bccc: " + d.Severity + ": " + d.Msg
	}
	if d.Line == 0 {
		return d.File + ": " + d.Severity + ": " + d.Msg
	}
	return d.File + ":" + itoa(d.Line) + ":" + itoa(d.Col) + ": " + d.Severity + ": " + d.Msg
}

func itoa(i int) string {
	if i == 0 {
		return "0"
	}
	neg := i < 0
	if neg {
		i = -i
	}
	var b [20]byte
	n := len(b)
	for i > 0 {
		n--
		b[n] = byte('0' + i%10)
		i /= 10
	}
	if neg {
		n--
		b[n] = '-'
	}
	return string(b[n:])
}

// Error is returned by Compile when the input is rejected; it holds every
// error diagnostic, in source order.
type Error struct{ Diags []Diagnostic }

func (e *Error) Error() string {
	s := ""
	for i, d := range e.Diags {
		if i > 0 {
			s += "\n"
		}
		s += d.String()
	}
	return s
}

// Compile compiles one C source. filename is used in diagnostics and line
// info. Warnings are returned even when compilation succeeds.
func Compile(filename string, src []byte, opts Options) (obj *Object, warnings []Diagnostic, err error) {
	defer func() {
		// A panic in a dependency or in bccc is a bug, but a user still
		// gets a diagnostic instead of a crash.
		if r := recover(); r != nil {
			obj, warnings = nil, nil
			err = &Error{[]Diagnostic{{File: filename, Severity: "error", Msg: fmt.Sprintf("internal compiler error: %v", r)}}}
		}
	}()
	return compile(filename, src, opts)
}
