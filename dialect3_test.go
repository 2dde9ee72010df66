package bccc_test

import (
	"errors"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/bccc-dev/bccc"
)

// TestDialect3IncludeFile: #include __FILE__ includes the file itself, as
// in gcc: #pragma once or a guard stops it, otherwise the include depth
// limit does. By an absolute name (which cc/v4 cannot include) or a
// relative name with a directory (which gcc cannot find either) it is a
// clear error.
func TestDialect3IncludeFile(t *testing.T) {
	const body = "int f(struct __sk_buff *skb) { return 0; }\n"
	once := "#pragma once\n#include __FILE__\n" + body
	guarded := "#ifndef SELF\n#define SELF\n#include __FILE__\n" + body + "#endif\n"
	self := "#include __FILE__\n" + body
	dir := t.TempDir()
	abs := filepath.Join(dir, "abs.c")
	if err := os.WriteFile(abs, []byte(once), 0o644); err != nil {
		t.Fatal(err)
	}
	absSelf := filepath.Join(dir, "absself.c")
	if err := os.WriteFile(absSelf, []byte(self), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name, file, src, want string
	}{
		{"pragma once", "self.c", once, ""},
		{"guard", "self.c", guarded, ""},
		{"stdin", "<stdin>", once, ""},
		{"recursion", "self.c", self, `^self\.c:1:1: error: #include nested deeper than 200 levels: self\.c includes itself$`},
		{"in a directory", "sub/self.c", once, `^sub/self\.c:2:1: error: #include __FILE__: "sub/self\.c" not found under sub or the -I directories`},
		{"absolute", abs, once, `^` + abs + `:2:1: error: #include __FILE__ \("` + abs + `"\): bccc cannot include a file by its absolute path`},
		{"absolute recursion", absSelf, self, absSelf + ` includes itself$`},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, _, err := bccc.Compile(c.file, []byte(c.src), bccc.Options{Progs: []string{"f=SOCKET_FILTER"}})
			if c.want == "" {
				if err != nil {
					t.Fatalf("want it to compile: %v", err)
				}
				return
			}
			if err == nil {
				t.Fatal("compiled, want an error")
			}
			if !regexp.MustCompile(c.want).MatchString(err.Error()) {
				t.Errorf("error:\n%v\nwant %q", err, c.want)
			}
		})
	}
}

// TestDialect3OnlineCPUsOption: Options.OnlineCPUs below 0 is refused.
func TestDialect3OnlineCPUsOption(t *testing.T) {
	_, _, err := bccc.Compile("cpus.c", []byte("int f(struct __sk_buff *skb) { return bpf_num_cpus(); }\n"),
		bccc.Options{Progs: []string{"f=SOCKET_FILTER"}, OnlineCPUs: -1})
	var be *bccc.Error
	if !errors.As(err, &be) || !strings.Contains(err.Error(), "--online-cpus -1: want a number of CPUs, at least 1") {
		t.Errorf("OnlineCPUs -1: %v", err)
	}
}

// TestDialect3BuiltinsOutsideMacros: builtins spelled in the source, also
// in a macro's arguments, are accepted (the errors are in
// testdata/errors/builtin_macro*.c).
func TestDialect3BuiltinsOutsideMacros(t *testing.T) {
	for name, c := range map[string]struct{ src, prog string }{
		"num_cpus": {`#define TWICE(x) ((x) * 2)
#define FOUR 4
BPF_ARRAY(seen, u64, 1);
int f(struct __sk_buff *skb)
{
	int k = 0;
	u64 a = bpf_num_cpus() + FOUR, b = TWICE(bpf_num_cpus());
	seen.update(&k, &a);
	return a + b;
}
`, "f=SOCKET_FILTER"},
		"num_cpus without a call": {"int f(struct __sk_buff *skb) { return bpf_num_cpus(); }\n", "f=SOCKET_FILTER"},
		"printk": {`#define VAL 3
TRACEPOINT_PROBE(syscalls, sys_enter_getpid)
{
	bpf_trace_printk("%d %d\n", VAL, bpf_num_cpus());
	return 0;
}
`, ""},
		"usdt": {`static __always_inline int _bpf_usdt_readarg_f_1(struct pt_regs *ctx, void *dest, u64 len)
{
	*(u64 *)dest = ctx->di;
	return 0;
}
#define bpf_usdt_readarg_f(n, ctx, dest) _bpf_usdt_readarg_f_##n(ctx, dest, sizeof(*(dest)))
#define bpf_usdt_readarg(n, ctx, dest) bpf_usdt_readarg_f(n, ctx, dest)
#define ARG 1
int f(struct pt_regs *ctx)
{
	u64 a = 0, b = 0, c = 0;
	bpf_usdt_readarg(ARG, ctx, &a);
	bpf_usdt_readarg_f(1, ctx, &b);
	_bpf_usdt_readarg_f_1(ctx, &c, 8);
	return a + b + c;
}
`, "f=UPROBE:/bin/true:main"},
	} {
		t.Run(name, func(t *testing.T) {
			var progs []string
			if c.prog != "" {
				progs = []string{c.prog}
			}
			if _, _, err := bccc.Compile("ok.c", []byte(c.src), bccc.Options{Progs: progs}); err != nil {
				t.Fatal(err)
			}
		})
	}
}
