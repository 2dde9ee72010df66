package codegen

import (
	"github.com/cilium/ebpf/asm"
	"modernc.org/cc/v4"
)

// ptrOf materialises an address as a pointer register.
func (l *lowerer) ptrOf(a addr) VReg {
	r := l.f.newVReg()
	switch {
	case a.slot >= 0:
		l.emit(&Inst{Op: OpAddr, Dst: r, Slot: a.slot, Off: a.off})
	case a.sym != "":
		l.emit(&Inst{Op: OpDataPtr, Dst: r, Sym: a.sym, Off: a.off})
	default:
		if a.core.covers(a.off) {
			l.emit(&Inst{Op: OpBin, Dst: r, A: R(a.base), B: I(a.off), Alu: asm.Add, Core: a.core.reloc()})
			if a.space == SpaceKernel || l.extRegs[a.base] {
				l.extRegs[r] = true
			}
			return r
		}
		if a.off == 0 {
			return a.base
		}
		l.emit(&Inst{Op: OpBin, Dst: r, A: R(a.base), B: I(a.off), Alu: asm.Add})
		if a.space == SpaceKernel || l.extRegs[a.base] {
			l.extRegs[r] = true // &p->field of a kernel pointer is one too
		}
	}
	return r
}

// memOp fills the address fields of a memory instruction.
func (l *lowerer) memOp(in *Inst, a addr) *Inst {
	switch {
	case a.slot >= 0:
		in.Slot, in.Off, in.Space = a.slot, a.off, SpaceStack
	case a.sym != "":
		p := l.f.newVReg()
		l.emit(&Inst{Op: OpDataPtr, Dst: p, Sym: a.sym})
		in.Slot, in.A, in.Off, in.Space = -1, R(p), a.off, SpaceData
	default:
		off := a.off
		base := a.base
		if off < -1<<15 || off >= 1<<15 {
			base = l.ptrOf(a) // relocated there, if at all
			off = 0
		} else if in.Op == OpLoad || in.Op == OpStore {
			in.Core = l.directCore(a, in.Size)
		}
		in.Slot, in.A, in.Off, in.Space = -1, R(base), off, a.space
	}
	return in
}

// load reads a scalar of type t, canonical.
func (l *lowerer) load(a addr, t cc.Type) Operand {
	w := width(t)
	switch w {
	case 1, 2, 4, 8:
	case 16:
		l.errorf(nil, wideArith)
	default:
		l.errorf(nil, "cannot load a %d-byte value of type %s", w, t)
	}
	if a.space == SpaceKernel {
		return l.probeLoad(a, t)
	}
	if a.alignAt(0) < w && a.slot >= 0 {
		// Misaligned (packed) stack data: assemble from bytes, low byte
		// first; the verifier rejects misaligned stack access. Packet and
		// map memory take misaligned loads (as clang emits them).
		var v Operand = I(0)
		for i := w - 1; i >= 0; i-- {
			b := a
			b.off += i
			x := l.load(b, l.m.AST.UChar)
			if i == w-1 {
				v = x
				continue
			}
			v = l.bin(asm.Or, l.bin(asm.LSh, v, I(8)), x)
		}
		return l.convert(v, l.uintOf(w), t)
	}
	r := l.f.newVReg()
	in := &Inst{Op: OpLoad, Dst: r, Size: uint8(w)}
	l.memOp(in, a)
	l.emit(in)
	if l.seedCtx && w == 8 && a.slot < 0 && a.sym == "" && l.ctxRegs[a.base] {
		l.ctxVals[r] = true // PT_REGS_PARM1(ctx), ctx->args[1]: maybe kernel addresses
	}
	if isSigned(t) && w < 8 {
		return l.ext(R(r), t)
	}
	if t.Kind() == cc.Bool {
		return R(r)
	}
	return R(r)
}

