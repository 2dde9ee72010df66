package main

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/cilium/ebpf"
)

const hello = "void kprobe__sys_clone(void *ctx) { bpf_trace_printk(\"hi\\n\"); }\n"

func runCLI(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	rc := run(args, strings.NewReader(stdin), &out, &errb)
	return rc, out.String(), errb.String()
}

func TestCompileWritesObject(t *testing.T) {
	dir := t.TempDir()
	src := filepath.Join(dir, "hello.c")
	os.WriteFile(src, []byte(hello), 0o644)
	out := filepath.Join(dir, "hello.o")
	if rc, _, stderr := runCLI(t, "", "compile", "-o", out, src); rc != 0 {
		t.Fatalf("rc=%d: %s", rc, stderr)
	}
	b, err := os.ReadFile(out)
	if err != nil || !bytes.HasPrefix(b, []byte("\x7fELF")) {
		t.Fatalf("no ELF object written: %v", err)
	}
	rc, listing, _ := runCLI(t, "", "objdump", out)
	if rc != 0 || !strings.Contains(listing, "section=kprobe/__x64_sys_clone") || !strings.Contains(listing, "Call FnTracePrintk") {
		t.Fatalf("objdump rc=%d:\n%s", rc, listing)
	}
}

func TestCompileStdin(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "x.o")
	if rc, _, stderr := runCLI(t, hello, "compile", "-o", out, "-"); rc != 0 {
		t.Fatalf("rc=%d: %s", rc, stderr)
	}
	if _, err := os.Stat(out); err != nil {
		t.Fatal(err)
	}
}

// TestBadInput: every failure exits 1 with a diagnostic and leaves no
// output file behind.
func TestBadInput(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.c")
	os.WriteFile(bad, []byte("int f(void *ctx) {\n\treturn 1 +;\n}\n"), 0o644)
	good := filepath.Join(dir, "good.c")
	os.WriteFile(good, []byte(hello), 0o644)
	empty := filepath.Join(dir, "empty.c")
	os.WriteFile(empty, []byte("  \n\t\n"), 0o644)
	binary := filepath.Join(dir, "binary.c")
	os.WriteFile(binary, []byte("\x00\xff\xfe int \x80\x81 f(\x00"), 0o644)
	out := filepath.Join(dir, "out.o")
	cases := []struct {
		name string
		args []string
		want string // regexp on stderr
	}{
		{"syntax error", []string{"compile", "--prog", "f=XDP", "-o", out, bad}, `bad\.c:2:\d+: error: `},
		{"missing input", []string{"compile", "-o", out, filepath.Join(dir, "nosuch.c")}, `error: .*no such file`},
		{"unwritable output", []string{"compile", "-o", filepath.Join(dir, "nodir", "x.o"), good}, `error: .*no such file or directory`},
		{"unknown prog type", []string{"compile", "--prog", "f=NOSUCH", "-o", out, good}, `unknown program type NOSUCH`},
		{"prog without function", []string{"compile", "--prog", "nosuch=XDP", "-o", out, good}, `no function nosuch`},
		{"unknown flag", []string{"compile", "--frobnicate", good}, `unknown flag --frobnicate`},
		{"bad mcpu", []string{"compile", "-mcpu=v9", good}, `unknown -mcpu=v9`},
		{"empty file", []string{"compile", "-o", out, empty}, `empty\.c: error: no BPF programs found`},
		{"binary junk", []string{"compile", "--prog", "f=XDP", "-o", out, binary}, `binary\.c:\d+:\d+: error: `},
		{"no input", []string{"compile"}, `no input file`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			os.Remove(out)
			rc, _, stderr := runCLI(t, "", c.args...)
			if rc != 1 {
				t.Errorf("rc=%d, want 1; stderr:\n%s", rc, stderr)
			}
			if !regexp.MustCompile(c.want).MatchString(stderr) {
				t.Errorf("stderr does not match %q:\n%s", c.want, stderr)
			}
			if strings.Contains(stderr, "panic") || strings.Contains(stderr, "goroutine") {
				t.Errorf("panic:\n%s", stderr)
			}
			if _, err := os.Stat(out); err == nil {
				t.Errorf("an output file was written")
			}
			left, _ := filepath.Glob(filepath.Join(dir, ".bccc-*"))
			if len(left) > 0 {
				t.Errorf("temporary files left: %v", left)
			}
		})
	}
}

func TestVersion(t *testing.T) {
	rc, out, _ := runCLI(t, "", "version")
	if rc != 0 || !strings.HasPrefix(out, "bccc ") {
		t.Fatalf("rc=%d out=%q", rc, out)
	}
}

// TestClangCflagsAccepted: the clang -W and -f options in BCC tools'
// cflags are accepted (and mean nothing to bccc).
func TestClangCflagsAccepted(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.c")
	os.WriteFile(good, []byte(hello), 0o644)
	out := filepath.Join(dir, "h.o")
	rc, _, stderr := runCLI(t, "", "compile", "-Wno-tautological-constant-out-of-range-compare", "-fno-stack-protector", "-o", out, good)
	if rc != 0 {
		t.Fatalf("rc=%d: %s", rc, stderr)
	}
	requireBPF(t)
	coll, err := ebpf.LoadCollection(out)
	if err != nil {
		t.Fatal(err)
	}
	coll.Close()
}
