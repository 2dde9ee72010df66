package codegen

import "modernc.org/token"

// setPos makes p the position of the instructions emitted next. Positions
// outside the program's file (the bodies of header functions such as
// bpf_log2l, inlined) are ignored: their instructions keep the position of
// the user's statement that called them, which is the line the line info,
// the verifier log and the lint must blame. Only the program's file gets
// line info (compile.go).
func (l *lowerer) setPos(p token.Position) {
	if p.IsValid() && (p.Filename == l.m.File || l.m.File == "") {
		l.pos = p
	}
}