func (l *lowerer) store(a addr, t cc.Type, v Operand) {
	if a.space == SpaceKernel {
		l.errorf(nil, "cannot write to kernel memory through a %s pointer (tracing programs may only read it)", t)
	}
	w := width(t)
	switch w {
	case 1, 2, 4, 8:
	default:
		l.errorf(nil, "cannot store a %d-byte value of type %s", w, t)
	}
	if a.alignAt(0) < w && a.slot >= 0 {
		for i := int64(0); i < w; i++ {
			b := a
			b.off += i
			l.store(b, l.m.AST.UChar, l.bin(asm.RSh, v, I(8*i)))
		}
		return
	}
	in := &Inst{Op: OpStore, Size: uint8(w), B: v}
	if v.IsImm && (v.Imm < -1<<31 || v.Imm >= 1<<31) {
		in.B = R(l.toReg(v))
	}
	l.memOp(in, a)
	l.emit(in)
}

func (l *lowerer) loadLval(lv lval) Operand {
	if lv.reg != 0 {
		return R(lv.reg)
	}
	if lv.pkt != nil {
		return l.convert(l.packetAccess(lv.pkt, nil), l.m.AST.ULongLong, lv.t)
	}
	if lv.bf != nil {
		return l.loadBitfield(lv)
	}
	return l.load(lv.a, lv.t)
}

func (l *lowerer) storeLval(lv lval, v Operand) {
	if lv.reg != 0 {
		l.mov(lv.reg, v)
		return
	}
	if lv.pkt != nil {
		l.packetAccess(lv.pkt, &v)
		return
	}
	if lv.bf != nil {
		l.storeBitfield(lv, v)
		return
	}
	l.store(lv.a, lv.t, v)
}

// bitfieldUnit is the storage unit holding a bit-field: its address, width
// and the field's bit position in it.
func (l *lowerer) bitfieldUnit(lv lval) (addr, cc.Type, int64, int64) {
	f := lv.bf
	n := f.AccessBytes()
	var ut cc.Type
	switch n {
	case 1:
		ut = l.m.AST.UChar
	case 2:
		ut = l.m.AST.UShort
	case 4:
		ut = l.m.AST.UInt
	case 8:
		ut = l.m.AST.ULong
	default:
		l.errorf(nil, "bit-field %s in an unsupported %d-byte unit", f.Name(), n)
	}
	a := lv.a
	a.core = nil // the access path names the field, not its unit
	return a, ut, int64(f.OffsetBits()), f.ValueBits()
}

func (l *lowerer) loadBitfield(lv lval) Operand {
	if v, ok := l.loadBitfieldCore(lv); ok {
		return v
	}
	a, ut, off, bits := l.bitfieldUnit(lv)
	u := l.load(a, ut)
	if isSigned(lv.t) {
		v := l.bin(asm.LSh, u, I(64-off-bits))
		return l.ext(l.bin(asm.ArSh, v, I(64-bits)), lv.t)
	}
	v := l.bin(asm.RSh, u, I(off))
	if bits < 64 {
		v = l.bin(asm.And, v, I(int64(uint64(1)<<bits-1)))
	}
	return v
}

func (l *lowerer) storeBitfield(lv lval, v Operand) {
	a, ut, off, bits := l.bitfieldUnit(lv)
	mask := uint64(1)<<bits - 1
	if bits == 64 {
		mask = ^uint64(0)
	}
	u := l.load(a, ut)
	keep := l.bin(asm.And, u, l.imm64(int64(^(mask << off))))
	nv := l.bin(asm.LSh, l.bin(asm.And, v, l.imm64(int64(mask))), I(off))
	l.store(a, ut, l.bin(asm.Or, keep, nv))
}

