package codegen

import "github.com/cilium/ebpf/asm"

// constFold computes what the IR already knows: arithmetic and extensions
// of constants become constants, and a branch on constants becomes a jump
// to the side taken (inlined helpers called with constant arguments, such
// as the packet-header accessors, reduce to their one live path).
func constFold(f *Func, _ *config) error {
	consts := map[VReg]int64{}
	val := func(o Operand) (int64, bool) {
		if o.IsImm {
			return o.Imm, true
		}
		v, ok := consts[o.Reg]
		return v, ok
	}
	for changed := true; changed; {
		changed = false
		for _, b := range f.Blocks {
			for _, in := range b.Insts {
				// A relocated value is the loader's to set, not ours.
				if in.Dst == 0 || in.Core != nil {
					continue
				}
				if _, done := consts[in.Dst]; done {
					continue
				}
				var v int64
				ok := false
				switch in.Op {
				case OpConst:
					v, ok = in.Imm, true
				case OpMov:
					v, ok = val(in.A)
				case OpBin:
					x, okA := val(in.A)
					y, okB := val(in.B)
					if okA && okB {
						v, ok = foldIR(in.Alu, x, y, in.W32)
					}
				case OpExt:
					if x, okA := val(in.A); okA {
						v, ok = extend(x, int(in.Size), in.Signed), true
					}
				}
				if !ok {
					continue
				}
				consts[in.Dst] = v
				changed = true
				if in.Op != OpConst && in.Op != OpMov {
					*in = Inst{Op: OpConst, Dst: in.Dst, Imm: v, Pos: in.Pos}
				}
			}
		}
	}
	folded := false
	for _, b := range f.Blocks {
		last := b.last()
		if last == nil || last.Op != OpBranch {
			continue
		}
		x, okA := val(last.A)
		y, okB := val(last.B)
		if !okA || !okB {
			continue
		}
		keep, drop := b.Succs[0], b.Succs[1]
		if !evalCond(last.Cond, x, y) {
			keep, drop = drop, keep
		}
		removeEdge(b, drop)
		*last = Inst{Op: OpJump, Pos: last.Pos}
		b.Succs = []*Block{keep}
		folded = true
	}
	if folded {
		removeUnreachable(f)
	}
	return nil
}

// foldIR is one ALU operation on constants, at its width.
func foldIR(op asm.ALUOp, a, b int64, w32 bool) (int64, bool) {
	if !w32 {
		return fold(op, a, b)
	}
	x, y := uint32(a), uint32(b)
	var r uint32
	switch op {
	case asm.Add:
		r = x + y
	case asm.Sub:
		r = x - y
	case asm.Mul:
		r = x * y
	case asm.And:
		r = x & y
	case asm.Or:
		r = x | y
	case asm.Xor:
		r = x ^ y
	case asm.LSh:
		r = x << (y & 31)
	case asm.RSh:
		r = x >> (y & 31)
	case asm.ArSh:
		r = uint32(int32(x) >> (y & 31))
	case asm.Div:
		if y != 0 {
			r = x / y
		}
	case asm.Mod:
		r = x
		if y != 0 {
			r = x % y
		}
	case asm.SDiv:
		switch {
		case y == 0:
		case int32(y) == -1:
			r = uint32(-int32(x))
		default:
			r = uint32(int32(x) / int32(y))
		}
	case asm.SMod:
		switch {
		case y == 0:
			r = x
		case int32(y) == -1:
		default:
			r = uint32(int32(x) % int32(y))
		}
	default:
		return 0, false
	}
	return int64(r), true
}

// extend is an OpExt of a constant: its low size bytes, sign- or
// zero-extended.
func extend(v int64, size int, signed bool) int64 {
	if size >= 8 {
		return v
	}
	s := uint(64 - 8*size)
	if signed {
		return v << s >> s
	}
	return int64(uint64(v) << s >> s)
}

// removeEdge removes one edge from -> to: to's predecessor entry (the
// last one, when there are two) and the matching argument of its phis.
func removeEdge(from, to *Block) {
	i := -1
	for j, p := range to.Preds {
		if p == from {
			i = j
		}
	}
	if i < 0 {
		return
	}
	to.Preds = append(to.Preds[:i], to.Preds[i+1:]...)
	for _, in := range to.Insts {
		if in.Op == OpPhi && i < len(in.Args) {
			in.Args = append(in.Args[:i], in.Args[i+1:]...)
		}
	}
}

// removeUnreachable drops the blocks no path reaches, with their edges.
func removeUnreachable(f *Func) {
	seen := make(map[*Block]bool, len(f.Blocks))
	stack := []*Block{f.Blocks[0]}
	seen[f.Blocks[0]] = true
	for len(stack) > 0 {
		b := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		for _, s := range b.Succs {
			if !seen[s] {
				seen[s] = true
				stack = append(stack, s)
			}
		}
	}
	kept := f.Blocks[:0]
	var dead []*Block
	for _, b := range f.Blocks {
		if seen[b] {
			kept = append(kept, b)
		} else {
			dead = append(dead, b)
		}
	}
	for _, b := range dead {
		for _, s := range b.Succs {
			if seen[s] {
				removeEdge(b, s)
			}
		}
	}
	f.Blocks = kept
	for i, b := range f.Blocks {
		b.ID = i
	}
}
