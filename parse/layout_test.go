package parse

import (
	"bytes"
	"flag"
	"fmt"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/cilium/ebpf/btf"
	"modernc.org/cc/v4"
)

// This file checks the struct and union layout codegen takes from cc/v4
// (Field.Offset, OffsetBits, ValueBits, Type().Size(), StructType.Size) as
// parse configures cc/v4 (bpfABI, ABILayout) against two references: the
// running kernel's BTF, for every struct and union bpftool dumps to C, and a
// table of small structs whose layout clang -target bpf computed.

// vmlinuxBTF is the kernel's own BTF: pahole wrote it from the DWARF of the
// compiler that built the kernel, so it is the layout the kernel really has.
const vmlinuxBTF = "/sys/kernel/btf/vmlinux"

// The root causes of the layout mismatches TestLayoutVmlinux knows about.
const (
	causeSizedEnum     = "sized enum"
	causeZeroSizeElems = "array of zero-size elements"
	causeVaList        = "va_list"
	causeMemberlessBTF = "BTF record without members"
)

// knownLayoutCauses documents each known cause of a mismatch between cc/v4
// and the kernel's BTF. A mismatch is explained when a member whose type
// involves one of them differs in size, and the offsets after it then
// differ too. Any other mismatch fails TestLayoutVmlinux.
var knownLayoutCauses = map[string]string{
	// enum rw_hint { ... } __packed; in the kernel is 1 byte. The btf_dump
	// of current libbpf writes it as enum rw_hint { ... }
	// __attribute__((mode(byte))) (and uses mode(word) for an 8-byte enum
	// whose values fit in 32 bits); older bpftool (v7.1, libbpf 1.1) writes
	// no attribute, and clang then gets the layout wrong too.
	// TestLayoutVmlinux adds the attribute where bpftool did not. cc/v4
	// ignores mode and packed on an enum and makes it 4 bytes, so the
	// member, and what follows it, moves. See struct gap_enum in
	// testdata/layout.c.
	causeSizedEnum: "cc/v4 ignores __attribute__((mode(byte))), mode(word) and packed on enums: such an enum is 4 bytes instead of 1 or 8",
	// struct lock_class_key {}; (no CONFIG_LOCKDEP) in
	// struct lock_class_key s_writers_key[3]; is a GNU C empty struct:
	// the array has size 0. cc/v4 computes size -1 for an array whose
	// element has size 0, and places the next member one byte back.
	causeZeroSizeElems: "cc/v4 gives an array of zero-size elements (empty structs) size -1: the next member lands one byte early and the struct comes out too small",
	// BTF has the x86-64 va_list, struct __va_list_tag[1], 24 bytes. A BPF
	// program never sees that: clang -target bpf makes __builtin_va_list a
	// void *, 8 bytes, and so does parse's predefined prelude. BCC lays the
	// struct out the same way, so this is not a cc/v4 error.
	causeVaList: "BTF holds the x86-64 va_list (24 bytes); the BPF target's __builtin_va_list is void * (8), in clang -target bpf and parse alike",
	// typedef union { struct page **pages; ... } release_pages_arg
	// __attribute__((transparent_union)); comes out of pahole as a union of
	// size 8 with no members, which bpftool dumps as an empty union of size
	// 0. The C text cannot say what BTF says; clang agrees with cc/v4.
	causeMemberlessBTF: "BTF has a struct or union with a size but no members; bpftool dumps it empty, size 0",
}

