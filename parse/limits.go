package parse

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"

	"modernc.org/cc/v4"
)

// endSentinel is parsed after the program. cc/v4's parser loops forever,
// adding an error each turn, when the input ends among a pointer's type
// qualifiers (`int *` as the last tokens, one of the fuzzer's finds): the
// loop stops only at an identifier, a ')' or the like. So an identifier
// always follows the program: a typedef that changes nothing when the
// program is complete. compile.go turns errors inside it into "unexpected
// end of input" at the end of the file.
var endSentinel = cc.Source{Name: "<end>", Value: "\n__u32 typedef __bccc_end_t;\n"}

// spliceAtEOF ends a file that ends in a backslash (a line splice, with or
// without its newline) with two more newlines. cc/v4's scanner, at the end
// of input after a splice, decodes an empty rune that never advances, and
// loops forever inside a string or character literal (`"…\` as the last
// line). gcc only warns there; the newlines change nothing else.
func spliceAtEOF(b []byte) []byte {
	t := bytes.TrimSuffix(bytes.TrimSuffix(b, []byte("\n")), []byte("\r"))
	if !bytes.HasSuffix(t, []byte("\\")) {
		return b
	}
	return append(bytes.Clone(b), "\n\n"...)
}

// spliceAtEOFFile serves, from the host file system, a user's file that
// needs spliceAtEOF; nil for any other, which cc/v4 then reads itself.
func spliceAtEOFFile(name string) fs.File {
	b, err := readRegular(name)
	if err != nil {
		return nil
	}
	fixed := spliceAtEOF(b)
	if len(fixed) == len(b) {
		return nil
	}
	return memFile{bytes.NewReader(fixed)}
}

// readRegular reads a regular file: reading /dev/zero or a FIFO that an
// #include names would never end.
func readRegular(name string) ([]byte, error) {
	if st, err := os.Stat(name); err != nil || !st.Mode().IsRegular() {
		return nil, fs.ErrInvalid
	}
	return os.ReadFile(name)
}

// memFile is a file's contents as an fs.File; cc/v4 only reads and closes it.
type memFile struct{ *bytes.Reader }

func (memFile) Stat() (fs.FileInfo, error) { return nil, errors.ErrUnsupported }
func (memFile) Close() error               { return nil }

// pragmaOnce implements #pragma once, which cc/v4 leaves to its caller: a
// file that says it is skipped when entered again. Without it a header
// guarded only so that includes itself, or is included twice, recurses or
// redefines. Other pragmas are ignored.
func pragmaOnce() func([]cc.Token) error {
	seen := map[string]bool{}
	return func(toks []cc.Token) error {
		if len(toks) != 1 || toks[0].SrcStr() != "once" {
			return nil
		}
		f := toks[0].Position().Filename
		if seen[f] {
			return cc.SkipSource
		}
		seen[f] = true
		return nil
	}
}

// MaxIncludeDepth bounds how deeply #include may nest (gcc's limit). cc/v4
// has such a limit, but it does not take effect: a file that includes
// itself makes it recurse until memory runs out.
const MaxIncludeDepth = 200

// maxIncludes bounds the files entered in all: headers without guards that
// each include the next twice would otherwise double the work per level.
const maxIncludes = 20000

// checkIncludes follows the #include directives of the program's own files
// (the bundled headers include nothing of the user's) as the preprocessor
// would, tracking only which macros are defined, and reports an include
// nested too deeply at its position. Conditions it cannot decide (#if on
// macro values, macros of the bundled headers or the kernel config) hide
// their includes, so it rejects only includes cc/v4 would follow too.
//
// It also reports whether an #include of the user's may fail in cc/v4
// (not found, not decided, computed): that stops cc/v4's preprocessor, and
// its parser, given no more tokens in the middle of a declarator, loops
// forever (see endSentinel).
func checkIncludes(filename string, src []byte, c Config) (risky bool, err error) {
	w := &includeWalk{c: c, defined: map[string]int8{}, files: map[string][]directive{}}
	for _, ln := range strings.Split(predefined(c), "\n") {
		if f := strings.Fields(ln); len(f) >= 2 && f[0] == "#define" {
			w.defined[macroName(f[1])] = 1
		}
	}
	w.files[filename] = directives(string(src))
	err = w.walk(filename, nil)
	return w.risky, err
}

