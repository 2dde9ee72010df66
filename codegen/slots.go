package codegen

import "sort"

// Stack slot sharing. Every local, compound literal, temporary and spill
// gets a slot of its own, so a program that inlines many helpers grows a
// frame far beyond what it needs at any one time, against a limit of 512
// bytes. Two slots may share their bytes when no path from one slot's
// access to another access of the same slot passes an access of the other.
//
// A slot is active at the points that are both reachable from one of its
// accesses and reach one: every path along which it holds a value lies
// inside that set, and an access of another slot on such a path is in the
// other slot's set too, so slots with disjoint sets never disturb each
// other. Accesses are the memory operations naming the slot, every
// definition and use of a register that may hold an address into it, and,
// for spill slots, the definitions and uses of the spilled register. A
// slot whose address is stored to memory (or returned) is active
// everywhere.
//
// Sharing changes what the verifier sees in a reused slot (a spilled
// pointer, then data): each is written before it is read, which the kernel
// accepts, and the lint models the same rules.

// span is the part of block b (instruction indexes lo..hi) where a slot is
// active.
type span struct{ b, lo, hi int }

type slotLife struct {
	spans []span // sorted by block
	all   bool   // active everywhere
}

func (x *slotLife) conflicts(y *slotLife) bool {
	if x.all || y.all {
		return true
	}
	i, j := 0, 0
	for i < len(x.spans) && j < len(y.spans) {
		a, b := x.spans[i], y.spans[j]
		switch {
		case a.b < b.b:
			i++
		case b.b < a.b:
			j++
		default:
			if a.lo <= b.hi && b.lo <= a.hi {
				return true
			}
			i++
			j++
		}
	}
	return false
}

// slotLives computes the active set of every slot of f, allocated by a.
func slotLives(f *Func, a *allocation) []slotLife {
	ns := len(f.Slots)
	lives := make([]slotLife, ns)
	derived := slotDerived(f) // the slots whose address a register may hold
	for s := range escapedSlots(f, derived) {
		lives[s].all = true
	}
	// Access points per slot: first and last instruction index per block.
	type acc struct{ first, last int }
	accs := make([]map[int]*acc, ns)
	touch := func(s, b, j int) {
		if accs[s] == nil {
			accs[s] = map[int]*acc{}
		}
		if x := accs[s][b]; x != nil {
			x.first, x.last = min(x.first, j), max(x.last, j)
		} else {
			accs[s][b] = &acc{j, j}
		}
	}
	spillOf := func(v VReg) int {
		if v != 0 && a != nil && int(v) < len(a.locs) && a.locs[v].reg == noReg {
			return a.locs[v].spill
		}
		return -1
	}
	var buf []VReg
	for bi, b := range f.Blocks {
		for j, in := range b.Insts {
			if in.Slot >= 0 && (in.Op == OpLoad || in.Op == OpStore || in.Op == OpAtomicAdd || in.Op == OpAddr) {
				touch(in.Slot, bi, j)
			}
			regs := in.Uses(buf)
			if in.Dst != 0 {
				regs = append(regs, in.Dst)
			}
			buf = regs
			for _, v := range regs {
				for _, s := range derived[v] {
					touch(s, bi, j)
				}
				if s := spillOf(v); s >= 0 {
					touch(s, bi, j)
				}
			}
		}
	}
	nb := len(f.Blocks)
	fwd := make([]bool, nb)
	bwd := make([]bool, nb)
	var work []*Block
	for s := range lives {
		if lives[s].all || len(accs[s]) == 0 {
			continue
		}
		clear(fwd)
		clear(bwd)
		// Blocks entered from an access (reachable over at least one
		// edge), and blocks left towards one.
		work = reach(f, accs[s], fwd, func(b *Block) []*Block { return b.Succs }, work)
		work = reach(f, accs[s], bwd, func(b *Block) []*Block { return b.Preds }, work)
		for bi, b := range f.Blocks {
			x := accs[s][bi]
			lo, hi := -1, -1
			if fwd[bi] {
				lo = 0
			} else if x != nil {
				lo = x.first
			}
			if bwd[bi] {
				hi = len(b.Insts) - 1
			} else if x != nil {
				hi = x.last
			}
			if lo >= 0 && hi >= lo {
				lives[s].spans = append(lives[s].spans, span{bi, lo, hi})
			}
		}
	}
	return lives
}

// shareSlots groups the slots of f whose active sets are disjoint; the
// slots of one group get the same frame offset. It returns the groups.
func shareSlots(f *Func, a *allocation) [][]int {
	lives := slotLives(f, a)
	order := make([]int, len(f.Slots))
	for i := range order {
		order[i] = i
	}
	// Big slots first: they decide the frame size.
	sort.SliceStable(order, func(i, j int) bool { return f.Slots[order[i]].Size > f.Slots[order[j]].Size })
	var groups [][]int
	for _, s := range order {
		placed := false
		for g, members := range groups {
			ok := wholeWords(f.Slots[s]) == wholeWords(f.Slots[members[0]])
			for _, m := range members {
				if lives[s].conflicts(&lives[m]) {
					ok = false
					break
				}
			}
			if ok {
				groups[g] = append(groups[g], s)
				placed = true
				break
			}
		}
		if !placed {
			groups = append(groups, []int{s})
		}
	}
	// Keep the frame in slot order, as before sharing: the first slot of
	// each group decides its place.
	sort.SliceStable(groups, func(i, j int) bool { return minOf(groups[i]) < minOf(groups[j]) })
	return groups
}

// wholeWords: the slot fills whole 8-byte words. The kernel tracks stack
// liveness per word, and a store of fewer bytes does not end the life of
// what the word held: a 4-byte key placed over part of a dead array keeps
// the array's old contents alive in the verifier's state comparisons,
// which then prune less (big.c's sys_enter: 552 verified instructions
// became 829). Slots of the two kinds share only with their own kind.
func wholeWords(s Slot) bool { return s.Size%8 == 0 }

func minOf(xs []int) int {
	m := xs[0]
	for _, x := range xs[1:] {
		m = min(m, x)
	}
	return m
}

// reach marks in seen the blocks reachable over at least one edge from
// the blocks in from, following next; work is scratch space, returned for
// reuse.
func reach[V any](f *Func, from map[int]V, seen []bool, next func(*Block) []*Block, work []*Block) []*Block {
	work = work[:0]
	for bi := range from {
		work = append(work, f.Blocks[bi])
	}
	for len(work) > 0 {
		b := work[len(work)-1]
		work = work[:len(work)-1]
		for _, x := range next(b) {
			if !seen[x.ID] {
				seen[x.ID] = true
				work = append(work, x)
			}
		}
	}
	return work
}
