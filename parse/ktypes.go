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

// IncludesKernelHeaders reports whether the source includes a kernel
// header that bccc does not bundle.
func IncludesKernelHeaders(src []byte) bool { return includesKernelHeaders(src) }

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
	// full is the decoded type behind a pointee stub (a named struct
	// or union decoded without members); nil when pointees are whole.
	full func(stub btf.Type) btf.Type
	// spells reports whether a stub's struct has a member (or a member
	// of an anonymous member) named in names, without decoding it.
	spells func(stub btf.Type, names map[string]bool) bool
}

// ownTypedefs adds the names the program's typedefs define, with bodies
// (typedef struct { … } name;) and without.
func ownTypedefs(b []byte, into map[string]bool) {
	s := &scanner{src: string(b)}
	depth, start, inTypedef := 0, 0, false
	for bol := true; !s.eof(); {
		if bol && s.peekDirective() {
			s.directiveLine()
			continue
		}
		at := s.pos
		tok, k := s.next()
		bol = tok == "\n"
		switch {
		case tok == "{" || tok == "(":
			depth++
		case tok == "}" || tok == ")":
			depth--
		case depth == 0 && k == tokIdent && tok == "typedef":
			inTypedef, start = true, at
		case depth == 0 && tok == ";":
			if inTypedef {
				for _, n := range declNames(s.src[start:s.pos]) {
					into[n] = true
				}
			}
			inTypedef = false
		}
	}
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
// wants says which kernel types a program gets, and how much of them.
type wants struct {
	need    map[string]bool // the names to look up in BTF
	named   map[string]bool // the names the program spells: defined
	members map[string]bool // member names it may use; nil: every member of every struct
	own     bundledNames    // the structs and typedefs the program defines itself
}

func kernelDecls(r *rawBTF, w wants) (decls string, found func(tag string) bool, err error) {
	defer func() {
		if x := recover(); x != nil {
			e, ok := x.(btfError)
			if !ok {
				panic(x)
			}
			decls, found, err = "", nil, e
		}
	}()
	ids, enums := r.lookup(essentialNames(w.need))
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
		full: func(stub btf.Type) btf.Type {
			if id, ok := d.stubs[stub]; ok {
				return d.typ(id)
			}
			return nil
		},
		spells: func(stub btf.Type, names map[string]bool) bool {
			id, ok := d.stubs[stub]
			return ok && r.spellsMember(id, names, 0)
		},
	}
	found = func(tag string) bool {
		tagIDs := ids[tag]
		if tagIDs == nil { // not a name the program spells: task->mm->x
			more, _ := r.lookup(map[string]bool{tag: true})
			tagIDs = more[tag]
		}
		for _, id := range tagIDs {
			if k := r.kindOf(id); (k == kindStruct || k == kindUnion) && string(r.name(r.u32(int(r.offs[id-1])))) == tag {
				return true
			}
		}
		return false
	}
	return genDecls(lk, w), found, nil
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
// order, each type after what it holds by value. With members (the names
// a program may access as struct members) the other structs are defined
// only when the program may reach into them; nil defines every struct
// held by value.
func genDecls(lk typeLookup, w wants) string {
	g := &kgen{state: map[btf.Type]int{}, fwd: map[string]bool{}, bundled: bundledDefinitions(),
		named: w.named, members: w.members, full: lk.full, spells: lk.spells, tags: map[string]bool{}, names: map[btf.Type]string{},
		own: w.own}
	// The program's own structs keep their names: kernel ones of the
	// same name that are needed get a flavour suffix.
	for n := range w.own.tags {
		g.tags["struct "+n], g.tags["union "+n] = true, true
	}
	need := w.need
	names := make([]string, 0, len(need))
	for n := range need {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		if w.own.tags[n] || w.own.typedefs[n] {
			continue // the program's own type
		}
		ts := lk.byName(n)
		if w.members != nil && !w.named[n] {
			ts = nil // a word of helpers.h: at most a constant
		}
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
	for len(g.pending) > 0 {
		t := g.pending[0]
		g.pending = g.pending[1:]
		g.emit(t)
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
		full: func(t btf.Type) btf.Type { return t },
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
	out       strings.Builder
	state     map[btf.Type]int // 1 emitting, 2 emitted
	fwd       map[string]bool
	bundled   bundledNames
	named     map[string]bool // the names the program spells
	members   map[string]bool // nil: every struct held by value is defined
	full      func(stub btf.Type) btf.Type
	spells    func(stub btf.Type, names map[string]bool) bool
	pending   []btf.Type // pointees to define
	inPointer int
	aligns    map[btf.Type]uint32
	own       bundledNames        // the program's own definitions
	pad       int                 // the next padding member's number
	tags      map[string]bool     // the structs and unions defined
	names     map[btf.Type]string // those not under their own name
}

// nameOf is the C name of a named struct, union or typedef.
func (g *kgen) nameOf(t btf.Type) string {
	if n, ok := g.names[t]; ok && g.inPointer == 0 {
		return n
	}
	return t.TypeName()
}

func btfTag(t btf.Type) string {
	if _, ok := t.(*btf.Union); ok {
		return "union " + t.TypeName()
	}
	return "struct " + t.TypeName()
}

// Which structs get their members. Most of what task_struct holds by
// value (sched entities, timers, locks, …) no program reads, and parsing
// those definitions was most of a kernel-type compile. A named struct or
// union is defined in full when the program names it, or when one of its
// members (or of its anonymous members) is spelled in the program: a
// program cannot reach into a struct without spelling a member's name.
// The others become opaque: the same size and alignment, no members, so
// the structs that hold them keep the kernel's layout. Behind pointers
// they stay forward declarations, as before, unless they qualify too
// (task->mm->arg_start defines mm_struct).
func (g *kgen) defined(t btf.Type) bool {
	return g.members == nil || g.named[t.TypeName()] || g.spellsMember(t, 0)
}

// kept are the members of t the declarations give: all of them, or
// those the program spells (with the anonymous members holding one);
// padding stands for the others.
func (g *kgen) kept(t btf.Type) []btf.Member {
	ms := members(t)
	if g.members == nil {
		return ms
	}
	var out []btf.Member
	for _, m := range ms {
		if m.Name == "" && g.spellsMember(underlying(m.Type), 1) || m.Name != "" && g.members[m.Name] {
			out = append(out, m)
		}
	}
	return out
}

func (g *kgen) spellsMember(t btf.Type, depth int) bool {
	if depth > 8 {
		return false
	}
	for _, m := range members(t) {
		if m.Name == "" {
			if g.spellsMember(underlying(m.Type), depth+1) {
				return true
			}
		} else if g.members[m.Name] {
			return true
		}
	}
	return false
}

// memberNames are the names the texts may use as struct members: those
// after "." and "->", and the arguments of the macros that take member
// names (BPF_CORE_READ(t, mm, arg_start), offsetof, container_of, the
// bpf_core_* builtins).
func memberNames(texts [][]byte) map[string]bool {
	names := map[string]bool{}
	for _, t := range texts {
		s := &scanner{src: string(t)}
		var prev string   // the previous token other than space
		var callee string // an identifier just before "("
		depth := 0        // parentheses inside a member-naming macro
		// bol: at a line's start, where a directive may begin (looked
		// for once a line: spaces are tokens of their own, and looking
		// back over them for each would be quadratic).
		for bol := true; !s.eof(); {
			if bol && s.peekDirective() {
				start := s.pos
				if d, _ := directiveWord(s.directiveLine()); d != "define" {
					continue // #include <net/sock.h> names no member h
				}
				s.pos = start
			}
			tok, k := s.next()
			bol = tok == "\n"
			if k == tokSpace {
				continue
			}
			switch {
			case k == tokIdent && (prev == "." || prev == "->" || depth > 0):
				names[tok] = true
			case tok == "(" && (depth > 0 || takesMembers(callee)):
				depth++
			case tok == ")" && depth > 0:
				depth--
			case tok == ">" && prev == "-":
				tok = "->"
			}
			callee = ""
			if k == tokIdent {
				callee = tok
			}
			prev = tok
		}
	}
	return names
}

func takesMembers(macro string) bool {
	switch macro {
	case "offsetof", "__builtin_offsetof", "container_of", "offsetofend", "sizeof_field":
		return true
	}
	return strings.Contains(macro, "CORE_READ") || strings.HasPrefix(macro, "bpf_core_")
}

// opaque writes a member-less stand-in for a struct or union that has
// the kernel's size and alignment, or "" when no array of one integer
// type has both (packed structs): those are defined in full.
func (g *kgen) opaque(t btf.Type, name string) string {
	kw, size := "struct", sizeOf(t)
	if _, ok := t.(*btf.Union); ok {
		kw = "union"
	}
	al := g.alignOf(t)
	if al == 0 || size%al != 0 {
		return ""
	}
	if size == 0 {
		return fmt.Sprintf("%s %s {}", kw, name)
	}
	return fmt.Sprintf("%s %s { %s __opaque[%d]; }", kw, name, intName(al, false), size/al)
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
		// BTF may hold two structs of one name (from different files):
		// the later ones get a flavour suffix, as bpftool names them
		// (CO-RE matching ignores it).
		tag := btfTag(t)
		for n := 2; g.tags[tag]; n++ {
			g.names[t] = fmt.Sprintf("%s___%d", name, n)
			tag = btfTag(t) + fmt.Sprintf("___%d", n)
		}
		g.tags[tag] = true
		g.state[t] = 1
		if !g.defined(t) {
			if o := g.opaque(t, g.nameOf(t)); o != "" {
				g.out.WriteString(o + ";\n")
				break
			}
		}
		for _, m := range g.kept(x) {
			g.needByValue(m.Type)
		}
		g.out.WriteString(g.composite(t, "") + ";\n")
	case *btf.Enum:
		if name != "" && (g.bundled.tags[name] || g.own.tags[name]) {
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
		if g.own.typedefs[name] {
			g.names[t] = name + "___2" // the program's own typedef of the name
		}
		g.state[t] = 1
		g.needByValue(x.Type)
		g.out.WriteString("typedef " + g.decl(x.Type, g.nameOf(t)) + ";\n")
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
			for _, m := range g.kept(t) {
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
			g.pointeeDefinition(t)
		}
	case *btf.Union:
		if x.Name != "" && !g.bundled.tags[x.Name] {
			g.fwd["union "+x.Name] = true
			g.pointeeDefinition(t)
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

// pointeeDefinition defines a struct reached through a pointer when the
// program may reach into it.
func (g *kgen) pointeeDefinition(stub btf.Type) {
	if g.members == nil || g.full == nil {
		return
	}
	if !g.named[stub.TypeName()] && g.spells != nil && !g.spells(stub, g.members) {
		return
	}
	// Later, not now: it may hold by value a struct being emitted.
	if t := g.full(stub); t != nil && g.state[t] == 0 && g.defined(t) {
		g.pending = append(g.pending, t)
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
		name, size = g.nameOf(t), x.Size
	case *btf.Union:
		kw, name, size = "union", g.nameOf(t), x.Size
	}
	all, ms := members(t), g.kept(t)
	packed := g.isPacked(t)
	var b strings.Builder
	b.WriteString(kw)
	if name != "" {
		b.WriteString(" " + name)
	}
	b.WriteString(" {\n")
	cur := uint64(0)
	// Padding names are unique in a named struct: those of anonymous
	// members are its members too.
	if name != "" {
		g.pad = 0
	}
	pad := &g.pad
	for _, m := range ms {
		mo := uint64(m.Offset)
		if kw == "struct" && m.BitfieldSize == 0 {
			nat := roundUp(cur, uint64(g.alignOf(m.Type))*8)
			if packed {
				nat = cur
			}
			if mo > nat && mo%8 == 0 {
				cur = bitGap(&b, cur, mo)
				if mo > cur {
					fmt.Fprintf(&b, "\tchar __pad_%d[%d];\n", *pad, (mo-cur)/8)
					*pad++
				}
			}
		}
		if m.BitfieldSize > 0 {
			// Gaps before a bit-field: anonymous bit-fields, which
			// advance exactly as many bits as they are wide (whole
			// bytes as a char array where members were left out).
			if kw == "struct" && mo >= cur+64 {
				cur = bitGap(&b, cur, mo)
				fmt.Fprintf(&b, "\tchar __pad_%d[%d];\n", *pad, mo/8-cur/8)
				*pad++
				cur = mo / 8 * 8
			}
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
	al := g.alignOfComposite(all)
	if kw == "struct" {
		end := roundUp(cur, uint64(al)*8)
		if packed {
			end = roundUp(cur, 8)
		}
		if uint64(size)*8 > end {
			cur = bitGap(&b, cur, uint64(size)*8)
			fmt.Fprintf(&b, "\tchar __pad_%d[%d];\n", *pad, uint64(size)-cur/8)
			*pad++
		}
	} else if len(ms) < len(all) {
		fmt.Fprintf(&b, "\tchar __pad_%d[%d];\n", *pad, size)
		*pad++
	}
	b.WriteString("}")
	if packed {
		b.WriteString(" __attribute__((packed))")
	} else if g.alignOfComposite(ms) < al {
		// Members left out: keep the kernel's alignment.
		fmt.Fprintf(&b, " __attribute__((aligned(%d)))", al)
	}
	if declName != "" {
		b.WriteString(" " + declName)
	}
	return b.String()
}

// bitGap writes anonymous bit-fields from bit cur (after bit-fields) to
// the next byte, and returns where they end.
func bitGap(b *strings.Builder, cur, to uint64) uint64 {
	for cur%8 != 0 && cur < to {
		k := min(8-cur%8, to-cur)
		fmt.Fprintf(b, "\tunsigned char : %d;\n", k)
		cur += k
	}
	return cur
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
		// Behind pointers, structs go by their own names: pointees are
		// decoded as stubs, which have no renamed definition.
		g.inPointer++
		defer func() { g.inPointer-- }()
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
		return kw + g.nameOf(t) + sp(name)
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
		if n, ok := g.names[t]; ok {
			return n + sp(name)
		}
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

// alignOf is the alignment of t in the declarations (memoised: structs
// nest deeply, and isPacked asks again for every member).
func (g *kgen) alignOf(t btf.Type) uint32 {
	if a, ok := g.aligns[t]; ok {
		return a
	}
	a := g.alignOf1(t)
	if g.aligns == nil {
		g.aligns = map[btf.Type]uint32{}
	}
	g.aligns[t] = a
	return a
}

func (g *kgen) alignOf1(t btf.Type) uint32 {
	switch x := underlying(t).(type) {
	case *btf.Int:
		return max(min(x.Size, 16), 1) // __int128 is 16-aligned
	case *btf.Enum:
		return max(min(x.Size, 8), 1)
	case *btf.Pointer:
		return 8
	case *btf.Float:
		return max(min(x.Size, 8), 1)
	case *btf.Array:
		return g.alignOf(x.Type)
	case *btf.Struct:
		if g.isPacked(x) {
			return 1
		}
		return g.alignOfComposite(x.Members)
	case *btf.Union:
		return g.alignOfComposite(x.Members)
	}
	return 1
}

// isPacked reports a struct whose members the natural layout would not
// put where BTF has them: one of them misaligned, or a size that is no
// multiple of the alignment.
func (g *kgen) isPacked(t btf.Type) bool {
	x, ok := t.(*btf.Struct)
	if !ok {
		return false
	}
	for _, m := range x.Members {
		if m.BitfieldSize > 0 {
			continue
		}
		if uint64(m.Offset)%8 != 0 || uint64(m.Offset)/8%uint64(g.alignOf(m.Type)) != 0 {
			return true
		}
	}
	return x.Size%g.alignOfComposite(x.Members) != 0
}

func (g *kgen) alignOfComposite(ms []btf.Member) uint32 {
	al := uint32(1)
	for _, m := range ms {
		al = max(al, g.alignOf(m.Type))
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
var incompleteUse = regexp.MustCompile(`^(.*?:\d+:\d+: )(?:type (struct|union) (\w+) \{\} has no member named (\w+)|sizeof incomplete type: (struct|union) (\w+) \{\})(?: \([^)]*\))?$`)

// missingMember matches cc/v4's error about a member a struct or union
// lacks, with the members it has.
var missingMember = regexp.MustCompile(`^(.*?:\d+:\d+: )type (struct|union) (\w+) \{(.*)\} has no member named (\w+)(?: \([^)]*\))?$`)

// retryNames are what a second attempt should define, from the errors of
// the first: kernel structs and unions found without a definition (not
// named already), and members of kernel structs that were left out.
func retryNames(err error, inBTF func(string) bool, named, members map[string]bool) (types, membs []string) {
	for _, ln := range strings.Split(err.Error(), "\n") {
		if m := incompleteUse.FindStringSubmatch(ln); m != nil {
			if name := m[3] + m[6]; !named[name] && inBTF(name) {
				types = append(types, name)
				if m[4] != "" {
					membs = append(membs, m[4])
				}
			}
		} else if m := missingMember.FindStringSubmatch(ln); m != nil && !members[m[5]] && inBTF(m[3]) {
			membs = append(membs, m[5])
		}
	}
	return types, membs
}

// kernelFields reports whether cc/v4's listing of a struct's members is
// one of the generated declarations, with padding for what was left out.
func kernelFields(fields string) bool {
	return strings.Contains(fields, "__pad_") || strings.Contains(fields, "__opaque")
}

// explainUnknownKernelTypes rewrites those errors, for a struct or union
// that kernel BTF lacks as well, into one that names the type and where
// it was looked for: in a program that includes kernel headers, such a
// type is meant to be a kernel type.
func explainUnknownKernelTypes(err error, inBTF func(string) bool, path string) error {
	lines := strings.Split(err.Error(), "\n")
	changed := false
	for i, ln := range lines {
		if m := missingMember.FindStringSubmatch(ln); m != nil && inBTF(m[3]) && kernelFields(m[4]) {
			lines[i] = fmt.Sprintf("%s%s %s has no member named '%s' (kernel BTF %s)", m[1], m[2], m[3], m[5], path)
			changed = true
			continue
		}
		m := incompleteUse.FindStringSubmatch(ln)
		if m == nil {
			continue
		}
		kw, name := m[2]+m[5], m[3]+m[6]
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
