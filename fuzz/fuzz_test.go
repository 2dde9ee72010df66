// Package fuzz holds the fuzz targets over the whole compile pipeline.
package fuzz

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/bccc-dev/bccc"
)

func addSeeds(f *testing.F) {
	for _, pat := range []string{"../testdata/load/*.c", "../testdata/exec/*.c", "../examples/*.c", "../testdata/errors/*.c"} {
		files, _ := filepath.Glob(pat)
		for _, file := range files {
			if src, err := os.ReadFile(file); err == nil {
				f.Add(src)
			}
		}
	}
	f.Add([]byte(""))
	f.Add([]byte("int f(void *ctx) { return 0; }"))
	// Inputs on which cc/v4 looped forever, eating memory: the input ends
	// in a pointer's qualifiers, directly or because a failed #include
	// stops the preprocessor there; a line splice ends a literal at the
	// end of the input.
	f.Add([]byte("t(4,2*"))
	f.Add([]byte("*/\n#include \"native_prelude.h\"\nint f(void *ctx) { return 0; }\n"))
	f.Add([]byte("int f(void *ctx) { return 0; }\nchar *s = \"never closed;\\\n"))
}

// FuzzCompile: no input may panic, hang or be rejected without a
// positioned diagnostic.
func FuzzCompile(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, src []byte) {
		if len(src) > 1<<16 {
			return
		}
		_, _, err := bccc.Compile("fuzz.c", src, bccc.Options{Progs: []string{"f=XDP"}})
		if err == nil {
			return
		}
		var be *bccc.Error
		if !errors.As(err, &be) {
			t.Fatalf("error is not a *bccc.Error: %v", err)
		}
		if len(be.Diags) == 0 {
			t.Fatalf("rejected without a diagnostic")
		}
		for _, d := range be.Diags {
			if strings.Contains(d.Msg, "internal compiler error") {
				t.Fatalf("internal error: %s", d)
			}
			if d.File == "" {
				t.Fatalf("diagnostic without a file: %s", d)
			}
		}
	})
}
