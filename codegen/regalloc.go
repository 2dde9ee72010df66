package codegen

import (
	"math/bits"
	"sort"

	"github.com/cilium/ebpf/asm"
)

// Register allocation: linear scan over live intervals computed from block
// liveness. R0 and R5 are scratch registers of the emitter (spill reloads,
// call set-up); R1–R4 hold values that do not live across a helper call,
// R6–R9 those that do. A value that finds no register is spilled to an
// 8-byte stack slot for its whole life.

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

// bitset is a set of virtual registers.
type bitset []uint64

func newBitset(n int) bitset       { return make(bitset, (n+63)/64) }
func (b bitset) has(v VReg) bool   { return b[v/64]&(1<<(v%64)) != 0 }
func (b bitset) set(v VReg)        { b[v/64] |= 1 << (v % 64) }
func (b bitset) clear(v VReg)      { b[v/64] &^= 1 << (v % 64) }
func (b bitset) copyFrom(o bitset) { copy(b, o) }
func (b bitset) each(fn func(VReg)) {
	for w, x := range b {
		for x != 0 {
			i := bits.TrailingZeros64(x)
			fn(VReg(w*64 + i))
			x &= x - 1
		}
	}
}

// liveness computes live-out sets per block (iterative backward dataflow
// over bitsets).
func liveness(f *Func) []bitset {
	n := f.NVRegs + 1
	nb := len(f.Blocks)
	use, def := make([]bitset, nb), make([]bitset, nb)
	var buf []VReg
	for i, b := range f.Blocks {
		use[i], def[i] = newBitset(n), newBitset(n)
		for _, in := range b.Insts {
			for _, u := range in.Uses(buf) {
				if !def[i].has(u) {
					use[i].set(u)
				}
			}
			if in.Dst != 0 {
				def[i].set(in.Dst)
			}
		}
	}
	liveIn, liveOut := make([]bitset, nb), make([]bitset, nb)
	for i := range f.Blocks {
		liveIn[i], liveOut[i] = newBitset(n), newBitset(n)
	}
	for changed := true; changed; {
		changed = false
		for i := nb - 1; i >= 0; i-- {
			out := liveOut[i]
			for _, s := range f.Blocks[i].Succs {
				for w, x := range liveIn[s.ID] {
					out[w] |= x
				}
			}
			in := liveIn[i]
			for w := range in {
				x := use[i][w] | out[w]&^def[i][w]
				if x != in[w] {
					in[w] = x
					changed = true
				}
			}
		}
	}
	return liveOut
}

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
	liveOut := liveness(f)
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
	liveNow := newBitset(n) // registers with an open segment
	for i := len(f.Blocks) - 1; i >= 0; i-- {
		b := f.Blocks[i]
		bs := starts[i]
		be := bs + 2*(len(b.Insts)+1) - 1
		liveNow.copyFrom(liveOut[i])
		liveNow.each(func(v VReg) { open[v] = be })
		for j := len(b.Insts) - 1; j >= 0; j-- {
			in := b.Insts[j]
			p := bs + 2*(j+1)
			if in.Op == OpCall {
				liveNow.each(func(v VReg) {
					if v != in.Dst {
						if ranges[v] == nil {
							ranges[v] = &liveRange{v: v}
						}
						ranges[v].crossCall = true
					}
				})
			}
			if d := in.Dst; d != 0 {
				if open[d] >= 0 {
					add(d, p+1, open[d])
					open[d] = -1
					liveNow.clear(d)
				} else {
					add(d, p+1, p+1)
				}
			}
			for _, u := range in.Uses(buf) {
				if open[u] < 0 {
					open[u] = p
					liveNow.set(u)
				}
				if ranges[u] == nil {
					ranges[u] = &liveRange{v: u}
				}
				ranges[u].uses++
			}
		}
		liveNow.each(func(v VReg) {
			add(v, bs, open[v])
			open[v] = -1
		})
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
func regalloc(f *Func) *allocation {
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
	hint := make([]VReg, f.NVRegs+1)
	for _, b := range f.Blocks {
		for _, in := range b.Insts {
			if in.Op == OpMov && !in.A.IsImm && in.A.Reg != 0 {
				hint[in.Dst] = in.A.Reg
			}
		}
	}
	for _, lr := range list {
		var cands []asm.Register
		if h := hint[lr.v]; h != 0 {
			if r := a.locs[h].reg; r != noReg && (!lr.crossCall || isCalleeSaved(r)) {
				cands = append(cands, r)
			}
		}
		if !lr.crossCall {
			cands = append(cands, callerSaved...)
		}
		cands = append(cands, calleeSaved...)
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
	return a
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
	o.segs = append(o.segs, ss...)
	sort.Slice(o.segs, func(i, j int) bool { return o.segs[i].from < o.segs[j].from })
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
