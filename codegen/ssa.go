package codegen

import "fmt"

// SSA construction and destruction. Lowering gives a C variable one
// virtual register written wherever the variable is assigned; the ssa pass
// renames every definition to a register of its own and joins values with
// phis where control flow merges (pruned: only where the variable is
// live), so the optimisation passes see one definition per register. The
// unssa pass turns phis back into copies on the incoming edges before
// register allocation.

func toSSA(f *Func, _ *config) error {
	n := len(f.Blocks)
	for _, b := range f.Blocks {
		seen := map[*Block]bool{}
		for _, p := range b.Preds {
			if seen[p] {
				return nil // a doubled edge: stay out of SSA form
			}
			seen[p] = true
		}
	}
	idom := dominators(f)
	df := make([][]int, n)
	for _, b := range f.Blocks {
		if len(b.Preds) < 2 {
			continue
		}
		for _, p := range b.Preds {
			for r := p.ID; r != idom[b.ID] && r >= 0; r = idom[r] {
				df[r] = append(df[r], b.ID)
				if r == 0 {
					break
				}
			}
		}
	}
	defs := defCounts(f)
	defBlocks := make([][]int, f.NVRegs+1)
	for _, b := range f.Blocks {
		for _, in := range b.Insts {
			if in.Dst != 0 && defs[in.Dst] > 1 {
				defBlocks[in.Dst] = append(defBlocks[in.Dst], b.ID)
			}
		}
	}
	live := liveness(f)
	phiOf := map[*Inst]VReg{} // phi -> the variable it joins
	hasPhi := make([]map[VReg]bool, n)
	for v := VReg(1); int(v) <= f.NVRegs; v++ {
		if defs[v] < 2 {
			continue
		}
		work := append([]int(nil), defBlocks[v]...)
		inWork := map[int]bool{}
		for _, b := range work {
			inWork[b] = true
		}
		for len(work) > 0 {
			x := work[len(work)-1]
			work = work[:len(work)-1]
			for _, y := range df[x] {
				if hasPhi[y] == nil {
					hasPhi[y] = map[VReg]bool{}
				}
				if hasPhi[y][v] || !live.liveAt(y, v) {
					continue
				}
				hasPhi[y][v] = true
				b := f.Blocks[y]
				phi := &Inst{Op: OpPhi, Dst: v, Args: make([]Operand, len(b.Preds)), Slot: -1}
				b.Insts = append([]*Inst{phi}, b.Insts...)
				phiOf[phi] = v
				if !inWork[y] {
					inWork[y] = true
					work = append(work, y)
				}
			}
		}
	}
	// Rename along the dominator tree.
	children := make([][]int, n)
	for id := 1; id < n; id++ {
		if idom[id] >= 0 {
			children[idom[id]] = append(children[idom[id]], id)
		}
	}
	multi := func(v VReg) bool { return v != 0 && int(v) < len(defs) && defs[v] > 1 }
	stacks := map[VReg][]VReg{}
	top := func(v VReg) Operand {
		s := stacks[v]
		if len(s) == 0 {
			return I(0) // read before any assignment: C leaves it undefined
		}
		return R(s[len(s)-1])
	}
	var rename func(id int) error
	rename = func(id int) error {
		b := f.Blocks[id]
		var pushed []VReg
		for _, in := range b.Insts {
			if in.Op != OpPhi {
				for _, o := range []*Operand{&in.A, &in.B} {
					if !o.IsImm && multi(o.Reg) {
						*o = top(o.Reg)
					}
				}
				for i := range in.Args {
					if !in.Args[i].IsImm && multi(in.Args[i].Reg) {
						in.Args[i] = top(in.Args[i].Reg)
					}
				}
			}
			if multi(in.Dst) {
				orig := in.Dst
				nv := f.newVReg()
				in.Dst = nv
				stacks[orig] = append(stacks[orig], nv)
				pushed = append(pushed, orig)
			}
		}
		for _, s := range b.Succs {
			k := -1
			for i, p := range s.Preds {
				if p == b {
					k = i
				}
			}
			if k < 0 {
				return fmt.Errorf("%s: b%d is not a predecessor of b%d", f.Name, b.ID, s.ID)
			}
			for _, in := range s.Insts {
				if in.Op != OpPhi {
					break
				}
				in.Args[k] = top(phiOf[in])
			}
		}
		for _, c := range children[id] {
			if err := rename(c); err != nil {
				return err
			}
		}
		for _, v := range pushed {
			stacks[v] = stacks[v][:len(stacks[v])-1]
		}
		return nil
	}
	// Defs of multi-defined registers must not leak through the growing
	// register count: multi() looks at the original counts only.
	if err := rename(0); err != nil {
		return err
	}
	f.SSA = true
	return nil
}

// fromSSA replaces phis by copies at the end of each predecessor, through
// temporaries so that the copies of one edge act in parallel. An edge from
// a block with two successors is split first, so the copies run only on
// that edge.
func fromSSA(f *Func, _ *config) error {
	if !f.SSA {
		return nil
	}
	live := liveness(f)
	var buf []VReg
	// placeInPred: the copies for edge p->b may go at the end of p (no
	// split) if p's branch does not read the phi results and no other
	// successor of p needs their old values.
	placeInPred := func(p, b *Block, phis []*Inst) bool {
		term := p.last()
		for _, phi := range phis {
			for _, u := range term.Uses(buf) {
				if u == phi.Dst {
					return false
				}
			}
			for _, s := range p.Succs {
				if s != b && (s.ID >= len(live.in) || live.liveAt(s.ID, phi.Dst)) {
					return false // a block split off just now: be safe
				}
			}
		}
		return p.Succs[0] != p.Succs[1]
	}
	for _, b := range append([]*Block(nil), f.Blocks...) {
		var phis []*Inst
		for _, in := range b.Insts {
			if in.Op == OpPhi {
				phis = append(phis, in)
			}
		}
		if len(phis) == 0 {
			continue
		}
		preds := append([]*Block(nil), b.Preds...)
		for i, p := range preds {
			target := p
			if len(p.Succs) > 1 && !placeInPred(p, b, phis) {
				e := f.newBlock()
				e.Insts = []*Inst{{Op: OpJump, Slot: -1, Pos: p.last().Pos}}
				e.Succs = []*Block{b}
				for k, s := range p.Succs {
					if s == b {
						p.Succs[k] = e
						break
					}
				}
				target = e
			}
			var copies []*Inst
			tmps := make([]VReg, len(phis))
			for k, phi := range phis {
				tmps[k] = f.newVReg()
				copies = append(copies, movInst(tmps[k], phi.Args[i], phi))
			}
			for k, phi := range phis {
				copies = append(copies, movInst(phi.Dst, R(tmps[k]), phi))
			}
			term := target.Insts[len(target.Insts)-1]
			target.Insts = append(append(target.Insts[:len(target.Insts)-1:len(target.Insts)-1], copies...), term)
		}
		b.Insts = b.Insts[len(phis):]
	}
	f.SSA = false
	f.linkPreds()
	return nil
}

func movInst(dst VReg, src Operand, at *Inst) *Inst {
	if src.IsImm {
		return &Inst{Op: OpConst, Dst: dst, Imm: src.Imm, Slot: -1, Pos: at.Pos}
	}
	return &Inst{Op: OpMov, Dst: dst, A: src, Slot: -1, Pos: at.Pos}
}