// loadBitfieldCore reads a bit-field of a kernel type relocatably, as
// libbpf's BPF_CORE_READ_BITFIELD(_PROBED) does: the unit's byte offset,
// its size (probe reads only: a direct load has a fixed width) and both
// shifts carry relocations, so a field that moved or changed width in the
// running kernel is still read right. The shift right is arithmetic for a
// signed field of the local type.
func (l *lowerer) loadBitfieldCore(lv lval) (Operand, bool) {
	a, f := lv.a, lv.bf
	if !a.core.covers(a.off) || a.slot >= 0 || a.sym != "" || a.space != SpaceKernel && !l.btfPointers() {
		return Operand{}, false
	}
	rel := a.core.reloc()
	// a.off is the field's unit in the root; its bit offset in the root is
	// what the BTF member offset adds up to.
	bc, ok := bitfieldLayout(a.off*8+int64(f.OffsetBits()), f.ValueBits(), f.Type().Size())
	if !ok || rel == nil {
		return Operand{}, false
	}
	var u VReg
	if a.space == SpaceKernel {
		tmp := slotAddr(l.f.newSlot("probe", 8, 8))
		l.store(tmp, l.m.AST.ULong, I(0)) // the read may fill fewer than 8 bytes
		src := l.f.newVReg()
		l.emit(&Inst{Op: OpBin, Dst: src, A: R(a.base), B: I(bc.off), Alu: asm.Add, Core: rel.as(coreFieldByteOffset)})
		n := l.f.newVReg()
		l.emit(&Inst{Op: OpConst, Dst: n, Imm: bc.size, Core: rel.as(coreFieldByteSize)})
		l.emitCall(helperProbeReadKernel, l.m.AST.Long, R(l.ptrOf(tmp)), R(n), R(src))
		u = l.toReg(l.load(tmp, l.m.AST.ULong))
	} else {
		u = l.f.newVReg()
		in := &Inst{Op: OpLoad, Dst: u, Size: uint8(bc.size), Slot: -1, A: R(a.base), Off: bc.off, Space: a.space, Core: rel.as(coreFieldByteOffset)}
		if bc.off >= 1<<15 {
			p := l.f.newVReg()
			l.emit(&Inst{Op: OpBin, Dst: p, A: R(a.base), B: I(bc.off), Alu: asm.Add, Core: in.Core})
			in.A, in.Off, in.Core = R(p), 0, nil
		}
		l.emit(in)
	}
	v := l.f.newVReg()
	l.emit(&Inst{Op: OpBin, Dst: v, A: R(u), B: I(bc.lsh), Alu: asm.LSh, Core: rel.as(coreFieldLShiftU64)})
	r := l.f.newVReg()
	op := asm.RSh
	if isSigned(lv.t) {
		op = asm.ArSh
	}
	l.emit(&Inst{Op: OpBin, Dst: r, A: R(v), B: I(bc.rsh), Alu: op, Core: rel.as(coreFieldRShiftU64)})
	if isSigned(lv.t) {
		return l.ext(R(r), lv.t), true
	}
	return R(r), true
}

// imm64 returns an operand for a constant that may not fit an immediate.
func (l *lowerer) imm64(v int64) Operand {
	if v >= -1<<31 && v < 1<<31 {
		return I(v)
	}
	return R(l.toReg(I(v)))
}

// addrOf returns the address of an lvalue expression (or of an aggregate
// rvalue, materialised in a stack temporary).
func (l *lowerer) addrOf(n cc.ExpressionNode) addr {
	lv := l.lvalue(n)
	if lv.reg != 0 {
		l.errorf(n, "internal error: address of a register variable")
	}
	if lv.bf != nil {
		l.errorf(n, "cannot take the address of bit-field %s", lv.bf.Name())
	}
	return lv.a
}

