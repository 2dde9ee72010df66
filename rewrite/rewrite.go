// Package rewrite turns a type-checked BCC translation unit into a program
// model: the maps declared with BCC's macros, the programs named by BCC's
// conventions (kprobe__, TRACEPOINT_PROBE, ...) or by --prog, and the
// helpers the bundled headers declare. It decides what each construct
// means; codegen decides how to emit it.
package rewrite

import (
	"fmt"
	"sort"
	"strings"

	"github.com/cilium/ebpf"
	"modernc.org/cc/v4"
	"modernc.org/token"
)

// Map is one map declared with a BCC map macro.
type Map struct {
	Name       string
	Type       ebpf.MapType
	Key, Value cc.Type // nil when the map has none
	MaxEntries uint32
	Flags      uint32
	Decl       *cc.Declarator
}

// Prog is one BPF program: a non-static function with a body in the main file.
type Prog struct {
	Name    string // the C function name (ELF symbol)
	Section string // libbpf section name
	Type    ebpf.ProgramType
	Func    *cc.FunctionDefinition
	// ArgRegs binds extra kprobe parameters (after ctx) to pt_regs field
	// offsets, as BCC does.
	ArgRegs []int64
}

// Model is the rewritten translation unit.
type Model struct {
	AST     *cc.AST
	File    string
	Maps    []*Map
	MapOf   map[*cc.Declarator]*Map
	Progs   []*Prog
	Helpers map[*cc.Declarator]int64 // function-pointer constants: helper ID
	License string
	Arch    string
}

// Error is a positioned diagnostic.
type Error struct {
	Pos token.Position
	Msg string
}

func (e *Error) Error() string { return fmt.Sprintf("%v: %s", e.Pos, e.Msg) }

// Options are the rewrite inputs that do not come from the source.
type Options struct {
	Progs []string // NAME=TYPE[:TARGET]
	Arch  string
}

// Rewrite builds the model of a translation unit whose main file is file.
func Rewrite(ast *cc.AST, file string, opts Options) (*Model, []error) {
	m := &Model{AST: ast, File: file, MapOf: map[*cc.Declarator]*Map{}, Helpers: map[*cc.Declarator]int64{}, License: "GPL", Arch: opts.Arch}
	var errs []error
	explicit := map[string]progSpec{}
	for _, p := range opts.Progs {
		s, err := parseProgFlag(p)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		explicit[s.name] = s
	}
	if mac := ast.Macros["BPF_LICENSE"]; mac != nil {
		var b strings.Builder
		for _, t := range mac.ReplacementList() {
			b.WriteString(t.SrcStr())
		}
		m.License = strings.Trim(b.String(), `"`)
	}
	used := map[string]bool{}
	for l := ast.TranslationUnit; l != nil; l = l.TranslationUnit {
		ed := l.ExternalDeclaration
		switch ed.Case {
		case cc.ExternalDeclarationDecl:
			for idl := ed.Declaration.InitDeclaratorList; idl != nil; idl = idl.InitDeclaratorList {
				d := idl.InitDeclarator.Declarator
				if id, ok := helperID(idl.InitDeclarator); ok {
					m.Helpers[d] = id
					continue
				}
				if mp, err := mapOf(d); err != nil {
					errs = append(errs, err)
				} else if mp != nil {
					m.Maps = append(m.Maps, mp)
					m.MapOf[d] = mp
				}
			}
		case cc.ExternalDeclarationFuncDef:
			fd := ed.FunctionDefinition
			d := fd.Declarator
			if d.Position().Filename != file || d.IsStatic() {
				continue
			}
			name := d.Name()
			p := &Prog{Name: name, Func: fd}
			if s, ok := explicit[name]; ok {
				used[name] = true
				if err := s.apply(p); err != nil {
					errs = append(errs, &Error{d.Position(), err.Error()})
					continue
				}
			} else if !conventional(p, opts.Arch) {
				if len(explicit) > 0 {
					// With --prog, other functions are not programs.
					continue
				}
				errs = append(errs, &Error{d.Position(), fmt.Sprintf("cannot tell the program type of %s: name it kprobe__..., use TRACEPOINT_PROBE, or pass --prog %s=TYPE", name, name)})
				continue
			}
			m.Progs = append(m.Progs, p)
		}
	}
	var missing []string
	for n := range explicit {
		if !used[n] {
			missing = append(missing, n)
		}
	}
	sort.Strings(missing)
	for _, n := range missing {
		errs = append(errs, fmt.Errorf("--prog %s: no function %s with a body in %s", n, n, file))
	}
	if len(errs) == 0 && len(m.Progs) == 0 {
		errs = append(errs, &Error{token.Position{Filename: file}, "no BPF programs found: name a function kprobe__..., use TRACEPOINT_PROBE/RAW_TRACEPOINT_PROBE, or pass --prog NAME=TYPE"})
	}
	return m, errs
}

