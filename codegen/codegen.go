package codegen

import (
	"fmt"
	"strings"

	"github.com/bccc-dev/bccc/rewrite"
	"github.com/cilium/ebpf/asm"
	"modernc.org/cc/v4"
	"modernc.org/token"
)

// Options control code generation.
type Options struct {
	CPU      int      // 1..4
	OptLevel int      // 0 or 2
	Dump     []string // "ir" (after every pass) or "ir:PASS"
	DumpOut  func(string)
}

type config struct {
	cpu      int
	optLevel int
	dumpAll  bool
	dumpOnly map[string]bool
	skip     map[string]bool // -d=skip:PASS, for bisecting the pipeline
	out      func(string)
}

func (c *config) dump(pass string, f *Func) {
	if c.out == nil || !(c.dumpAll || c.dumpOnly[pass]) {
		return
	}
	c.out(fmt.Sprintf("-- %s after %s --\n%s", f.Name, pass, f))
}

// Prog is one compiled program.
type Prog struct {
	*rewrite.Prog
	Insns asm.Instructions
	Lines []token.Position // per instruction
	Cores []CoreAt         // CO-RE relocations, by instruction slot
	Stack int64            // frame size in bytes
}

// Result is the whole compiled translation unit.
type Result struct {
	Progs    []*Prog
	Rodata   *Rodata
	Warnings []Warning // in the order found, each once
}

// StackLimit is the kernel's BPF stack size.
const StackLimit = 512

// Generate compiles every program of the model.
func Generate(m *rewrite.Model, o Options) (*Result, error) {
	c := &config{cpu: o.CPU, optLevel: o.OptLevel, out: o.DumpOut, dumpOnly: map[string]bool{}, skip: map[string]bool{}}
	if c.cpu == 0 {
		c.cpu = 1
	}
	for _, d := range o.Dump {
		switch {
		case d == "ir":
			c.dumpAll = true
		case strings.HasPrefix(d, "ir:"):
			c.dumpOnly[d[3:]] = true
		case strings.HasPrefix(d, "skip:"):
			c.skip[d[5:]] = true
		}
	}
	l := &lowerer{m: m, data: newRodata(m.AST), cpu: c.cpu, defs: map[*cc.Declarator]*cc.FunctionDefinition{}, completer: NewCompleter(m.AST)}
	for tu := m.AST.TranslationUnit; tu != nil; tu = tu.TranslationUnit {
		if ed := tu.ExternalDeclaration; ed.Case == cc.ExternalDeclarationFuncDef {
			l.defs[ed.FunctionDefinition.Declarator] = ed.FunctionDefinition
		}
	}
	// A function may be declared before it is defined: map every
	// declarator of the same name with file scope to the definition.
	byName := map[string]*cc.FunctionDefinition{}
	for _, fd := range l.defs {
		byName[fd.Declarator.Name()] = fd
	}
	for tu := m.AST.TranslationUnit; tu != nil; tu = tu.TranslationUnit {
		ed := tu.ExternalDeclaration
		if ed.Case != cc.ExternalDeclarationDecl {
			continue
		}
		for idl := ed.Declaration.InitDeclaratorList; idl != nil; idl = idl.InitDeclaratorList {
			d := idl.InitDeclarator.Declarator
			if fd := byName[d.Name()]; fd != nil && d.Type().Kind() == cc.Function {
				l.defs[d] = fd
			}
		}
	}
	res := &Result{Rodata: l.data}
	for _, p := range m.Progs {
		f, err := l.lowerProg(p)
		if err != nil {
			return nil, err
		}
		if err := runPasses(f, c); err != nil {
			return nil, fmt.Errorf("%v: internal compiler error in %s: %v", p.Func.Position(), p.Name, err)
		}
		a := regalloc(f, !c.skip["r0"])
		c.dump("regalloc", f)
		groups := shareSlots(f, a)
		if c.skip["shareslots"] {
			groups = nil
			for i := range f.Slots {
				groups = append(groups, []int{i})
			}
		}
		size := layoutFrame(f, groups)
		if c.out != nil && c.dumpOnly["slots"] {
			var b strings.Builder
			fmt.Fprintf(&b, "-- %s stack frame (%d bytes) --\n", f.Name, size)
			for i, s := range f.Slots {
				fmt.Fprintf(&b, "  slot%d %s size=%d off=%d\n", i, s.Name, s.Size, s.Off)
			}
			c.out(b.String())
		}
		if size > StackLimit {
			return nil, &Error{p.Func.Position(), fmt.Sprintf("%s uses %d bytes of stack, more than the BPF limit of %d: %s", p.Name, size, StackLimit, bigSlots(f))}
		}
		e := &emitter{f: f, a: a, cpu: c.cpu}
		if err := e.emitFunc(); err != nil {
			return nil, fmt.Errorf("%v: %v", p.Func.Position(), err)
		}
		res.Progs = append(res.Progs, &Prog{Prog: p, Insns: e.insns, Lines: e.lines, Cores: e.cores, Stack: size})
	}
	res.Warnings = l.warnings
	return res, nil
}

// layoutFrame gives every group of slots that share their bytes
// (slots.go) its offset below R10 and returns the frame size. Slots are
// 8-byte aligned: the verifier checks stack alignment strictly.
func layoutFrame(f *Func, groups [][]int) int64 {
	off := int64(0)
	for _, g := range groups {
		size, al := int64(0), int64(8)
		for _, i := range g {
			size, al = max(size, f.Slots[i].Size), max(al, f.Slots[i].Align)
		}
		off += size
		off = (off + al - 1) / al * al
		for _, i := range g {
			f.Slots[i].Off = -off
		}
	}
	return off
}

func bigSlots(f *Func) string {
	var parts []string
	for _, s := range f.Slots {
		if s.Size >= 64 {
			parts = append(parts, fmt.Sprintf("%s (%d bytes)", s.Name, s.Size))
		}
	}
	if len(parts) == 0 {
		return "too many locals and temporaries"
	}
	return "large objects: " + strings.Join(parts, ", ") + "; move them into a BPF_PERCPU_ARRAY map value"
}