// TestLayoutVmlinux checks cc/v4's layout of every struct and union that
// bpftool dumps to C, and every typedef of an anonymous one, member by
// member against the BTF it was dumped from. It fails on any mismatch that
// knownLayoutCauses does not explain.
func TestLayoutVmlinux(t *testing.T) {
	if testing.Short() {
		t.Skip("parses all of vmlinux.h")
	}
	if _, err := os.Stat(vmlinuxBTF); err != nil {
		t.Skipf("no kernel BTF: %v", err)
	}
	bpftool, err := exec.LookPath("bpftool")
	if err != nil {
		t.Skipf("no bpftool: %v", err)
	}
	start := time.Now()
	hdr, err := exec.Command(bpftool, "btf", "dump", "file", vmlinuxBTF, "format", "c").Output()
	if err != nil {
		t.Fatalf("bpftool btf dump: %v", err)
	}
	spec, err := btf.LoadSpec(vmlinuxBTF)
	if err != nil {
		t.Fatalf("load BTF: %v", err)
	}
	hdr, patched := addEnumModes(hdr, spec)
	ast, err := translateVmlinux(hdr)
	if err != nil {
		t.Fatalf("cc/v4 rejects vmlinux.h: %v", firstLines(err.Error(), 10))
	}
	t.Logf("bpftool, BTF, cc/v4: %v; added mode attributes to %d enums", time.Since(start).Round(time.Millisecond), patched)

	c := compareLayouts(t, ast, spec)
	c.report(t)
	for _, r := range c.results {
		for _, u := range r.unexplained {
			t.Errorf("%s: %s", r.key, u)
		}
	}
}

// translateVmlinux parses vmlinux.h with the cc/v4 configuration Parse uses,
// without the bundled prelude, whose UAPI structs and typedefs vmlinux.h
// defines again.
func translateVmlinux(hdr []byte) (*cc.AST, error) {
	return translateBPF(predefined(Config{}), "vmlinux.h", hdr)
}

// translateBPF translates src after prelude as Parse configures cc/v4.
func translateBPF(prelude, name string, src []byte) (*cc.AST, error) {
	cfg := &cc.Config{
		ABI:             bpfABI(),
		DefaultSizeT:    cc.ULong,
		DefaultPtrdiffT: cc.Long,
		DefaultWcharT:   cc.Int,
		UnsignedEnums:   true,
		ExpansionLimit:  4_000_000,
		ABILayout:       true,
	}
	if err := cfg.ApplyOptions("-std=gnu11", "-ffreestanding"); err != nil {
		return nil, err
	}
	// As in Parse; it also drops vmlinux.h's
	// #pragma clang attribute push (__attribute__((preserve_access_index)), ...).
	cfg.PragmaHandler = func([]cc.Token) error { return nil }
	return cc.Translate(cfg, []cc.Source{
		{Name: "<predefined>", Value: prelude},
		{Name: name, Value: src},
	})
}

// addEnumModes adds to the definitions of the named enums that are not 4
// bytes the mode attribute that current libbpf's btf_dump emits, and older
// bpftool does not, so that vmlinux.h says what BTF says.
func addEnumModes(hdr []byte, spec *btf.Spec) ([]byte, int) {
	count := map[string]int{}
	var enums []*btf.Enum
	for typ := range spec.All() {
		if e, ok := typ.(*btf.Enum); ok && e.Name != "" {
			count[e.Name]++
			enums = append(enums, e)
		}
	}
	n := 0
	for _, e := range enums {
		var mode string
		switch {
		case count[e.Name] != 1:
			continue // bpftool renamed all but one of them.
		case e.Size == 1:
			mode = "byte"
		case e.Size == 8 && enumFits32(e):
			mode = "word"
		default:
			continue
		}
		def := []byte("\nenum " + e.Name + " {\n")
		i := bytes.Index(hdr, def)
		if i < 0 {
			continue
		}
		j := bytes.Index(hdr[i+len(def):], []byte("\n}"))
		if j < 0 {
			continue
		}
		j += i + len(def) + 2
		if !bytes.HasPrefix(hdr[j:], []byte(";")) {
			continue // Has an attribute already.
		}
		hdr = append(hdr[:j:j], append([]byte(" __attribute__((mode("+mode+")))"), hdr[j:]...)...)
		n++
	}
	return hdr, n
}

// enumFits32 reports whether all values of e fit in 32 bits, so that only
// mode(word) makes it 8 bytes.
func enumFits32(e *btf.Enum) bool {
	for _, v := range e.Values {
		switch {
		case e.Signed:
			if x := int64(v.Value); x < math.MinInt32 || x > math.MaxInt32 {
				return false
			}
		case v.Value > math.MaxUint32:
			return false
		}
	}
	return true
}

