package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/bccc-dev/bccc/bcc"
	"github.com/cilium/ebpf"
)

func requireBPF(t *testing.T) {
	t.Helper()
	m, err := ebpf.NewMap(&ebpf.MapSpec{Type: ebpf.Array, KeySize: 4, ValueSize: 4, MaxEntries: 1})
	if err != nil {
		if errors.Is(err, os.ErrPermission) || strings.Contains(err.Error(), "operation not permitted") {
			t.Skipf("bpf syscall not permitted here: %v", err)
		}
		t.Fatalf("creating a test map: %v", err)
	}
	m.Close()
	if _, err := os.Stat(bcc.TracePipePath()); err != nil {
		t.Skipf("no trace pipe: %v", err)
	}
}

const runProg = `
BPF_HASH(calls, u32, u64);
BPF_HISTOGRAM(dist);
BPF_RINGBUF_OUTPUT(rb, 8);

struct event_t {
	u32 pid;
	u32 seq;
};

TRACEPOINT_PROBE(syscalls, sys_enter_getpid)
{
	u32 pid = bpf_get_current_pid_tgid() >> 32;
	if (pid != TARGET_PID)
		return 0;
	calls.increment(pid);
	dist.increment(bpf_log2l(100));
	struct event_t e = {pid, 42};
	rb.ringbuf_output(&e, sizeof(e), 0);
	bpf_trace_printk("run-test getpid %d\n", pid);
	return 0;
}
`

// runWhileCalling runs bccc run with args while calling getpid every 10ms.
func runWhileCalling(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	stop := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		for {
			select {
			case <-stop:
				return
			case <-time.After(10 * time.Millisecond):
				syscall.Getpid()
			}
		}
	}()
	var out, errb bytes.Buffer
	rc := runCmd(args, &out, &errb)
	close(stop)
	wg.Wait()
	return rc, out.String(), errb.String()
}

func writeProg(t *testing.T, src string) string {
	f := filepath.Join(t.TempDir(), "prog.c")
	if err := os.WriteFile(f, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	return f
}

// TestRunStreamsAndPrints: bccc run on a tracepoint program streams its
// trace lines and ring buffer events and prints its hash map and
// histogram every -i seconds and at the end of --duration.
func TestRunStreamsAndPrints(t *testing.T) {
	requireBPF(t)
	pid := os.Getpid()
	f := writeProg(t, runProg)
	rc, out, stderr := runWhileCalling(t, "-D", "TARGET_PID="+strconv.Itoa(pid), "-i", "0.4", "--duration", "1", "--print", "calls", f)
	if rc != 0 {
		t.Fatalf("rc=%d\nstderr:\n%s", rc, stderr)
	}
	if !strings.Contains(stderr, "attached tracepoint__syscalls__sys_enter_getpid (tracepoint syscalls:sys_enter_getpid)") {
		t.Errorf("stderr:\n%s", stderr)
	}
	trace := regexp.MustCompile(`(?m)^\s*\S+-\d+\s+\[\d+\] .* bpf_trace_printk: run-test getpid ` + strconv.Itoa(pid) + `$`)
	if !trace.MatchString(out) {
		t.Errorf("no trace line in:\n%s", out)
	}
	if !strings.Contains(out, fmt.Sprintf("rb: {pid: %d, seq: 42}\n", pid)) {
		t.Errorf("no ring buffer event in:\n%s", out)
	}
	if n := regexp.MustCompile(`(?m)^\[\d\d:\d\d:\d\d\]$`).FindAllStringIndex(out, -1); len(n) < 2 {
		t.Errorf("%d map dumps, want at least 2 (-i 0.4 and the end):\n%s", len(n), out)
	}
	// The last dump: calls[pid] = N, and the histogram with all counts in
	// slot 7 (bpf_log2l(100) = 7: 64 -> 127), as many as calls.
	last := out[strings.LastIndex(out, "\n[")+1:]
	m := regexp.MustCompile(`(?m)^calls\[` + strconv.Itoa(pid) + `\] = (\d+)$`).FindStringSubmatch(last)
	if m == nil {
		t.Fatalf("no calls entry in the last dump:\n%s", last)
	}
	n, _ := strconv.Atoi(m[1])
	if n < 10 {
		t.Errorf("only %d calls counted in a second", n)
	}
	// The two maps are read one after the other while the calls go on:
	// the histogram may have counted a call or two more.
	hist := "     dist                : count     distribution\n" +
		"         0 -> 1          : 0        |                                        |\n" +
		"         2 -> 3          : 0        |                                        |\n" +
		"         4 -> 7          : 0        |                                        |\n" +
		"         8 -> 15         : 0        |                                        |\n" +
		"        16 -> 31         : 0        |                                        |\n" +
		"        32 -> 63         : 0        |                                        |\n" +
		"        64 -> 127        : (\\d+) +\\|\\*{40}\\|\n"
	h := regexp.MustCompile(regexp.QuoteMeta(hist[:strings.Index(hist, "(")]) + hist[strings.Index(hist, "("):]).FindStringSubmatch(last)
	if h == nil {
		t.Fatalf("no histogram in the last dump:\n%s\nwant:\n%s", last, hist)
	}
	if c, _ := strconv.Atoi(h[1]); c < n-2 || c > n+2 {
		t.Errorf("histogram counts %d calls, the map %d:\n%s", c, n, last)
	}
}

// TestRunJSON: --json writes one object per line.
func TestRunJSON(t *testing.T) {
	requireBPF(t)
	pid := os.Getpid()
	f := writeProg(t, runProg)
	rc, out, stderr := runWhileCalling(t, "--json", "-DTARGET_PID="+strconv.Itoa(pid), "--duration=1", "--print=calls", f)
	if rc != 0 {
		t.Fatalf("rc=%d\nstderr:\n%s", rc, stderr)
	}
	seen := map[string]bool{}
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		var obj map[string]any
		if err := json.Unmarshal([]byte(line), &obj); err != nil {
			t.Fatalf("not JSON: %q: %v", line, err)
		}
		typ, _ := obj["type"].(string)
		switch typ {
		case "trace":
			if obj["msg"] == fmt.Sprintf("run-test getpid %d", pid) {
				seen[typ] = true
			}
		case "event":
			d, _ := obj["data"].(map[string]any)
			if obj["map"] == "rb" && d["pid"] == float64(pid) && d["seq"] == float64(42) {
				seen[typ] = true
			}
		case "map":
			es, _ := obj["entries"].([]any)
			if obj["map"] == "calls" && len(es) == 1 {
				seen[typ] = true
			}
		case "histogram":
			slots, _ := obj["slots"].([]any)
			if obj["map"] == "dist" && len(slots) == 7 {
				s := slots[6].(map[string]any)
				seen[typ] = s["low"] == float64(64) && s["high"] == float64(127) && s["count"].(float64) > 0
			}
		}
	}
	for _, typ := range []string{"trace", "event", "map", "histogram"} {
		if !seen[typ] {
			t.Errorf("no %s line in:\n%s", typ, out)
		}
	}
}

