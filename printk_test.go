package bccc_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/bccc-dev/bccc"
)

// TestPrintkFormatWarnings: bpf_trace_printk formats get BCC's warnings
// (DIALECT §8), at the call, and still compile.
func TestPrintkFormatWarnings(t *testing.T) {
	for _, c := range []struct{ format, want string }{
		{`"pid %d comm %s\n"`, ""},
		{`"%llx %lu %p\n"`, ""},
		{`"%pS\n"`, ""},
		{`"%d %d %d %d\n"`, "cannot use more than 3 conversion specifiers"},
		{`"%s %s\n"`, "cannot use several %s conversion specifiers"},
		{`"%0.2f\n"`, "only %d %u %x %ld %lu %lx %lld %llu %llx %p %s conversion specifiers allowed"},
		{`"%lf\n"`, "only %d %u %x %ld %lu %lx %lld %llu %llx %p %s conversion specifiers allowed"},
		{`"100%%\n"`, "only %d %u %x %ld %lu %lx %lld %llu %llx %p %s conversion specifiers allowed"},
		{`"%i\n"`, "only %d %u %x %ld %lu %lx %lld %llu %llx %p %s conversion specifiers allowed"},
		{`"%sx\n"`, "only %d %u %x %ld %lu %lx %lld %llu %llx %p %pS %s conversion specifiers allowed"},
		{"\"caf\xc3\xa9 %d\\n\"", "unrecognized character"},
	} {
		t.Run(c.format, func(t *testing.T) {
			nargs := strings.Count(c.format, "%") - 2*strings.Count(c.format, "%%")
			args := ""
			for i := 0; i < nargs && i < 3; i++ {
				args += ", 1"
			}
			src := fmt.Sprintf("// @prog f=XDP\nint f(struct xdp_md *ctx)\n{\n\tbpf_trace_printk(%s%s);\n\treturn XDP_PASS;\n}\n", c.format, args)
			obj, warns, err := bccc.Compile("printk.c", []byte(src), bccc.Options{Progs: progFlags([]byte(src))})
			if err != nil {
				t.Fatal(err)
			}
			// Warnings only: the program still loads.
			requireBPF(t)
			loadObject(t, "printk.c", obj.ELF).Close()
			var got []string
			for _, w := range warns {
				got = append(got, w.String())
			}
			if c.want == "" {
				if len(got) != 0 {
					t.Fatalf("want no warning, got %q", got)
				}
				return
			}
			// The position is the call's: the literal comes through the macro.
			want := "printk.c:4:2: warning: " + c.want
			if len(got) != 1 || got[0] != want {
				t.Fatalf("want %q, got %q", want, got)
			}
		})
	}
}
