package bccc_test

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"runtime"
	"strings"
	"testing"
	"time"
	"unsafe"

	"github.com/bccc-dev/bccc"
	"github.com/cilium/ebpf"
	"github.com/cilium/ebpf/link"
	"golang.org/x/sys/unix"
)

// Dialect fixes, second round: perf event contexts, --prog sections,
// front-end diagnostics and the tracepoint __data_loc helpers.

// TestDialect2PerfEventCtx runs testdata/load/dialect2_perf_event_ctx.c on
// a software CPU-clock event of this thread: the sample period it reads
// from its context is the one the event was opened with, which a probe
// read of the context (the old output) did not give.
func TestDialect2PerfEventCtx(t *testing.T) {
	requireBPF(t)
	f := "testdata/load/dialect2_perf_event_ctx.c"
	src, err := os.ReadFile(f)
	if err != nil {
		t.Fatal(err)
	}
	coll := compileAndLoad(t, f, src, bccc.Options{Progs: progFlags(src)})
	defer coll.Close()
	const period = 1_000_000 // ns of CPU time per sample

	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	attr := unix.PerfEventAttr{
		Type:   unix.PERF_TYPE_SOFTWARE,
		Config: unix.PERF_COUNT_SW_CPU_CLOCK,
		Size:   uint32(unsafe.Sizeof(unix.PerfEventAttr{})),
		Sample: period,
		Bits:   unix.PerfBitDisabled,
	}
	fd, err := unix.PerfEventOpen(&attr, 0, -1, -1, unix.PERF_FLAG_FD_CLOEXEC)
	if err != nil {
		t.Skipf("perf_event_open: %v", err)
	}
	defer unix.Close(fd)
	if err := unix.IoctlSetInt(fd, unix.PERF_EVENT_IOC_SET_BPF, coll.Programs["on_sample"].FD()); err != nil {
		t.Fatalf("PERF_EVENT_IOC_SET_BPF: %v", err)
	}
	if err := unix.IoctlSetInt(fd, unix.PERF_EVENT_IOC_ENABLE, 0); err != nil {
		t.Fatal(err)
	}
	for end := time.Now().Add(200 * time.Millisecond); time.Now().Before(end); {
	}
	unix.IoctlSetInt(fd, unix.PERF_EVENT_IOC_DISABLE, 0)

	var s struct{ Period, Addr, IP, N uint64 }
	if err := coll.Maps["samples"].Lookup(uint32(0), &s); err != nil {
		t.Fatal(err)
	}
	if s.N == 0 {
		t.Fatal("the program never ran")
	}
	if s.Period != period || s.IP == 0 {
		t.Errorf("after %d samples: sample_period %d (want %d), regs ip %#x (want non-zero)", s.N, s.Period, period, s.IP)
	}
}

// TestDialect2Sections: every --prog TYPE without a target gives a section
// that cilium/ebpf (which follows libbpf's table) maps to that type.
func TestDialect2Sections(t *testing.T) {
	kinds := map[string]ebpf.ProgramType{
		"KPROBE": ebpf.Kprobe, "KRETPROBE": ebpf.Kprobe, "UPROBE": ebpf.Kprobe, "URETPROBE": ebpf.Kprobe,
		"TRACEPOINT": ebpf.TracePoint, "RAW_TRACEPOINT": ebpf.RawTracepoint,
		"RAW_TRACEPOINT_WRITABLE": ebpf.RawTracepointWritable,
		"XDP":                     ebpf.XDP, "SOCKET_FILTER": ebpf.SocketFilter, "SCHED_CLS": ebpf.SchedCLS,
		"SCHED_ACT": ebpf.SchedACT, "PERF_EVENT": ebpf.PerfEvent,
		"CGROUP_SKB": ebpf.CGroupSKB, "CGROUP_SOCK": ebpf.CGroupSock, "CGROUP_SOCK_ADDR": ebpf.CGroupSockAddr,
		"CGROUP_SOCKOPT": ebpf.CGroupSockopt, "CGROUP_DEVICE": ebpf.CGroupDevice, "CGROUP_SYSCTL": ebpf.CGroupSysctl,
		"SOCK_OPS": ebpf.SockOps, "SK_SKB": ebpf.SkSKB, "SK_MSG": ebpf.SkMsg, "SK_LOOKUP": ebpf.SkLookup,
		"LWT_IN": ebpf.LWTIn, "LWT_OUT": ebpf.LWTOut, "LWT_XMIT": ebpf.LWTXmit, "LWT_SEG6LOCAL": ebpf.LWTSeg6Local,
		"FLOW_DISSECTOR": ebpf.FlowDissector, "SYSCALL": ebpf.Syscall,
	}
	src := []byte("int f(void *ctx)\n{\n\treturn 0;\n}\n")
	for kind, typ := range kinds {
		obj, _, err := bccc.Compile("sec.c", src, bccc.Options{Progs: []string{"f=" + kind}})
		if err != nil {
			t.Errorf("%s: %v", kind, err)
			continue
		}
		spec, err := ebpf.LoadCollectionSpecFromReader(bytes.NewReader(obj.ELF))
		if err != nil {
			t.Errorf("%s: cilium/ebpf cannot read the object: %v", kind, err)
			continue
		}
		if p := spec.Programs["f"]; p.Type != typ {
			t.Errorf("%s: section %q is type %v to cilium/ebpf, want %v", kind, p.SectionName, p.Type, typ)
		}
	}
	// With an attach type in the target, libbpf's names differ.
	for flag, want := range map[string]string{
		"f=CGROUP_SKB:ingress":        "cgroup_skb/ingress",
		"f=CGROUP_SOCK:post_bind4":    "cgroup/post_bind4",
		"f=CGROUP_SOCK_ADDR:bind6":    "cgroup/bind6",
		"f=CGROUP_SOCKOPT:setsockopt": "cgroup/setsockopt",
	} {
		obj, _, err := bccc.Compile("sec.c", src, bccc.Options{Progs: []string{flag}})
		if err != nil {
			t.Errorf("%s: %v", flag, err)
			continue
		}
		spec, err := ebpf.LoadCollectionSpecFromReader(bytes.NewReader(obj.ELF))
		if err != nil {
			t.Errorf("%s: %v", flag, err)
			continue
		}
		if got := spec.Programs["f"].SectionName; got != want {
			t.Errorf("%s: section %q, want %q", flag, got, want)
		}
	}
	// BTF-attached types cannot load without a target: say so.
	for _, kind := range []string{"LSM", "TRACING"} {
		_, _, err := bccc.Compile("sec.c", src, bccc.Options{Progs: []string{"f=" + kind}})
		if err == nil || !strings.Contains(err.Error(), "needs a target") {
			t.Errorf("%s without a target: %v, want \"needs a target\"", kind, err)
		}
	}
}

