package rewrite

import (
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/bccc-dev/bccc/parse"
)

// liveTracefs is the mounted tracefs, or skips.
func liveTracefs(t *testing.T) string {
	t.Helper()
	for _, d := range DefaultTracefs {
		if _, err := os.Stat(filepath.Join(d, "events")); err == nil {
			return d
		}
	}
	t.Skip("tracefs is not mounted")
	return ""
}

type tpFieldPos struct{ off, size int }

// fieldLayout is the offset and size of each field of a format file, by
// name.
func fieldLayout(format string) map[string]tpFieldPos {
	m := map[string]tpFieldPos{}
	for _, f := range tpField.FindAllStringSubmatch(format, -1) {
		name, _, _ := splitDecl(strings.TrimSpace(f[1]))
		off, _ := strconv.Atoi(f[2])
		size, _ := strconv.Atoi(f[3])
		m[name] = tpFieldPos{off, size}
	}
	return m
}

// TestTracepointFallbackLayouts: for every event of this kernel whose
// format the BTF fallback gives, each field has the offset and size of
// the event's tracefs format file, which is the ground truth.
func TestTracepointFallbackLayouts(t *testing.T) {
	if _, err := parse.LoadTraceBTF(""); err != nil {
		t.Skipf("no kernel BTF: %v", err)
	}
	root := liveTracefs(t)
	formats, _ := filepath.Glob(filepath.Join(root, "events", "*", "*", "format"))
	checked := map[string]int{} // by kind of event
	for _, f := range formats {
		evt := filepath.Base(filepath.Dir(f))
		cat := filepath.Base(filepath.Dir(filepath.Dir(f)))
		data, err := os.ReadFile(f)
		if err != nil {
			continue
		}
		got, err := formatFromBTF("", cat, evt)
		if err != nil {
			continue // ambiguous classes, syscall entries, modules' events
		}
		want := fieldLayout(string(data))
		have := fieldLayout(got)
		if len(have) != len(want) {
			t.Errorf("%s:%s: %d fields from BTF, %d in tracefs:\n%s\n%s", cat, evt, len(have), len(want), got, data)
			continue
		}
		for name, w := range want {
			if h, ok := have[name]; !ok || h != w {
				t.Errorf("%s:%s: field %s from BTF: %+v (found %v), tracefs: %+v", cat, evt, name, h, ok, w)
			}
		}
		kb, _ := parse.LoadTraceBTF("")
		switch st, _ := kb.Record(evt); {
		case cat == "syscalls":
			checked["syscall exit"]++
		case st != nil:
			checked["own class"]++
		default:
			checked["shared class"]++
		}
	}
	t.Logf("events checked: %v", checked)
	for _, k := range []string{"syscall exit", "own class", "shared class"} {
		if checked[k] < 10 {
			t.Errorf("only %d events of kind %q checked: the fallback finds less than it did", checked[k], k)
		}
	}
}

// noTracefs makes the default tracefs locations empty, as on a host
// without tracefs mounted.
func noTracefs(t *testing.T) {
	saved := DefaultTracefs
	DefaultTracefs = []string{t.TempDir()}
	t.Cleanup(func() { DefaultTracefs = saved })
}

// TestTracepointFallbackWithoutTracefs: with tracefs unavailable, the
// struct comes from BTF and is the one the format file gives.
func TestTracepointFallbackWithoutTracefs(t *testing.T) {
	if _, err := parse.LoadTraceBTF(""); err != nil {
		t.Skipf("no kernel BTF: %v", err)
	}
	root := liveTracefs(t)
	src := []byte("TRACEPOINT_PROBE(sched, sched_switch)\n{\n\treturn 0;\n}\nint f(struct tracepoint__sock__sock_send_length *args) { return 0; }\n")
	want, err := TracepointStructs(src, root)
	if err != nil {
		t.Fatal(err)
	}
	noTracefs(t)
	got, err := TracepointStructs(src, "")
	if err != nil {
		t.Fatal(err)
	}
	if starSpacing(got) != starSpacing(want) {
		t.Errorf("from BTF:\n%s\nfrom tracefs:\n%s", got, want)
	}
	// Where BTF cannot tell, the error is at the use and says so.
	_, err = TracepointStructs([]byte("int x;\n  TRACEPOINT_PROBE(sched, sched_wakeup)\n"), "")
	var e *Error
	if !errors.As(err, &e) || e.Pos.Line != 2 || e.Pos.Column != 3 ||
		!strings.HasPrefix(e.Msg, "tracepoint sched:sched_wakeup: cannot read its format file") ||
		!strings.Contains(e.Msg, "cannot tell which record tracepoint sched_wakeup has") {
		t.Errorf("sched_wakeup without tracefs: %v", err)
	}
}

// TestTracepointTracefsDirMissingEvent: an event missing from --tracefs
// DIR is an error at its first use, even when BTF has the event, and even
// when DIR does not exist.
func TestTracepointTracefsDirMissingEvent(t *testing.T) {
	dir := t.TempDir()
	fmtDir := filepath.Join(dir, "events", "sched", "sched_switch")
	if err := os.MkdirAll(fmtDir, 0o755); err != nil {
		t.Fatal(err)
	}
	format := "format:\n\tfield:unsigned short common_type;\toffset:0;\tsize:2;\tsigned:0;\n\tfield:int next_pid;\toffset:8;\tsize:4;\tsigned:1;\n"
	if err := os.WriteFile(filepath.Join(fmtDir, "format"), []byte(format), 0o644); err != nil {
		t.Fatal(err)
	}
	src := []byte("TRACEPOINT_PROBE(sched, sched_switch)\n{\n\treturn 0;\n}\n\nint g(struct tracepoint__sched__sched_process_exec *args)\n")
	for _, d := range []string{dir, filepath.Join(dir, "nonexistent")} {
		_, err := TracepointStructs(src, d)
		var e *Error
		want := "tracepoint sched:sched_process_exec: no format file in " + filepath.Join(d, "events/sched/sched_process_exec/format")
		if !errors.As(err, &e) || e.Msg != want || e.Pos.Line != 6 || e.Pos.Column != 7 {
			t.Errorf("--tracefs %s: %v, want 6:7: %s", d, err, want)
		}
	}
	// The event that is there is read from there, not from elsewhere.
	got, err := TracepointStructs(src[:strings.Index(string(src), "int g")], dir)
	if err != nil || !strings.Contains(got, "s32 next_pid;") || strings.Contains(got, "prev_pid") {
		t.Errorf("--tracefs %s: %v\n%s", dir, err, got)
	}
}
