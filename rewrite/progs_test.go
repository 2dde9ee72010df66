package rewrite

import (
	"fmt"
	"testing"

	"github.com/bccc-dev/bccc/parse"
	"github.com/cilium/ebpf"
)

// TestConventions: each naming convention gives its section, program type
// and argument binding, on both architectures.
func TestConventions(t *testing.T) {
	src := `
int syscall__openat(struct pt_regs *ctx, int dfd) { return dfd; }
int kprobe____x64_sys_close(struct pt_regs *ctx, int fd) { return fd; }
int kprobe____arm64_sys_close(struct pt_regs *ctx, int fd) { return fd; }
int kprobe__sys_read(struct pt_regs *ctx, int fd) { return fd; }
int kprobe__do_sys_openat2(struct pt_regs *ctx, int dfd) { return dfd; }
int kretprobe__sys_read(struct pt_regs *ctx) { return 0; }
int kfunc__vmlinux____x64_sys_openat(unsigned long long *ctx) { return 0; }
int kfunc__nf_conntrack__nf_ct_delete(unsigned long long *ctx) { return 0; }
int kfunc__do_unlinkat(unsigned long long *ctx) { return 0; }
int kretfunc__vmlinux__do_unlinkat(unsigned long long *ctx) { return 0; }
int kmod_ret__security_file_open(unsigned long long *ctx) { return 0; }
int lsm__file_open(unsigned long long *ctx) { return 0; }
int bpf_iter__bpf_map(void *ctx) { return 0; }
`
	type want struct {
		section string
		typ     ebpf.ProgramType
		binding string // "syscall", "regs" or ""
	}
	for _, c := range []struct {
		arch string
		want map[string]want
	}{
		{"x86_64", map[string]want{
			"syscall__openat":                   {"kprobe/__x64_sys_openat", ebpf.Kprobe, "syscall 112 [112 104 96 56 72 64]"},
			"kprobe____x64_sys_close":           {"kprobe/__x64_sys_close", ebpf.Kprobe, "syscall 112 [112 104 96 56 72 64]"},
			"kprobe____arm64_sys_close":         {"kprobe/__arm64_sys_close", ebpf.Kprobe, "regs [112 104 96 88 72 64]"},
			"kprobe__sys_read":                  {"kprobe/__x64_sys_read", ebpf.Kprobe, "syscall 112 [112 104 96 56 72 64]"},
			"kprobe__do_sys_openat2":            {"kprobe/do_sys_openat2", ebpf.Kprobe, "regs [112 104 96 88 72 64]"},
			"kretprobe__sys_read":               {"kretprobe/__x64_sys_read", ebpf.Kprobe, ""},
			"kfunc__vmlinux____x64_sys_openat":  {"fentry/__x64_sys_openat", ebpf.Tracing, ""},
			"kfunc__nf_conntrack__nf_ct_delete": {"fentry/nf_ct_delete", ebpf.Tracing, ""},
			"kfunc__do_unlinkat":                {"fentry/do_unlinkat", ebpf.Tracing, ""},
			"kretfunc__vmlinux__do_unlinkat":    {"fexit/do_unlinkat", ebpf.Tracing, ""},
			"kmod_ret__security_file_open":      {"fmod_ret/security_file_open", ebpf.Tracing, ""},
			"lsm__file_open":                    {"lsm/file_open", ebpf.LSM, ""},
			"bpf_iter__bpf_map":                 {"iter/bpf_map", ebpf.Tracing, ""},
		}},
		{"arm64", map[string]want{
			"syscall__openat":           {"kprobe/__arm64_sys_openat", ebpf.Kprobe, "syscall 0 [272 8 16 24 32 40]"},
			"kprobe____x64_sys_close":   {"kprobe/__x64_sys_close", ebpf.Kprobe, "regs [0 8 16 24 32 40]"},
			"kprobe____arm64_sys_close": {"kprobe/__arm64_sys_close", ebpf.Kprobe, "syscall 0 [272 8 16 24 32 40]"},
			"kprobe__sys_read":          {"kprobe/__arm64_sys_read", ebpf.Kprobe, "syscall 0 [272 8 16 24 32 40]"},
			"kprobe__do_sys_openat2":    {"kprobe/do_sys_openat2", ebpf.Kprobe, "regs [0 8 16 24 32 40]"},
			"lsm__file_open":            {"lsm/file_open", ebpf.LSM, ""},
		}},
	} {
		t.Run(c.arch, func(t *testing.T) {
			ast, err := parse.Parse("conv.c", []byte(src), parse.Config{Arch: c.arch})
			if err != nil {
				t.Fatal(err)
			}
			m, errs := Rewrite(ast, "conv.c", Options{Arch: c.arch})
			if len(errs) > 0 {
				t.Fatal(errs)
			}
			got := map[string]want{}
			for _, p := range m.Progs {
				b := ""
				switch {
				case p.SyscallWrapper:
					b = fmt.Sprintf("syscall %d %v", p.WrapperArg, p.ArgRegs)
				case p.ArgRegs != nil:
					b = fmt.Sprintf("regs %v", p.ArgRegs)
				}
				got[p.Name] = want{p.Section, p.Type, b}
			}
			for name, w := range c.want {
				if got[name] != w {
					t.Errorf("%s: got %+v, want %+v", name, got[name], w)
				}
			}
		})
	}
}

// TestTracingTargets: --prog TRACING takes the attach kind in its target.
func TestTracingTargets(t *testing.T) {
	src := "BPF_PROG(probe, int dfd, long ret)\n{\n\treturn ret;\n}\n"
	ast, err := parse.Parse("bpfprog.c", []byte(src), parse.Config{})
	if err != nil {
		t.Fatal(err)
	}
	for flag, want := range map[string]string{
		"probe=TRACING:do_unlinkat":                 "fentry/do_unlinkat",
		"probe=TRACING:fexit/do_unlinkat":           "fexit/do_unlinkat",
		"probe=TRACING:fmod_ret/security_file_open": "fmod_ret/security_file_open",
		"probe=TRACING:iter/task":                   "iter/task",
		"probe=LSM:file_open":                       "lsm/file_open",
	} {
		m, errs := Rewrite(ast, "bpfprog.c", Options{Progs: []string{flag}})
		if len(errs) > 0 || len(m.Progs) != 1 {
			t.Errorf("%s: %v", flag, errs)
			continue
		}
		if got := m.Progs[0].Section; got != want {
			t.Errorf("%s: section %s, want %s", flag, got, want)
		}
	}
}
