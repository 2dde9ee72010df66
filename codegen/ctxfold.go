package codegen

import "github.com/cilium/ebpf/asm"

// ctxOffsets folds constant offsets from the context pointer into the
// memory operations that use them. The verifier accepts a context access
// only as *(size *)(ctx + const) with ctx unmodified ("dereference of
// modified ctx ptr"), but lowering forms &ctx->array[i] and the source of a
// memcpy from a ctx field as `p = add ctx, off` followed by loads from p.
// This is a correctness pass, so it runs at -O0 too.
//
// Like the other passes it relies on single definitions: a register with
// one definition holds the same value at every use, so a use of
// p = add ctx, off can read ctx+off directly wherever p is used.
func ctxOffsets(f *Func, _ *config) error {
	defs := defCounts(f)
	type ctxPtr struct {
		root VReg
		off  int64
	}
	known := map[VReg]ctxPtr{}
	consts := constRegs(f, defs)
	// Iterate to a fixpoint: a definition may come after its use in block
	// order (loops).
	for changed := true; changed; {
		changed = false
		for _, b := range f.Blocks {
			for _, in := range b.Insts {
				if in.Dst == 0 || defs[in.Dst] != 1 {
					continue
				}
				if _, done := known[in.Dst]; done {
					continue
				}
				var p ctxPtr
				ok := false
				switch in.Op {
				case OpCtxArg:
					p, ok = ctxPtr{in.Dst, 0}, in.Imm == 1
				case OpMov:
					if s, isCtx := known[in.A.Reg]; isCtx && !in.A.IsImm {
						p, ok = s, true
						if s.off == 0 {
							p.root = in.Dst // a plain copy: keep using it
						}
					}
				case OpBin:
					s, isCtx := known[in.A.Reg]
					if !isCtx || in.A.IsImm || in.W32 || in.Core != nil || (in.Alu != asm.Add && in.Alu != asm.Sub) {
						break
					}
					c, isConst := in.B.Imm, in.B.IsImm
					if !isConst {
						c, isConst = consts[in.B.Reg]
					}
					if !isConst {
						break
					}
					if in.Alu == asm.Sub {
						c = -c
					}
					p, ok = ctxPtr{s.root, s.off + c}, true
				}
				if ok {
					known[in.Dst] = p
					changed = true
				}
			}
		}
	}
	for _, b := range f.Blocks {
		for _, in := range b.Insts {
			if (in.Op != OpLoad && in.Op != OpStore && in.Op != OpAtomicAdd) || in.Slot >= 0 || in.A.IsImm {
				continue
			}
			p, isCtx := known[in.A.Reg]
			if !isCtx {
				continue
			}
			if off := in.Off + p.off; off >= -1<<15 && off < 1<<15 {
				in.A, in.Off, in.Space = R(p.root), off, SpaceCtx
			}
		}
	}
	dropDeadCtxAdds(f, func(v VReg) bool { return known[v].off != 0 })
	return nil
}

// dropDeadCtxAdds removes the additions to ctx that folding left unused, so
// that -O0 (which has no deadvalues pass) does not keep them either.
func dropDeadCtxAdds(f *Func, offset func(VReg) bool) {
	for changed := true; changed; {
		changed = false
		uses := useCounts(f)
		for _, b := range f.Blocks {
			kept := b.Insts[:0]
			for _, in := range b.Insts {
				if (in.Op == OpBin || in.Op == OpMov) && in.Dst != 0 && uses[in.Dst] == 0 && offset(in.Dst) {
					changed = true
					continue
				}
				kept = append(kept, in)
			}
			b.Insts = kept
		}
	}
}

// constRegs finds the single-definition registers with a constant value,
// folding the arithmetic an index becomes (&s->cb[i] with i a constant
// argument of an inlined function is ctx + 48 + i*4).
func constRegs(f *Func, defs []int) map[VReg]int64 {
	consts := map[VReg]int64{}
	val := func(o Operand) (int64, bool) {
		if o.IsImm {
			return o.Imm, true
		}
		c, ok := consts[o.Reg]
		return c, ok
	}
	for changed := true; changed; {
		changed = false
		for _, b := range f.Blocks {
			for _, in := range b.Insts {
				if in.Dst == 0 || defs[in.Dst] != 1 || in.Core != nil {
					continue
				}
				if _, done := consts[in.Dst]; done {
					continue
				}
				var c int64
				ok := false
				switch in.Op {
				case OpConst:
					c, ok = in.Imm, true
				case OpMov:
					c, ok = val(in.A)
				case OpBin:
					x, okA := val(in.A)
					y, okB := val(in.B)
					if okA && okB {
						c, ok = foldBin(in.Alu, x, y)
						if ok && in.W32 {
							c = int64(uint32(c))
						}
					}
				}
				if ok {
					consts[in.Dst] = c
					changed = true
				}
			}
		}
	}
	return consts
}

// foldBin evaluates the operations address arithmetic uses.
func foldBin(op asm.ALUOp, x, y int64) (int64, bool) {
	switch op {
	case asm.Add:
		return x + y, true
	case asm.Sub:
		return x - y, true
	case asm.Mul:
		return x * y, true
	case asm.LSh:
		return x << (uint64(y) & 63), true
	}
	return 0, false
}
