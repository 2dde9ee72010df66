package bccc_test

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/bccc-dev/bccc"
	"github.com/bccc-dev/bccc/objdump"
	"github.com/google/go-cmp/cmp"
)

var update = flag.Bool("update", false, "rewrite the golden files")

// goldenSources are the programs with golden listings: the load tests and
// the bench corpus; the listings live in testdata/golden/NAME.golden.
func goldenSources() []string {
	a, _ := filepath.Glob("testdata/load/*.c")
	b, _ := filepath.Glob("bench/corpus/*.c")
	c, _ := filepath.Glob("examples/*.c")
	return append(append(a, b...), c...)
}

func goldenPath(src string) string {
	name := strings.TrimSuffix(filepath.Base(src), ".c")
	if strings.HasPrefix(src, "examples") {
		name = "example_" + name
	}
	return filepath.Join("testdata/golden", name+".golden")
}

// TestGolden compiles the golden sources, compares each listing (maps, BTF
// summary, disassembly with source lines) with its testdata/golden file,
// and loads every object into the kernel. testdata/ir/*.c compare the
// IR after lowering and after the last pass with their .ir files.
// Regenerate with go test -run TestGolden -update, and review the diff.
func TestGolden(t *testing.T) {
	files := goldenSources()
	if len(files) == 0 {
		t.Fatal("no golden programs")
	}
	bpfOK := true
	if _, err := bpfAvailable(); err != nil {
		bpfOK = false
		t.Logf("not loading: %v", err)
	}
	for _, f := range files {
		t.Run(filepath.Base(goldenPath(f)), func(t *testing.T) {
			src, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			obj, _, err := bccc.Compile(f, src, bccc.Options{Progs: progFlags(src), Tracefs: "testdata/tracefs"})
			if err != nil {
				t.Fatal(err)
			}
			var got bytes.Buffer
			if err := objdump.Dump(bytes.NewReader(obj.ELF), &got); err != nil {
				t.Fatal(err)
			}
			checkGolden(t, goldenPath(f), got.Bytes())
			if bpfOK {
				loadObject(t, f, obj.ELF).Close()
			}
		})
	}
	irFiles, _ := filepath.Glob("testdata/ir/*.c")
	for _, f := range irFiles {
		t.Run("ir/"+filepath.Base(f), func(t *testing.T) {
			src, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			var got strings.Builder
			_, _, err = bccc.Compile(f, src, bccc.Options{Progs: progFlags(src), Debug: []string{"ir:lower", "ir:regalloc"},
				DebugOut: func(s string) { got.WriteString(s) }})
			if err != nil {
				t.Fatal(err)
			}
			checkGolden(t, strings.TrimSuffix(f, ".c")+".ir", []byte(got.String()))
		})
	}
}

func checkGolden(t *testing.T, path string, got []byte) {
	t.Helper()
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run with -update to create it)", err)
	}
	if diff := cmp.Diff(string(want), string(got)); diff != "" {
		t.Errorf("%s differs (-want +got):\n%s", path, diff)
	}
}

// TestDeterministic: the same input and flags give byte-identical objects.
func TestDeterministic(t *testing.T) {
	for _, f := range goldenSources() {
		src, _ := os.ReadFile(f)
		opts := bccc.Options{Progs: progFlags(src), Tracefs: "testdata/tracefs"}
		a, _, err := bccc.Compile(f, src, opts)
		if err != nil {
			t.Fatal(err)
		}
		for i := 0; i < 3; i++ {
			b, _, _ := bccc.Compile(f, src, opts)
			if !bytes.Equal(a.ELF, b.ELF) {
				t.Fatalf("%s: two compiles gave different objects", f)
			}
		}
	}
}
