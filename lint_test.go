package bccc_test

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/bccc-dev/bccc"
	"github.com/bccc-dev/bccc/verifier"
	"github.com/cilium/ebpf"
)

// lintCase is one program of testdata/lint: a bad program and where the
// problem is.
type lintCase struct {
	file         string
	src          []byte
	wantLine     int
	want         *regexp.Regexp
	compileError bool // bccc itself must refuse it
	unprivileged bool // only an unprivileged loader rejects it
}

var wantComment = regexp.MustCompile(`// want "((?:[^"\\]|\\.)*)"`)

func lintCases(t *testing.T) []lintCase {
	a, _ := filepath.Glob("testdata/lint/*.c")
	b, _ := filepath.Glob("testdata/lint/unpriv/*.c")
	var cases []lintCase
	for _, f := range append(a, b...) {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		c := lintCase{file: f, src: src}
		for i, line := range strings.Split(string(src), "\n") {
			if m := wantComment.FindStringSubmatch(line); m != nil {
				c.wantLine = i + 1
				c.want = regexp.MustCompile(m[1])
			}
			switch strings.TrimSpace(line) {
			case "// compile-error":
				c.compileError = true
			case "// unprivileged":
				c.unprivileged = true
			}
		}
		if c.want == nil {
			t.Fatalf("%s: no // want comment", f)
		}
		cases = append(cases, c)
	}
	if len(cases) < 80 {
		t.Fatalf("only %d lint programs", len(cases))
	}
	return cases
}

// lintFinds reports whether the findings (errors only) flag the case at
// its line with its message.
func (c lintCase) flaggedBy(fs []verifier.Finding) bool {
	for _, f := range fs {
		if f.Severity == verifier.Error && f.Pos.Line == c.wantLine && c.want.MatchString(f.Message) {
			return true
		}
	}
	return false
}

func describe(fs []verifier.Finding) string {
	var b strings.Builder
	for _, f := range fs {
		fmt.Fprintf(&b, "\n\t%s", f)
	}
	if b.Len() == 0 {
		return " (no findings)"
	}
	return b.String()
}