// helperID recognises `static T (*name)(...) = (void *)ID;`.
func helperID(id *cc.InitDeclarator) (int64, bool) {
	d := id.Declarator
	if id.Initializer == nil || !d.IsStatic() {
		return 0, false
	}
	t := d.Type()
	if t.Kind() != cc.Ptr || t.(*cc.PointerType).Elem().Kind() != cc.Function {
		return 0, false
	}
	if id.Initializer.AssignmentExpression == nil {
		return 0, false
	}
	switch v := id.Initializer.AssignmentExpression.Value().(type) {
	case cc.Int64Value:
		return int64(v), true
	case cc.UInt64Value:
		return int64(v), true
	}
	return 0, false
}

// histogramMarker is the bundled headers' map number for BPF_HISTOGRAM.
const histogramMarker = 1000

// mapOf recognises a map variable by the __bccc_map member of its type.
func mapOf(d *cc.Declarator) (*Map, error) {
	st, ok := d.Type().(*cc.StructType)
	if !ok {
		return nil, nil
	}
	tf := st.FieldByName("__bccc_map")
	if tf == nil {
		return nil, nil
	}
	arrLen := func(name string) int64 {
		f := st.FieldByName(name)
		if f == nil {
			return 0
		}
		if pt, ok := f.Type().(*cc.PointerType); ok {
			if at, ok := pt.Elem().(*cc.ArrayType); ok {
				return at.Len()
			}
		}
		return 0
	}
	m := &Map{Name: d.Name(), Decl: d, Type: ebpf.MapType(arrLen("__bccc_map")),
		MaxEntries: uint32(arrLen("__bccc_max_entries") - 1), Flags: uint32(arrLen("__bccc_flags") - 1)}
	if f := st.FieldByName("key"); f != nil {
		m.Key = f.Type()
	}
	if f := st.FieldByName("leaf"); f != nil {
		m.Value = f.Type()
	}
	if m.Type == histogramMarker {
		// BCC: an array when the key is canonically int, else a hash.
		m.Type = ebpf.Hash
		if m.Key != nil && m.Key.Kind() == cc.Int {
			m.Type = ebpf.Array
		}
		if m.Value == nil || m.Value.Kind() != cc.ULongLong && m.Value.Kind() != cc.ULong {
			return nil, &Error{d.Position(), fmt.Sprintf("histogram leaf type must be u64, got %v", m.Value)}
		}
	}
	for _, kv := range []struct {
		t    cc.Type
		what string
	}{{m.Key, "key"}, {m.Value, "leaf"}} {
		if kv.t == nil {
			continue
		}
		if kv.t.IsIncomplete() {
			return nil, &Error{d.Position(), fmt.Sprintf("map %s: unknown type %s for the %s", m.Name, kv.t, kv.what)}
		}
		if kv.t.Size() <= 0 {
			return nil, &Error{d.Position(), fmt.Sprintf("map %s: invalid zero-sized %s", m.Name, kv.what)}
		}
	}
	return m, nil
}

func sortStrings(s []string) { sort.Strings(s) }
