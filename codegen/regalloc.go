package codegen

import (
	"slices"
	"sort"

	"github.com/cilium/ebpf/asm"
)

// Register allocation: linear scan over live intervals computed from block
// liveness. R0 and R5 are scratch registers of the emitter (spill reloads,
// call set-up); R1–R4 hold values that do not live across a helper call,
// R6–R9 those that do. A value that finds no register is spilled to an
// 8-byte stack slot for its whole life. A packet load (OpLdAbs) clobbers
// R1–R5 like a call and reads its context from R6: at each one R6 holds
// that context or nothing (ldAbsSites).

var (
	callerSaved = []asm.Register{asm.R1, asm.R2, asm.R3, asm.R4}
	calleeSaved = []asm.Register{asm.R6, asm.R7, asm.R8, asm.R9}
)

const (
	scratchA = asm.R0
	scratchB = asm.R5
)

// loc is where a virtual register lives.
type loc struct {
	reg   asm.Register
	spill int // slot index when reg == noReg
}

const noReg = asm.Register(0xff)

type allocation struct {
	locs []loc // by VReg
}

// live holds per-block live-in and live-out registers as lists: most
// values live in one block or across a few, so the lists stay short where
// dense sets would cost blocks × registers.
type live struct {
	in, out [][]VReg
	inSet   []map[VReg]bool // built on demand by liveAt
}

// liveAt reports whether v is live on entry to block b.
func (l *live) liveAt(b int, v VReg) bool {
	if l.inSet[b] == nil {
		m := make(map[VReg]bool, len(l.in[b]))
		for _, x := range l.in[b] {
			m[x] = true
		}
		l.inSet[b] = m
	}
	return l.inSet[b][v]
}

// liveness computes liveness by walking back from each upward-exposed use
// until the register's definitions: the work is the size of the live
// ranges, not blocks × registers.
func liveness(f *Func) *live {
	nb := len(f.Blocks)
	n := f.NVRegs + 1
	// Per register: blocks where it is used before any definition in the
	// block, and blocks defining it.
	exposed := make([][]int32, n)
	defIn := make([][]int32, n)
	seenDef := make([]int32, n) // last block+1 that defined v (dedupe)
	seenUse := make([]int32, n)
	var buf []VReg
	// A phi reads its argument at the end of the matching predecessor,
	// not in the phi's own block.
	phiUses := make([][]int32, n)
	for i, b := range f.Blocks {
		tag := int32(i + 1)
		for _, in := range b.Insts {
			if in.Op == OpPhi {
				for k, a := range in.Args {
					if !a.IsImm && a.Reg != 0 && k < len(b.Preds) {
						phiUses[a.Reg] = append(phiUses[a.Reg], int32(b.Preds[k].ID))
					}
				}
				if d := in.Dst; d != 0 && seenDef[d] != tag {
					seenDef[d] = tag
					defIn[d] = append(defIn[d], int32(i))
				}
				continue
			}
			for _, u := range in.Uses(buf) {
				if seenDef[u] != tag && seenUse[u] != tag {
					seenUse[u] = tag
					exposed[u] = append(exposed[u], int32(i))
				}
			}
			if d := in.Dst; d != 0 && seenDef[d] != tag {
				seenDef[d] = tag
				defIn[d] = append(defIn[d], int32(i))
			}
		}
	}
	l := &live{in: make([][]VReg, nb), out: make([][]VReg, nb), inSet: make([]map[VReg]bool, nb)}
	stampIn := make([]VReg, nb)
	stampOut := make([]VReg, nb)
	stampDef := make([]VReg, nb)
	var work []int32
	for v := VReg(1); int(v) < n; v++ {
		if len(exposed[v]) == 0 && len(phiUses[v]) == 0 {
			continue
		}
		for _, d := range defIn[v] {
			stampDef[d] = v
		}
		work = work[:0]
		for _, b := range exposed[v] {
			if stampIn[b] != v {
				stampIn[b] = v
				l.in[b] = append(l.in[b], v)
				work = append(work, b)
			}
		}
		for _, p := range phiUses[v] {
			if stampOut[p] != v {
				stampOut[p] = v
				l.out[p] = append(l.out[p], v)
			}
			if stampDef[p] != v && stampIn[p] != v {
				stampIn[p] = v
				l.in[p] = append(l.in[p], v)
				work = append(work, p)
			}
		}
		for len(work) > 0 {
			b := work[len(work)-1]
			work = work[:len(work)-1]
			for _, p := range f.Blocks[b].Preds {
				pi := p.ID
				if stampOut[pi] != v {
					stampOut[pi] = v
					l.out[pi] = append(l.out[pi], v)
				}
				if stampDef[pi] != v && stampIn[pi] != v {
					stampIn[pi] = v
					l.in[pi] = append(l.in[pi], v)
					work = append(work, int32(pi))
				}
			}
		}
	}
	return l
}

