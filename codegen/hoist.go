package codegen

import "github.com/cilium/ebpf/asm"

// hoistArms moves the one or two scalar operations of a conditional arm
// (`n > 0 ? (u32)n : 0`) in front of the branch when the other arm brings a
// constant, in SSA form: the arm then
// only jumps to the join, emptyArms removes it, and the value reaches the
// join in the branch's own block, with the constant of the other arm
// overwriting it on that side. The operations run on both paths, so only
// those that cannot fault or upset the verifier move: ALU work on values
// known to be scalars (never a pointer, which may still be NULL there).
func hoistArms(f *Func, _ *config) error {
	if !f.SSA {
		return nil
	}
	defOf := make([]*Inst, f.NVRegs+1)
	for _, b := range f.Blocks {
		for _, in := range b.Insts {
			if in.Dst != 0 {
				defOf[in.Dst] = in
			}
		}
	}
	var scalar func(o Operand, depth int) bool
	scalar = func(o Operand, depth int) bool {
		if o.IsImm {
			return true
		}
		d := defOf[o.Reg]
		if d == nil || depth > 4 {
			return false
		}
		switch d.Op {
		case OpConst, OpExt, OpSwap, OpNeg, OpLdAbs:
			return true
		case OpLoad:
			// Context fields of 4 bytes can be packet pointers.
			return d.Size < 8 && d.Space != SpaceCtx && d.Space != SpaceUnknown
		case OpBin:
			if d.Alu != asm.Add && d.Alu != asm.Sub {
				return true // the verifier allows no other ALU on pointers
			}
			return scalar(d.A, depth+1) && scalar(d.B, depth+1)
		case OpMov:
			return scalar(d.A, depth+1)
		}
		return false
	}
	for _, p := range f.Blocks {
		if p.last().Op != OpBranch {
			continue
		}
		for _, x := range p.Succs {
			if len(x.Preds) != 1 || len(x.Insts) < 2 || len(x.Insts) > 3 || x.last().Op != OpJump {
				continue
			}
			j := x.Succs[0]
			other := p.Succs[0]
			if other == x {
				other = p.Succs[1]
			}
			// A diamond or a triangle around x, joining at j.
			if other != j && !(len(other.Insts) == 1 && other.last().Op == OpJump && other.Succs[0] == j) {
				continue
			}
			// The other side must bring constants: it then overwrites the
			// hoisted value, which can sit in the phi's register. Two
			// register values would need a copy on one side anyway.
			from := other
			if other == j {
				from = p
			}
			ok := true
			for k, q := range j.Preds {
				if q != from {
					continue
				}
				for _, in := range j.Insts {
					if in.Op == OpPhi && !in.Args[k].IsImm {
						ok = false
					}
				}
			}
			for _, in := range x.Insts[:len(x.Insts)-1] {
				switch in.Op {
				case OpMov, OpExt, OpSwap, OpNeg, OpBin:
				default:
					ok = false
				}
				ok = ok && in.Core == nil && scalar(in.A, 0) && (in.Op != OpBin || scalar(in.B, 0))
			}
			if !ok {
				continue
			}
			n := len(x.Insts) - 1
			term := p.last()
			p.Insts = append(append(p.Insts[:len(p.Insts)-1:len(p.Insts)-1], x.Insts[:n]...), term)
			x.Insts = x.Insts[n:]
			break
		}
	}
	return nil
}
