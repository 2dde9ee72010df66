package bccc_test

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/bccc-dev/bccc"
	"github.com/bccc-dev/bccc/rewrite"
)

// tpFallbackSrc has an event of each kind the BTF fallback finds
// differently: its own class (sched_process_exec), a shared class
// (sock_send_length, of sock_msg_length) and a syscall exit.
const tpFallbackSrc = `BPF_HASH(seen, u32, u64);
TRACEPOINT_PROBE(sched, sched_process_exec)
{
	u32 k = args->pid;
	u64 v = args->data_loc_filename;
	seen.update(&k, &v);
	return 0;
}
TRACEPOINT_PROBE(sock, sock_send_length)
{
	u32 k = args->family;
	u64 v = args->ret;
	seen.update(&k, &v);
	return 0;
}
TRACEPOINT_PROBE(syscalls, sys_exit_read)
{
	u32 k = args->__syscall_nr;
	u64 v = args->ret;
	seen.update(&k, &v);
	return 0;
}
`

// withoutTracefs points the default tracefs locations at an empty
// directory, as on a host where tracefs is not mounted.
func withoutTracefs(t testing.TB) {
	saved := rewrite.DefaultTracefs
	rewrite.DefaultTracefs = []string{t.TempDir()}
	t.Cleanup(func() { rewrite.DefaultTracefs = saved })
}

func requireKernelBTF(t testing.TB) {
	if _, err := os.Stat("/sys/kernel/btf/vmlinux"); err != nil {
		t.Skipf("no kernel BTF: %v", err)
	}
}

// TestTracepointFallbackObject: without tracefs, the args structs come
// from vmlinux BTF, and the object is the one this kernel's format files
// (in testdata/tracefs) give. Where BTF cannot tell, the error says so at
// the use.
func TestTracepointFallbackObject(t *testing.T) {
	requireKernelBTF(t)
	src := []byte(tpFallbackSrc)
	want, _, err := bccc.Compile("tp_kinds.c", src, bccc.Options{Tracefs: "testdata/tracefs"})
	if err != nil {
		t.Fatal(err)
	}
	withoutTracefs(t)
	got, _, err := bccc.Compile("tp_kinds.c", src, bccc.Options{})
	if err != nil {
		t.Fatalf("without tracefs: %v", err)
	}
	if !bytes.Equal(got.ELF, want.ELF) {
		t.Error("the object built from BTF differs from the one built from the format files")
	}
	for evt, msg := range map[string]string{
		"sched, sched_wakeup":      "cannot tell which record tracepoint sched_wakeup has",
		"syscalls, sys_enter_read": "does not name the arguments of syscall entry events",
	} {
		src := []byte("\nTRACEPOINT_PROBE(" + evt + ")\n{\n\treturn 0;\n}\n")
		_, _, err := bccc.Compile("tp.c", src, bccc.Options{})
		if err == nil || !strings.Contains(err.Error(), msg) || !atLine(err, 2, 1) {
			t.Errorf("%s without tracefs: %v, want an error at 2:1 saying %q", evt, err, msg)
		}
	}
}

// atLine reports whether the compile error is at line:col. The position
// is the Diagnostic's once bccc.Compile hands tracepoint errors to its
// positioned diagnostics; until then it leads the message.
func atLine(err error, line, col int) bool {
	var e *bccc.Error
	if !errors.As(err, &e) || len(e.Diags) != 1 {
		return false
	}
	d := e.Diags[0]
	return d.Line == line && d.Col == col || d.Line == 0 && strings.HasPrefix(d.Msg, fmt.Sprintf("%d:%d: ", line, col))
}

// TestTracepointFallbackNotForTracefsDir: --tracefs DIR is the only
// source of layouts: an event missing there is an error at its use, not
// a struct from the build host's BTF.
func TestTracepointFallbackNotForTracefsDir(t *testing.T) {
	requireKernelBTF(t)
	empty := t.TempDir()
	src := []byte("BPF_HASH(h, u32, u64);\n\nTRACEPOINT_PROBE(sched, sched_switch)\n{\n\treturn 0;\n}\n")
	for _, dir := range []string{empty, filepath.Join(empty, "missing")} {
		_, _, err := bccc.Compile("tp.c", src, bccc.Options{Tracefs: dir})
		msg := "tracepoint sched:sched_switch: no format file in " + filepath.Join(dir, "events/sched/sched_switch/format")
		if err == nil || !strings.HasSuffix(err.Error(), msg) || !atLine(err, 3, 1) {
			t.Errorf("--tracefs %s: %v, want tp.c:3:1: error: %s", dir, err, msg)
		}
	}
}

func benchmarkTracepointCompile(b *testing.B, opts bccc.Options) {
	src := []byte(tpFallbackSrc)
	for b.Loop() {
		if _, _, err := bccc.Compile("tp_kinds.c", src, opts); err != nil {
			b.Fatal(err)
		}
	}
}

// The fallback's cost over a compile from format files (the BTF is read
// once per process: the first compile pays ~5 ms more than the others).
func BenchmarkTracepointCompileTracefs(b *testing.B) {
	benchmarkTracepointCompile(b, bccc.Options{Tracefs: "testdata/tracefs"})
}

func BenchmarkTracepointCompileFallback(b *testing.B) {
	requireKernelBTF(b)
	withoutTracefs(b)
	benchmarkTracepointCompile(b, bccc.Options{})
}
