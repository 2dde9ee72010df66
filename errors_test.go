package bccc_test

import (
	"errors"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/bccc-dev/bccc"
)

// wantError is `// ERROR "regexp"` in a test program: a diagnostic on that
// line must match the regexp. On a line of its own before any code, a
// diagnostic anywhere (or without a position) will do.
var wantError = regexp.MustCompile(`// ERROR "(.*)"`)

// TestErrors: every testdata/errors program is rejected with a gcc-style
// diagnostic at the marked line, in bounded time, without a panic.
func TestErrors(t *testing.T) {
	files, _ := filepath.Glob("testdata/errors/*.c")
	if len(files) < 10 {
		t.Fatalf("only %d error programs", len(files))
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			src, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			type want struct {
				line int
				re   *regexp.Regexp
			}
			var wants []want
			code := false
			for i, ln := range strings.Split(string(src), "\n") {
				if m := wantError.FindStringSubmatch(ln); m != nil {
					w := want{line: i + 1, re: regexp.MustCompile(m[1])}
					if !code && strings.HasPrefix(strings.TrimSpace(ln), "//") {
						w.line = 0
					}
					wants = append(wants, w)
				}
				if t := strings.TrimSpace(ln); t != "" && !strings.HasPrefix(t, "//") {
					code = true
				}
			}
			if len(wants) == 0 {
				t.Fatal("no // ERROR comment")
			}
			obj, _, err := bccc.Compile(f, src, bccc.Options{Progs: progFlags(src)})
			if err == nil {
				t.Fatalf("compiled (%d bytes), want an error", len(obj.ELF))
			}
			var be *bccc.Error
			if !errors.As(err, &be) {
				t.Fatalf("error %T is not a *bccc.Error: %v", err, err)
			}
			for _, d := range be.Diags {
				if strings.Contains(d.Msg, "internal compiler error") {
					t.Errorf("internal error: %s", d)
				}
			}
			for _, w := range wants {
				found := false
				for _, d := range be.Diags {
					if w.line != 0 && (d.File != f || d.Line != w.line) {
						continue
					}
					if w.re.MatchString(d.Msg) {
						found = true
					}
				}
				if !found {
					t.Errorf("line %d: no diagnostic matching %q; got:\n%v", w.line, w.re, err)
				}
			}
		})
	}
}
