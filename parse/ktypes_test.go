package parse

import (
	"maps"
	"os"
	"regexp"
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

// TestKernelDeclsMatchSpec: the declarations from the raw BTF reader are
// those that cilium/ebpf's decoded spec gives, for every named type of
// the kernel and a sample of enumerators.
func TestKernelDeclsMatchSpec(t *testing.T) {
	if _, err := os.Stat(DefaultBTF); err != nil {
		t.Skipf("no kernel BTF: %v", err)
	}
	spec, err := btf.LoadSpec(DefaultBTF)
	if err != nil {
		t.Fatal(err)
	}
	need := map[string]bool{"task_struct___v2": true}
	enums := 0
	for typ, err := range spec.All() {
		if err != nil {
			t.Fatal(err)
		}
		switch x := typ.(type) {
		case *btf.Struct, *btf.Union, *btf.Typedef:
			if n := typ.TypeName(); n != "" {
				need[n] = true
			}
		case *btf.Enum:
			if x.Name != "" {
				need[x.Name] = true
			}
			if enums++; enums%20 == 0 && len(x.Values) > 0 {
				need[x.Values[len(x.Values)-1].Name] = true
			}
		}
	}
	r, err := kernelBTF(DefaultBTF)
	if err != nil {
		t.Fatal(err)
	}
	got, _, err := kernelDecls(r, need)
	if err != nil {
		t.Fatal(err)
	}
	want := genDecls(specLookup(spec), need)
	if got != want {
		g, w := strings.Split(got, "\n"), strings.Split(want, "\n")
		for i := 0; i < len(g) && i < len(w); i++ {
			if g[i] != w[i] {
				t.Fatalf("line %d differs:\nraw:  %s\nspec: %s", i+1, g[i], w[i])
			}
		}
		t.Fatalf("raw gives %d lines, spec %d", len(g), len(w))
	}
	t.Logf("%d names, %d bytes of declarations", len(need), len(got))
}

// TestKernelBTFInvalid: truncated or corrupt BTF is an error, not a panic.
func TestKernelBTFInvalid(t *testing.T) {
	good, err := os.ReadFile(DefaultBTF)
	if err != nil {
		t.Skipf("no kernel BTF: %v", err)
	}
	for _, data := range [][]byte{nil, good[:10], good[:len(good)/2], append([]byte{0, 0}, good[2:]...)} {
		if _, err := parseRawBTF("x.btf", data); err == nil {
			t.Errorf("%d bytes: no error", len(data))
		}
	}
	// A member that names a type that does not exist.
	bad := append([]byte(nil), good...)
	r, err := parseRawBTF("x.btf", bad)
	if err != nil {
		t.Fatal(err)
	}
	ids, _ := r.lookup(map[string]bool{"task_struct": true})
	o := int(r.offs[ids["task_struct"][0]-1])
	r.order.PutUint32(r.types[o+12+4:], uint32(len(r.offs)+10))
	if _, _, err := kernelDecls(r, map[string]bool{"task_struct": true}); err == nil || !strings.Contains(err.Error(), "invalid BTF") {
		t.Errorf("got %v, want an invalid BTF error", err)
	}
}

var benchKernelSrc = []byte("#include <linux/sched.h>\n#include <net/sock.h>\nint f(struct task_struct *t, struct sock *sk) { return t->pid + sk->sk_mark; }\n")

// BenchmarkKernelDecls: what a process pays for kernel types before cc/v4
// parses them: reading BTF (uncached) and generating the declarations.
func BenchmarkKernelDecls(b *testing.B) {
	if _, err := os.Stat(DefaultBTF); err != nil {
		b.Skipf("no kernel BTF: %v", err)
	}
	need := neededNames(benchKernelSrc, Config{})
	for i := 0; i < b.N; i++ {
		data, err := readBTFFile(DefaultBTF)
		if err != nil {
			b.Fatal(err)
		}
		r, err := parseRawBTF(DefaultBTF, data)
		if err != nil {
			b.Fatal(err)
		}
		if _, _, err := kernelDecls(r, need); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkKernelDeclsSpec is the same through cilium/ebpf's decoded spec
// (how it was done before), for comparison.
func BenchmarkKernelDeclsSpec(b *testing.B) {
	if _, err := os.Stat(DefaultBTF); err != nil {
		b.Skipf("no kernel BTF: %v", err)
	}
	need := neededNames(benchKernelSrc, Config{})
	for i := 0; i < b.N; i++ {
		spec, err := btf.LoadSpec(DefaultBTF)
		if err != nil {
			b.Fatal(err)
		}
		genDecls(specLookup(spec), need)
	}
}

// TestFindDefsMatchRegexp: the hand-written matchers of the bundled
// headers' definitions find what the regexps they replace find.
func TestFindDefsMatchRegexp(t *testing.T) {
	var inputs [][]byte
	var walk func(dir string)
	walk = func(dir string) {
		ents, _ := bundled.ReadDir(dir)
		for _, e := range ents {
			if e.IsDir() {
				walk(dir + "/" + e.Name())
				continue
			}
			b, _ := bundled.ReadFile(dir + "/" + e.Name())
			inputs = append(inputs, b)
		}
	}
	walk("include")
	// Random texts from the pieces the patterns care about.
	pieces := []string{"struct", "union", "enum", "typedef", " ", "\t", "\n", "\v", "{", "}", ";", "[", "]", "x", "_t", "9", "a b", "(*f)", "…", "estruct", "typedefs", "[4]"}
	rnd := uint64(1)
	for n := 0; n < 20000; n++ {
		var b []byte
		for k := 0; k < 12; k++ {
			rnd = rnd*6364136223846793005 + 1442695040888963407
			b = append(b, pieces[(rnd>>33)%uint64(len(pieces))]...)
		}
		inputs = append(inputs, b)
	}
	for _, b := range inputs {
		for _, c := range []struct {
			re   *regexp.Regexp
			find func([]byte, map[string]bool)
		}{{tagDef, findTagDefs}, {typedefDef, findTypedefDefs}} {
			want, got := map[string]bool{}, map[string]bool{}
			for _, m := range c.re.FindAllSubmatch(b, -1) {
				want[string(m[1])] = true
			}
			c.find(b, got)
			if !maps.Equal(got, want) {
				t.Fatalf("%v on %q: got %v, want %v", c.re, b, got, want)
			}
		}
	}
}
