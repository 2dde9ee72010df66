package parse

import (
	"bytes"
	"errors"
	"fmt"
	"maps"
	"regexp"
	"sort"
	"strings"
	"sync"

	"github.com/cilium/ebpf/btf"
)

// Kernel types on demand. A program that includes kernel headers gets C
// declarations, generated from kernel BTF, of the types it names (structs,
// unions, enums, typedefs, and the enums of the constants it uses) and of
// what those contain by value; pointers to further structs stay forward
// declarations. Names the bundled headers already define are left alone.
// Parsing all of vmlinux.h costs over a second; this costs what the
// program uses.

// kernelTypesSource is the source name of the generated declarations;
// codegen recognises kernel types by it.
const KernelTypesSource = "<kernel-types>"

var kernelInclude = regexp.MustCompile(`(?m)^\s*#\s*include\s*<((?:linux|net|asm|asm-generic|uapi|trace)/[^>]+)>`)

// includesKernelHeaders reports whether the source includes a kernel
// header that bccc does not bundle.
func includesKernelHeaders(src []byte) bool {
	for _, m := range kernelInclude.FindAllSubmatch(src, -1) {
		if _, err := bundled.Open("include/" + string(m[1])); err != nil {
			return true
		}
	}
	return false
}

var (
	tagUse   = regexp.MustCompile(`\b(struct|union|enum)\s+(\w+)`)
	typeUse  = regexp.MustCompile(`\b(\w+_t)\b`)
	tagDefIn = regexp.MustCompile(`\b(?:struct|union|enum)\s+(\w+)\s*\{`)
)

// mentionsKernelTypes reports whether the program names a struct, union or
// enum that neither it nor the bundled headers define, or a *_t type name
// the bundled headers lack: only then is kernel BTF worth loading (reading
// it and parsing the declarations costs ~20 ms; a program that takes only
// constants from <linux/sched.h> does not pay it).
func mentionsKernelTypes(src []byte, c Config) bool {
	texts := append([][]byte{src}, quotedIncludes(src, c.IncludeDirs, 0, map[string]bool{})...)
	own := map[string]bool{}
	for _, t := range texts {
		for _, m := range tagDefIn.FindAllSubmatch(t, -1) {
			own[string(m[1])] = true
		}
	}
	b := bundledDefinitions()
	for _, t := range texts {
		t = stripComments(t)
		for _, m := range tagUse.FindAllSubmatch(t, -1) {
			n := string(m[2])
			if !own[n] && !b.tags[n] && !strings.HasPrefix(n, "tracepoint__") {
				return true
			}
		}
		for _, m := range typeUse.FindAllSubmatch(t, -1) {
			if n := string(m[1]); !b.typedefs[n] && !b.idents[n] {
				return true
			}
		}
	}
	return false
}

// stripComments blanks out comments (so a type named in prose is not a use).
func stripComments(src []byte) []byte {
	s := &scanner{src: string(src)}
	var out []byte
	for !s.eof() {
		t, _ := s.next()
		out = append(out, t...)
	}
	return out
}

var (
	btfMu    sync.Mutex
	btfCache = map[string]*btf.Spec{}
)

// loadBTF decodes BTF with cilium/ebpf, for LoadBTF's callers; the type
// generator reads BTF itself (btfindex.go), much faster.
func loadBTF(path string) (*btf.Spec, error) {
	btfMu.Lock()
	defer btfMu.Unlock()
	if s, ok := btfCache[path]; ok {
		return s, nil
	}
	s, err := btf.LoadSpec(path)
	if err != nil {
		return nil, err
	}
	btfCache[path] = s
	return s, nil
}

// bundledNames are the names the bundled headers define.
type bundledNames struct {
	tags, typedefs, idents map[string]bool
}

var (
	bundledOnce sync.Once
	bundledDefs bundledNames
	// What findTagDefs and findTypedefDefs match (the tests check it).
	tagDef     = regexp.MustCompile(`\b(?:struct|union|enum)\s+(\w+)\s*\{`)
	typedefDef = regexp.MustCompile(`\btypedef\b[^;{]*?\b(\w+)\s*(?:\[[^\]]*\])?\s*;`)
)

