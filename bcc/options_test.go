package bcc

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/bccc-dev/bccc"
	"github.com/cilium/ebpf/btf"
)

// TestCompileOptionsBTFTracefs: Options.BTF and Options.Tracefs reach the
// compile, over Compile's own; unset, Compile's stay.
func TestCompileOptionsBTFTracefs(t *testing.T) {
	base := Options{Compile: bccc.Options{BTF: "/compile/btf", Tracefs: "/compile/tracefs"}}
	c, err := compileOptions(base)
	if err != nil || c.BTF != "/compile/btf" || c.Tracefs != "/compile/tracefs" {
		t.Errorf("unset: BTF %q, Tracefs %q, %v", c.BTF, c.Tracefs, err)
	}
	o := base
	o.BTF, o.Tracefs = "/my/btf", "/my/tracefs"
	c, err = compileOptions(o)
	if err != nil || c.BTF != "/my/btf" || c.Tracefs != "/my/tracefs" {
		t.Errorf("set: BTF %q, Tracefs %q, %v", c.BTF, c.Tracefs, err)
	}
}

// TestNewWithOptionsBTFTracefs: NewWithOptions compiles with the given
// files: missing ones fail the compile, before anything is loaded (so
// this needs no privileges).
func TestNewWithOptionsBTFTracefs(t *testing.T) {
	dir := t.TempDir()
	missing := filepath.Join(dir, "no-btf")
	_, err := NewWithOptions(Options{Text: "#include <linux/sched.h>\nint kprobe__f(struct task_struct *t) { return t->pid; }\n", BTF: missing})
	if err == nil || !strings.Contains(err.Error(), missing) {
		t.Errorf("BTF %s: %v, want an error naming it", missing, err)
	}
	_, err = NewWithOptions(Options{Text: "TRACEPOINT_PROBE(sched, sched_switch)\n{\n\treturn 0;\n}\n", Tracefs: dir})
	if want := "no format file in " + filepath.Join(dir, "events/sched/sched_switch/format"); err == nil || !strings.Contains(err.Error(), want) {
		t.Errorf("Tracefs %s: %v, want an error saying %q", dir, err, want)
	}
}

// TestAnalyzeSourceBTFTracefs: the second parse of the source (map kinds,
// event types) reads the same BTF and format files as the compile: the
// types it reports have their layouts.
func TestAnalyzeSourceBTFTracefs(t *testing.T) {
	dir := t.TempDir()
	// A task_struct of 40 bytes, unlike any kernel's.
	s32 := &btf.Int{Name: "int", Size: 4, Encoding: btf.Signed}
	task := &btf.Struct{Name: "task_struct", Size: 40, Members: []btf.Member{{Name: "pid", Type: s32, Offset: 256}}}
	b, err := btf.NewBuilder([]btf.Type{s32, task}, nil)
	if err != nil {
		t.Fatal(err)
	}
	raw, err := b.Marshal(nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	btfPath := filepath.Join(dir, "btf")
	if err := os.WriteFile(btfPath, raw, 0o644); err != nil {
		t.Fatal(err)
	}
	// An event of 24 bytes no kernel has.
	evDir := filepath.Join(dir, "tracefs", "events", "test", "only_here")
	if err := os.MkdirAll(evDir, 0o755); err != nil {
		t.Fatal(err)
	}
	format := "format:\n\tfield:unsigned short common_type;\toffset:0;\tsize:2;\tsigned:0;\n\tfield:u64 a;\toffset:8;\tsize:8;\tsigned:0;\n\tfield:u64 b;\toffset:16;\tsize:8;\tsigned:0;\n"
	if err := os.WriteFile(filepath.Join(evDir, "format"), []byte(format), 0o644); err != nil {
		t.Fatal(err)
	}
	src := []byte(`#include <linux/sched.h>
struct task_copy { struct task_struct t; };
struct args_copy { struct tracepoint__test__only_here a; };
BPF_PERF_OUTPUT(events);
int kprobe__f(struct pt_regs *ctx) {
	struct task_copy c = {};
	events.perf_submit(ctx, &c, sizeof(c));
	return 0;
}
`)
	o, err := compileOptions(Options{BTF: btfPath, Tracefs: filepath.Join(dir, "tracefs")})
	if err != nil {
		t.Fatal(err)
	}
	info := analyzeSource("opts.c", src, o)
	if info == nil {
		t.Fatal("analyzeSource failed with the options' BTF and tracefs")
	}
	for name, want := range map[string]uint32{"task_copy": 40, "args_copy": 24} {
		ty, ok := info.types[name]
		if !ok {
			t.Errorf("no type %s: %v", name, info.types)
			continue
		}
		if size, err := btf.Sizeof(ty); err != nil || uint32(size) != want {
			t.Errorf("sizeof(struct %s) = %d, %v; want %d", name, size, err, want)
		}
	}
	if ev := info.events["events"]; ev == nil {
		t.Error("the event type of events is unknown")
	} else if size, _ := btf.Sizeof(ev); size != 40 {
		t.Errorf("events' event size %d, want 40", size)
	}
}