func firstLines(s string, n int) string {
	l := strings.SplitN(s, "\n", n+1)
	if len(l) > n {
		l = l[:n]
	}
	return strings.Join(l, "\n")
}

// ccRecord is what *cc.StructType and *cc.UnionType have in common.
type ccRecord interface {
	cc.Type
	NumFields() int
	FieldByIndex(int) *cc.Field
}

func tagOf(r interface{ Tag() cc.Token }) string {
	tag := r.Tag()
	return tag.SrcStr()
}

// anonRecord returns t as a struct or union type without a tag, if it is
// one and not a typedef name: bpftool dumps those inline and BTF has them
// as members of anonymous type.
func anonRecord(t cc.Type) (ccRecord, bool) {
	if t.Typedef() != nil {
		return nil, false
	}
	switch x := t.(type) {
	case *cc.StructType:
		return x, tagOf(x) == ""
	case *cc.UnionType:
		return x, tagOf(x) == ""
	}
	return nil, false
}

// member is one member of a struct or union, flattened: anonymous struct
// and union members, and members of anonymous struct or union type, are
// followed into, with offsets from the outermost struct.
type member struct {
	path  string
	bit   int64 // Offset in bits from the start of the outermost struct.
	width int64 // Bit-field width, 0 for no bit-field.
	size  int64 // Size of the member's type in bytes.
	anon  bool  // Of anonymous struct or union type, followed into.
	typ   btf.Type
}

func (m member) String() string {
	if m.width != 0 {
		return fmt.Sprintf("bit %d (byte %d+%d) width %d", m.bit, m.bit/8, m.bit%8, m.width)
	}
	return fmt.Sprintf("offset %d size %d", m.bit/8, m.size)
}

func flattenCC(r ccRecord, base int64, prefix string, out []member) []member {
	for i := 0; i < r.NumFields(); i++ {
		f := r.FieldByIndex(i)
		if f.IsBitfield() && f.Name() == "" {
			continue // bpftool's padding, long: 64 and the like; not in BTF.
		}
		name := f.Name()
		if name == "" {
			name = fmt.Sprintf("<anon%d>", len(out))
		}
		m := member{path: prefix + name, bit: base + 8*f.Offset(), size: f.Type().Size()}
		if ft := f.Type(); ft.Kind() == cc.Array && ft.IsIncomplete() {
			m.size = 0 // A flexible array member, [] in C, [0] in BTF.
		}
		if f.IsBitfield() {
			m.bit += int64(f.OffsetBits())
			m.width = f.ValueBits()
		}
		sub, anon := anonRecord(f.Type())
		m.anon = anon
		out = append(out, m)
		if anon {
			out = flattenCC(sub, m.bit, m.path+".", out)
		}
	}
	return out
}

func btfMembers(t btf.Type) ([]btf.Member, bool) {
	switch x := btf.QualifiedType(t).(type) {
	case *btf.Struct:
		return x.Members, true
	case *btf.Union:
		return x.Members, true
	}
	return nil, false
}

func flattenBTF(members []btf.Member, base int64, prefix string, out []member) []member {
	for _, bm := range members {
		name := bm.Name
		if name == "" {
			name = fmt.Sprintf("<anon%d>", len(out))
		}
		size, _ := btf.Sizeof(bm.Type)
		m := member{path: prefix + name, bit: base + int64(bm.Offset), width: int64(bm.BitfieldSize), size: int64(size), typ: bm.Type}
		sub, ok := btfMembers(bm.Type)
		m.anon = ok && btf.QualifiedType(bm.Type).TypeName() == ""
		out = append(out, m)
		if m.anon {
			out = flattenBTF(sub, m.bit, m.path+".", out)
		}
	}
	return out
}

// memberDiff is a member whose layout differs.
type memberDiff struct {
	cc, btf member
	size    bool // The size of the member differs.
	place   bool // The offset, for a bit-field also the width, differs.
}

func (d memberDiff) String() string {
	return fmt.Sprintf("%s: cc/v4 %v, BTF %v", d.cc.path, d.cc, d.btf)
}

// recordDiff is how the layout of a cc/v4 record differs from its BTF.
type recordDiff struct {
	size       [2]int64 // cc/v4, BTF; equal if they agree.
	shape      string   // The members do not correspond.
	members    []memberDiff
	numMembers int
}

