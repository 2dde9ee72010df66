// Package jumps answers questions about BPF conditional jumps that both
// the code generator and the lint ask.
package jumps

import "github.com/cilium/ebpf/asm"

// Negate is the condition that holds exactly when c does not (JA, JSet
// and calls come back unchanged).
func Negate(c asm.JumpOp) asm.JumpOp {
	switch c {
	case asm.JEq:
		return asm.JNE
	case asm.JNE:
		return asm.JEq
	case asm.JGT:
		return asm.JLE
	case asm.JLE:
		return asm.JGT
	case asm.JGE:
		return asm.JLT
	case asm.JLT:
		return asm.JGE
	case asm.JSGT:
		return asm.JSLE
	case asm.JSLE:
		return asm.JSGT
	case asm.JSGE:
		return asm.JSLT
	case asm.JSLT:
		return asm.JSGE
	}
	return c
}

// Swap is the condition of b c a: a c b with its operands exchanged.
func Swap(c asm.JumpOp) asm.JumpOp {
	switch c {
	case asm.JGT:
		return asm.JLT
	case asm.JLT:
		return asm.JGT
	case asm.JGE:
		return asm.JLE
	case asm.JLE:
		return asm.JGE
	case asm.JSGT:
		return asm.JSLT
	case asm.JSLT:
		return asm.JSGT
	case asm.JSGE:
		return asm.JSLE
	case asm.JSLE:
		return asm.JSGE
	}
	return c
}
