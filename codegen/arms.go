package codegen

import "sort"

// emptyArms removes blocks that only jump on, in SSA form, where the
// constant arm of `c ? x : 1` or of an early `return fallback` in an
// inlined function ends up once its constant has become a phi argument:
// the branch goes straight to the join instead. The phi's copy for that
// edge then usually sits in front of the branch (fromSSA's placeInPred),
// and the arm's jump and its block disappear.
func emptyArms(f *Func, _ *config) error {
	if !f.SSA {
		return nil
	}
	dead := map[*Block]bool{}
	// When both arms of a branch are empty only one can go (one edge per
	// predecessor): keep the one whose phi arguments are constants, whose
	// copies are cheapest to keep on their own edge.
	arms := append([]*Block(nil), f.Blocks[1:]...)
	constArm := func(e *Block) bool {
		if len(e.Succs) != 1 {
			return false
		}
		j := e.Succs[0]
		for k, q := range j.Preds {
			if q != e {
				continue
			}
			for _, in := range j.Insts {
				if in.Op == OpPhi && !in.Args[k].IsImm {
					return false
				}
			}
		}
		return true
	}
	sort.SliceStable(arms, func(a, b int) bool { return !constArm(arms[a]) && constArm(arms[b]) })
	for _, e := range arms {
		if len(e.Insts) != 1 || e.Insts[0].Op != OpJump || len(e.Preds) != 1 {
			continue
		}
		p, j := e.Preds[0], e.Succs[0]
		if p == e || j == e || len(p.Succs) != 2 {
			continue
		}
		doubled := false
		for _, q := range j.Preds {
			doubled = doubled || q == p
		}
		if doubled {
			continue // toSSA and fromSSA need one edge per predecessor
		}
		for k, s := range p.Succs {
			if s == e {
				p.Succs[k] = j
			}
		}
		// The phi arguments of j follow its predecessor list: p takes e's
		// place.
		for k, q := range j.Preds {
			if q == e {
				j.Preds[k] = p
			}
		}
		e.Preds, e.Succs = nil, nil
		e.Insts[0] = &Inst{Op: OpRet, A: I(0), Slot: -1} // unreachable now
		dead[e] = true
	}
	if len(dead) == 0 {
		return nil
	}
	// Drop the unreachable blocks without relinking predecessors, which
	// would reorder them under the phis.
	kept := f.Blocks[:0]
	for _, b := range f.Blocks {
		if !dead[b] {
			kept = append(kept, b)
		}
	}
	f.Blocks = kept
	for i, b := range f.Blocks {
		b.ID = i
	}
	return nil
}
