package parse

import (
	"encoding/binary"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/cilium/ebpf/btf"
	"modernc.org/cc/v4"
)

// TestKernelTypesLayout: the declarations generated from kernel BTF give
// cc/v4 exactly the kernel's layout for every struct they define: in
// full for the structs a program names (and, with every member name
// spelled, for all they hold by value), and as opaque stand-ins of the
// same size and alignment for the others.
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
	src := "#include <linux/sched.h>\nint f(" + strings.Join(params, ", ") + ") { return 0; }\n"
	// Members spelled (bit-fields, members of anonymous unions, nested
	// structs): the others are padding.
	uses := "#define USES x.pid x.tgid x.real_parent x.comm x.se x.vruntime x.flags x.in_execve x.sk_protocol x.sk_type " +
		"x.__sk_common x.skc_daddr x.skc_num x.skc_family x.len x.protocol x.pkt_type x.i_ino x.i_mode x.f_flags " +
		"x.f_path x.dentry x.__data_len x.bi_iter x.bi_size x.arg_start x.ifindex x.name x.uid x.d_name x.s_dev " +
		"x.srtt_us x.inet_sport x.state x.count\n"
	full, opaque := checkKernelLayout(t, spec, []byte(uses+src), true)
	if full < len(names) || opaque < 1 {
		t.Fatalf("%d structs checked in full, %d opaque", full, opaque)
	}
	t.Logf("%d structs match the kernel's layout, %d opaque ones its size and alignment", full, opaque)

	// Spell every member name of the kernel: everything held by value
	// is then defined.
	all := map[string]bool{}
	for typ, err := range spec.All() {
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range members(typ) {
			if m.Name != "" {
				all["x."+m.Name] = true
			}
		}
	}
	src += "#define ALL " + strings.Join(slices.Sorted(maps.Keys(all)), " ") + "\n"
	full, opaque = checkKernelLayout(t, spec, []byte(src), false)
	if full < 1000 || opaque > 0 {
		t.Fatalf("every member spelled: %d structs checked in full, %d opaque", full, opaque)
	}
	t.Logf("every member spelled: %d structs match the kernel's layout", full)
}

// checkKernelLayout parses src and compares each kernel struct defined
// with kernel BTF: the offset of every member, or the size and alignment
// of opaque ones.
func checkKernelLayout(t *testing.T, spec *btf.Spec, src []byte, pruned bool) (full, opaque int) {
	ast, err := Parse("x.c", src, Config{})
	if err != nil {
		t.Fatal(err)
	}
	for st := range ast.Structs {
		tag := st.Tag()
		name := tag.SrcStr()
		if name == "" || tag.Position().Filename != KernelTypesSource || st.IsIncomplete() {
			continue
		}
		// BTF may hold several structs of the name: the one defined
		// is one of them.
		var cands []*btf.Struct
		ts, _ := spec.AnyTypesByName(string(essential([]byte(name))))
		for _, typ := range ts {
			if s, ok := typ.(*btf.Struct); ok {
				cands = append(cands, s)
			}
		}
		if len(cands) == 0 {
			continue
		}
		var errs []string
		for i, bs := range cands {
			e := layoutDiffs(st, bs, pruned)
			if len(e) == 0 {
				errs = nil
				break
			}
			if i == 0 {
				errs = e
			}
		}
		for _, e := range errs {
			t.Errorf("struct %s: %s", name, e)
		}
		if st.NumFields() == 1 && st.FieldByIndex(0).Name() == "__opaque" {
			opaque++
		} else {
			full++
		}
	}
	return full, opaque
}

