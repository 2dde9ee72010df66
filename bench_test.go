package bccc_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/bccc-dev/bccc"
	"github.com/bccc-dev/bccc/verifier"
)

// BenchmarkCompile measures compile latency and allocations per program
// of testdata/load and the examples.
func BenchmarkCompile(b *testing.B) {
	files, _ := filepath.Glob("testdata/load/*.c")
	files = append(files, "examples/hello.c")
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		b.Run(filepath.Base(f), func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				if _, _, err := bccc.Compile(f, src, bccc.Options{Progs: progFlags(src)}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkLint measures the lint per object of the bench corpus (the
// issue's target: 10 ms per program of this size).
func BenchmarkLint(b *testing.B) {
	files, _ := filepath.Glob("bench/corpus/*.c")
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		obj, _, err := bccc.Compile(f, src, bccc.Options{Progs: progFlags(src)})
		if err != nil {
			b.Fatal(err)
		}
		b.Run(filepath.Base(f), func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				if _, err := bccc.Lint(obj.ELF, verifier.Options{}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