// preprocessFirst runs the preprocessor alone, so that its errors are
// reported without running the parser after them.
func preprocessFirst(cfg *cc.Config, sources []cc.Source) (err error) {
	defer func() {
		if recover() != nil {
			err = nil // translate reports it
		}
	}()
	pcfg := *cfg
	pcfg.PragmaHandler = pragmaOnce()
	return cc.Preprocess(&pcfg, sources, io.Discard)
}

type directive struct {
	line, col int
	name, arg string // "include", "ifdef", …; the rest of the line
}

// directives lists the preprocessor lines of a file, comments removed.
func directives(src string) []directive {
	var r []directive
	s := &scanner{src: src}
	line, from := 1, 0
	bol := true // only blanks and comments since the line began
	for !s.eof() {
		start := s.pos
		if bol && src[start] == '#' {
			line += strings.Count(src[from:start], "\n")
			from = start
			text := s.directiveLine()
			col := start - strings.LastIndexByte(src[:start], '\n')
			body := string(stripComments([]byte(strings.ReplaceAll(text, "\\\n", ""))))
			body = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(body), "#"))
			i := 0
			for i < len(body) && isIdentChar(body[i]) {
				i++
			}
			r = append(r, directive{line: line, col: col, name: body[:i], arg: strings.TrimSpace(body[i:])})
			continue
		}
		switch t, k := s.next(); {
		case t == "\n":
			bol = true
		case k != tokSpace:
			bol = false
		}
	}
	return r
}

func macroName(s string) string {
	if i := strings.IndexByte(s, '('); i >= 0 {
		return s[:i]
	}
	return s
}

type includeWalk struct {
	c       Config
	defined map[string]int8 // 1 defined, -1 undefined, 0 unknown; absent: undefined
	files   map[string][]directive
	once    map[string]bool
	entered int
	risky   bool // an #include may fail in cc/v4
}

// tri is a condition's value: yes, no or unknown.
type tri int8

const (
	no tri = iota - 1
	unknown
	yes
)

func (a tri) and(b tri) tri { return min(a, b) }
func (a tri) or(b tri) tri  { return max(a, b) }
func (a tri) not() tri      { return -a }

// walk follows the directives of file, included through stack.
func (w *includeWalk) walk(file string, stack []string) error {
	w.entered++
	dirs, ok := w.files[file]
	if !ok {
		b, err := readRegular(file)
		if err != nil {
			return nil
		}
		dirs = directives(string(b))
		w.files[file] = dirs
	}
	stack = append(stack, file)
	type frame struct{ outer, cond, done tri }
	var conds []frame
	active := yes
	for _, d := range dirs {
		switch d.name {
		case "if", "ifdef", "ifndef":
			c := w.cond(d)
			conds = append(conds, frame{active, c, c})
			active = active.and(c)
			continue
		case "elif", "else":
			if len(conds) == 0 {
				continue
			}
			f := &conds[len(conds)-1]
			c := yes
			if d.name == "elif" {
				c = w.cond(d)
			}
			f.cond, f.done = f.done.not().and(c), f.done.or(c)
			active = f.outer.and(f.cond)
			continue
		case "endif":
			if len(conds) > 0 {
				active = conds[len(conds)-1].outer
				conds = conds[:len(conds)-1]
			}
			continue
		}
		if active == no {
			continue
		}
		switch d.name {
		case "define", "undef":
			if f := strings.Fields(d.arg); len(f) > 0 {
				v := int8(1)
				if d.name == "undef" {
					v = -1
				}
				if active == unknown {
					v = 0
				}
				w.defined[macroName(f[0])] = v
			}
		case "pragma":
			if active == yes && strings.TrimSpace(d.arg) == "once" {
				if w.once == nil {
					w.once = map[string]bool{}
				}
				if w.once[file] {
					return nil
				}
				w.once[file] = true
			}
		case "include_next":
			w.risky = true
		case "include":
			if active != yes {
				w.risky = true
				continue
			}
			pos := fmt.Sprintf("%s:%d:%d", file, d.line, d.col)
			next, ok, absOnly := w.resolve(file, d.arg)
			if next == "" && d.arg == "__FILE__" {
				dir, _ := filepath.Split(file)
				return fmt.Errorf("%s: #include __FILE__: %q not found under %s or the -I directories (as in gcc, __FILE__ is the name the file is compiled by, looked for relative to the file's directory: compile it from its own directory)", pos, file, filepath.Clean(dir))
			}
			if next == "" {
				w.risky = w.risky || !ok
				continue
			}
			if st, err := os.Stat(next); err == nil && !st.Mode().IsRegular() {
				// cc/v4 would read it to the end, which a device or a
				// FIFO may never have.
				return fmt.Errorf("%s: #include of %s, which is not a regular file", pos, next)
			}
			if len(stack) >= MaxIncludeDepth {
				return fmt.Errorf("%s: #include nested deeper than %d levels%s", pos, MaxIncludeDepth, cycle(stack, next))
			}
			if w.entered >= maxIncludes {
				return fmt.Errorf("%s: more than %d files included", pos, maxIncludes)
			}
			if err := w.walk(next, stack); err != nil {
				return err
			}
			if absOnly {
				// Found by its absolute path only (as gcc finds it), which
				// cc/v4 does not try: it joins every name to a search
				// directory. Had the file recursed, that was reported.
				what, fix := "#include "+d.arg, "name it relative to one of those"
				if d.arg == "__FILE__" {
					what, fix = fmt.Sprintf("#include __FILE__ (%q)", file), "compile the file by a relative name"
				}
				return fmt.Errorf("%s: %s: bccc cannot include a file by its absolute path (it looks for include names under the including file's directory and the -I directories); %s", pos, what, fix)
			}
		}
	}
	return nil
}

