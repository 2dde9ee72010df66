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
	line := 1
	i := 0
	for line < pos.Line {
		j := bytes.IndexByte(src[i:], '\n')
		if j < 0 {
			return false
		}
		i += j + 1
		line++
	}
	i += pos.Column - 1
	return i > len(src) || !bytes.HasPrefix(src[i:], []byte(name))
}
