package codegen

import (
	"github.com/cilium/ebpf"
	"github.com/cilium/ebpf/asm"
	"modernc.org/cc/v4"
)

// BCC's load_byte/load_half/load_word (DIALECT §7) are the legacy packet
// loads LD_ABS (constant offset) and LD_IND (offset in a register). The
// kernel gives them an implicit operand and a calling convention of their
// own: the skb must be in R6, R1–R5 are clobbered as by a helper call, the
// value lands in R0 in host order, and an offset outside the packet ends
// the program with return value 0. helpers.h calls __bccc_ld_abs(skb,
// off, size), lowered here to OpLdAbs; regalloc.go keeps the ctx operand in
// R6 (or R6 free to move it there) and treats the op as a call.

// ldAbsTypes are the program types whose verifier accepts LD_ABS/LD_IND
// (the kernel's may_access_skb; checked by loading on Linux 6.18).
var ldAbsTypes = map[ebpf.ProgramType]bool{ebpf.SocketFilter: true, ebpf.SchedCLS: true, ebpf.SchedACT: true}

// skbLoadTypes are the other program types with an skb context that may
// call bpf_skb_load_bytes: there the loads keep working through the
// helper, though an offset outside the packet then reads as 0 instead of
// ending the program.
var skbLoadTypes = map[ebpf.ProgramType]bool{
	ebpf.CGroupSKB: true, ebpf.LWTIn: true, ebpf.LWTOut: true, ebpf.LWTXmit: true, ebpf.LWTSeg6Local: true,
	ebpf.SkSKB: true, ebpf.SkReuseport: true, ebpf.FlowDissector: true,
}

const helperSkbLoadBytes = 26

// progType is the program type of the function being lowered.
func (l *lowerer) progType() ebpf.ProgramType {
	for _, p := range l.m.Progs {
		if p.Name == l.f.Name {
			return p.Type
		}
	}
	return ebpf.UnspecifiedProgram
}

// ldAbs lowers __bccc_ld_abs(skb, off, size): the size big-endian bytes at
// packet offset off, as a host-order unsigned long long.
func (l *lowerer) ldAbs(x *cc.PostfixExpression, args []cc.ExpressionNode) Operand {
	if len(args) != 3 {
		l.errorf(x, "__bccc_ld_abs takes 3 arguments")
	}
	size, ok := constOf(args[2])
	if !ok || size != 1 && size != 2 && size != 4 {
		l.errorf(args[2], "__bccc_ld_abs: the size must be 1, 2 or 4")
	}
	typ := l.progType()
	if !ldAbsTypes[typ] && !skbLoadTypes[typ] {
		// l.pos is the user's line that called load_*, not helpers.h.
		l.errorf(nil, "load_byte, load_half, load_word, load_dword and <bcc/proto.h> header fields read the packet of a socket buffer, which %v programs do not have: use them in socket filter and tc (SCHED_CLS, SCHED_ACT) programs; XDP reads the packet from ctx->data after a check against ctx->data_end", typ)
	}
	ctx := l.scalar(args[0], l.m.AST.PVoid)
	off := l.scalar(args[1], l.m.AST.ULongLong)
	if ldAbsTypes[typ] {
		r := l.f.newVReg()
		l.emit(&Inst{Op: OpLdAbs, Dst: r, A: ctx, B: off, Size: uint8(size)})
		return R(r)
	}
	// bpf_skb_load_bytes zeroes the buffer when off is outside the packet.
	s := l.f.newSlot("ld_abs", 8, 8)
	p := l.f.newVReg()
	l.emit(&Inst{Op: OpAddr, Dst: p, Slot: s})
	l.emitCall(helperSkbLoadBytes, l.m.AST.Long, ctx, off, R(p), I(size))
	v := l.load(slotAddr(s), l.uintOf(size))
	if size == 1 {
		return v
	}
	r := l.f.newVReg()
	l.emit(&Inst{Op: OpSwap, Dst: r, A: v, Size: uint8(size)})
	return R(r)
}

// ldAbs emits OpLdAbs: the context into R6 unless it lives there (the
// allocator keeps R6 free here otherwise), then LD_ABS or LD_IND, whose
// result the kernel leaves in R0.
func (e *emitter) ldAbs(in *Inst) {
	if in.A.IsImm {
		e.movImm(asm.R6, in.A.Imm)
	} else if l := e.loc(in.A.Reg); l.reg == noReg {
		e.put(asm.LoadMem(asm.R6, asm.R10, e.spillOff(l.spill), asm.DWord))
	} else if l.reg != asm.R6 {
		e.put(asm.Mov.Reg(asm.R6, l.reg))
	}
	size := memSize(in.Size)
	if in.B.IsImm {
		// The kernel adds the offset in 64 bits and uses the low 32: the
		// immediate's truncation reads the same byte.
		e.put(asm.LoadAbs(int32(in.B.Imm), size))
	} else {
		e.put(asm.LoadInd(asm.R0, e.use(in.B, scratchB), 0, size))
	}
	if in.Dst == 0 {
		return
	}
	if l := e.loc(in.Dst); l.reg == noReg {
		e.put(asm.StoreMem(asm.R10, e.spillOff(l.spill), asm.R0, asm.DWord))
	} else if l.reg != asm.R0 {
		e.put(asm.Mov.Reg(l.reg, asm.R0))
	}
}
