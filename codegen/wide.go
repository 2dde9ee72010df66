package codegen

import (
	"encoding/binary"

	"github.com/cilium/ebpf/asm"
	"modernc.org/cc/v4"
)

// 128-bit integers (unsigned __int128, in which BCC tools keep IPv6
// addresses). BPF registers hold 64 bits, so these are values in memory
// only: set from a constant, copied whole, filled through their address
// (bpf_probe_read_kernel(&addr, sizeof(addr), …)). Arithmetic on them is
// an error.

func isWide(t cc.Type) bool { return t != nil && (t.Kind() == cc.Int128 || t.Kind() == cc.UInt128) }

const wideArith = "128-bit integer arithmetic is not supported in BPF programs: a 128-bit integer can be set from a constant, copied whole, or read as two u64 halves"

// storeWide stores the 128-bit value of e at a.
func (l *lowerer) storeWide(a addr, e cc.ExpressionNode) {
	if c, ok := constOf(e); ok {
		var b [16]byte
		binary.LittleEndian.PutUint64(b[:], uint64(c))
		if c < 0 && isSigned(e.Type()) {
			binary.LittleEndian.PutUint64(b[8:], ^uint64(0))
		}
		l.storeBytes(a, b[:])
		return
	}
	if src := unwrap(e); isWide(src.Type()) {
		l.copyMem(a, l.addrOf(src), 16)
		return
	}
	l.errorf(e, wideArith)
}

// wideEqual branches on a == b (c is JEq or JNE) where one is a 128-bit
// integer, half by half; a nil b is 0.
func (l *lowerer) wideEqual(c asm.JumpOp, a, b cc.ExpressionNode, t, f *Block) {
	alo, ahi := l.wideHalves(a)
	blo, bhi := I(0), I(0)
	if b != nil {
		blo, bhi = l.wideHalves(b)
	}
	x := l.bin(asm.Or, l.bin(asm.Xor, alo, blo), l.bin(asm.Xor, ahi, bhi))
	l.branch(c, x, I(0), t, f)
}

// wideHalves are the low and high 64 bits of e: a constant, a 128-bit
// integer in memory, or an unsigned integer of up to 64 bits.
func (l *lowerer) wideHalves(e cc.ExpressionNode) (lo, hi Operand) {
	if c, ok := constOf(e); ok {
		if c < 0 && isSigned(e.Type()) {
			return I(c), I(-1)
		}
		return l.imm64(c), I(0)
	}
	src := unwrap(e)
	if isWide(src.Type()) {
		a := l.addrOf(src)
		lo = l.load(a, l.m.AST.ULong)
		a.off += 8
		return lo, l.load(a, l.m.AST.ULong)
	}
	if t := src.Type(); isInteger(t) && !isSigned(t) || isPointer(t) {
		return l.scalar(src, l.m.AST.ULong), I(0)
	}
	l.errorf(e, wideArith)
	return I(0), I(0)
}
