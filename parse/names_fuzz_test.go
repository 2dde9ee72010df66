package parse

import (
	"strings"
	"testing"
	"time"
)

// FuzzProgramNames: the scans of user text for kernel types (member
// names, own typedefs and tags, includes) take any input without
// panicking.
func FuzzProgramNames(f *testing.F) {
	f.Add([]byte("#include <linux/sched.h>\ntypedef struct { int x; } pid_t;\nint f(struct task_struct *t) { return t->pid + BPF_CORE_READ(t, mm, arg_start); }\n"))
	f.Add([]byte("typedef int (*h)(void *; struct s { #define X 1\n }; offsetof(((("))
	f.Fuzz(func(t *testing.T, src []byte) {
		texts := [][]byte{src}
		memberNames(texts)
		neededNames(texts)
		bundledIncludeNames(texts)
		ownTypedefs(src, map[string]bool{})
		findTagDefs(src, map[string]bool{})
		funcDefName(string(src))
		includesKernelHeaders(src)
	})
}

// TestProgramNamesLinear: a megabyte of blanks on a line is scanned in
// linear time (looking back over the blanks before each token was
// quadratic).
func TestProgramNamesLinear(t *testing.T) {
	src := []byte("int x;\n" + strings.Repeat(" \t", 1<<19) + "p->f;\n")
	start := time.Now()
	names := memberNames([][]byte{src})
	ownTypedefs(src, map[string]bool{})
	if d := time.Since(start); d > 2*time.Second || !names["f"] {
		t.Fatalf("%v, names %v", d, names)
	}
}