func (d *recordDiff) count() int {
	n := len(d.members)
	if d.size[0] != d.size[1] {
		n++
	}
	if d.shape != "" {
		n += 1000
	}
	return n
}

func diffRecord(r ccRecord, b btf.Type) *recordDiff {
	bm, _ := btfMembers(b)
	bsize, _ := btf.Sizeof(b)
	d := &recordDiff{size: [2]int64{r.Size(), int64(bsize)}}
	cm := flattenCC(r, 0, "", nil)
	tm := flattenBTF(bm, 0, "", nil)
	if len(cm) != len(tm) {
		d.shape = fmt.Sprintf("members: cc/v4 %d, BTF %d", len(cm), len(tm))
		return d
	}
	for i, c := range cm {
		t := tm[i]
		if c.path != t.path {
			d.shape = fmt.Sprintf("member %d: cc/v4 %s, BTF %s", i, c.path, t.path)
			return d
		}
		md := memberDiff{cc: c, btf: t}
		md.place = c.bit != t.bit || c.width != t.width
		md.size = c.width == 0 && c.size != t.size
		if md.place || md.size {
			d.members = append(d.members, md)
		}
	}
	d.numMembers = len(cm)
	return d
}

// recordResult is the comparison of one record and the causes of its
// mismatch, if any.
type recordResult struct {
	key         string // As vmlinux.h names it: "struct inode".
	union       bool
	btf         btf.Type
	cc          ccRecord
	diff        *recordDiff
	direct      map[string]string // Causes in the record's own members, with an example.
	inherited   map[string]bool   // Causes in the records of its members.
	via         map[string]bool   // Those member records.
	unexplained []string
	done        bool
}

func (r *recordResult) mismatch() bool {
	return r.diff.count() != 0
}

type layoutComparison struct {
	results  []*recordResult // Sorted by key.
	byBTF    map[btf.Type]*recordResult
	typedefs int
	dups     int      // Records paired among BTF types of the same name.
	noBTF    []string // cc/v4 records without BTF.
	noCC     int      // BTF records without cc/v4 record.
}

// dupSuffix is how bpftool renames the second and later of the BTF types
// that share a name.
var dupSuffix = regexp.MustCompile(`___[0-9]+$`)

