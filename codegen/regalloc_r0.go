package codegen

import (
	"sort"

	"github.com/cilium/ebpf/asm"
)

// useR0 runs after allocation and moves values into R0 where that saves
// moves. R0 is where a helper call and a packet load leave their result and
// where a program returns its value, so a call result used soon after
// (`r1 = r0; r1 >>= 32; *(u32 *)(r10 - 8) = r1`) or a value computed to be
// returned does not need a copy. R0 is also the emitter's scratch register:
// a value may live in R0 only where no call, packet load or scratch use of
// the emitter clobbers it, which is known only now that spills are decided.
//
// Values are moved as groups: ranges joined by copies and two-address
// operations that already share a register move together, so the copies
// between them stay free.
func useR0(f *Func, a *allocation, list []*liveRange) {
	type event struct {
		pos int
		dst VReg // clobber events: the instruction's own result may be in R0
	}
	var clobbers, scratch []event
	spilled := func(o Operand) bool { return !o.IsImm && o.Reg != 0 && a.locs[o.Reg].reg == noReg }
	pos := 0
	for _, b := range f.Blocks {
		for j, in := range b.Insts {
			p := pos + 2*(j+1)
			switch {
			case in.Op == OpCall || in.Op == OpLdAbs:
				clobbers = append(clobbers, event{p + 1, in.Dst})
			case (in.Op == OpStore || in.Op == OpAtomicAdd) && in.Slot < 0 && (in.A.IsImm || spilled(in.A)),
				in.Op == OpBranch && (in.A.IsImm || spilled(in.A)):
				// A spill reload or a constant address goes through R0.
				scratch = append(scratch, event{p, 0})
			}
			if in.Dst != 0 && a.locs[in.Dst].reg == noReg { // computed in R0, then stored
				scratch = append(scratch, event{p, 0})
			}
		}
		pos += 2 * (len(b.Insts) + 1)
	}
	sort.Slice(scratch, func(i, j int) bool { return scratch[i].pos < scratch[j].pos })
	hits := func(ev []event, lr *liveRange) bool {
		for _, s := range lr.segs {
			i := sort.Search(len(ev), func(i int) bool { return ev[i].pos >= s.from })
			for ; i < len(ev) && ev[i].pos <= s.to; i++ {
				if ev[i].dst != lr.v || ev[i].dst == 0 {
					return true
				}
			}
		}
		return false
	}

	ranges := make([]*liveRange, f.NVRegs+1)
	for _, lr := range list {
		ranges[lr.v] = lr
	}
	occ := &occupancy{}
	// Wide groups first (every copy-related value, in whatever register),
	// then what is left of them as groups sharing one register.
	for _, wide := range []bool{true, false} {
		find, members := moveGroups(f, a, list, wide)
		for _, root := range r0Candidates(f, a, find, members) {
			ok := true
			mine := &occupancy{}
			for _, v := range members[root] {
				lr := ranges[v]
				if a.locs[v].reg == asm.R0 || occ.overlaps(lr.segs) || mine.overlaps(lr.segs) || hits(clobbers, lr) || hits(scratch, lr) {
					ok = false
					break
				}
				mine.add(lr.segs)
			}
			if !ok {
				continue
			}
			for _, v := range members[root] {
				occ.add(ranges[v].segs)
				a.locs[v].reg = asm.R0
			}
		}
	}
}

// moveGroups joins values related by copies and two-address operations:
// all of them (wide), or only those already sharing a register.
func moveGroups(f *Func, a *allocation, list []*liveRange, wide bool) (func(VReg) VReg, map[VReg][]VReg) {
	parent := make([]VReg, f.NVRegs+1)
	for i := range parent {
		parent[i] = VReg(i)
	}
	find := func(v VReg) VReg {
		for parent[v] != v {
			parent[v] = parent[parent[v]]
			v = parent[v]
		}
		return v
	}
	for _, b := range f.Blocks {
		for _, in := range b.Insts {
			switch in.Op {
			case OpMov, OpBin, OpNeg, OpExt, OpSwap:
			default:
				continue
			}
			if in.Dst == 0 || in.A.IsImm || in.A.Reg == 0 {
				continue
			}
			r, ra := a.locs[in.Dst].reg, a.locs[in.A.Reg].reg
			if r != noReg && ra != noReg && (wide || r == ra) {
				parent[find(in.Dst)] = find(in.A.Reg)
			}
		}
	}
	members := map[VReg][]VReg{}
	for _, lr := range list {
		if a.locs[lr.v].reg != noReg {
			r := find(lr.v)
			members[r] = append(members[r], lr.v)
		}
	}
	return find, members
}

// r0Candidates lists the groups that save moves in R0, best first.
func r0Candidates(f *Func, a *allocation, find func(VReg) VReg, members map[VReg][]VReg) []VReg {
	// The instructions touching each group, to count the moves it saves.
	touch := map[VReg][]*Inst{}
	var buf []VReg
	for _, b := range f.Blocks {
		for _, in := range b.Insts {
			seen := VReg(-1)
			add := func(v VReg) {
				if r := find(v); r != seen {
					touch[r] = append(touch[r], in)
					seen = r
				}
			}
			if in.Dst != 0 {
				add(in.Dst)
			}
			for _, u := range in.Uses(buf) {
				add(u)
			}
		}
	}
	type cand struct {
		root VReg
		gain int
	}
	var cands []cand
	cur := func(v VReg) asm.Register { return a.locs[v].reg }
	for root, vs := range members {
		moved := func(v VReg) asm.Register {
			if find(v) == root {
				return asm.R0
			}
			return a.locs[v].reg
		}
		gain := 0
		for _, in := range touch[root] {
			gain += movesFor(in, cur) - movesFor(in, moved)
		}
		if gain > 0 && len(vs) > 0 {
			cands = append(cands, cand{root, gain})
		}
	}
	sort.Slice(cands, func(i, j int) bool {
		if cands[i].gain != cands[j].gain {
			return cands[i].gain > cands[j].gain
		}
		return cands[i].root < cands[j].root
	})
	roots := make([]VReg, len(cands))
	for i, c := range cands {
		roots[i] = c.root
	}
	return roots
}

// movesFor counts the register copies the emitter writes for in, with
// registers placed by reg (noReg: spilled).
func movesFor(in *Inst, reg func(VReg) asm.Register) int {
	r := func(o Operand) asm.Register {
		if o.IsImm || o.Reg == 0 {
			return noReg
		}
		return reg(o.Reg)
	}
	differ := func(x, y asm.Register) int {
		if x == noReg || y == noReg || x == y {
			return 0
		}
		return 1
	}
	n := 0
	switch in.Op {
	case OpCall:
		for k, arg := range in.Args {
			n += differ(r(arg), asm.R1+asm.Register(k))
		}
		if in.Dst != 0 {
			n += differ(reg(in.Dst), asm.R0)
		}
	case OpLdAbs:
		if in.Dst != 0 {
			n += differ(reg(in.Dst), asm.R0)
		}
	case OpRet:
		n += differ(r(in.A), asm.R0)
	case OpCtxArg:
		n += differ(reg(in.Dst), asm.Register(in.Imm))
	case OpMov, OpNeg, OpSwap:
		n += differ(reg(in.Dst), r(in.A))
	case OpExt:
		if in.Signed || in.Size != 4 {
			n += differ(reg(in.Dst), r(in.A))
		}
	case OpBin:
		d := reg(in.Dst)
		if rb := r(in.B); rb != noReg && rb == d && r(in.A) != d {
			if !commutative[in.Alu] {
				n += 2
			}
			break
		}
		n += differ(d, r(in.A))
	}
	return n
}
