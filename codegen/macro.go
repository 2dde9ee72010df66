package codegen

import (
	"bytes"

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
	if l.lineStarts == nil {
		l.lineStarts = []int{0}
		for i, c := range src {
			if c == '\n' {
				l.lineStarts = append(l.lineStarts, i+1)
			}
		}
	}
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