// compareLayouts pairs the named structs and unions, and the typedefs of
// anonymous ones, of ast and spec and compares their layouts.
func compareLayouts(t *testing.T, ast *cc.AST, spec *btf.Spec) *layoutComparison {
	// BTF side, by the name bpftool gives them before it makes names unique.
	btfByName := map[string][]btf.Type{}
	for typ, err := range spec.All() {
		if err != nil {
			t.Fatal(err)
		}
		switch x := typ.(type) {
		case *btf.Struct:
			if x.Name != "" {
				btfByName["struct "+x.Name] = append(btfByName["struct "+x.Name], x)
			}
		case *btf.Union:
			if x.Name != "" {
				btfByName["union "+x.Name] = append(btfByName["union "+x.Name], x)
			}
		case *btf.Typedef:
			if _, ok := btfMembers(x.Type); ok && btf.QualifiedType(x.Type).TypeName() == "" {
				btfByName["typedef "+x.Name] = append(btfByName["typedef "+x.Name], btf.QualifiedType(x.Type))
			}
		}
	}

	// cc/v4 side.
	ccByName := map[string]ccRecord{}
	add := func(key string, r ccRecord) {
		if !r.IsIncomplete() {
			ccByName[key] = r
		}
	}
	for s := range ast.Structs {
		if tag := tagOf(s); tag != "" {
			add("struct "+tag, s)
		}
	}
	for u := range ast.Unions {
		if tag := tagOf(u); tag != "" {
			add("union "+tag, u)
		}
	}
	for name, nodes := range ast.Scope.Nodes {
		for _, n := range nodes {
			if d, ok := n.(*cc.Declarator); ok && d.IsTypename() {
				switch x := d.Type().(type) {
				case *cc.StructType:
					if tagOf(x) == "" {
						add("typedef "+name, x)
					}
				case *cc.UnionType:
					if tagOf(x) == "" {
						add("typedef "+name, x)
					}
				}
			}
		}
	}

	c := &layoutComparison{byBTF: map[btf.Type]*recordResult{}}
	keys := make([]string, 0, len(ccByName))
	for k := range ccByName {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	matched := map[btf.Type]bool{}
	for _, k := range keys {
		r := ccByName[k]
		cands := btfByName[dupSuffix.ReplaceAllString(k, "")]
		if len(cands) == 0 {
			c.noBTF = append(c.noBTF, k)
			continue
		}
		// A name that BTF holds more than once: bpftool numbers the copies
		// in the order it emits them, which is not the order of the type
		// IDs. Take the copy that differs least.
		var best *recordDiff
		var bestType btf.Type
		for _, b := range cands {
			if matched[b] && len(cands) > 1 {
				continue
			}
			if d := diffRecord(r, b); best == nil || d.count() < best.count() {
				best, bestType = d, b
			}
		}
		if best == nil {
			c.noBTF = append(c.noBTF, k)
			continue
		}
		matched[bestType] = true
		if len(cands) > 1 {
			c.dups++
		}
		_, union := r.(*cc.UnionType)
		res := &recordResult{key: k, union: union, btf: bestType, cc: r, diff: best}
		c.results = append(c.results, res)
		c.byBTF[bestType] = res
		if strings.HasPrefix(k, "typedef ") {
			c.typedefs++
		}
	}
	for _, l := range btfByName {
		for _, b := range l {
			if !matched[b] {
				c.noCC++
			}
		}
	}
	for _, res := range c.results {
		c.attribute(res)
	}
	return c
}

// attribute finds the causes of the mismatch of res, if any. A member that
// differs in size is explained by the cause classify finds in its type. A
// member that moved is explained by an explained member before it, or
// itself, that differs in size. The size of the record is explained by
// any explained member that differs in size.
func (c *layoutComparison) attribute(res *recordResult) {
	if res.done {
		return
	}
	res.done = true
	res.direct, res.inherited, res.via = map[string]string{}, map[string]bool{}, map[string]bool{}
	d := res.diff
	if d.shape != "" {
		res.unexplained = append(res.unexplained, d.shape)
		return
	}
	explained := make([]bool, len(d.members))  // Explained size changes.
	for i := len(d.members) - 1; i >= 0; i-- { // Descendants first.
		m := d.members[i]
		if !m.size {
			continue
		}
		if m.btf.anon {
			// An anonymous record changes size because its members do.
			for j := i + 1; j < len(d.members) && strings.HasPrefix(d.members[j].cc.path, m.cc.path+"."); j++ {
				explained[i] = explained[i] || explained[j]
			}
		} else {
			explained[i] = c.classify(res, m.btf.typ, m.String())
		}
		if !explained[i] {
			res.unexplained = append(res.unexplained, "size of "+m.String())
		}
	}
	anySize := false
	for i, m := range d.members {
		anySize = anySize || explained[i]
		if m.place && !anySize {
			res.unexplained = append(res.unexplained, m.String())
		}
	}
	if d.size[0] != d.size[1] && !anySize {
		if bm, _ := btfMembers(res.btf); len(bm) == 0 {
			res.direct[causeMemberlessBTF] = fmt.Sprintf("size: cc/v4 %d, BTF %d", d.size[0], d.size[1])
		} else {
			res.unexplained = append(res.unexplained, fmt.Sprintf("size: cc/v4 %d, BTF %d", d.size[0], d.size[1]))
		}
	}
}

// classify reports whether the type t of a member of res that differs in
// size involves a known cause, and records it with the example.
func (c *layoutComparison) classify(res *recordResult, t btf.Type, example string) bool {
	for {
		switch x := t.(type) {
		case *btf.Typedef:
			switch x.Name {
			case "va_list", "__builtin_va_list", "__gnuc_va_list":
				res.direct[causeVaList] = example
				return true
			}
			t = x.Type
		case *btf.Const, *btf.Volatile, *btf.Restrict, *btf.TypeTag:
			t = btf.QualifiedType(x)
		case *btf.Enum:
			if x.Size != 4 {
				res.direct[causeSizedEnum] = example
				return true
			}
			return false
		case *btf.Array:
			if n, _ := btf.Sizeof(x.Type); n == 0 {
				res.direct[causeZeroSizeElems] = example
				return true
			}
			t = x.Type
		case *btf.Struct, *btf.Union:
			inner := c.byBTF[x]
			if inner == nil {
				if bm, _ := btfMembers(x); len(bm) == 0 {
					res.direct[causeMemberlessBTF] = example
					return true
				}
				return false
			}
			c.attribute(inner)
			if len(inner.unexplained) != 0 {
				return false
			}
			for k := range inner.direct {
				res.inherited[k] = true
			}
			for k := range inner.inherited {
				res.inherited[k] = true
			}
			res.via[inner.key] = true
			return true
		default:
			return false
		}
	}
}

// report logs the numbers, how many records with which constructs were
// compared, the mismatches by cause with examples, and in verbose mode every
// mismatch.
func (c *layoutComparison) report(t *testing.T) {
	var structs, unions, members, bad, badUnions, unexplained int
	type tally struct {
		direct, inherited int
		examples          []string
	}
	causes := map[string]*tally{}
	for k := range knownLayoutCauses {
		causes[k] = &tally{}
	}
	// Constructs: records with them, of those how many mismatch.
	type seen struct{ all, bad int }
	constructs := map[string]*seen{}
	var constructNames []string
	for _, k := range []string{"bit-fields", "packing that moves something", "flexible or zero-length array", "anonymous member", "union"} {
		constructs[k] = &seen{}
		constructNames = append(constructNames, k)
	}
	var bitfields int
	for _, r := range c.results {
		if r.union {
			unions++
		} else {
			structs++
		}
		members += r.diff.numMembers
		has := map[string]bool{"union": r.union}
		if p, ok := r.cc.(interface{ PackedABILayout() (int64, int, bool) }); ok {
			_, _, has["packing that moves something"] = p.PackedABILayout()
		}
		for _, m := range flattenCC(r.cc, 0, "", nil) {
			if m.width != 0 {
				bitfields++
				has["bit-fields"] = true
			}
			has["anonymous member"] = has["anonymous member"] || strings.Contains(m.path, "<anon")
		}
		bm, _ := btfMembers(r.btf)
		for _, m := range flattenBTF(bm, 0, "", nil) {
			if a, ok := btf.QualifiedType(m.typ).(*btf.Array); ok && a.Nelems == 0 {
				has["flexible or zero-length array"] = true
			}
		}
		for k, v := range has {
			if v {
				constructs[k].all++
				if r.mismatch() {
					constructs[k].bad++
				}
			}
		}
		if !r.mismatch() {
			continue
		}
		bad++
		if r.union {
			badUnions++
		}
		if len(r.unexplained) != 0 {
			unexplained++
		}
		for k, ex := range r.direct {
			tl := causes[k]
			tl.direct++
			if len(tl.examples) < 3 {
				tl.examples = append(tl.examples, r.key+": "+ex)
			}
		}
		for k := range r.inherited {
			if _, ok := r.direct[k]; !ok {
				causes[k].inherited++
			}
		}
	}
	t.Logf("compared %d records (%d structs, %d unions; %d of them typedefs of anonymous ones, %d of them picked among BTF types of the same name), %d members in all, %d of them bit-fields",
		len(c.results), structs, unions, c.typedefs, c.dups, members, bitfields)
	t.Logf("not compared: %d cc/v4 records without BTF, aliases like %q; %d BTF records without cc/v4 record", len(c.noBTF), c.noBTF[:min(3, len(c.noBTF))], c.noCC)
	for _, k := range constructNames {
		t.Logf("records with %s: %d, of them mismatching: %d", k, constructs[k].all, constructs[k].bad)
	}
	t.Logf("mismatch: %d records (%d unions), %d of them unexplained", bad, badUnions, unexplained)
	names := make([]string, 0, len(causes))
	for k := range causes {
		names = append(names, k)
	}
	sort.Strings(names)
	for _, k := range names {
		tl := causes[k]
		t.Logf("cause %q: %d records directly, %d more only through a member record; %s", k, tl.direct, tl.inherited, knownLayoutCauses[k])
		for _, ex := range tl.examples {
			t.Logf("\te.g. %s", ex)
		}
	}
	if !testing.Verbose() {
		return
	}
	for _, r := range c.results {
		if !r.mismatch() {
			continue
		}
		var why []string
		for k := range r.direct {
			why = append(why, k)
		}
		for k := range r.via {
			why = append(why, k)
		}
		sort.Strings(why)
		first := ""
		if len(r.diff.members) != 0 {
			first = r.diff.members[0].String()
		}
		t.Logf("%s: size cc/v4 %d, BTF %d; %d members differ, first %s; because of %s",
			r.key, r.diff.size[0], r.diff.size[1], len(r.diff.members), first, strings.Join(why, ", "))
	}
}

var updateLayout = flag.Bool("update-layout", false, "rewrite testdata/layout.golden with clang")

// layoutGaps are the records of testdata/layout.c that cc/v4 is known to
// lay out differently from clang, with the reason. TestLayoutClang fails
// when one of them starts to match: then drop it here.
var layoutGaps = map[string]string{
	"struct gap_enum":       knownLayoutCauses[causeSizedEnum],
	"struct gap_zero_elems": knownLayoutCauses[causeZeroSizeElems],
	// clang -target bpf, like gcc on x86-64, takes aligned without an
	// argument for 16, the largest alignment of the target.
	"struct gap_aligned":        "cc/v4 ignores __attribute__((aligned)) without an argument on a struct: alignment 1 instead of 16",
	"struct gap_aligned_member": "cc/v4 ignores __attribute__((aligned)) without an argument on a member",
	// int __attribute__((aligned(8))) c:3; works (struct al8).
	"struct gap_aligned_bitfield": "cc/v4 ignores an aligned attribute after the width of a bit-field, int c:3 __attribute__((aligned(8)))",
}

// TestLayoutClang compares cc/v4's layout of the records in
// testdata/layout.c, which cover what vmlinux.h does not (aligned
// attributes, #pragma pack, _Alignas, __int128, ...), with the layout clang
// -target bpf gave them, kept in testdata/layout.golden. With clang
// installed it also checks that the golden file is up to date; after
// editing layout.c: go test ./parse -run TestLayoutClang -update-layout
func TestLayoutClang(t *testing.T) {
	src, err := os.ReadFile("testdata/layout.c")
	if err != nil {
		t.Fatal(err)
	}
	golden, err := os.ReadFile("testdata/layout.golden")
	if err != nil && !*updateLayout {
		t.Fatal(err)
	}
	if clang, err := exec.LookPath("clang"); err == nil {
		fresh, err := clangLayout(t, clang)
		if err != nil {
			t.Fatal(err)
		}
		switch {
		case *updateLayout:
			if err := os.WriteFile("testdata/layout.golden", fresh, 0o644); err != nil {
				t.Fatal(err)
			}
			golden = fresh
		case !bytes.Equal(fresh, golden):
			t.Errorf("testdata/layout.golden is stale or clang lays out differently: go test ./parse -run TestLayoutClang -update-layout")
		}
	} else if *updateLayout {
		t.Fatalf("-update-layout needs clang: %v", err)
	}
	want, err := parseLayoutText(golden)
	if err != nil {
		t.Fatal(err)
	}

	ast, err := translateBPF(predefined(Config{}), "layout.c", src)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]ccRecord{}
	for s := range ast.Structs {
		if tag := tagOf(s); tag != "" && !s.IsIncomplete() {
			got["struct "+tag] = s
		}
	}
	for u := range ast.Unions {
		if tag := tagOf(u); tag != "" && !u.IsIncomplete() {
			got["union "+tag] = u
		}
	}
	for k := range got {
		if _, ok := want[k]; !ok {
			t.Errorf("%s is not in testdata/layout.golden: go test ./parse -run TestLayoutClang -update-layout", k)
		}
	}
	keys := make([]string, 0, len(want))
	for k := range want {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		w := want[k]
		r, ok := got[k]
		if !ok {
			t.Errorf("%s: not in layout.c", k)
			continue
		}
		var diffs []string
		if r.Size() != w.size {
			diffs = append(diffs, fmt.Sprintf("size: cc/v4 %d, clang %d", r.Size(), w.size))
		}
		cm := flattenCC(r, 0, "", nil)
		if len(cm) != len(w.members) {
			diffs = append(diffs, fmt.Sprintf("members: cc/v4 %d, clang %d", len(cm), len(w.members)))
		} else {
			for i, c := range cm {
				m := w.members[i]
				if c.path != m.path || c.bit != m.bit || c.width != m.width || c.width == 0 && c.size != m.size {
					diffs = append(diffs, fmt.Sprintf("%s: cc/v4 %v, clang %s %v", c.path, c, m.path, m))
				}
			}
		}
		why, gap := layoutGaps[k]
		switch {
		case gap && len(diffs) == 0:
			t.Errorf("%s: known gap (%s) now matches clang: drop it from layoutGaps", k, why)
		case gap:
			t.Logf("%s: known gap, %s: %s", k, why, strings.Join(diffs, "; "))
		case len(diffs) != 0:
			t.Errorf("%s: %s", k, strings.Join(diffs, "; "))
		}
	}
}

