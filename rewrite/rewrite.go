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
	Kind       string // BCC's type string: "hash", "histogram", "perf_output", ...
	Type       ebpf.MapType
	Key, Value cc.Type // nil when the map has none
	MaxEntries uint32
	Flags      uint32
	Decl       *cc.Declarator
	// InnerName names the template map of a map of maps, Inner is that
	// map (declared in the same program).
	InnerName string
	Inner     *Map
	// Pin is BPF_TABLE_PINNED's path. The object asks the loader to pin
	// the map by name (LIBBPF_PIN_BY_NAME) in the pin directory it chooses.
	Pin string
	// Visibility is VisibilityPublic or VisibilityShared for
	// BPF_TABLE_PUBLIC/SHARED maps; they are ordinary maps in the object.
	Visibility string
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
	// SyscallWrapper: the probe is on a syscall wrapper, whose only
	// argument is the user's struct pt_regs (DIALECT §4). ArgRegs are then
	// offsets in that struct, which is kernel memory read with probe reads,
	// and WrapperArg is the ctx offset of the pointer to it.
	SyscallWrapper bool
	WrapperArg     int64
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
	Source  []byte // the user's file, to tell macro expansions from its text
	// Warnings: functions left out of the object (BCC compiles them and
	// loads them only when asked).
	Warnings []*Error
}

// Error is a positioned diagnostic.
type Error struct {
	Pos token.Position
	Msg string
}

func (e *Error) Error() string { return fmt.Sprintf("%v: %s", e.Pos, e.Msg) }

// Options are the rewrite inputs that do not come from the source.
type Options struct {
	Progs  []string // NAME=TYPE[:TARGET]
	Arch   string
	Source []byte // the user's file
}

// Rewrite builds the model of a translation unit whose main file is file.
func Rewrite(ast *cc.AST, file string, opts Options) (*Model, []error) {
	m := &Model{AST: ast, File: file, MapOf: map[*cc.Declarator]*Map{}, Helpers: map[*cc.Declarator]int64{}, License: "GPL", Arch: opts.Arch, Source: opts.Source}
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
	var maps []*mapDecl
	var unknown []*cc.Declarator // plain functions that are no program
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
				if md, err := mapOf(ed.Declaration, idl.InitDeclarator); err != nil {
					errs = append(errs, err)
				} else if md != nil {
					maps = append(maps, md)
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
				if err := s.apply(p, opts.Arch); err != nil {
					errs = append(errs, &Error{d.Position(), err.Error()})
					continue
				}
			} else if !conventional(p, opts.Arch) {
				if len(explicit) > 0 {
					// With --prog, other functions are not programs.
					continue
				}
				unknown = append(unknown, d)
				continue
			}
			if perrs := checkParams(p); len(perrs) > 0 {
				errs = append(errs, perrs...)
				continue
			}
			m.Progs = append(m.Progs, p)
		}
	}
	// A plain non-static function beside programs is one that BCC's
	// Python attaches by name (attach_kprobe(fn_name=…)) or never: it is
	// left out, with a warning. With no program at all it is an error.
	for _, d := range unknown {
		msg := fmt.Sprintf("cannot tell the program type of %s: name it kprobe__... or syscall__..., use TRACEPOINT_PROBE or KFUNC_PROBE, or pass --prog %s=TYPE", d.Name(), d.Name())
		if len(m.Progs) > 0 {
			m.Warnings = append(m.Warnings, &Error{d.Position(), msg + "; left out of the object"})
		} else {
			errs = append(errs, &Error{d.Position(), msg})
		}
	}
	errs = append(errs, resolveMaps(m, maps)...)
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

func sortStrings(s []string) { sort.Strings(s) }
