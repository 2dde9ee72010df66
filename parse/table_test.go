package parse

import (
	"bytes"
	"flag"
	"os"
	"strings"
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

// TestSliceBodyWithDefines: a struct or enum with #define lines among its
// members is still an item that defines its tag and enumerators (struct
// in6_addr, enum tcp_ca_state).
func TestSliceBodyWithDefines(t *testing.T) {
	h := splitHeader("#ifndef G\n#define G\nstruct s {\n\tint a;\n#define s_a a\n\tint b;\n};\nenum e {\n\tE_ONE,\n#define E_ONE E_ONE\n\tE_TWO,\n};\n#endif\n")
	for _, name := range []string{"s", "E_TWO", "s_a"} {
		if got := h.slice(map[string]bool{name: true}); !strings.Contains(got, "struct s {") && name != "E_TWO" || name == "E_TWO" && !strings.Contains(got, "E_TWO,") {
			t.Errorf("slice for %s:\n%s", name, got)
		}
	}
}
