package gogen

import (
	"bufio"
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cilium/ebpf/link"
)

// TestExecCount loads the generated objects with loadExeccountObjects,
// attaches the raw tracepoint, runs /bin/true and finds its exec counted
// under its pid with the command name, read through the generated type.
func TestExecCount(t *testing.T) {
	var objs execcountObjects
	if err := loadExeccountObjects(&objs, nil); err != nil {
		if errors.Is(err, os.ErrPermission) || strings.Contains(err.Error(), "operation not permitted") {
			t.Skipf("bpf syscall not permitted here: %v", err)
		}
		t.Fatal(err)
	}
	defer objs.Close()
	l, err := link.AttachRawTracepoint(link.RawTracepointOptions{
		Name:    "sched_process_exec",
		Program: objs.RawTracepointSchedProcessExec,
	})
	if err != nil {
		t.Fatalf("attaching: %v", err)
	}
	defer l.Close()

	cmd := exec.Command("/bin/true")
	if err := cmd.Run(); err != nil {
		t.Skipf("cannot run /bin/true: %v", err)
	}
	pid := uint32(cmd.Process.Pid)
	var info execcountExecInfo
	if err := objs.Execs.Lookup(pid, &info); err != nil {
		t.Fatalf("no entry for pid %d: %v", pid, err)
	}
	comm := make([]byte, 0, len(info.Comm))
	for _, c := range info.Comm {
		if c == 0 {
			break
		}
		comm = append(comm, byte(c))
	}
	if info.Count != 1 || string(comm) != "true" {
		t.Errorf("execs[%d] = {count %d, comm %q}, want {1, \"true\"}", pid, info.Count, comm)
	}
}

// TestGeneratedUpToDate reruns this package's go:generate line into a
// temporary directory: the committed bindings must be what it writes.
func TestGeneratedUpToDate(t *testing.T) {
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Skipf("no go command: %v", err)
	}
	args := generateArgs(t)
	dir := t.TempDir()
	cmd := exec.Command(goTool, append(args, "-output-dir", dir)...)
	cmd.Env = append(os.Environ(), "GOPACKAGE=gogen", "GOFILE=gogen.go")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go %s: %v\n%s", strings.Join(args, " "), err, out)
	}
	for _, f := range []string{"execcount_bpfel.go", "execcount_bpfel.o"} {
		want, err := os.ReadFile(filepath.Join(dir, f))
		if err != nil {
			t.Fatal(err)
		}
		got, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s is out of date: run go generate ./examples/gogen", f)
		}
	}
}

// generateArgs returns the go command's arguments from gogen.go's
// go:generate line ("run github.com/.../bccc gen ...").
func generateArgs(t *testing.T) []string {
	f, err := os.Open("gogen.go")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if rest, ok := strings.CutPrefix(sc.Text(), "//go:generate go "); ok {
			return strings.Fields(rest)
		}
	}
	t.Fatal("gogen.go has no //go:generate go ... line")
	return nil
}