// aggregate evaluates an expression of struct, union or array type and
// returns where it lives.
func (l *lowerer) aggregate(n cc.ExpressionNode) addr {
	n = unwrap(n)
	switch x := n.(type) {
	case *cc.PostfixExpression:
		if x.Case == cc.PostfixExpressionCall {
			return l.aggregateCall(x)
		}
	case *cc.AssignmentExpression:
		if x.Case == cc.AssignmentExpressionAssign {
			l.assign(x)
			return l.addrOf(x.UnaryExpression)
		}
	case *cc.ConditionalExpression:
		if x.Case == cc.ConditionalExpressionCond {
			t := x.Type()
			tmp := slotAddr(l.f.newSlot("cond", t.Size(), int64(t.Align())))
			tb, fb, done := l.f.newBlock(), l.f.newBlock(), l.f.newBlock()
			l.cond(x.LogicalOrExpression, tb, fb)
			l.setBlock(tb)
			l.copyMem(tmp, l.aggregate(x.ExpressionList), t.Size())
			l.jump(done)
			l.setBlock(fb)
			l.copyMem(tmp, l.aggregate(x.ConditionalExpression), t.Size())
			l.jump(done)
			l.setBlock(done)
			return tmp
		}
	case *cc.ExpressionList:
		for e := x; e != nil; e = e.ExpressionList {
			if e.ExpressionList == nil {
				return l.aggregate(e.AssignmentExpression)
			}
			l.discard(e.AssignmentExpression)
		}
	case *cc.PrimaryExpression:
		if x.Case == cc.PrimaryExpressionStmt {
			l.errorf(x, "statement expressions of aggregate type are not supported")
		}
	}
	return l.addrOf(n)
}

// lvalue lowers an expression that designates an object.
func (l *lowerer) lvalue(n cc.ExpressionNode) lval {
	n = unwrap(n)
	t := n.Type()
	switch x := n.(type) {
	case *cc.PrimaryExpression:
		switch x.Case {
		case cc.PrimaryExpressionIdent:
			d, ok := x.ResolvedTo().(*cc.Declarator)
			if !ok {
				l.errorf(x, "%s is not a variable", x.Token.SrcStr())
			}
			if d.Type().Kind() == cc.Function {
				l.errorf(x, "function pointers are not supported in BPF programs (%s is a function)", d.Name())
			}
			if lc := l.locals[d]; lc != nil {
				if lc.slot < 0 {
					return lval{reg: lc.reg, t: lc.typ}
				}
				return lval{a: slotAddr(lc.slot), t: lc.typ}
			}
			if sym, ok := l.data.symOf(l, d); ok {
				return lval{a: addr{slot: -1, sym: sym, space: SpaceData, align: 8}, t: d.Type()}
			}
			if _, ok := l.m.MapOf[d]; ok {
				l.errorf(x, "map %s can only be used through its methods (%s.lookup(...), ...)", d.Name(), d.Name())
			}
			if d.IsExtern() || d.Linkage() == cc.External {
				l.errorf(x, "global variable %s is not supported: BPF programs here have no writable globals (use a map, or make it static const)", d.Name())
			}
			l.errorf(x, "%s is not a local variable", d.Name())
		case cc.PrimaryExpressionString:
			sym := l.data.addString(x)
			return lval{a: addr{slot: -1, sym: sym, space: SpaceData, align: 8}, t: t}
		case cc.PrimaryExpressionStmt:
			l.errorf(x, "a statement expression is not an lvalue")
		}
	case *cc.PostfixExpression:
		switch x.Case {
		case cc.PostfixExpressionIndex:
			return l.index(x)
		case cc.PostfixExpressionSelect:
			base := l.aggregate(x.PostfixExpression)
			return l.member(base, x.Field(), t)
		case cc.PostfixExpressionPSelect:
			if lv, ok := l.packetLval(x); ok {
				return lv
			}
			p, pt := l.rvalue(x.PostfixExpression)
			return l.member(l.ptrAddr(l.toReg(p), pt), x.Field(), t)
		case cc.PostfixExpressionComplit:
			tt := x.TypeName.Type()
			s := slotAddr(l.f.newSlot("complit", tt.Size(), int64(tt.Align())))
			l.initList(s, tt, x.InitializerList, true)
			return lval{a: s, t: tt}
		case cc.PostfixExpressionCall:
			if isAggregate(t) {
				return lval{a: l.aggregateCall(x), t: t}
			}
		}
	case *cc.UnaryExpression:
		if x.Case == cc.UnaryExpressionDeref {
			p, pt := l.rvalue(x.CastExpression)
			if e := pointee(pt); e != nil && e.Kind() != cc.Void {
				t = e // cc/v4 types an array result as decayed
			}
			return lval{a: l.ptrAddr(l.toReg(p), pt), t: t}
		}
	case *cc.CastExpression:
		if x.Case == cc.CastExpressionUnary {
			return l.lvalue(x.UnaryExpression)
		}
	}
	if isAggregate(t) {
		return lval{a: l.aggregate(n), t: t}
	}
	l.errorf(n, "expression is not assignable")
	return lval{}
}

