package bccc

import (
	"errors"
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"github.com/bccc-dev/bccc/btfgen"
	"github.com/bccc-dev/bccc/codegen"
	"github.com/bccc-dev/bccc/object"
	"github.com/bccc-dev/bccc/parse"
	"github.com/bccc-dev/bccc/rewrite"
	"github.com/cilium/ebpf/asm"
	"github.com/cilium/ebpf/btf"
	"modernc.org/token"
)

func compile(filename string, src []byte, opts Options) (*Object, []Diagnostic, error) {
	if opts.CPU == 0 {
		opts.CPU = 1
	}
	if opts.CPU < 1 || opts.CPU > 4 {
		return nil, nil, &Error{[]Diagnostic{{Severity: "error", Msg: fmt.Sprintf("-mcpu=v%d: want v1, v2, v3 or v4", opts.CPU)}}}
	}
	if opts.OnlineCPUs < 0 {
		return nil, nil, &Error{[]Diagnostic{{Severity: "error", Msg: fmt.Sprintf("--online-cpus %d: want a number of CPUs, at least 1", opts.OnlineCPUs)}}}
	}
	tp, err := rewrite.TracepointStructsBTF(src, opts.Tracefs, opts.BTF)
	if err != nil {
		return nil, nil, diagErrors(filename, err)
	}
	ast, err := parse.Parse(filename, src, parse.Config{IncludeDirs: opts.IncludeDirs, Defines: opts.Defines, Generated: tp, BTF: opts.BTF, Kconfig: opts.Kconfig, Release: opts.Release, Arch: opts.Arch, OnlineCPUs: opts.OnlineCPUs})
	if err != nil {
		return nil, nil, frontEndError(filename, src, err)
	}
	model, errs := rewrite.Rewrite(ast, filename, rewrite.Options{Progs: opts.Progs, Arch: opts.Arch, Source: src})
	if len(errs) > 0 {
		return nil, nil, diagErrors(filename, errs...)
	}
	res, err := codegen.Generate(model, codegen.Options{CPU: opts.CPU, OptLevel: optLevel(opts), Dump: opts.Debug, DumpOut: opts.DebugOut})
	if err != nil {
		return nil, nil, diagErrors(filename, err)
	}
	elf, err := link(model, res, src)
	if err != nil {
		return nil, nil, diagErrors(filename, err)
	}
	var warns []Diagnostic
	for _, w := range model.Warnings {
		d := posDiag(filename, w.Pos, w.Msg)
		d.Severity = "warning"
		warns = append(warns, d)
	}
	for _, w := range res.Warnings {
		d := posDiag(filename, w.Pos, w.Msg)
		d.Severity = "warning"
		warns = append(warns, d)
	}
	sort.SliceStable(warns, func(i, j int) bool {
		a, b := warns[i], warns[j]
		if a.File != b.File {
			return a.File < b.File
		}
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		return a.Col < b.Col
	})
	return &Object{ELF: elf}, warns, nil
}