// cycle names the files that include each other, if the stack repeats.
func cycle(stack []string, next string) string {
	for i := len(stack) - 1; i >= 0; i-- {
		if stack[i] != next {
			continue
		}
		f := stack[i]
		if i == len(stack)-1 {
			return fmt.Sprintf(": %s includes itself", f)
		}
		names := append(append([]string{}, stack[i:]...), next)
		return ": they include each other: " + strings.Join(names, " -> ")
	}
	return ""
}

// resolve finds the user's file an #include names, as cc/v4 searches: the
// including file's directory for "…", then the -I directories, then the
// bundled headers, which give "". ok is false for names not found and
// computed ones.
//
// absOnly is set when only the name as an absolute path found the file,
// which gcc includes but cc/v4 does not.
func (w *includeWalk) resolve(from, arg string) (path string, ok, absOnly bool) {
	var name string
	dirs := w.c.IncludeDirs
	switch {
	case arg == "__FILE__":
		// The name the file was compiled or included by, searched for as
		// #include "NAME" (as gcc does): from the file's own directory,
		// where a relative name with a directory is not found.
		name = from
		dir, _ := filepath.Split(from)
		dirs = append([]string{filepath.Clean(dir)}, dirs...)
	case strings.HasPrefix(arg, `"`):
		i := strings.IndexByte(arg[1:], '"')
		if i < 0 {
			return "", false, false
		}
		name = arg[1 : 1+i]
		dir, _ := filepath.Split(from)
		dirs = append([]string{filepath.Clean(dir)}, dirs...)
	case strings.HasPrefix(arg, "<"):
		i := strings.IndexByte(arg, '>')
		if i < 0 {
			return "", false, false
		}
		name = arg[1:i]
	default:
		return "", false, false
	}
	for _, d := range dirs {
		p := filepath.Join(d, name)
		if _, ok := w.files[p]; ok {
			return p, true, false
		}
		if st, err := os.Stat(p); err == nil && !st.IsDir() {
			return p, true, false
		}
	}
	if f, err := (overlay{}).Open(bundledRoot + "/" + name); err == nil {
		f.Close()
		return "", true, false
	}
	if filepath.IsAbs(name) {
		// gcc opens an absolute name as it is; cc/v4 joins it to each
		// search directory instead.
		if st, err := os.Stat(name); err == nil && !st.IsDir() {
			return name, true, true
		}
	}
	return "", false, false
}

// cond evaluates an #if, #ifdef, #ifndef or #elif condition.
func (w *includeWalk) cond(d directive) tri {
	switch d.name {
	case "ifdef", "ifndef":
		f := strings.Fields(d.arg)
		if len(f) == 0 {
			return unknown
		}
		v := w.isDefined(f[0])
		if d.name == "ifndef" {
			v = v.not()
		}
		return v
	}
	p := &condParser{w: w, toks: condTokens(d.arg)}
	v := p.or()
	if p.i != len(p.toks) {
		return unknown
	}
	return v
}

