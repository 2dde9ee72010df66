package main

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/bccc-dev/bccc/bcc"
	"github.com/cilium/ebpf"
)

const numCPUsProg = `int count(struct __sk_buff *skb)
{
	return bpf_num_cpus();
}
`

// testRunObject loads program prog of an object and runs it once on a
// packet (BPF_PROG_TEST_RUN), returning what it returned.
func testRunObject(t *testing.T, obj, prog string) uint32 {
	t.Helper()
	spec, err := ebpf.LoadCollectionSpec(obj)
	if err != nil {
		t.Fatal(err)
	}
	coll, err := ebpf.NewCollection(spec)
	if err != nil {
		t.Fatal(err)
	}
	defer coll.Close()
	p := coll.Programs[prog]
	if p == nil {
		t.Fatalf("no program %s in %s", prog, obj)
	}
	ret, err := p.Run(&ebpf.RunOptions{Data: make([]byte, 64)})
	if err != nil {
		t.Fatal(err)
	}
	return ret
}

// TestOnlineCPUsFlag: --online-cpus N makes bpf_num_cpus() N, checked by
// running the compiled socket filter in the kernel; without it, the count
// is that of the CPUs online here. compile, gen and lint take the flag;
// bad values are errors.
func TestOnlineCPUsFlag(t *testing.T) {
	requireBPF(t)
	dir := t.TempDir()
	src := filepath.Join(dir, "cpus.c")
	os.WriteFile(src, []byte(numCPUsProg), 0o644)
	obj := filepath.Join(dir, "cpus.o")
	for _, n := range []string{"3", "257"} {
		for _, form := range [][]string{{"--online-cpus", n}, {"--online-cpus=" + n}} {
			args := append([]string{"compile", "--prog", "count=SOCKET_FILTER", "-o", obj}, append(form, src)...)
			if rc, _, stderr := runCLI(t, "", args...); rc != 0 {
				t.Fatalf("%v: rc=%d: %s", args, rc, stderr)
			}
			if got := testRunObject(t, obj, "count"); strconv.Itoa(int(got)) != n {
				t.Errorf("%v: bpf_num_cpus() = %d, want %s", form, got, n)
			}
		}
	}
	// The default: the CPUs online (BCC's sysconf(_SC_NPROCESSORS_ONLN)).
	if rc, _, stderr := runCLI(t, "", "compile", "--prog", "count=SOCKET_FILTER", "-o", obj, src); rc != 0 {
		t.Fatalf("rc=%d: %s", rc, stderr)
	}
	online, err := ebpf.PossibleCPU() // an upper bound of the online CPUs
	if err != nil {
		t.Fatal(err)
	}
	if got := testRunObject(t, obj, "count"); got < 1 || int(got) > online {
		t.Errorf("default bpf_num_cpus() = %d, want 1..%d", got, online)
	}

	gdir := filepath.Join(dir, "gen")
	if rc, _, stderr := runCLI(t, "", "gen", "-ident", "cpus", "-go-package", "x", "-o", gdir,
		"--prog", "count=SOCKET_FILTER", "--online-cpus", "5", src); rc != 0 {
		t.Fatalf("gen: rc=%d: %s", rc, stderr)
	}
	if got := testRunObject(t, filepath.Join(gdir, "cpus_bpfel.o"), "count"); got != 5 {
		t.Errorf("gen --online-cpus 5: bpf_num_cpus() = %d", got)
	}
	if rc, _, stderr := runCLI(t, "", "lint", "--prog", "count=SOCKET_FILTER", "--online-cpus", "5", src); rc != 0 {
		t.Errorf("lint: rc=%d: %s", rc, stderr)
	}

	for _, bad := range [][]string{
		{"--online-cpus", "0"}, {"--online-cpus", "-2"}, {"--online-cpus", "four"}, {"--online-cpus="},
		{"--online-cpus", "99999999999"}, {"--online-cpus"},
	} {
		for _, cmd := range []string{"compile", "lint", "run", "gen"} {
			var args []string
			switch cmd {
			case "run":
				rc, _, stderr := runCmdArgs(append(append([]string{}, bad...), src))
				checkBad(t, cmd, bad, rc, stderr)
				continue
			case "gen":
				args = []string{"gen", "-ident", "cpus", "-go-package", "x", "-o", filepath.Join(dir, "badgen")}
			default:
				args = []string{cmd, "-o", filepath.Join(dir, "bad.o")}
			}
			// The flag last but one (its value may be missing).
			args = append(append(args, "--prog", "count=SOCKET_FILTER", src), bad...)
			rc, _, stderr := runCLI(t, "", args...)
			checkBad(t, cmd, bad, rc, stderr)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "bad.o")); err == nil {
		t.Errorf("a bad --online-cpus wrote an object")
	}
}