// link assembles programs, maps, BTF and read-only data into an ELF object.
func link(m *rewrite.Model, res *codegen.Result, src []byte) ([]byte, error) {
	conv := btfgen.NewConverter()
	conv.Complete = codegen.NewCompleter(m.AST).Complete
	var types []btf.Type
	var exts []btfgen.SectionExt
	f := &object.File{License: m.License}
	secIdx := map[string]int{}
	lines := sourceLines(src)
	for _, p := range res.Progs {
		i, ok := secIdx[p.Section]
		if !ok {
			i = len(f.Sections)
			secIdx[p.Section] = i
			f.Sections = append(f.Sections, &object.ProgSection{Name: p.Section})
			exts = append(exts, btfgen.SectionExt{Name: p.Section})
		}
		sec := &f.Sections[i].Insns
		start := uint64(sec.Size() / asm.InstructionSize)
		fn := &btf.Func{Name: p.Name, Linkage: btf.GlobalFunc, Type: conv.Type(p.Func.Declarator.Type())}
		types = append(types, fn)
		exts[i].Funcs = append(exts[i].Funcs, btfgen.FuncInfo{InsnOff: uint32(start), Func: fn})
		slot := start
		var last token.Position
		for j, ins := range p.Insns {
			pos := p.Lines[j]
			if j == 0 && pos.Filename != m.File {
				pos = p.Func.Position() // every function starts a line record
			}
			if pos.Filename == m.File && pos.Line > 0 && (pos.Line != last.Line || j == 0) {
				exts[i].Lines = append(exts[i].Lines, btfgen.LineInfo{InsnOff: uint32(slot), File: m.File,
					Text: lineText(lines, pos.Line), Line: uint32(pos.Line), Col: uint32(pos.Column)})
				last = pos
			}
			slot += ins.Size() / asm.InstructionSize
		}
		for _, c := range p.Cores {
			exts[i].Cores = append(exts[i].Cores, btfgen.CoreRelo{InsnOff: uint32(start) + uint32(c.Slot), Type: conv.Type(c.Type), Access: c.Access, Kind: c.Kind})
		}
		*sec = append(*sec, p.Insns...)
		f.Sections[i].Funcs = append(f.Sections[i].Funcs, object.Func{Name: p.Name, Offset: start, Size: slot - start})
	}
	if len(m.Maps) > 0 {
		ds := &btf.Datasec{Name: ".maps"}
		off := uint64(0)
		kv := func(mp *rewrite.Map) (kt, vt btf.Type) {
			if mp.Key != nil {
				kt = conv.Type(mp.Key)
			}
			if mp.Value != nil {
				vt = conv.Type(mp.Value)
			}
			return kt, vt
		}
		for _, mp := range m.Maps {
			kt, vt := kv(mp)
			var x btfgen.MapDefExtra
			if mp.Pin != "" {
				x.Pinning = btfgen.PinByName
			}
			if in := mp.Inner; in != nil {
				// The template of a map of maps: the inner map's own
				// definition, without pinning (inner maps are not pinned).
				ikt, ivt := kv(in)
				x.Inner = btfgen.MapDef(uint32(in.Type), ikt, ivt, in.MaxEntries, in.Flags)
			}
			def := btfgen.MapDefWith(uint32(mp.Type), kt, vt, mp.MaxEntries, mp.Flags, x)
			v := &btf.Var{Name: mp.Name, Type: def, Linkage: btf.GlobalVar}
			ds.Vars = append(ds.Vars, btf.VarSecinfo{Type: v, Offset: uint32(off), Size: def.Size})
			f.Maps = append(f.Maps, object.Var{Name: mp.Name, Offset: off, Size: uint64(def.Size)})
			off += uint64(def.Size)
		}
		ds.Size = uint32(off)
		f.MapsSize = off
		types = append(types, ds)
	}
	if rd := res.Rodata; len(rd.Vars) > 0 {
		ds := &btf.Datasec{Name: ".rodata", Size: uint32(len(rd.Bytes))}
		for _, v := range rd.Vars {
			bv := &btf.Var{Name: v.Name, Type: &btf.Const{Type: conv.Type(v.Type)}, Linkage: btf.GlobalVar}
			ds.Vars = append(ds.Vars, btf.VarSecinfo{Type: bv, Offset: uint32(v.Off), Size: uint32(v.Size)})
			f.RodataVars = append(f.RodataVars, object.Var{Name: v.Name, Offset: uint64(v.Off), Size: uint64(v.Size)})
		}
		f.Rodata = rd.Bytes
		types = append(types, ds)
	}
	b, ext, err := btfgen.Marshal(types, exts)
	if err != nil {
		return nil, fmt.Errorf("internal error: BTF: %w", err)
	}
	f.BTF, f.BTFExt = b, ext
	return object.Marshal(f)
}

func sourceLines(src []byte) []string { return strings.Split(string(src), "\n") }

func lineText(lines []string, n int) string {
	if n < 1 || n > len(lines) {
		return ""
	}
	return strings.TrimRight(lines[n-1], "\r")
}

// ccErrorLine matches cc/v4 error lines: "file:line:col: message".
var ccErrorLine = regexp.MustCompile(`^(.*?):(\d+):(\d+): (.*)$`)

func frontEndError(filename string, src []byte, err error) error {
	var diags []Diagnostic
	for _, line := range strings.Split(err.Error(), "\n") {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		if m := ccErrorLine.FindStringSubmatch(line); m != nil {
			ln, _ := strconv.Atoi(m[2])
			col, _ := strconv.Atoi(m[3])
			diags = append(diags, Diagnostic{File: m[1], Line: ln, Col: col, Severity: "error", Msg: m[4]})
			continue
		}
		diags = append(diags, Diagnostic{File: filename, Severity: "error", Msg: line})
	}
	diags = cleanFrontEnd(diags)
	if parse.IncludesKernelHeaders(src) {
		diags = explainKernelMacros(diags)
	}
	// Errors in the end-of-input sentinel mean the file ended inside a
	// declaration: say so at the file's end instead.
	var kept []Diagnostic
	sawEnd := false
	for _, d := range diags {
		if d.File == "<end>" {
			sawEnd = true
			continue
		}
		kept = append(kept, d)
	}
	if len(kept) == 0 && sawEnd {
		kept = append(kept, Diagnostic{File: filename, Line: lastLine(src), Col: 1, Severity: "error", Msg: "unexpected end of input"})
	}
	if len(kept) == 0 {
		kept = append(kept, Diagnostic{File: filename, Severity: "error", Msg: err.Error()})
	}
	return &Error{kept}
}

