package rewrite

import (
	"strings"

	"github.com/cilium/ebpf"
)

// btfProg is a naming convention of the BPF_PROG-style macros in
// helpers.h (KFUNC_PROBE, LSM_PROBE, …, DIALECT §3). Their programs take
// the u64 argument array of a BTF-typed attach point, named in the section;
// the loader resolves the target's BTF ID when it loads the program.
type btfProg struct {
	prefix  string // of the function name
	section string // libbpf's, before "/TARGET"
	typ     ebpf.ProgramType
	module  bool // the name is prefix+MODULE+"__"+TARGET
}

var btfProgs = []btfProg{
	{"kfunc__", "fentry", ebpf.Tracing, true},
	{"kretfunc__", "fexit", ebpf.Tracing, true},
	{"kmod_ret__", "fmod_ret", ebpf.Tracing, false},
	{"lsm__", "lsm", ebpf.LSM, false},
	{"bpf_iter__", "iter", ebpf.Tracing, false},
}

// btfConvention applies the convention p's name follows, if any.
func btfConvention(p *Prog) bool {
	for _, c := range btfProgs {
		rest, ok := strings.CutPrefix(p.Name, c.prefix)
		if !ok || rest == "" {
			continue
		}
		target := rest
		if c.module {
			// kfunc__vmlinux__fn, kfunc__MOD__fn; BCC 0.26 wrote
			// kfunc__fn. Both loaders find module functions by name, so
			// the module is not part of the section.
			if mod, fn, ok := strings.Cut(rest, "__"); ok && mod != "" && fn != "" {
				target = fn
			}
		}
		p.Type, p.Section = c.typ, c.section+"/"+target
		return true
	}
	return false
}

// tracingSection lets --prog NAME=TRACING:fexit/FN (or fmod_ret/, iter/,
// tp_btf/) choose how a TRACING program attaches: BCC decides that only
// when it attaches (attach_kretfunc, …), a section has to say it. A bare
// TRACING:FN is fentry/FN.
func tracingSection(kind, target string) (string, bool) {
	if kind != "TRACING" {
		return "", false
	}
	for _, pre := range []string{"fentry/", "fexit/", "fmod_ret/", "iter/", "tp_btf/"} {
		if strings.HasPrefix(target, pre) && len(target) > len(pre) {
			return target, true
		}
	}
	return "", false
}
