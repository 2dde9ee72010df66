package parse

import (
	"bytes"
	"flag"
	"os"
	"testing"
)

var updateTable = flag.Bool("update-table", false, "rewrite sliced_table.go")

// TestSlicedTableUpToDate: the generated table matches the headers.
// After editing bcc/bpf_uapi.h or bcc/helper_defs.h:
// go test ./parse -run TestSlicedTableUpToDate -update-table
func TestSlicedTableUpToDate(t *testing.T) {
	want := writeTable(splitBundled())
	if *updateTable {
		if err := os.WriteFile("sliced_table.go", want, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	got, err := os.ReadFile("sliced_table.go")
	if err != nil || !bytes.Equal(got, want) {
		t.Fatal("sliced_table.go is stale: go test ./parse -run TestSlicedTableUpToDate -update-table")
	}
}
