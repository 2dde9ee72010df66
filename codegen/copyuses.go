package codegen

// useCopies: after `d = s`, later reads of s in the block read d instead
// when that ends s's life at the copy. fromSSA leaves `leaf = v; if v == 0`
// (the join of two helper results): with v dead at the copy, v and leaf no
// longer overlap and the allocator puts both in one register (R0 for a
// helper result), so the copy disappears.
func useCopies(f *Func, _ *config) error {
	if f.SSA {
		return nil
	}
	lv := liveness(f)
	var buf []VReg
	for _, b := range f.Blocks {
		out := map[VReg]bool{}
		for _, v := range lv.out[b.ID] {
			out[v] = true
		}
		for i, mv := range b.Insts {
			if mv.Op != OpMov || mv.A.IsImm || mv.A.Reg == 0 || mv.A.Reg == mv.Dst {
				continue
			}
			s, d := mv.A.Reg, mv.Dst
			// The reads of s after the copy, up to s's next definition or
			// the block's end (where s must be dead), all before d changes.
			var reads []*Inst
			ok, sDead := true, false
			for _, in := range b.Insts[i+1:] {
				for _, u := range in.Uses(buf) {
					if u == s {
						reads = append(reads, in)
						break
					}
				}
				if in.Dst == s {
					sDead = true
					break
				}
				if in.Dst == d {
					ok = false
					break
				}
			}
			if !ok || !sDead && out[s] || len(reads) == 0 {
				continue
			}
			for _, in := range reads {
				if in.A.Reg == s && !in.A.IsImm {
					in.A.Reg = d
				}
				if in.B.Reg == s && !in.B.IsImm {
					in.B.Reg = d
				}
				for k := range in.Args {
					if in.Args[k].Reg == s && !in.Args[k].IsImm {
						in.Args[k].Reg = d
					}
				}
			}
		}
	}
	return nil
}
