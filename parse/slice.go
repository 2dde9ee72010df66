package parse

import (
	"regexp"
	"strings"
	"sync"
)

// On-demand headers. Parsing all of the bundled UAPI and helper headers
// costs cc/v4 more than the rest of a compile, and a program uses a few of
// their hundreds of declarations. A sliced header keeps only the top-level
// items that define a name the program mentions, and the items those need.

// item is one top-level piece of a header: a declaration up to its ';', a
// preprocessor line, or a whole #if…#endif block.
type item struct {
	text    string
	defines []string
	refs    []string
}

type slicedHeader struct {
	guard string // include guard macro, defined in every slice
	items []item
	byDef map[string][]int
}

var (
	sliceOnce sync.Once
	sliced    map[string]*slicedHeader // by bundled path
)

// slicedPaths are the headers served in slices.
var slicedPaths = []string{"bcc/bpf_uapi.h", "bcc/helper_defs.h"}

func loadSliced() {
	sliced = map[string]*slicedHeader{}
	for _, p := range slicedPaths {
		b, err := bundled.ReadFile("include/" + p)
		if err != nil {
			panic(err)
		}
		sliced[p] = splitHeader(string(b))
	}
	inlineHelperIDs(sliced["bcc/helper_defs.h"])
}

var funcID = regexp.MustCompile(`\b(BPF_FUNC_\w+)\s*=\s*(\d+)`)

// inlineHelperIDs writes helper IDs as numbers in the helper declarations,
// so a declaration does not pull in the 212-entry enum bpf_func_id.
func inlineHelperIDs(h *slicedHeader) {
	ids := map[string]string{}
	for _, it := range h.items {
		for _, m := range funcID.FindAllStringSubmatch(it.text, -1) {
			ids[m[1]] = m[2]
		}
	}
	for i := range h.items {
		it := &h.items[i]
		if strings.Contains(it.text, "enum bpf_func_id") {
			continue
		}
		var refs []string
		for _, r := range it.refs {
			if id, ok := ids[r]; ok {
				it.text = strings.ReplaceAll(it.text, r, id)
				continue
			}
			refs = append(refs, r)
		}
		it.refs = refs
	}
}

// splitHeader splits a header whose body is wrapped in an include guard.
func splitHeader(src string) *slicedHeader {
	h := &slicedHeader{byDef: map[string][]int{}}
	s := &scanner{src: src}
	depth := 0 // #if nesting inside the guard
	var cur strings.Builder
	var curDefs, curRefs []string
	braces := 0
	stmtStart := 0
	flush := func() {
		stmtStart = 0
		t := strings.TrimSpace(cur.String())
		if t != "" {
			h.items = append(h.items, item{text: cur.String(), defines: curDefs, refs: curRefs})
		}
		cur.Reset()
		curDefs, curRefs = nil, nil
	}
	for !s.eof() {
		if s.atLineStart() && s.peekDirective() {
			line := s.directiveLine()
			word, rest := directiveWord(line)
			switch {
			case h.guard == "" && word == "ifndef":
				h.guard = strings.TrimSpace(rest)
				continue
			case h.guard != "" && word == "define" && firstIdent(rest) == h.guard && len(h.items) == 0 && depth == 0:
				continue
			case word == "include" && depth == 0 && braces == 0:
				continue // bcc/types.h: always in the prelude
			case word == "if" || word == "ifdef" || word == "ifndef":
				depth++
			case word == "endif":
				if depth == 0 {
					continue // the guard's #endif
				}
				depth--
			}
			cur.WriteString(line)
			stmtStart = cur.Len()
			ids := identifiers(line)
			if word == "define" {
				if n := firstIdent(rest); n != "" {
					curDefs = append(curDefs, n)
					ids = identifiers(rest[len(n)+strings.Index(rest, n):])
				}
			}
			curRefs = append(curRefs, ids...)
			if depth == 0 && braces == 0 {
				flush()
			}
			continue
		}
		tok, kind := s.next()
		cur.WriteString(tok)
		switch {
		case kind == tokIdent:
			curRefs = append(curRefs, tok)
		case tok == "{":
			braces++
		case tok == "}":
			braces--
		case tok == ";" && braces == 0:
			curDefs = append(curDefs, declNames(cur.String()[stmtStart:])...)
			stmtStart = cur.Len()
			if depth == 0 {
				flush()
			}
		}
	}
	flush()
	for i, it := range h.items {
		if len(it.defines) == 0 {
			// Unknown shape: keep it unconditionally.
			h.items[i].defines = []string{"*"}
		}
		for _, d := range h.items[i].defines {
			h.byDef[d] = append(h.byDef[d], i)
		}
	}
	return h
}

// declNames finds the names a declaration defines: struct/union/enum tags
// with a body, enumerators, and the declarators (the last identifier before
// '=', ';' or ',' at brace depth 0, or the name in (*name)).
func declNames(decl string) []string {
	var names []string
	s := &scanner{src: decl}
	var toks []string
	var kinds []int
	for !s.eof() {
		t, k := s.next()
		if k == tokSpace {
			continue
		}
		toks = append(toks, t)
		kinds = append(kinds, k)
	}
	depth, parens := 0, 0
	enumBody := -1
	for i, t := range toks {
		switch t {
		case "{":
			if i >= 1 && toks[i-1] == "enum" || i >= 2 && toks[i-2] == "enum" {
				enumBody = depth + 1
			}
			if i >= 2 && (toks[i-2] == "struct" || toks[i-2] == "union" || toks[i-2] == "enum") && kinds[i-1] == tokIdent {
				names = append(names, toks[i-1])
			}
			depth++
		case "}":
			if depth == enumBody {
				if i > 0 && kinds[i-1] == tokIdent {
					names = append(names, toks[i-1])
				}
				enumBody = -1
			}
			depth--
		case "(":
			parens++
		case ")":
			// (*name): a function pointer declarator.
			if parens == 1 && depth == 0 && i >= 3 && toks[i-3] == "(" && toks[i-2] == "*" && kinds[i-1] == tokIdent {
				names = append(names, toks[i-1])
			}
			parens--
		case "=", ";", ",", "[":
			if i == 0 || kinds[i-1] != tokIdent || parens != 0 {
				break
			}
			if depth == 0 || depth == enumBody && t != "[" && t != ";" {
				names = append(names, toks[i-1])
			}
		}
	}
	return names
}