// clangLayout compiles testdata/layout.c with clang -target bpf -g and
// writes the layout of its named records from the BTF clang emits.
func clangLayout(t *testing.T, clang string) ([]byte, error) {
	obj := filepath.Join(t.TempDir(), "layout.o")
	if out, err := exec.Command(clang, "-target", "bpf", "-g", "-O2", "-c", "-o", obj, "testdata/layout.c").CombinedOutput(); err != nil {
		return nil, fmt.Errorf("clang: %v\n%s", err, out)
	}
	spec, err := btf.LoadSpec(obj)
	if err != nil {
		return nil, err
	}
	var recs []string
	for typ, err := range spec.All() {
		if err != nil {
			return nil, err
		}
		var kind string
		switch typ.(type) {
		case *btf.Struct:
			kind = "struct"
		case *btf.Union:
			kind = "union"
		default:
			continue
		}
		if typ.TypeName() == "" {
			continue
		}
		size, _ := btf.Sizeof(typ)
		bm, _ := btfMembers(typ)
		var b strings.Builder
		fmt.Fprintf(&b, "%s %s %d\n", kind, typ.TypeName(), size)
		for _, m := range flattenBTF(bm, 0, "", nil) {
			fmt.Fprintf(&b, "\t%s %d %d %d\n", m.path, m.bit, m.width, m.size)
		}
		recs = append(recs, b.String())
	}
	sort.Strings(recs)
	return []byte("# The layout clang -target bpf gives the records of layout.c:\n" +
		"# kind tag size, then per member: path bit-offset bit-field-width size.\n" +
		"# Generated by go test ./parse -run TestLayoutClang -update-layout.\n" +
		strings.Join(recs, "")), nil
}

type layoutRecord struct {
	size    int64
	members []member
}

func parseLayoutText(b []byte) (map[string]*layoutRecord, error) {
	r := map[string]*layoutRecord{}
	var cur *layoutRecord
	for i, line := range strings.Split(string(b), "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Fields(line)
		if len(f) != 3 && len(f) != 4 {
			return nil, fmt.Errorf("layout.golden:%d: bad line %q", i+1, line)
		}
		var n [3]int64
		for j, s := range f[len(f)-3:] {
			if _, err := fmt.Sscan(s, &n[j]); err != nil && (len(f) == 4 || j == 2) {
				return nil, fmt.Errorf("layout.golden:%d: %v", i+1, err)
			}
		}
		switch {
		case !strings.HasPrefix(line, "\t"):
			cur = &layoutRecord{size: n[2]}
			r[f[0]+" "+f[1]] = cur
		case cur == nil || len(f) != 4:
			return nil, fmt.Errorf("layout.golden:%d: bad line %q", i+1, line)
		default:
			cur.members = append(cur.members, member{path: f[0], bit: n[0], width: n[1], size: n[2]})
		}
	}
	return r, nil
}