// TestDialect2Undeclared: an undeclared identifier is one clean
// diagnostic, without the C front end's internals.
func TestDialect2Undeclared(t *testing.T) {
	src := []byte("// @prog f=XDP\nint f(void *ctx)\n{\n\tint y = x;\n\treturn y * 2;\n}\n")
	_, _, err := bccc.Compile("und.c", src, bccc.Options{Progs: progFlags(src)})
	var be *bccc.Error
	if !errors.As(err, &be) {
		t.Fatalf("got %v, want a *bccc.Error", err)
	}
	want := []string{
		"und.c:4:10: error: use of undeclared identifier 'x'",
	}
	var got []string
	for _, d := range be.Diags {
		got = append(got, d.String())
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestDialect2DataLoc runs testdata/load/dialect2_tp_data_loc.c while this
// test execs a program: the exec's filename, a __data_loc string, comes
// back from TP_DATA_LOC_READ_STR, _CONST and TP_DATA_LOC_READ.
func TestDialect2DataLoc(t *testing.T) {
	requireBPF(t)
	f := "testdata/load/dialect2_tp_data_loc.c"
	src, err := os.ReadFile(f)
	if err != nil {
		t.Fatal(err)
	}
	coll := compileAndLoad(t, f, src, bccc.Options{})
	defer coll.Close()
	l, err := link.Tracepoint("sched", "sched_process_exec", coll.Programs["tracepoint__sched__sched_process_exec"], nil)
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	path := "/bin/true"
	if _, err := os.Stat(path); err != nil {
		path = "/usr/bin/true"
	}
	cmd := exec.Command(path)
	if err := cmd.Run(); err != nil {
		t.Fatal(err)
	}
	var n struct {
		Str   [64]byte
		Fixed [8]byte
		Whole [64]byte
		Len   uint32
	}
	if err := coll.Maps["execs"].Lookup(uint32(cmd.Process.Pid), &n); err != nil {
		t.Fatalf("no exec recorded for pid %d: %v", cmd.Process.Pid, err)
	}
	cstr := func(b []byte) string { s, _, _ := strings.Cut(string(b), "\x00"); return s }
	if got := cstr(n.Str[:]); got != path {
		t.Errorf("TP_DATA_LOC_READ_STR: %q, want %q", got, path)
	}
	if got := string(n.Fixed[:]); got != path[:8] {
		t.Errorf("TP_DATA_LOC_READ_CONST: %q, want %q", got, path[:8])
	}
	if n.Len != uint32(len(path)+1) {
		t.Errorf("data_loc length %d, want %d", n.Len, len(path)+1)
	}
	if got := string(n.Whole[:n.Len&63]); got != path+"\x00" {
		t.Errorf("TP_DATA_LOC_READ: %q, want %q", got, path+"\x00")
	}
}