var undeclaredMacro = regexp.MustCompile(`^use of undeclared identifier '([A-Z][A-Z0-9_]*)'$`)

// explainKernelMacros follows an undeclared upper-case name, in a program
// that includes kernel headers, with a note on where kernel constants come
// from and how to supply a missing one.
func explainKernelMacros(diags []Diagnostic) []Diagnostic {
	var out []Diagnostic
	for _, d := range diags {
		out = append(out, d)
		if m := undeclaredMacro.FindStringSubmatch(d.Msg); m != nil && d.Severity == "error" {
			n := d
			n.Severity = "note"
			n.Msg = fmt.Sprintf("%s is neither a macro of bccc's kernel headers (bcc/kernel.h) nor an enumerator in kernel BTF: define it with -D%s=VALUE or #define", m[1], m[1])
			out = append(out, n)
		}
	}
	return out
}

// ccOrigin is the "(check.go:5373:check:)" cc/v4 appends to its messages.
var ccOrigin = regexp.MustCompile(` \(\w+\.go:\d+:\w*:\)$`)

var ccUndefined = regexp.MustCompile(`^undefined: (\S+)$`)

var ccIntLiteral = regexp.MustCompile(`^strconv\.ParseUint: parsing "(.*)": (.*)$`)

// cleanFrontEnd drops the Go locations cc/v4 appends, its follow-on messages
// (unpositioned "TODO …", anything about the <invalid type> an earlier
// error left), words its undeclared-identifier error as C compilers do,
// and drops repeats.
func cleanFrontEnd(diags []Diagnostic) []Diagnostic {
	var out []Diagnostic
	seen := map[Diagnostic]bool{}
	for i := range diags {
		d := &diags[i]
		d.Msg = ccOrigin.ReplaceAllString(d.Msg, "")
		if m := ccUndefined.FindStringSubmatch(d.Msg); m != nil {
			d.Msg = "use of undeclared identifier '" + m[1] + "'"
		}
		if m := ccIntLiteral.FindStringSubmatch(d.Msg); m != nil { // cc/v4 passes strconv's error on
			if d.Msg = "integer literal is too large"; m[2] != "value out of range" {
				d.Msg = "invalid integer literal " + m[1]
			}
		}
		if strings.HasPrefix(d.Msg, "TODO ") || strings.Contains(d.Msg, "<invalid type>") || seen[*d] {
			continue
		}
		seen[*d] = true
		out = append(out, *d)
	}
	if len(out) == 0 {
		return diags // only follow-on messages: keep them rather than none
	}
	return out
}

func lastLine(src []byte) int {
	n := 1
	for i, c := range src {
		if c == '\n' && i != len(src)-1 {
			n++
		}
	}
	return n
}

func diagErrors(filename string, errs ...error) error {
	var diags []Diagnostic
	for _, err := range errs {
		var re *rewrite.Error
		var ce *codegen.Error
		switch {
		case errors.As(err, &re):
			diags = append(diags, posDiag(filename, re.Pos, re.Msg))
		case errors.As(err, &ce):
			diags = append(diags, posDiag(filename, ce.Pos, ce.Msg))
		default:
			if m := ccErrorLine.FindStringSubmatch(err.Error()); m != nil {
				ln, _ := strconv.Atoi(m[2])
				col, _ := strconv.Atoi(m[3])
				diags = append(diags, Diagnostic{File: m[1], Line: ln, Col: col, Severity: "error", Msg: m[4]})
				continue
			}
			diags = append(diags, Diagnostic{File: filename, Severity: "error", Msg: err.Error()})
		}
	}
	return &Error{diags}
}

func posDiag(filename string, p token.Position, msg string) Diagnostic {
	if p.Filename == "" {
		p.Filename = filename
	}
	return Diagnostic{File: p.Filename, Line: p.Line, Col: p.Column, Severity: "error", Msg: msg}
}

func optLevel(o Options) int {
	if o.NoOptimize {
		return 0
	}
	return 2
}
