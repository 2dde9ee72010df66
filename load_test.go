package bccc_test

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/bccc-dev/bccc"
	"github.com/cilium/ebpf"
)

// progFlags reads the --prog flags of a test program: "// @prog
// NAME=TYPE[:TARGET]" lines, and the bench corpus's "// @bench fn=NAME
// type=TYPE [attach=TARGET]" lines for functions not named by convention.
var (
	progLine  = regexp.MustCompile(`(?m)^// @prog (\S+)`)
	benchLine = regexp.MustCompile(`(?m)^// @bench fn=(\S+) type=(\S+)(?: attach=(\S+))?`)
)

func progFlags(src []byte) []string {
	var r []string
	for _, m := range progLine.FindAllSubmatch(src, -1) {
		r = append(r, string(m[1]))
	}
	for _, m := range benchLine.FindAllSubmatch(src, -1) {
		name := string(m[1])
		if strings.HasPrefix(name, "tracepoint__") || strings.HasPrefix(name, "raw_tracepoint__") || strings.HasPrefix(name, "kprobe__") {
			continue
		}
		f := name + "=" + string(m[2])
		if len(m[3]) > 0 {
			f += ":" + string(m[3])
		}
		r = append(r, f)
	}
	return r
}

// bpfAvailable reports whether the bpf syscall may be used here (skip) or
// fails for another reason (fail).
func bpfAvailable() (skip bool, err error) {
	m, err := ebpf.NewMap(&ebpf.MapSpec{Type: ebpf.Array, KeySize: 4, ValueSize: 4, MaxEntries: 1})
	if err != nil {
		return errors.Is(err, os.ErrPermission) || strings.Contains(err.Error(), "operation not permitted"), err
	}
	m.Close()
	return false, nil
}

// requireBPF skips the test when the bpf syscall is not permitted.
func requireBPF(t testing.TB) {
	t.Helper()
	if skip, err := bpfAvailable(); err != nil {
		if skip {
			t.Skipf("bpf syscall not permitted here: %v", err)
		}
		t.Fatalf("creating a test map: %v", err)
	}
}

// loadObject loads every program of an ELF object into the kernel with
// cilium/ebpf and, when installed, with bpftool (libbpf).
func loadObject(t *testing.T, name string, elf []byte) *ebpf.Collection {
	t.Helper()
	spec, err := ebpf.LoadCollectionSpecFromReader(bytes.NewReader(elf))
	if err != nil {
		t.Fatalf("%s: cilium/ebpf cannot read the object: %v", name, err)
	}
	coll, err := ebpf.NewCollectionWithOptions(spec, ebpf.CollectionOptions{})
	if err != nil {
		var ve *ebpf.VerifierError
		if errors.As(err, &ve) {
			t.Fatalf("%s: the kernel rejected it:\n%+v", name, ve)
		}
		t.Fatalf("%s: loading: %v", name, err)
	}
	bpftoolLoad(t, name, elf)
	return coll
}

func bpftoolLoad(t *testing.T, name string, elf []byte) {
	t.Helper()
	bt, err := exec.LookPath("bpftool")
	if err != nil {
		t.Logf("bpftool not installed: libbpf load of %s skipped", name)
		return
	}
	if err := ensureBPFFS(); err != nil {
		t.Logf("no bpffs (%v): libbpf load of %s skipped", err, name)
		return
	}
	dir := t.TempDir()
	obj := filepath.Join(dir, "prog.o")
	if err := os.WriteFile(obj, elf, 0o644); err != nil {
		t.Fatal(err)
	}
	pin := fmt.Sprintf("/sys/fs/bpf/bccc_test_%d_%s", os.Getpid(), strings.NewReplacer("/", "_", ".", "_").Replace(t.Name()))
	defer os.RemoveAll(pin)
	out, err := exec.Command(bt, "prog", "loadall", obj, pin).CombinedOutput()
	if err != nil {
		t.Fatalf("%s: bpftool prog loadall failed: %v\n%s", name, err, out)
	}
}

func ensureBPFFS() error {
	if _, err := os.Stat("/sys/fs/bpf"); err != nil {
		return err
	}
	var st []byte
	st, _ = os.ReadFile("/proc/mounts")
	if bytes.Contains(st, []byte(" /sys/fs/bpf bpf ")) {
		return nil
	}
	return exec.Command("mount", "-t", "bpf", "bpf", "/sys/fs/bpf").Run()
}

// TestLoad compiles every testdata/load program and loads it.
func TestLoad(t *testing.T) {
	requireBPF(t)
	files, _ := filepath.Glob("testdata/load/*.c")
	files = append(files, "examples/hello.c")
	if len(files) < 3 {
		t.Fatal("no test programs")
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			src, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			for _, cpu := range []int{1, 3} {
				obj, _, err := bccc.Compile(f, src, bccc.Options{Progs: progFlags(src), CPU: cpu})
				if err != nil {
					t.Fatalf("v%d: %v", cpu, err)
				}
				coll := loadObject(t, f, obj.ELF)
				if len(coll.Programs) == 0 {
					t.Fatalf("%s: no programs loaded", f)
				}
				coll.Close()
			}
		})
	}
}

// TestVerifierLogShowsSourceLines: the line info reaches the kernel, whose
// verifier log then quotes the user's source.
func TestVerifierLogShowsSourceLines(t *testing.T) {
	requireBPF(t)
	src := []byte("// @prog f=XDP\nint f(struct xdp_md *ctx)\n{\n\tu32 marker_line_for_test = ctx->data_end - ctx->data;\n\treturn marker_line_for_test > 100 ? XDP_PASS : XDP_DROP;\n}\n")
	obj, _, err := bccc.Compile("lines.c", src, bccc.Options{Progs: progFlags(src)})
	if err != nil {
		t.Fatal(err)
	}
	spec, err := ebpf.LoadCollectionSpecFromReader(bytes.NewReader(obj.ELF))
	if err != nil {
		t.Fatal(err)
	}
	coll, err := ebpf.NewCollectionWithOptions(spec, ebpf.CollectionOptions{Programs: ebpf.ProgramOptions{LogLevel: ebpf.LogLevelInstruction}})
	if err != nil {
		t.Fatal(err)
	}
	defer coll.Close()
	log := coll.Programs["f"].VerifierLog
	if !strings.Contains(log, "u32 marker_line_for_test = ctx->data_end - ctx->data;") || !strings.Contains(log, "lines.c:4") {
		t.Fatalf("verifier log lacks the source line:\n%s", log)
	}
}

// compileAndLoad compiles a program and loads it (see loadObject).
func compileAndLoad(t *testing.T, name string, src []byte, opts bccc.Options) *ebpf.Collection {
	t.Helper()
	obj, _, err := bccc.Compile(name, src, opts)
	if err != nil {
		t.Fatal(err)
	}
	return loadObject(t, name, obj.ELF)
}
