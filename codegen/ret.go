package codegen

import (
	"github.com/cilium/ebpf"
	"modernc.org/cc/v4"
)

// result32For reports program types whose result the kernel reads as a
// u32 (bpf_prog_run's result). Not so for BTF-attached programs: an
// fmod_ret result becomes the traced function's return value, 64 bits wide
// for a function returning long, and the verifier range-checks LSM results.
func result32For(t ebpf.ProgramType) bool {
	switch t {
	case ebpf.Tracing, ebpf.LSM, ebpf.StructOps, ebpf.Extension:
		return false
	}
	return true
}

// progResult evaluates the value a program returns, as type t. Where the
// kernel reads only the low 32 bits of R0, and converting an integer or a
// pointer to a 32-bit int keeps its low 32 bits, an int result needs no
// sign extension (clang emits none). Extending a pointer (return (long)p)
// would even be rejected: "pointer arithmetic with <<= operator
// prohibited". Narrower results (char, short) change their low 32 bits and
// are converted.
func (l *lowerer) progResult(n cc.ExpressionNode, t cc.Type) Operand {
	if !l.result32 || width(t) != 4 || t.Kind() == cc.Bool || !isInteger(t) {
		return l.scalar(n, t)
	}
	if _, ok := constOf(n); ok {
		return l.scalar(n, t)
	}
	v, from := l.rvalue(n)
	if !isInteger(from) && !isPointer(from) {
		return l.convert(v, from, t)
	}
	return v
}