func bundledDefinitions() bundledNames {
	bundledOnce.Do(func() {
		bundledDefs = bundledNames{map[string]bool{}, map[string]bool{}, map[string]bool{}}
		var walk func(dir string)
		walk = func(dir string) {
			ents, _ := bundled.ReadDir(dir)
			for _, e := range ents {
				p := dir + "/" + e.Name()
				if e.IsDir() {
					walk(p)
					continue
				}
				if !strings.HasSuffix(p, ".h") {
					continue
				}
				b, _ := bundled.ReadFile(p)
				findTagDefs(b, bundledDefs.tags)
				findTypedefDefs(b, bundledDefs.typedefs)
				usedIdentifiers(b, bundledDefs.idents)
			}
		}
		walk("include")
	})
	return bundledDefs
}

// typeLookup finds kernel types by the names a program uses: the types
// of each (essential) name, and the enum that defines an enumerator.
type typeLookup struct {
	byName func(name string) []btf.Type
	enumOf func(name string) btf.Type // nil when none
}

// findTagDefs adds the names tagDef matches in b, and findTypedefDefs
// those of typedefDef: the same matches without the regexp engine, which
// took ~15 ms over the bundled headers in every compile that includes a
// kernel header.
func findTagDefs(b []byte, into map[string]bool) {
	for i := 0; i < len(b); i++ {
		if c := b[i]; c != 's' && c != 'u' && c != 'e' || i > 0 && isWordByte(b[i-1]) {
			continue
		}
		var k int
		switch {
		case bytes.HasPrefix(b[i:], []byte("struct")):
			k = i + 6
		case bytes.HasPrefix(b[i:], []byte("union")):
			k = i + 5
		case bytes.HasPrefix(b[i:], []byte("enum")):
			k = i + 4
		default:
			continue
		}
		sp := k
		k = skipSpace(b, k)
		if k == sp {
			continue
		}
		start := k
		for k < len(b) && isWordByte(b[k]) {
			k++
		}
		if k == start {
			continue
		}
		name := b[start:k]
		if k = skipSpace(b, k); k < len(b) && b[k] == '{' {
			into[string(name)] = true
			i = k
		}
	}
}

func findTypedefDefs(b []byte, into map[string]bool) {
	const kw = "typedef"
	for i := 0; i+len(kw) <= len(b); i++ {
		if b[i] != 't' || !bytes.HasPrefix(b[i:], []byte(kw)) || i > 0 && isWordByte(b[i-1]) || i+len(kw) < len(b) && isWordByte(b[i+len(kw)]) {
			continue
		}
		// The lazy [^;{]*?: the first word, at or after the keyword and
		// before any ';' or '{', that is followed by an optional [N] and ';'.
		end := -1
		var name []byte
		for p := i + len(kw); p < len(b); p++ {
			if isWordByte(b[p]) && !isWordByte(b[p-1]) {
				q := p
				for q < len(b) && isWordByte(b[q]) {
					q++
				}
				r := skipSpace(b, q)
				if r < len(b) && b[r] == '[' {
					if cl := bytes.IndexByte(b[r+1:], ']'); cl >= 0 {
						r = skipSpace(b, r+cl+2)
					}
				}
				if r < len(b) && b[r] == ';' {
					name, end = b[p:q], r+1
					break
				}
			}
			if b[p] == ';' || b[p] == '{' {
				break
			}
		}
		if end >= 0 {
			into[string(name)] = true
			i = end - 1
		}
	}
}