// TestRunKprobeUnsupported: without kernel kprobes, a kprobe program
// stops bccc run with exit status 1 and one line per probe (not a stack of
// wrapped errors), and a note that -k would run the other probes.
func TestRunKprobeUnsupported(t *testing.T) {
	requireBPF(t)
	if bcc.KprobesSupported() {
		t.Skip("this kernel has kprobes")
	}
	f := writeProg(t, "BPF_HASH(c, u32, u64);\nint kprobe__do_sys_openat2(struct pt_regs *ctx)\n{\n\tc.increment(1);\n\treturn 0;\n}\n"+
		"TRACEPOINT_PROBE(syscalls, sys_enter_getppid) { c.increment(2); return 0; }\n")
	var out, errb bytes.Buffer
	rc := runCmd([]string{"--duration", "0.1", f}, &out, &errb)
	want := "bccc: error: cannot attach kprobe__do_sys_openat2: this kernel has no kprobe support (CONFIG_KPROBES)\n" +
		"bccc: note: -k runs the programs that could be attached (tracepoint__syscalls__sys_enter_getppid)\n"
	if rc != 1 || errb.String() != want {
		t.Errorf("rc=%d, stderr:\n%s\nwant:\n%s", rc, errb.String(), want)
	}
	if out.Len() != 0 {
		t.Errorf("output after a failed attach:\n%s", out.String())
	}

	// With -k the tracepoint runs and the map is printed.
	out.Reset()
	errb.Reset()
	rc = runCmd([]string{"-k", "--duration", "0.3", f}, &out, &errb)
	if rc != 0 || !strings.HasPrefix(errb.String(), "bccc: warning: cannot attach kprobe__do_sys_openat2: this kernel has no kprobe support (CONFIG_KPROBES)\n") ||
		!regexp.MustCompile(`(?m)^(c: \(empty\)|c\[2\] = \d+)$`).MatchString(out.String()) {
		t.Errorf("-k: rc=%d\nstdout:\n%s\nstderr:\n%s", rc, out.String(), errb.String())
	}
}

// TestRunHello: BCC's hello world is a kprobe; on a kernel without
// kprobes bccc run says so in one line.
func TestRunHello(t *testing.T) {
	requireBPF(t)
	if bcc.KprobesSupported() {
		t.Skip("this kernel has kprobes")
	}
	var out, errb bytes.Buffer
	rc := runCmd([]string{"--duration", "0.1", "../../examples/hello.c"}, &out, &errb)
	want := "bccc: error: cannot attach kprobe__sys_clone: this kernel has no kprobe support (CONFIG_KPROBES)\n"
	if rc != 1 || errb.String() != want || out.Len() != 0 {
		t.Errorf("rc=%d\nstdout:\n%s\nstderr:\n%s\nwant:\n%s", rc, out.String(), errb.String(), want)
	}
}

