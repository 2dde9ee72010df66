package bccc_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/bccc-dev/bccc"
	"github.com/cilium/ebpf"
)

// Compatibility with the C and the cflags BCC's Python tools hand to BCC.

// TestPlainFunctionsLeftOut: a non-static function with no program naming
// beside programs (one a BCC tool attaches only under some option) is left
// out of the object with a warning, as BCC compiles it and loads it only
// when asked; alone it is an error.
func TestPlainFunctionsLeftOut(t *testing.T) {
	src := []byte("int kprobe__do_exit(void *ctx) { return 0; }\nint trace_fast(void *ctx) { return 1; }\n")
	obj, warns, err := bccc.Compile("p.c", src, bccc.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(warns) != 1 || !strings.Contains(warns[0].String(), "p.c:2:5: warning: cannot tell the program type of trace_fast") {
		t.Errorf("warnings %v", warns)
	}
	spec, err := ebpf.LoadCollectionSpecFromReader(bytes.NewReader(obj.ELF))
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := spec.Programs["trace_fast"]; ok || len(spec.Programs) != 1 {
		t.Errorf("programs %v, want kprobe__do_exit only", spec.Programs)
	}
	if _, _, err := bccc.Compile("q.c", []byte("int trace_fast(void *ctx) { return 1; }\n"), bccc.Options{}); err == nil || !strings.Contains(err.Error(), "q.c:1:5: error: cannot tell the program type") {
		t.Errorf("alone: %v", err)
	}
}