func isWordByte(c byte) bool {
	return c == '_' || '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}

// skipSpace skips what the regexp \s matches.
func skipSpace(b []byte, k int) int {
	for k < len(b) && (b[k] == ' ' || b[k] == '\t' || b[k] == '\n' || b[k] == '\r' || b[k] == '\f') {
		k++
	}
	return k
}

// kernelDecls writes declarations for the kernel types the names need,
// from the BTF r; found tells which names are kernel structs or unions.
func kernelDecls(r *rawBTF, need map[string]bool) (decls string, found func(tag string) bool, err error) {
	defer func() {
		if x := recover(); x != nil {
			e, ok := x.(btfError)
			if !ok {
				panic(x)
			}
			decls, found, err = "", nil, e
		}
	}()
	ids, enums := r.lookup(essentialNames(need))
	d := newBTFDecoder(r)
	lk := typeLookup{
		byName: func(n string) []btf.Type {
			var ts []btf.Type
			for _, id := range ids[string(essential([]byte(n)))] {
				switch r.kindOf(id) {
				case kindStruct, kindUnion, kindEnum, kindEnum64, kindTypedef:
					ts = append(ts, d.typ(id))
				default:
					ts = append(ts, nil) // a function or variable: counts as found
				}
			}
			return ts
		},
		enumOf: func(n string) btf.Type {
			if id, ok := enums[n]; ok {
				return d.typ(id)
			}
			return nil
		},
	}
	found = func(tag string) bool {
		for _, id := range ids[tag] {
			if k := r.kindOf(id); (k == kindStruct || k == kindUnion) && string(r.name(r.u32(int(r.offs[id-1])))) == tag {
				return true
			}
		}
		return false
	}
	return genDecls(lk, need), found, nil
}

// essentialNames adds to need the names without flavour suffixes, which
// the lookup matches.
func essentialNames(need map[string]bool) map[string]bool {
	var out map[string]bool
	for n := range need {
		if e := string(essential([]byte(n))); e != n && !need[e] {
			if out == nil {
				out = maps.Clone(need)
			}
			out[e] = true
		}
	}
	if out == nil {
		return need
	}
	return out
}

// genDecls writes the declarations of the types the names need, in name
// order, each type after what it holds by value.
func genDecls(lk typeLookup, need map[string]bool) string {
	g := &kgen{state: map[btf.Type]int{}, fwd: map[string]bool{}, bundled: bundledDefinitions()}
	names := make([]string, 0, len(need))
	for n := range need {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		ts := lk.byName(n)
		if len(ts) == 0 {
			if isConstName(n) && !g.bundled.idents[n] {
				if e := lk.enumOf(n); e != nil {
					g.emit(e)
				}
			}
			continue
		}
		for _, t := range ts {
			switch t.(type) {
			case *btf.Struct, *btf.Union, *btf.Enum, *btf.Typedef:
				g.emit(t)
			}
		}
	}
	return g.fwdDecls() + g.out.String()
}

// specLookup looks names up in a cilium/ebpf spec (the tests compare it
// with the raw BTF reader).
func specLookup(spec *btf.Spec) typeLookup {
	var enumIdx map[string]*btf.Enum
	return typeLookup{
		byName: func(n string) []btf.Type {
			ts, _ := spec.AnyTypesByName(n)
			return ts
		},
		enumOf: func(n string) btf.Type {
			if enumIdx == nil {
				enumIdx = enumeratorIndex(spec)
			}
			if e := enumIdx[n]; e != nil {
				return e
			}
			return nil
		},
	}
}

func isConstName(n string) bool {
	return n != "" && strings.ToUpper(n) == n && (n[0] < '0' || n[0] > '9')
}

func enumeratorIndex(spec *btf.Spec) map[string]*btf.Enum {
	m := map[string]*btf.Enum{}
	for t, err := range spec.All() {
		if err != nil {
			break
		}
		if e, ok := t.(*btf.Enum); ok {
			for _, v := range e.Values {
				if _, dup := m[v.Name]; !dup {
					m[v.Name] = e
				}
			}
		}
	}
	return m
}

type kgen struct {
	out     strings.Builder
	state   map[btf.Type]int // 1 emitting, 2 emitted
	fwd     map[string]bool
	bundled bundledNames
}

func (g *kgen) fwdDecls() string {
	var names []string
	for n := range g.fwd {
		names = append(names, n)
	}
	sort.Strings(names)
	var b strings.Builder
	for _, n := range names {
		b.WriteString(n + ";\n")
	}
	return b.String()
}

// emit writes the definition of a named type after what it contains.
func (g *kgen) emit(t btf.Type) {
	if g.state[t] != 0 {
		return
	}
	name := t.TypeName()
	switch x := t.(type) {
	case *btf.Struct, *btf.Union:
		if name == "" || g.bundled.tags[name] {
			return
		}
		g.state[t] = 1
		for _, m := range members(x) {
			g.needByValue(m.Type)
		}
		g.out.WriteString(g.composite(t, "") + ";\n")
	case *btf.Enum:
		if name != "" && g.bundled.tags[name] {
			return
		}
		for _, v := range x.Values {
			if g.bundled.idents[v.Name] {
				return // its constants are defined already
			}
		}
		g.state[t] = 1
		g.out.WriteString(g.enumDef(x) + ";\n")
	case *btf.Typedef:
		if g.bundled.typedefs[name] || g.bundled.tags[name] {
			return
		}
		g.state[t] = 1
		g.needByValue(x.Type)
		g.out.WriteString("typedef " + g.decl(x.Type, name) + ";\n")
	default:
		return
	}
	g.state[t] = 2
}

func members(t btf.Type) []btf.Member {
	switch x := t.(type) {
	case *btf.Struct:
		return x.Members
	case *btf.Union:
		return x.Members
	}
	return nil
}

// needByValue makes sure a member or typedef target is complete (or at
// least declared, behind a pointer).
func (g *kgen) needByValue(t btf.Type) {
	switch x := t.(type) {
	case *btf.Struct, *btf.Union, *btf.Enum, *btf.Typedef:
		if t.TypeName() == "" {
			for _, m := range members(t) {
				g.needByValue(m.Type)
			}
			return
		}
		if g.state[t] == 1 {
			return // a by-value cycle cannot happen in C; a pointer one is fine
		}
		g.emit(t)
	case *btf.Array:
		g.needByValue(x.Type)
	case *btf.Pointer:
		g.needPointee(x.Target)
	case *btf.Const, *btf.Volatile, *btf.Restrict, *btf.TypeTag:
		g.needByValue(btf.QualifiedType(t))
	}
}

func (g *kgen) needPointee(t btf.Type) {
	switch x := t.(type) {
	case *btf.Struct:
		if x.Name != "" && !g.bundled.tags[x.Name] {
			g.fwd["struct "+x.Name] = true
		}
	case *btf.Union:
		if x.Name != "" && !g.bundled.tags[x.Name] {
			g.fwd["union "+x.Name] = true
		}
	case *btf.Typedef:
		if g.state[t] == 0 {
			g.emit(t)
		}
	case *btf.Const, *btf.Volatile, *btf.Restrict, *btf.TypeTag:
		g.needPointee(btf.QualifiedType(t))
	case *btf.Pointer:
		g.needPointee(x.Target)
	case *btf.Enum:
		g.emit(t)
	case *btf.Fwd:
		kind := "struct "
		if x.Kind == btf.FwdUnion {
			kind = "union "
		}
		g.fwd[kind+x.Name] = true
	}
}

func (g *kgen) enumDef(e *btf.Enum) string {
	var b strings.Builder
	b.WriteString("enum " + e.Name + " {")
	for i, v := range e.Values {
		if i > 0 {
			b.WriteString(",")
		}
		if e.Signed {
			fmt.Fprintf(&b, " %s = %d", v.Name, int64(v.Value))
		} else {
			fmt.Fprintf(&b, " %s = %dULL", v.Name, v.Value)
		}
	}
	b.WriteString(" }")
	return b.String()
}

// composite writes a struct or union definition with its members at the
// offsets BTF gives: explicit padding where the natural layout would put
// a member earlier, packed where it would put it later.
func (g *kgen) composite(t btf.Type, declName string) string {
	kw, name, size := "struct", "", uint32(0)
	switch x := t.(type) {
	case *btf.Struct:
		name, size = x.Name, x.Size
	case *btf.Union:
		kw, name, size = "union", x.Name, x.Size
	}
	ms := members(t)
	packed := false
	if kw == "struct" {
		off := uint64(0)
		for _, m := range ms {
			if m.BitfieldSize > 0 {
				continue
			}
			mo := uint64(m.Offset) / 8
			if uint64(m.Offset)%8 != 0 || mo%uint64(alignOf(m.Type)) != 0 {
				packed = true
			}
			if mo >= off {
				off = mo + uint64(sizeOf(m.Type))
			}
		}
		if al := alignOfComposite(ms); size%al != 0 {
			packed = true
		}
	}
	var b strings.Builder
	b.WriteString(kw)
	if name != "" {
		b.WriteString(" " + name)
	}
	b.WriteString(" {\n")
	cur := uint64(0)
	pad := 0
	for _, m := range ms {
		mo := uint64(m.Offset)
		if kw == "struct" && m.BitfieldSize == 0 {
			nat := roundUp(cur, uint64(alignOf(m.Type))*8)
			if packed {
				nat = cur
			}
			if mo > nat && mo%8 == 0 && cur%8 == 0 {
				fmt.Fprintf(&b, "\tchar __pad_%d[%d];\n", pad, (mo-cur)/8)
				pad++
			}
		}
		if m.BitfieldSize > 0 {
			// Gaps before a bit-field: anonymous bit-fields, which
			// advance exactly as many bits as they are wide.
			for kw == "struct" && mo > cur {
				k := min(mo-cur, 64-cur%64)
				fmt.Fprintf(&b, "\tunsigned long long : %d;\n", k)
				cur += k
			}
			fmt.Fprintf(&b, "\t%s : %d;\n", g.decl(intLike(m.Type), m.Name), m.BitfieldSize)
			cur = mo + uint64(m.BitfieldSize)
			continue
		}
		fmt.Fprintf(&b, "\t%s;\n", g.memberDecl(m))
		cur = mo + uint64(sizeOf(m.Type))*8
	}
	if kw == "struct" {
		end := roundUp(cur, uint64(alignOfComposite(ms))*8)
		if packed {
			end = roundUp(cur, 8)
		}
		if uint64(size)*8 > end && cur%8 == 0 {
			fmt.Fprintf(&b, "\tchar __pad_%d[%d];\n", pad, uint64(size)-cur/8)
		}
	}
	b.WriteString("}")
	if packed {
		b.WriteString(" __attribute__((packed))")
	}
	if declName != "" {
		b.WriteString(" " + declName)
	}
	return b.String()
}

func (g *kgen) memberDecl(m btf.Member) string {
	t := m.Type
	// Arrays of empty structs: cc/v4 sizes them wrongly; they hold no data.
	if a, ok := t.(*btf.Array); ok && sizeOf(a.Type) == 0 {
		return "char " + m.Name + "[0]"
	}
	// Enums narrower or wider than int: an integer of the same size.
	if e, ok := underlying(t).(*btf.Enum); ok && e.Size != 4 {
		return intName(e.Size, e.Signed) + " " + m.Name
	}
	return g.decl(t, m.Name)
}

// decl renders a declaration of name with type t.
func (g *kgen) decl(t btf.Type, name string) string {
	switch x := t.(type) {
	case *btf.Pointer:
		if _, ok := underlying(x.Target).(*btf.FuncProto); ok {
			return "void *" + name
		}
		switch x.Target.(type) {
		case *btf.Array:
			return g.decl(x.Target, "(*"+name+")")
		}
		return g.decl(x.Target, "*"+name)
	case *btf.Array:
		return g.decl(x.Type, fmt.Sprintf("%s[%d]", name, x.Nelems))
	case *btf.Const:
		return "const " + g.decl(x.Type, name)
	case *btf.Volatile:
		return "volatile " + g.decl(x.Type, name)
	case *btf.Restrict, *btf.TypeTag:
		return g.decl(btf.UnderlyingType(x), name)
	case *btf.Struct, *btf.Union:
		if t.TypeName() == "" {
			return g.composite(t, name)
		}
		kw := "struct "
		if _, ok := t.(*btf.Union); ok {
			kw = "union "
		}
		return kw + t.TypeName() + sp(name)
	case *btf.Enum:
		if x.Name == "" {
			return g.enumDef(x) + sp(name)
		}
		return "enum " + x.Name + sp(name)
	case *btf.Fwd:
		kw := "struct "
		if x.Kind == btf.FwdUnion {
			kw = "union "
		}
		return kw + x.Name + sp(name)
	case *btf.Typedef:
		return x.Name + sp(name)
	case *btf.Int:
		return cInt(x) + sp(name)
	case *btf.Float:
		return intName(x.Size, false) + sp(name)
	case *btf.Void:
		return "void" + sp(name)
	case *btf.FuncProto:
		return "void" + sp(name)
	}
	return "int" + sp(name)
}

func sp(name string) string {
	if name == "" {
		return ""
	}
	return " " + name
}

func cInt(i *btf.Int) string {
	switch {
	case i.Encoding&btf.Bool != 0:
		return "_Bool"
	case i.Size == 1 && i.Encoding&btf.Signed != 0:
		return "signed char"
	case i.Size == 1 && i.Name == "char":
		return "char"
	}
	return intName(i.Size, i.Encoding&btf.Signed != 0)
}

func intName(size uint32, signed bool) string {
	var s string
	switch size {
	case 1:
		s = "char"
	case 2:
		s = "short"
	case 4:
		s = "int"
	case 16:
		s = "__int128"
	default:
		s = "long long"
	}
	if signed {
		if size == 1 {
			return "signed char"
		}
		return s
	}
	return "unsigned " + s
}

// intLike is the integer type a bit-field is declared with.
func intLike(t btf.Type) btf.Type {
	if e, ok := underlying(t).(*btf.Enum); ok {
		return &btf.Int{Size: e.Size, Encoding: map[bool]btf.IntEncoding{true: btf.Signed}[e.Signed]}
	}
	return t
}

func underlying(t btf.Type) btf.Type {
	for i := 0; i < 32; i++ {
		switch x := t.(type) {
		case *btf.Typedef:
			t = x.Type
		case *btf.Const:
			t = x.Type
		case *btf.Volatile:
			t = x.Type
		case *btf.Restrict:
			t = x.Type
		case *btf.TypeTag:
			t = x.Type
		default:
			return t
		}
	}
	return t
}

func sizeOf(t btf.Type) uint32 {
	n, err := btf.Sizeof(t)
	if err != nil || n < 0 {
		return 0
	}
	return uint32(n)
}

func alignOf(t btf.Type) uint32 {
	switch x := underlying(t).(type) {
	case *btf.Int:
		return max(min(x.Size, 8), 1)
	case *btf.Enum:
		return max(min(x.Size, 8), 1)
	case *btf.Pointer:
		return 8
	case *btf.Float:
		return max(min(x.Size, 8), 1)
	case *btf.Array:
		return alignOf(x.Type)
	case *btf.Struct:
		return alignOfComposite(x.Members)
	case *btf.Union:
		return alignOfComposite(x.Members)
	}
	return 1
}

func alignOfComposite(ms []btf.Member) uint32 {
	al := uint32(1)
	for _, m := range ms {
		al = max(al, alignOf(m.Type))
	}
	return al
}

func roundUp(v, a uint64) uint64 {
	if a == 0 {
		return v
	}
	return (v + a - 1) / a * a
}

// incompleteUse matches cc/v4's errors about a struct or union that has no
// definition: a member access or sizeof through it.
var incompleteUse = regexp.MustCompile(`^(.*?:\d+:\d+: )(?:type (struct|union) (\w+) \{\} has no member named \w+|sizeof incomplete type: (struct|union) (\w+) \{\})(?: \([^)]*\))?$`)

// explainUnknownKernelTypes rewrites those errors, for a struct or union
// that kernel BTF lacks as well, into one that names the type and where
// it was looked for: in a program that includes kernel headers, such a
// type is meant to be a kernel type.
func explainUnknownKernelTypes(err error, inBTF func(string) bool, path string) error {
	lines := strings.Split(err.Error(), "\n")
	changed := false
	for i, ln := range lines {
		m := incompleteUse.FindStringSubmatch(ln)
		if m == nil {
			continue
		}
		kw, name := m[2]+m[4], m[3]+m[5]
		if inBTF(name) {
			continue
		}
		lines[i] = fmt.Sprintf("%sunknown kernel type '%s %s': not in kernel BTF (%s)", m[1], kw, name, path)
		changed = true
	}
	if !changed {
		return err
	}
	return errors.New(strings.Join(lines, "\n"))
}