// sparseSet is a set of registers with O(1) insert, delete and clear.
type sparseSet struct {
	dense  []VReg
	sparse []int32
}

func newSparseSet(n int) *sparseSet { return &sparseSet{sparse: make([]int32, n)} }

func (s *sparseSet) has(v VReg) bool {
	i := s.sparse[v]
	return int(i) < len(s.dense) && s.dense[i] == v
}

func (s *sparseSet) add(v VReg) {
	if !s.has(v) {
		s.sparse[v] = int32(len(s.dense))
		s.dense = append(s.dense, v)
	}
}

func (s *sparseSet) remove(v VReg) {
	if s.has(v) {
		i := s.sparse[v]
		last := s.dense[len(s.dense)-1]
		s.dense[i] = last
		s.sparse[last] = i
		s.dense = s.dense[:len(s.dense)-1]
	}
}

func (s *sparseSet) clear() { s.dense = s.dense[:0] }

// seg is a closed range of positions where a value is live.
type seg struct{ from, to int }

type liveRange struct {
	v         VReg
	segs      []seg // sorted, disjoint
	crossCall bool
	uses      int
}

func (r *liveRange) start() int { return r.segs[0].from }

func overlaps(a, b []seg) bool {
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		if a[i].to < b[j].from {
			i++
		} else if b[j].to < a[i].from {
			j++
		} else {
			return true
		}
	}
	return false
}

// liveRanges builds each register's live range as segments of positions:
// an instruction at position p reads at p and writes at p+1.
func liveRanges(f *Func) []*liveRange {
	lv := liveness(f)
	n := f.NVRegs + 1
	ranges := make([]*liveRange, n)
	add := func(v VReg, from, to int) {
		r := ranges[v]
		if r == nil {
			r = &liveRange{v: v}
			ranges[v] = r
		}
		r.segs = append(r.segs, seg{from, to})
	}
	pos := 0
	starts := make([]int, len(f.Blocks))
	for i, b := range f.Blocks {
		starts[i] = pos
		pos += 2 * (len(b.Insts) + 1)
	}
	var buf []VReg
	open := make([]int, n) // end of the segment being built, -1 if not live
	for v := range open {
		open[v] = -1
	}
	liveNow := newSparseSet(n) // registers with an open segment
	for i := len(f.Blocks) - 1; i >= 0; i-- {
		b := f.Blocks[i]
		bs := starts[i]
		be := bs + 2*(len(b.Insts)+1) - 1
		liveNow.clear()
		for _, v := range lv.out[i] {
			liveNow.add(v)
			open[v] = be
		}
		for j := len(b.Insts) - 1; j >= 0; j-- {
			in := b.Insts[j]
			p := bs + 2*(j+1)
			if in.Op == OpCall || in.Op == OpLdAbs { // both clobber R1–R5
				for _, v := range liveNow.dense {
					if v != in.Dst {
						if ranges[v] == nil {
							ranges[v] = &liveRange{v: v}
						}
						ranges[v].crossCall = true
					}
				}
			}
			if d := in.Dst; d != 0 {
				if open[d] >= 0 {
					add(d, p+1, open[d])
					open[d] = -1
					liveNow.remove(d)
				} else {
					add(d, p+1, p+1)
				}
			}
			for _, u := range in.Uses(buf) {
				if open[u] < 0 {
					open[u] = p
					liveNow.add(u)
				}
				if ranges[u] == nil {
					ranges[u] = &liveRange{v: u}
				}
				ranges[u].uses++
			}
		}
		for _, v := range liveNow.dense {
			add(v, bs, open[v])
			open[v] = -1
		}
	}
	var list []*liveRange
	for _, r := range ranges {
		if r == nil || len(r.segs) == 0 {
			continue
		}
		sort.Slice(r.segs, func(i, j int) bool { return r.segs[i].from < r.segs[j].from })
		merged := r.segs[:1]
		for _, sg := range r.segs[1:] {
			last := &merged[len(merged)-1]
			if sg.from <= last.to+1 {
				last.to = max(last.to, sg.to)
			} else {
				merged = append(merged, sg)
			}
		}
		r.segs = merged
		list = append(list, r)
	}
	return list
}

