package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestHostileCLI: hostile inputs and arguments exit 1 with a diagnostic
// (file:line:col where a position exists), leave no output file or
// temporary file behind, and valid ones among them exit 0.
func TestHostileCLI(t *testing.T) {
	dir := t.TempDir()
	write := func(name, src string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	good := write("good.c", hello)
	empty := write("empty.c", "")
	write("self.h", "#include \"self.h\"\n")
	recursive := write("recursive.c", "#include \"self.h\"\n"+hello)
	write("guarded.h", "#ifndef G\n#define G\n#include \"guarded.h\"\n#endif\n")
	guarded := write("guarded.c", "#include \"guarded.h\"\n"+hello)
	eof := write("eof.c", hello+"int *")
	out := filepath.Join(dir, "out.o")
	cases := []struct {
		name string
		args []string
		want string // regexp on stderr; "" means it succeeds
	}{
		{"output in /proc", []string{"compile", "-o", "/proc/x.o", good}, `^bccc: error: cannot write /proc/x\.o: `},
		{"output is a directory", []string{"compile", "-o", dir, good}, `^bccc: error: cannot write .*: is a directory`},
		{"--prog without =", []string{"compile", "--prog", "kprobe__sys_clone", "-o", out, good}, `error: --prog "kprobe__sys_clone": want NAME=TYPE`},
		{"--prog without a name", []string{"compile", "--prog=" + "=XDP", "-o", out, good}, `error: --prog "=XDP": want NAME=TYPE`},
		{"--prog without a type", []string{"compile", "--prog", "f=", "-o", out, good}, `error: --prog "f=": want NAME=TYPE`},
		{"--prog unknown type", []string{"compile", "--prog", "kprobe__sys_clone=KPROBEZ", "-o", out, good}, `unknown program type KPROBEZ`},
		{"--prog at the end", []string{"compile", good, "--prog"}, `--prog needs an argument`},
		{"zero-byte file", []string{"compile", "-o", out, empty}, `empty\.c: error: no BPF programs found`},
		{"recursive include", []string{"compile", "-I", dir, "-o", out, recursive}, `self\.h:1:1: error: #include nested deeper than 200 levels: .*self\.h includes itself`},
		{"end of input in a declarator", []string{"compile", "-o", out, eof}, `eof\.c:2:1: error: unexpected end of input`},
		{"guarded self include", []string{"compile", "-o", out, guarded}, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			os.Remove(out)
			rc, _, stderr := runCLI(t, "", c.args...)
			if strings.Contains(stderr, "panic") || strings.Contains(stderr, "goroutine") || strings.Contains(stderr, "internal compiler error") {
				t.Errorf("crash:\n%s", stderr)
			}
			left, _ := filepath.Glob(filepath.Join(dir, ".bccc-*"))
			if len(left) > 0 {
				t.Errorf("temporary files left: %v", left)
			}
			if c.want == "" {
				if rc != 0 {
					t.Fatalf("rc=%d: %s", rc, stderr)
				}
				if _, err := os.Stat(out); err != nil {
					t.Fatal(err)
				}
				return
			}
			if rc != 1 {
				t.Errorf("rc=%d, want 1; stderr:\n%s", rc, stderr)
			}
			if !regexp.MustCompile(c.want).MatchString(stderr) {
				t.Errorf("stderr does not match %q:\n%s", c.want, stderr)
			}
			if _, err := os.Stat(out); err == nil {
				t.Errorf("an output file was written")
			}
		})
	}
	if _, err := os.Stat("/proc/x.o"); err == nil {
		t.Errorf("/proc/x.o written")
	}
}