// printProg has a result map (calls), a histogram, a map of in-flight
// state (start: deleted from) and a scratch array; -DEVENTS adds a ring
// buffer.
const printProg = `
BPF_HASH(calls, u32, u64);
BPF_HASH(start, u32, u64);
BPF_PERCPU_ARRAY(scratch, u64, 1);
BPF_HISTOGRAM(dist);
#ifdef EVENTS
BPF_RINGBUF_OUTPUT(rb, 8);
#endif

TRACEPOINT_PROBE(syscalls, sys_enter_getpid)
{
	u32 pid = bpf_get_current_pid_tgid() >> 32, zero = 0;
	if (pid != TARGET_PID)
		return 0;
	u64 ts = bpf_ktime_get_ns(), *s = scratch.lookup(&zero);
	if (s)
		*s = ts;
	start.update(&pid, &ts);
	calls.increment(pid);
	dist.increment(1);
#ifdef EVENTS
	rb.ringbuf_output(&pid, sizeof(pid), 0);
#endif
	return 0;
}

TRACEPOINT_PROBE(syscalls, sys_exit_getpid)
{
	u32 pid = bpf_get_current_pid_tgid() >> 32;
	start.delete(&pid);
	return 0;
}
`

// TestRunPrintsWhatToolsPrint: histograms always; the result maps of a
// program that sends no events, not its state maps; with events only
// the histograms and --print maps.
func TestRunPrintsWhatToolsPrint(t *testing.T) {
	requireBPF(t)
	f := writeProg(t, printProg)
	pid := "-DTARGET_PID=" + strconv.Itoa(os.Getpid())
	printed := func(out string) string {
		var r []string
		for _, m := range []string{"calls", "start", "scratch", "dist", "rb"} {
			if regexp.MustCompile(`(?m)^(\s*` + m + ` +: count|` + m + `[\[:])`).MatchString(out) {
				r = append(r, m)
			}
		}
		return strings.Join(r, " ")
	}
	for _, c := range []struct {
		args []string
		want string
	}{
		{nil, "calls dist"},
		{[]string{"--print", "start", "--print", "scratch"}, "calls start scratch dist"},
		{[]string{"-DEVENTS"}, "dist rb"},
		{[]string{"-DEVENTS", "--print", "calls"}, "calls dist rb"},
	} {
		rc, out, stderr := runWhileCalling(t, append(append([]string{pid, "--duration", "0.3"}, c.args...), f)...)
		if got := printed(out); rc != 0 || got != c.want {
			t.Errorf("%v: rc=%d, printed %q, want %q\nstdout:\n%s\nstderr:\n%s", c.args, rc, got, c.want, out, stderr)
		}
	}
}

// TestRunPerfEvent: a PERF_EVENT program samples the CPU clock at
// --perf-freq; examples/profile.c counts this process burning CPU.
func TestRunPerfEvent(t *testing.T) {
	requireBPF(t)
	stop := make(chan struct{})
	go func() {
		for x := 0; ; x++ {
			select {
			case <-stop:
				return
			default:
			}
		}
	}()
	var out, errb bytes.Buffer
	rc := runCmd([]string{"--prog", "do_perf_event=PERF_EVENT", "--perf-freq", "199", "--duration", "0.5", "../../examples/profile.c"}, &out, &errb)
	close(stop)
	if rc != 0 || !strings.Contains(errb.String(), "attached do_perf_event (perf_event software:0 freq=199 cpu=all)") {
		t.Fatalf("rc=%d\nstderr:\n%s", rc, errb.String())
	}
	own := regexp.MustCompile(`(?m)^counts\[\{pid: ` + strconv.Itoa(os.Getpid()) + `, user_stack_id: -?\d+, kernel_stack_id: -?\d+, name: "[^"]+"\}\] = [1-9]\d*$`)
	if !own.MatchString(out.String()) {
		t.Errorf("no samples of this process (pid %d):\n%s", os.Getpid(), out.String())
	}
	if strings.Contains(out.String(), "stack_traces") {
		t.Errorf("stack_traces printed:\n%s", out.String())
	}
}

func TestRunErrors(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.c")
	os.WriteFile(bad, []byte("int f(void *ctx) {\n\treturn 1 +;\n}\n"), 0o644)
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"run"}, "bccc: error: no input file"},
		{[]string{"run", "--bogus", "x.c"}, "bccc: error: unknown flag --bogus"},
		{[]string{"run", "-i", "soon", "x.c"}, "bccc: error: -i soon: want a number of seconds"},
		{[]string{"run", "--perf-freq", "0", "x.c"}, "bccc: error: --perf-freq 0: want a number of samples a second"},
		{[]string{"run", filepath.Join(dir, "missing.c")}, "bccc: error: open "},
		{[]string{"run", bad}, bad + ":2:"},
	} {
		var out, errb bytes.Buffer
		if rc := run(c.args, strings.NewReader(""), &out, &errb); rc != 1 || !strings.Contains(errb.String(), c.want) {
			t.Errorf("%v: rc=%d, stderr:\n%s\nwant %q", c.args, rc, errb.String(), c.want)
		}
	}
}