// regalloc assigns registers by linear scan over live ranges with holes:
// a register takes a range if none of the ranges it holds overlaps it.
// Ranges live across a helper call get R6–R9; when nothing is free, the
// range with fewest uses per instruction covered is spilled whole.
func regalloc(f *Func, r0 bool) *allocation {
	list := liveRanges(f)
	sort.Slice(list, func(i, j int) bool {
		if list[i].start() != list[j].start() {
			return list[i].start() < list[j].start()
		}
		return list[i].v < list[j].v
	})
	a := &allocation{locs: make([]loc, f.NVRegs+1)}
	for i := range a.locs {
		a.locs[i] = loc{reg: noReg, spill: -1}
	}
	held := map[asm.Register][]*liveRange{}
	occ := map[asm.Register]*occupancy{}
	for _, r := range append(append([]asm.Register{}, callerSaved...), calleeSaved...) {
		occ[r] = &occupancy{}
	}
	fits := func(r asm.Register, lr *liveRange) bool { return !occ[r].overlaps(lr.segs) }
	length := func(lr *liveRange) int {
		n := 0
		for _, s := range lr.segs {
			n += s.to - s.from + 1
		}
		return n
	}
	weight := func(lr *liveRange) float64 { return float64(lr.uses+1) / float64(length(lr)) }
	// A register copied from another prefers the other's register, so the
	// copy disappears (the emitter drops mov r, r).
	// A helper argument prefers the register it is passed in.
	hint := make([]VReg, f.NVRegs+1)
	argReg := make([]asm.Register, f.NVRegs+1)
	revHint := make([]VReg, f.NVRegs+1)
	for _, b := range f.Blocks {
		for _, in := range b.Insts {
			if in.Op == OpMov && !in.A.IsImm && in.A.Reg != 0 {
				hint[in.Dst] = in.A.Reg
			}
			// The operand of a two-address operation prefers the result's
			// register when that is taken first (a phi's register, set
			// before the branch): `rd = ra; rd += 1` loses its copy.
			switch in.Op {
			case OpMov, OpBin, OpNeg, OpSwap, OpExt:
				if !in.A.IsImm && in.A.Reg != 0 && in.Dst != 0 && revHint[in.A.Reg] == 0 {
					revHint[in.A.Reg] = in.Dst
				}
			}
			if in.Op == OpCall {
				for k, a := range in.Args {
					if !a.IsImm && a.Reg != 0 && k < len(callerSaved) && argReg[a.Reg] == 0 {
						argReg[a.Reg] = callerSaved[k]
					}
				}
			}
		}
	}
	sites := ldAbsSites(f)
	for _, lr := range list {
		var cands []asm.Register
		if sites.ctx[lr.v] {
			cands = append(cands, asm.R6) // saves the move into R6
		}
		if r := argReg[lr.v]; r != 0 && !lr.crossCall {
			cands = append(cands, r)
		}
		if h := hint[lr.v]; h != 0 {
			if r := a.locs[h].reg; r != noReg && (!lr.crossCall || isCalleeSaved(r)) {
				cands = append(cands, r)
			}
		}
		if h := revHint[lr.v]; h != 0 {
			if r := a.locs[h].reg; r != noReg && (!lr.crossCall || isCalleeSaved(r)) {
				cands = append(cands, r)
			}
		}
		if !lr.crossCall {
			cands = append(cands, callerSaved...)
		}
		cands = append(cands, calleeSaved...)
		if !sites.r6OK(lr) {
			cands = slices.DeleteFunc(cands, func(r asm.Register) bool { return r == asm.R6 })
		}
		pick := noReg
		for _, r := range cands {
			if fits(r, lr) {
				pick = r
				break
			}
		}
		if pick == noReg {
			// Evict the lightest conflicting holder of some candidate
			// register if it is lighter than this range.
			var victimReg asm.Register = noReg
			var victims []*liveRange
			best := weight(lr)
			for _, r := range cands {
				var conf []*liveRange
				w := 0.0
				for _, o := range held[r] {
					if o.segs[len(o.segs)-1].to < lr.start() {
						continue
					}
					if overlaps(o.segs, lr.segs) {
						conf = append(conf, o)
						w = max(w, weight(o))
					}
				}
				if w < best {
					best, victimReg, victims = w, r, conf
				}
			}
			if victimReg == noReg {
				a.locs[lr.v] = loc{reg: noReg, spill: f.newSlot("spill", 8, 8)}
				continue
			}
			for _, o := range victims {
				a.locs[o.v] = loc{reg: noReg, spill: f.newSlot("spill", 8, 8)}
				hs := held[victimReg]
				for i, x := range hs {
					if x == o {
						held[victimReg] = append(hs[:i], hs[i+1:]...)
						break
					}
				}
				occ[victimReg].remove(o.segs)
			}
			pick = victimReg
		}
		held[pick] = append(held[pick], lr)
		occ[pick].add(lr.segs)
		a.locs[lr.v] = loc{reg: pick, spill: -1}
	}
	if r0 {
		useR0(f, a, list)
	}
	return a
}

