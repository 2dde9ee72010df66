package codegen

import (
	"bytes"
	"reflect"
	"strings"

	"modernc.org/cc/v4"
	"modernc.org/token"
)

// fromMacro reports whether the token name at pos came from a macro
// expansion in the user's file: tokens of an expansion carry the position
// of the macro's use, where the source text is something else. BCC
// rejects map method calls made by the user's macros.
func (l *lowerer) fromMacro(pos token.Position, name string) bool {
	src := l.m.Source
	if src == nil || pos.Filename != l.m.File || pos.Line < 1 || pos.Column < 1 {
		return false
	}
	l.indexSource()
	if pos.Line > len(l.lineStarts) {
		return false
	}
	i := l.lineStarts[pos.Line-1]
	i += pos.Column - 1
	if i > len(src) {
		return false
	}
	if bytes.HasPrefix(src[i:], []byte(name)) {
		return false
	}
	// The token came through a macro. If the source spells it in the
	// macro's arguments (bpf_trace_printk("%d", ip->ttl)), it is the
	// user's own text, not the macro body's.
	return !containsIdent(invocation(src[i:]), name)
}

// invocation is the text of the macro use at the start of s: its name
// and its parenthesised arguments.
func invocation(s []byte) []byte {
	j := 0
	for j < len(s) && (s[j] == '_' || s[j] >= 'a' && s[j] <= 'z' || s[j] >= 'A' && s[j] <= 'Z' || s[j] >= '0' && s[j] <= '9') {
		j++
	}
	for j < len(s) && (s[j] == ' ' || s[j] == '\t' || s[j] == '\n') {
		j++
	}
	if j >= len(s) || s[j] != '(' {
		return s[:j]
	}
	depth := 0
	for k := j; k < len(s); k++ {
		switch s[k] {
		case '(':
			depth++
		case ')':
			if depth--; depth == 0 {
				return s[:k+1]
			}
		}
	}
	return s
}

// containsIdent reports whether name occurs in s as a whole identifier.
func containsIdent(s []byte, name string) bool {
	isID := func(c byte) bool {
		return c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
	}
	for off := 0; ; {
		k := bytes.Index(s[off:], []byte(name))
		if k < 0 {
			return false
		}
		k += off
		if (k == 0 || !isID(s[k-1])) && (k+len(name) == len(s) || !isID(s[k+len(name)])) {
			return true
		}
		off = k + 1
	}
}

// macroBuiltin is the builtin of BCC's rewriter that a call to the
// function name comes from, "" for none: bpf_trace_printk (a macro of
// helpers.h calling bpf_trace_printk_) and bpf_usdt_readarg,
// bpf_usdt_readarg_p (macros of the USDT text of bcc.USDT.CText, calling
// _bpf_usdt_readarg_FN_N), incr_cksum_l3 and incr_cksum_l4 (lowered
// in cksum.go). bpf_num_cpus leaves no call (checkNumCPUsMacros).
func macroBuiltin(name string) string {
	switch {
	case name == "bpf_trace_printk_":
		return "bpf_trace_printk"
	case name == "incr_cksum_l3" || name == "incr_cksum_l4":
		return name
	case strings.HasPrefix(name, "_bpf_usdt_readarg_"):
		return "bpf_usdt_readarg" // also the start of bpf_usdt_readarg_p
	}
	return ""
}

// indexSource indexes the user's source by line, the first time the
// lowerer looks at it for macro expansions. It then checks the builtins
// that leave no call behind (checkNumCPUsMacros).
func (l *lowerer) indexSource() {
	if l.lineStarts != nil || l.m.Source == nil {
		return
	}
	l.lineStarts = []int{0}
	for i, c := range l.m.Source {
		if c == '\n' {
			l.lineStarts = append(l.lineStarts, i+1)
		}
	}
	l.checkNumCPUsMacros()
}

// numCPUsMacro is the predefined constant bpf_num_cpus() expands to
// (parse/cpus.go, include/bcc/helpers.h).
const numCPUsMacro = "__BCCC_ONLINE_CPUS"

// checkNumCPUsMacros rejects bpf_num_cpus() coming from a macro of the
// user's, as BCC does for every builtin its rewriter expands. In bccc
// bpf_num_cpus() is a macro of helpers.h that becomes the constant
// __BCCC_ONLINE_CPUS, so no call is left to check: the check is on the
// integer literals of the user's functions that cc/v4 says that constant
// produced, at the position of the macro use that produced them. A literal
// whose use spells bpf_num_cpus is the user's own; so is one whose macro's
// arguments spell it (M(bpf_num_cpus()) is accepted even when M's body
// also calls it, where BCC would reject the body's call).
func (l *lowerer) checkNumCPUsMacros() {
	for tu := l.m.AST.TranslationUnit; tu != nil; tu = tu.TranslationUnit {
		ed := tu.ExternalDeclaration
		if ed == nil || ed.Case != cc.ExternalDeclarationFuncDef || ed.FunctionDefinition.Position().Filename != l.m.File {
			continue
		}
		eachNode(reflect.ValueOf(ed.FunctionDefinition.CompoundStatement), func(n cc.Node) {
			p, ok := n.(*cc.PrimaryExpression)
			if !ok || p.Case != cc.PrimaryExpressionInt || p.Macro() == nil || p.Macro().Name.SrcStr() != numCPUsMacro {
				return
			}
			if l.fromMacro(p.Token.Position(), "bpf_num_cpus") {
				l.errorf(p, "cannot use builtin inside a macro")
			}
		})
	}
}

// eachNode calls f on every node of the syntax tree under v, through the
// exported node fields (the unexported ones link to scopes, types and
// declarations elsewhere).
func eachNode(v reflect.Value, f func(cc.Node)) {
	if (v.Kind() == reflect.Pointer || v.Kind() == reflect.Interface) && v.IsNil() {
		return
	}
	if n, ok := v.Interface().(cc.Node); ok {
		f(n)
	}
	for v.Kind() == reflect.Pointer || v.Kind() == reflect.Interface {
		v = v.Elem()
	}
	if v.Kind() != reflect.Struct {
		return
	}
	t := v.Type()
	for i := 0; i < v.NumField(); i++ {
		if !t.Field(i).IsExported() {
			continue
		}
		switch fv := v.Field(i); fv.Kind() {
		case reflect.Pointer, reflect.Interface:
			eachNode(fv, f)
		}
	}
}