// layoutDiffs compares a struct cc/v4 laid out with kernel BTF's.
func layoutDiffs(st *cc.StructType, bs *btf.Struct, pruned bool) []string {
	var errs []string
	if int64(bs.Size) != st.Size() {
		errs = append(errs, fmt.Sprintf("size %d, kernel %d", st.Size(), bs.Size))
	}
	if want := (&kgen{}).alignOf(bs); st.Align() != int(want) {
		errs = append(errs, fmt.Sprintf("alignment %d, kernel %d", st.Align(), want))
	}
	if st.NumFields() == 1 && st.FieldByIndex(0).Name() == "__opaque" {
		return errs
	}
	for _, m := range bs.Members {
		if m.Name == "" {
			continue
		}
		f := st.FieldByName(m.Name)
		if f == nil && pruned {
			continue // a member the program does not spell
		}
		if f == nil {
			errs = append(errs, "no member "+m.Name)
			continue
		}
		if bit := uint64(f.Offset())*8 + uint64(f.OffsetBits()); bit != uint64(m.Offset) {
			errs = append(errs, fmt.Sprintf("%s: bit offset %d, kernel %d", m.Name, bit, m.Offset))
		}
	}
	return errs
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
	got, _, err := kernelDecls(r, wants{need: need})
	if err != nil {
		t.Fatal(err)
	}
	want := genDecls(specLookup(spec), wants{need: need})
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
	if _, _, err := kernelDecls(r, wants{need: map[string]bool{"task_struct": true}}); err == nil || !strings.Contains(err.Error(), "invalid BTF") {
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
	texts := [][]byte{benchKernelSrc}
	named, members := neededNames(texts), memberNames(texts)
	need := neededNames(texts)
	for i := 0; i < b.N; i++ {
		data, err := readBTFFile(DefaultBTF)
		if err != nil {
			b.Fatal(err)
		}
		r, err := parseRawBTF(DefaultBTF, data)
		if err != nil {
			b.Fatal(err)
		}
		if _, _, err := kernelDecls(r, wants{need: need, named: named, members: members}); err != nil {
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
	texts := [][]byte{benchKernelSrc}
	named, members := neededNames(texts), memberNames(texts)
	need := neededNames(texts)
	for i := 0; i < b.N; i++ {
		spec, err := btf.LoadSpec(DefaultBTF)
		if err != nil {
			b.Fatal(err)
		}
		genDecls(specLookup(spec), wants{need: need, named: named, members: members})
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

// TestMemberNames: the names a program may use as struct members are
// those after . and ->, and the arguments of member-naming macros; not
// the words of #include lines, numbers or strings.
func TestMemberNames(t *testing.T) {
	src := []byte(`#include <net/sock.h>
#define PARENT(t) t->real_parent
int f(struct task_struct *t) {
	double d = 1.5;
	char *s = "x.y";
	u64 a = BPF_CORE_READ(t, mm, arg_start) + offsetof(struct sock, sk_mark);
	return t -> pid + t->se.vruntime + PARENT(t)->tgid + d;
}
`)
	got := slices.Sorted(maps.Keys(memberNames([][]byte{src})))
	want := []string{"arg_start", "mm", "pid", "real_parent", "se", "sk_mark", "sock", "struct", "t", "tgid", "vruntime"}
	if !slices.Equal(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
}

// TestOwnTypedefs: the program's typedefs, with bodies and without.
func TestOwnTypedefs(t *testing.T) {
	src := []byte(`typedef struct { int x; } pid_t;
typedef unsigned long long sector_t, *sector_p;
typedef int (*handler_t)(void *);
struct s { int typedef_not_here; };
`)
	got := map[string]bool{}
	ownTypedefs(src, got)
	want := []string{"handler_t", "pid_t", "sector_p", "sector_t"}
	if g := slices.Sorted(maps.Keys(got)); !slices.Equal(g, want) {
		t.Errorf("got %v, want %v", g, want)
	}
}

// TestModuleBTF: a MODULE_KFUNC_PROBE's module BTF (split BTF beside the
// kernel's) supplies the module's own types, which refer to the kernel's.
// The module here is made up: a struct holding an int and a pointer to
// the kernel's task_struct.
func TestModuleBTF(t *testing.T) {
	base, err := os.ReadFile(DefaultBTF)
	if err != nil {
		t.Skipf("no kernel BTF: %v", err)
	}
	r, err := kernelBTF(DefaultBTF)
	if err != nil {
		t.Fatal(err)
	}
	ids, _ := r.lookup(map[string]bool{"int": true, "task_struct": true})
	if len(ids["int"]) == 0 || len(ids["task_struct"]) == 0 {
		t.Fatal("no int or task_struct in kernel BTF")
	}
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "vmlinux"), base, 0o644); err != nil {
		t.Fatal(err)
	}
	n := uint32(len(r.offs))
	strBase := uint32(len(r.strs))
	strs := "\x00fake_mod_thing\x00a\x00task\x00"
	off := func(s string) uint32 { return strBase + uint32(strings.Index(strs, "\x00"+s+"\x00")+1) }
	var types []byte
	put := func(vs ...uint32) {
		for _, v := range vs {
			types = binary.LittleEndian.AppendUint32(types, v)
		}
	}
	put(0, kindPointer<<24, ids["task_struct"][0])        // n+1: struct task_struct *
	put(off("fake_mod_thing"), kindStruct<<24|2, 16)      // n+2
	put(off("a"), ids["int"][0], 0, off("task"), n+1, 64) // its members
	// The header: magic, version 1, no flags, its length, then the type
	// and string sections' offsets and lengths.
	blob := binary.LittleEndian.AppendUint16(nil, 0xeB9F)
	blob = append(blob, 1, 0)
	for _, v := range []uint32{24, 0, uint32(len(types)), uint32(len(types)), uint32(len(strs))} {
		blob = binary.LittleEndian.AppendUint32(blob, v)
	}
	blob = append(append(blob, types...), strs...)
	src := []byte(`#include <linux/sched.h>
MODULE_KFUNC_PROBE(fakemod, fake_fn, struct fake_mod_thing *thing)
{
	return thing->a + thing->task->pid;
}
`)
	cfg := Config{BTF: filepath.Join(dir, "vmlinux")}
	if _, err := Parse("m.c", src, cfg); err == nil || !strings.Contains(err.Error(), "unknown kernel type 'struct fake_mod_thing'") {
		t.Fatalf("without the module's BTF: %v", err)
	}
	if err := os.WriteFile(filepath.Join(dir, "fakemod"), blob, 0o644); err != nil {
		t.Fatal(err)
	}
	ast, err := Parse("m.c", src, cfg)
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for st := range ast.Structs {
		if tag := st.Tag(); tag.SrcStr() == "fake_mod_thing" && !st.IsIncomplete() {
			found = true
			if st.Size() != 16 || st.FieldByName("task") == nil || st.FieldByName("task").Offset() != 8 {
				t.Errorf("struct fake_mod_thing laid out as %v", st)
			}
		}
	}
	if !found {
		t.Fatal("no definition of struct fake_mod_thing")
	}
}
