package rewrite

import (
	"os"
	"path/filepath"
	"regexp"
	"testing"

	"github.com/bccc-dev/bccc/parse"
)

// TestTracepointBTFMatchesTracefs: for every event of this kernel whose
// record struct its BTF gives (tracepoint_class.go), the struct built from
// BTF is the one built from the event's tracefs format file.
func TestTracepointBTFMatchesTracefs(t *testing.T) {
	if _, err := parse.LoadBTF(""); err != nil {
		t.Skipf("no kernel BTF: %v", err)
	}
	var root string
	for _, d := range DefaultTracefs {
		if _, err := os.Stat(filepath.Join(d, "events")); err == nil {
			root = d
			break
		}
	}
	if root == "" {
		t.Skip("tracefs is not mounted")
	}
	formats, _ := filepath.Glob(filepath.Join(root, "events", "*", "*", "format"))
	// Events of each kind the fallback handles: its own class, a shared
	// class, a syscall exit.
	must := map[string]bool{"sched:sched_switch": true, "sock:sock_send_length": true, "syscalls:sys_exit_read": true}
	checked := 0
	for _, f := range formats {
		evt := filepath.Base(filepath.Dir(f))
		cat := filepath.Base(filepath.Dir(filepath.Dir(f)))
		format, err := formatFromBTF("", cat, evt)
		if err != nil {
			if must[cat+":"+evt] {
				t.Errorf("%s:%s: %v", cat, evt, err)
			}
			continue // tracefs only: ambiguous, syscall entries, modules
		}
		data, err := os.ReadFile(f)
		if err != nil {
			continue
		}
		want, werr := tracepointStruct(cat, evt, string(data))
		got, gerr := tracepointStruct(cat, evt, format)
		if (werr != nil) != (gerr != nil) || starSpacing(got) != starSpacing(want) {
			t.Errorf("%s:%s: from BTF:\n%s%v\nfrom tracefs:\n%s%v", cat, evt, got, gerr, want, werr)
		}
		checked++
	}
	t.Logf("%d events checked", checked)
	if checked == 0 {
		t.Skip("no event has a struct trace_event_raw_ of its name")
	}
}

// starSpacing drops the spaces around '*': format files spell pointer
// types either way ("const void* ip").
func starSpacing(s string) string { return stars.ReplaceAllString(s, "*") }

var stars = regexp.MustCompile(` *\* *`)
