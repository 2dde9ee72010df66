package parse

import (
	"os"
	"strings"
	"testing"

	"github.com/cilium/ebpf/btf"
)

// TestKernelTypesLayout: the declarations generated from kernel BTF give
// cc/v4 exactly the kernel's layout for every struct they define.
func TestKernelTypesLayout(t *testing.T) {
	if _, err := os.Stat(DefaultBTF); err != nil {
		t.Skipf("no kernel BTF: %v", err)
	}
	spec, err := loadBTF(DefaultBTF)
	if err != nil {
		t.Fatal(err)
	}
	names := []string{"task_struct", "sock", "sk_buff", "inode", "file", "request", "bio", "mm_struct",
		"net_device", "cred", "dentry", "super_block", "tcp_sock", "inet_sock", "socket", "page", "sighand_struct"}
	var params []string
	for i, n := range names {
		params = append(params, "struct "+n+" *p"+string(rune('a'+i)))
	}
	src := []byte("#include <linux/sched.h>\nint f(" + strings.Join(params, ", ") + ") { return 0; }\n")
	ast, err := Parse("x.c", src, Config{})
	if err != nil {
		t.Fatal(err)
	}
	checked := 0
	for st := range ast.Structs {
		tag := st.Tag()
		name := tag.SrcStr()
		if name == "" || tag.Position().Filename != KernelTypesSource || st.IsIncomplete() {
			continue
		}
		var bs *btf.Struct
		if err := spec.TypeByName(name, &bs); err != nil {
			continue
		}
		checked++
		if int64(bs.Size) != st.Size() {
			t.Errorf("struct %s: size %d, kernel %d", name, st.Size(), bs.Size)
		}
		for _, m := range bs.Members {
			if m.Name == "" {
				continue
			}
			f := st.FieldByName(m.Name)
			if f == nil {
				t.Errorf("struct %s: no member %s", name, m.Name)
				continue
			}
			bit := uint64(f.Offset())*8 + uint64(f.OffsetBits())
			if bit != uint64(m.Offset) {
				t.Errorf("struct %s.%s: bit offset %d, kernel %d", name, m.Name, bit, m.Offset)
			}
		}
	}
	if checked < 100 {
		t.Fatalf("only %d structs checked", checked)
	}
	t.Logf("%d structs match the kernel's layout", checked)
}