// slice returns the items of h needed for the identifiers in need.
func (h *slicedHeader) slice(need map[string]bool) string {
	in := make([]bool, len(h.items))
	var work []string
	for n := range need {
		work = append(work, n)
	}
	work = append(work, "*")
	seen := map[string]bool{}
	for len(work) > 0 {
		n := work[len(work)-1]
		work = work[:len(work)-1]
		if seen[n] {
			continue
		}
		seen[n] = true
		for _, i := range h.byDef[n] {
			if in[i] {
				continue
			}
			in[i] = true
			work = append(work, h.items[i].refs...)
		}
	}
	var b strings.Builder
	b.WriteString("#ifndef " + h.guard + "\n#define " + h.guard + "\n")
	for i, it := range h.items {
		if in[i] {
			b.WriteString(it.text)
			b.WriteString("\n")
		}
	}
	b.WriteString("#endif\n")
	return b.String()
}

// usedIdentifiers collects identifiers from C text.
func usedIdentifiers(src []byte, into map[string]bool) {
	s := &scanner{src: string(src)}
	for !s.eof() {
		t, k := s.next()
		if k == tokIdent {
			into[t] = true
		}
	}
}

// ---- a minimal C scanner: identifiers, comments, strings, punctuation ----

const (
	tokOther = iota
	tokIdent
	tokSpace
)

type scanner struct {
	src string
	pos int
}

func (s *scanner) eof() bool { return s.pos >= len(s.src) }

func (s *scanner) atLineStart() bool {
	for i := s.pos - 1; i >= 0; i-- {
		switch s.src[i] {
		case ' ', '\t':
			continue
		case '\n':
			return true
		default:
			return false
		}
	}
	return true
}

func (s *scanner) peekDirective() bool {
	i := s.pos
	for i < len(s.src) && (s.src[i] == ' ' || s.src[i] == '\t') {
		i++
	}
	return i < len(s.src) && s.src[i] == '#'
}

// directiveLine consumes a preprocessor line with its continuations.
func (s *scanner) directiveLine() string {
	start := s.pos
	for s.pos < len(s.src) {
		c := s.src[s.pos]
		if c == '\\' && s.pos+1 < len(s.src) && s.src[s.pos+1] == '\n' {
			s.pos += 2
			continue
		}
		if c == '/' && s.pos+1 < len(s.src) && s.src[s.pos+1] == '*' {
			end := strings.Index(s.src[s.pos+2:], "*/")
			if end < 0 {
				s.pos = len(s.src)
				break
			}
			s.pos += end + 4
			continue
		}
		s.pos++
		if c == '\n' {
			break
		}
	}
	return s.src[start:s.pos]
}

func (s *scanner) next() (string, int) {
	start := s.pos
	c := s.src[s.pos]
	switch {
	case c == '/' && s.pos+1 < len(s.src) && s.src[s.pos+1] == '*':
		end := strings.Index(s.src[s.pos+2:], "*/")
		if end < 0 {
			s.pos = len(s.src)
		} else {
			s.pos += end + 4
		}
		return " ", tokSpace
	case c == '/' && s.pos+1 < len(s.src) && s.src[s.pos+1] == '/':
		end := strings.IndexByte(s.src[s.pos:], '\n')
		if end < 0 {
			s.pos = len(s.src)
		} else {
			s.pos += end
		}
		return " ", tokSpace
	case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\\':
		s.pos++
		return s.src[start:s.pos], tokSpace
	case c == '"' || c == '\'':
		s.pos++
		for s.pos < len(s.src) && s.src[s.pos] != c && s.src[s.pos] != '\n' {
			if s.src[s.pos] == '\\' {
				s.pos++
			}
			s.pos++
		}
		s.pos = min(s.pos+1, len(s.src))
		return s.src[start:s.pos], tokOther
	case isIdentStart(c):
		for s.pos < len(s.src) && isIdentChar(s.src[s.pos]) {
			s.pos++
		}
		return s.src[start:s.pos], tokIdent
	case c >= '0' && c <= '9':
		for s.pos < len(s.src) && (isIdentChar(s.src[s.pos]) || s.src[s.pos] == '.') {
			s.pos++
		}
		return s.src[start:s.pos], tokOther
	}
	s.pos++
	return s.src[start:s.pos], tokOther
}

func isIdentStart(c byte) bool { return c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }
func isIdentChar(c byte) bool  { return isIdentStart(c) || c >= '0' && c <= '9' }

func identifiers(s string) []string {
	var r []string
	sc := &scanner{src: s}
	for !sc.eof() {
		t, k := sc.next()
		if k == tokIdent {
			r = append(r, t)
		}
	}
	return r
}

func firstIdent(s string) string {
	for _, id := range identifiers(s) {
		return id
	}
	return ""
}

func directiveWord(line string) (string, string) {
	t := strings.TrimLeft(line, " \t")
	t = strings.TrimPrefix(t, "#")
	t = strings.TrimLeft(t, " \t")
	i := 0
	for i < len(t) && isIdentChar(t[i]) {
		i++
	}
	return t[:i], t[i:]
}