func (l *lowerer) member(base addr, f *cc.Field, t cc.Type) lval {
	if f == nil {
		l.errorf(nil, "internal error: unresolved member")
	}
	base.core = base.core.member(base.off, f)
	base.off += f.Offset()
	lv := lval{a: base, t: f.Type()}
	if f.IsBitfield() {
		lv.bf = f // lv.a.core, if any, names the field itself: loadBitfield relocates it
	}
	return lv
}

func (l *lowerer) index(x *cc.PostfixExpression) lval {
	bn, in := x.PostfixExpression, x.ExpressionList
	if !isPointer(bn.Type().Decay()) {
		bn, in = in, bn // i[a]
	}
	bt := bn.Type()
	t := pointee(bt) // not x.Type(): cc/v4 types an array element as decayed
	esz := elemSize(bt)
	var base addr
	if bt.Kind() == cc.Array {
		base = l.addrOf(bn)
	} else {
		p, pt := l.rvalue(bn)
		base = l.ptrAddr(l.toReg(p), pt)
	}
	if c, ok := constOf(in); ok {
		if bt.Kind() == cc.Array {
			base.core = base.core.index(base.off, c, t)
		} else {
			base.core = nil
		}
		base.off += c * esz
		return lval{a: base, t: t}
	}
	i := l.scalar(in, l.m.AST.Long)
	p := l.ptrOf(base)
	q := l.bin(asm.Add, R(p), l.bin(asm.Mul, i, I(esz)))
	al := base.alignAt(0)
	if ea := int64(max(t.Align(), 1)); ea < al {
		al = ea
	}
	return lval{a: addr{slot: -1, base: l.toReg(q), space: base.space, align: al}, t: t}
}

// copyMem copies n bytes between two addresses with the widest accesses
// both alignments allow.
func (l *lowerer) copyMem(dst, src addr, n int64) {
	if src.space == SpaceKernel && dst.slot >= 0 {
		l.probeCopy(dst, src, n)
		return
	}
	dst, src = l.relocBase(dst), l.relocBase(src)
	off := int64(0)
	for off < n {
		w := int64(8)
		for w > n-off || dst.alignAt(off) < w || src.alignAt(off) < w {
			w /= 2
		}
		t := l.uintOf(w)
		d, s := dst, src
		d.off += off
		s.off += off
		v := l.load(s, t)
		l.store(d, t, v)
		off += w
	}
}

func (l *lowerer) uintOf(w int64) cc.Type {
	switch w {
	case 1:
		return l.m.AST.UChar
	case 2:
		return l.m.AST.UShort
	case 4:
		return l.m.AST.UInt
	}
	return l.m.AST.ULong
}

// relocBase: an aggregate member of a kernel type, copied piecewise (by
// direct loads, or probe reads into a non-stack destination), is addressed
// from one relocated pointer: the pieces are not fields CO-RE can name.
func (l *lowerer) relocBase(a addr) addr {
	if a.slot >= 0 || a.sym != "" || !a.core.covers(a.off) {
		return a
	}
	if a.space != SpaceKernel && (a.space == SpacePacket || !l.btfPointers()) {
		return a
	}
	return addr{slot: -1, base: l.ptrOf(a), space: a.space, align: a.alignAt(0)}
}

// zero fills n bytes at a with zeros.
func (l *lowerer) zero(a addr, n int64) {
	a = l.relocBase(a)
	off := int64(0)
	for off < n {
		w := int64(8)
		for w > n-off || a.alignAt(off) < w {
			w /= 2
		}
		d := a
		d.off += off
		l.store(d, l.uintOf(w), I(0))
		off += w
	}
}