// ldSites are the positions of the packet loads (OpLdAbs), which read
// their context operand from R6: at such a position R6 holds that operand
// or nothing, so the emitter can move the operand in.
type ldSites struct {
	pos []int
	of  []VReg // the context operand at pos[i] (0: an immediate)
	ctx map[VReg]bool
}

func ldAbsSites(f *Func) *ldSites {
	s := &ldSites{ctx: map[VReg]bool{}}
	pos := 0
	for _, b := range f.Blocks {
		for j, in := range b.Insts {
			if in.Op == OpLdAbs {
				// The read position of instruction j, as in liveRanges.
				s.pos = append(s.pos, pos+2*(j+1))
				s.of = append(s.of, in.A.Reg)
				if !in.A.IsImm {
					s.ctx[in.A.Reg] = true
				}
			}
		}
		pos += 2 * (len(b.Insts) + 1)
	}
	return s
}

// r6OK reports whether lr may live in R6: it covers no packet load whose
// context is another value.
func (s *ldSites) r6OK(lr *liveRange) bool {
	for i, p := range s.pos {
		if s.of[i] == lr.v {
			continue
		}
		for _, sg := range lr.segs {
			if sg.from <= p && p <= sg.to {
				return false
			}
		}
	}
	return true
}

func isCalleeSaved(r asm.Register) bool { return r >= asm.R6 && r <= asm.R9 }

// occupancy is the sorted, disjoint set of positions a register holds.
type occupancy struct{ segs []seg }

func (o *occupancy) overlaps(ss []seg) bool {
	for _, s := range ss {
		// The first held segment ending at or after s.from.
		i := sort.Search(len(o.segs), func(i int) bool { return o.segs[i].to >= s.from })
		if i < len(o.segs) && o.segs[i].from <= s.to {
			return true
		}
	}
	return false
}

func (o *occupancy) add(ss []seg) {
	for _, s := range ss {
		// Ranges come in order of start: the insertion point is nearly
		// always the end.
		i := len(o.segs)
		for i > 0 && o.segs[i-1].from > s.from {
			i--
		}
		o.segs = append(o.segs, seg{})
		copy(o.segs[i+1:], o.segs[i:])
		o.segs[i] = s
	}
}

func (o *occupancy) remove(ss []seg) {
	drop := map[seg]bool{}
	for _, s := range ss {
		drop[s] = true
	}
	kept := o.segs[:0]
	for _, s := range o.segs {
		if !drop[s] {
			kept = append(kept, s)
		}
	}
	o.segs = kept
}