func checkBad(t *testing.T, cmd string, flag []string, rc int, stderr string) {
	t.Helper()
	if rc != 1 || !strings.HasPrefix(stderr, "bccc: error: ") || !strings.Contains(stderr, "--online-cpus") {
		t.Errorf("%s %v: rc=%d, want 1 and a bccc: error naming the flag; stderr:\n%s", cmd, flag, rc, stderr)
	}
}

func runCmdArgs(args []string) (int, string, string) {
	var out, errb strings.Builder
	rc := runCmd(args, &out, &errb)
	return rc, out.String(), errb.String()
}

// TestRunOnlineCPUs: bccc run --online-cpus N compiles bpf_num_cpus() to N.
func TestRunOnlineCPUs(t *testing.T) {
	requireBPF(t)
	f := writeProg(t, `BPF_ARRAY(ncpus, u64, 1);
TRACEPOINT_PROBE(syscalls, sys_enter_getpid)
{
	int k = 0;
	u64 v = bpf_num_cpus();
	ncpus.update(&k, &v);
	return 0;
}
`)
	rc, out, stderr := runWhileCalling(t, "--online-cpus", "6", "--duration", "0.3", "--print", "ncpus", f)
	if rc != 0 {
		t.Fatalf("rc=%d\nstderr:\n%s", rc, stderr)
	}
	if !strings.Contains(out, "ncpus[0] = 6\n") {
		t.Errorf("want ncpus[0] = 6 in:\n%s", out)
	}
}

// TestRunAttachesSyscallPrograms: bcc's AttachAll leaves syscall__NAME
// programs to the caller, as BCC does; bccc run, which has no caller code,
// attaches them itself to the syscall's kernel function. Without kernel
// kprobes that is the kprobe error, which shows bccc run tried.
func TestRunAttachesSyscallPrograms(t *testing.T) {
	requireBPF(t)
	f := writeProg(t, `BPF_HASH(c, u32, u64);
int syscall__getpid(struct pt_regs *ctx) { c.increment(1); return 0; }
TRACEPOINT_PROBE(syscalls, sys_enter_getppid) { c.increment(2); return 0; }
`)
	rc, out, stderr := runCmdArgs([]string{"--duration", "0.3", f})
	if bcc.KprobesSupported() {
		if rc != 0 || !strings.Contains(stderr, "syscall__getpid (kprobe ") {
			t.Errorf("rc=%d\nstdout:\n%s\nstderr:\n%s", rc, out, stderr)
		}
		return
	}
	want := "bccc: error: cannot attach syscall__getpid: this kernel has no kprobe support (CONFIG_KPROBES)\n" +
		"bccc: note: -k runs the programs that could be attached (tracepoint__syscalls__sys_enter_getppid)\n"
	if rc != 1 || stderr != want {
		t.Errorf("rc=%d, stderr:\n%s\nwant:\n%s", rc, stderr, want)
	}
	rc, out, stderr = runCmdArgs([]string{"-k", "--duration", "0.3", f})
	if rc != 0 || strings.Contains(stderr, "loaded but not attached") ||
		!strings.HasPrefix(stderr, "bccc: warning: cannot attach syscall__getpid: this kernel has no kprobe support (CONFIG_KPROBES)\n") {
		t.Errorf("-k: rc=%d\nstdout:\n%s\nstderr:\n%s", rc, out, stderr)
	}
}