// TestLintFindsBadPrograms: every program of testdata/lint is flagged at
// the line of its // want comment.
func TestLintFindsBadPrograms(t *testing.T) {
	for _, c := range lintCases(t) {
		t.Run(strings.TrimPrefix(c.file, "testdata/lint/"), func(t *testing.T) {
			obj, _, err := bccc.Compile(c.file, c.src, bccc.Options{Progs: progFlags(c.src)})
			if c.compileError {
				var ce *bccc.Error
				if !errors.As(err, &ce) || len(ce.Diags) == 0 || ce.Diags[0].Line != c.wantLine || !c.want.MatchString(ce.Diags[0].Msg) {
					t.Fatalf("want a compile error at line %d matching %q, got %v", c.wantLine, c.want, err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			root, err := bccc.Lint(obj.ELF, verifier.Options{})
			if err != nil {
				t.Fatal(err)
			}
			if c.unprivileged {
				for _, f := range root {
					if f.Severity == verifier.Error {
						t.Errorf("a privileged loader accepts this program, but the lint predicts: %s", f)
					}
				}
				unpriv, _ := bccc.Lint(obj.ELF, verifier.Options{Unprivileged: true})
				if !c.flaggedBy(unpriv) {
					t.Errorf("want an unprivileged-mode error at line %d matching %q; got%s", c.wantLine, c.want, describe(unpriv))
				}
				return
			}
			if !c.flaggedBy(root) {
				t.Errorf("want an error at line %d matching %q; got%s", c.wantLine, c.want, describe(root))
			}
		})
	}
}

// goodPrograms are the objects of the whole test suite that the kernel
// accepts: the load tests, the examples, the bench corpus and the
// execution corpus at each CPU version tested.
func goodPrograms(t *testing.T) map[string][]byte {
	objs := map[string][]byte{}
	add := func(name, file string, src []byte, opts bccc.Options) {
		obj, _, err := bccc.Compile(file, src, opts)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		objs[name] = obj.ELF
	}
	a, _ := filepath.Glob("testdata/load/*.c")
	b, _ := filepath.Glob("examples/*.c")
	c, _ := filepath.Glob("bench/corpus/*.c")
	for _, f := range append(append(a, b...), c...) {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, cpu := range []int{1, 3} {
			add(fmt.Sprintf("%s/v%d", f, cpu), f, src, bccc.Options{Progs: progFlags(src), CPU: cpu})
		}
	}
	for _, f := range execPrograms(t) {
		src, err := execBPFSource(f)
		if err != nil {
			t.Fatal(err)
		}
		opts := bccc.Options{Progs: []string{"exec_entry=XDP"}}
		for _, cfg := range []struct {
			name  string
			cpu   int
			noOpt bool
		}{{"v1", 1, false}, {"v3", 3, false}, {"v1-O0", 1, true}} {
			opts.CPU, opts.NoOptimize = cfg.cpu, cfg.noOpt
			add(f+"/"+cfg.name, f, src, opts)
		}
	}
	return objs
}

// TestLintAcceptsGoodPrograms: the lint predicts no rejection for
// programs the kernel loads (TestLoad, TestGolden's loads and TestExec
// prove they load). False alarms must stay under 2%.
func TestLintAcceptsGoodPrograms(t *testing.T) {
	objs := goodPrograms(t)
	names := make([]string, 0, len(objs))
	for n := range objs {
		names = append(names, n)
	}
	sort.Strings(names)
	alarms := 0
	var slowest time.Duration
	slowName := ""
	for _, n := range names {
		start := time.Now()
		fs, err := bccc.Lint(objs[n], verifier.Options{})
		if d := time.Since(start); d > slowest {
			slowest, slowName = d, n
		}
		if err != nil {
			t.Fatalf("%s: %v", n, err)
		}
		for _, f := range fs {
			if f.Severity == verifier.Error {
				alarms++
				t.Logf("false alarm: %s: %s", n, f)
				break
			}
		}
	}
	t.Logf("%d good objects, %d false alarms (%.2f%%); slowest lint %v (%s)", len(names), alarms, 100*float64(alarms)/float64(len(names)), slowest, slowName)
	if alarms*50 > len(names) {
		t.Errorf("false alarms %d of %d, over 2%%", alarms, len(names))
	}
}

// TestLintAgreesWithKernel loads every lint program and good program and
// compares the kernel's verdict with the lint's.
func TestLintAgreesWithKernel(t *testing.T) {
	requireBPF(t)
	var caught, missed, wrongLine, falseAlarm, agreeOK int
	for _, c := range lintCases(t) {
		if c.compileError || c.unprivileged {
			continue
		}
		obj, _, err := bccc.Compile(c.file, c.src, bccc.Options{Progs: progFlags(c.src)})
		if err != nil {
			t.Fatalf("%s: %v", c.file, err)
		}
		kernelErr := kernelLoad(obj.ELF)
		fs, _ := bccc.Lint(obj.ELF, verifier.Options{})
		flagged := false
		for _, f := range fs {
			flagged = flagged || f.Severity == verifier.Error
		}
		switch {
		case kernelErr == nil:
			t.Errorf("%s: the kernel accepts this program; it does not belong in testdata/lint", c.file)
		case c.flaggedBy(fs):
			caught++
		case flagged:
			wrongLine++
			t.Logf("%s: flagged, but not at line %d with %q:%s", c.file, c.wantLine, c.want, describe(fs))
		default:
			missed++
			t.Logf("%s: missed (kernel: %v)", c.file, firstLine(kernelErr))
		}
	}
	objs := goodPrograms(t)
	for n, elf := range objs {
		if !strings.Contains(n, "testdata/exec/") || strings.HasSuffix(n, "/v1") {
			// Good programs: the execution corpus once, the others
			// at every version.
		} else {
			continue
		}
		kernelErr := kernelLoad(elf)
		fs, _ := bccc.Lint(elf, verifier.Options{})
		flagged := false
		for _, f := range fs {
			flagged = flagged || f.Severity == verifier.Error
		}
		switch {
		case kernelErr != nil && !strings.Contains(n, "bench/corpus"):
			t.Logf("%s: the kernel rejects a good program: %v", n, firstLine(kernelErr))
		case kernelErr != nil:
		case flagged:
			falseAlarm++
		default:
			agreeOK++
		}
	}
	rejected := caught + missed + wrongLine
	accepted := falseAlarm + agreeOK
	t.Logf("agreement with the kernel:\n"+
		"  kernel rejects: %d programs; lint flags %d at the right line (%.1f%%), %d elsewhere, misses %d\n"+
		"  kernel accepts: %d programs; lint false alarms %d (%.2f%%)",
		rejected, caught, pct(caught, rejected), wrongLine, missed, accepted, falseAlarm, pct(falseAlarm, accepted))
	if pct(caught, rejected) < 95 {
		t.Errorf("the lint flags %.1f%% of kernel rejections at the right line; want ≥ 95%%", pct(caught, rejected))
	}
	if pct(falseAlarm, accepted) > 2 {
		t.Errorf("false alarms %.2f%%; want ≤ 2%%", pct(falseAlarm, accepted))
	}
}

func pct(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return 100 * float64(a) / float64(b)
}

func firstLine(err error) string {
	s := err.Error()
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		s = s[:i]
	}
	return s
}

// kernelLoad loads every program of an object; nil when all load.
func kernelLoad(elf []byte) error {
	spec, err := ebpf.LoadCollectionSpecFromReader(bytes.NewReader(elf))
	if err != nil {
		return err
	}
	coll, err := ebpf.NewCollection(spec)
	if err != nil {
		return err
	}
	coll.Close()
	return nil
}