func (w *includeWalk) isDefined(name string) tri {
	v, ok := w.defined[name]
	if !ok {
		if bundledMacros()[name] || strings.HasPrefix(name, "CONFIG_") {
			return unknown
		}
		return no
	}
	return tri(v)
}

// condParser evaluates the part of #if expressions that decides include
// guards: defined, !, &&, ||, parentheses, 0 and 1. Anything else is
// unknown.
type condParser struct {
	w    *includeWalk
	toks []string
	i    int
}

func (p *condParser) peek() string {
	if p.i < len(p.toks) {
		return p.toks[p.i]
	}
	return ""
}

func (p *condParser) or() tri {
	v := p.and()
	for p.peek() == "|" && p.i+1 < len(p.toks) && p.toks[p.i+1] == "|" {
		p.i += 2
		v = v.or(p.and())
	}
	return v
}

func (p *condParser) and() tri {
	v := p.unary()
	for p.peek() == "&" && p.i+1 < len(p.toks) && p.toks[p.i+1] == "&" {
		p.i += 2
		v = v.and(p.unary())
	}
	return v
}

func (p *condParser) unary() tri {
	switch t := p.peek(); {
	case t == "!":
		p.i++
		return p.unary().not()
	case t == "(":
		p.i++
		v := p.or()
		if p.peek() != ")" {
			p.i = len(p.toks) + 1
			return unknown
		}
		p.i++
		return v
	case t == "defined":
		p.i++
		paren := p.peek() == "("
		if paren {
			p.i++
		}
		name := p.peek()
		p.i++
		if paren {
			if p.peek() != ")" {
				p.i = len(p.toks) + 1
				return unknown
			}
			p.i++
		}
		return p.w.isDefined(name)
	case t != "" && t[0] >= '0' && t[0] <= '9':
		p.i++
		if n, err := strconv.ParseInt(strings.TrimRight(t, "uUlL"), 0, 64); err == nil {
			if n != 0 {
				return yes
			}
			return no
		}
		return unknown
	}
	p.i = len(p.toks) + 1
	return unknown
}

func condTokens(s string) []string {
	var r []string
	sc := &scanner{src: s}
	for !sc.eof() {
		if t, k := sc.next(); k != tokSpace {
			r = append(r, t)
		}
	}
	return r
}

var (
	userMacroOnce     sync.Once
	bundledMacroNames map[string]bool
)

// bundledMacros are the macros the bundled headers may define: to the walk
// their definedness is unknown.
func bundledMacros() map[string]bool {
	userMacroOnce.Do(func() {
		bundledMacroNames = map[string]bool{}
		fs.WalkDir(bundled, "include", func(p string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() {
				return nil
			}
			b, _ := bundled.ReadFile(p)
			for _, d := range directives(string(b)) {
				if f := strings.Fields(d.arg); d.name == "define" && len(f) > 0 {
					bundledMacroNames[macroName(f[0])] = true
				}
			}
			return nil
		})
	})
	return bundledMacroNames
}

// MaxTokens bounds the tokens of the program's file (counting each
// character of an operator). The front end keeps some 4 KB per statement
// (cc/v4's syntax tree, then the IR): 200,000 statements of `x += i;`
// (1,000,000 tokens) take 4 s and 0.9 GB, and memory grows with the input,
// so a bigger file is refused instead. Macro expansion has its own bound
// (ExpansionLimit).
const MaxTokens = 1_200_000

// checkSize reports the token where the file passes MaxTokens.
func checkSize(filename string, src []byte) error {
	s := &scanner{src: string(src)}
	n := 0
	for !s.eof() {
		start := s.pos
		if _, k := s.next(); k == tokSpace {
			continue
		}
		if n++; n > MaxTokens {
			line := 1 + strings.Count(s.src[:start], "\n")
			col := start - strings.LastIndexByte(s.src[:start], '\n')
			return fmt.Errorf("%s:%d:%d: the file has more than %d tokens, more than bccc compiles", filename, line, col, MaxTokens)
		}
	}
	return nil
}
