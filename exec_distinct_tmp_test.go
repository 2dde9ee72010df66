package bccc_test

import (
	"path/filepath"
	"strings"
	"testing"
)

func TestTmpDistinct(t *testing.T) {
	n := plainNative(t)
	for _, p := range execPrograms(t) {
		out, err := n.run(p)
		if err != nil {
			t.Fatal(err)
		}
		m := map[uint64]bool{}
		for _, x := range out {
			m[x] = true
		}
		if len(m) <= 4 || strings.HasPrefix(filepath.Base(p), "big_") {
			t.Logf("%s: %d distinct %x", filepath.Base(p), len(m), out)
		}
	}
}
