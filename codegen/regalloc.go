package codegen

import (
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

type interval struct {
	v          VReg
	start, end int
	crossCall  bool
}

type allocation struct {
	locs []loc // by VReg
}

// liveness computes live-out sets per block.
func liveness(f *Func) [][]bool {
	n := f.NVRegs + 1
	use := make([][]bool, len(f.Blocks))
	def := make([][]bool, len(f.Blocks))
	var buf []VReg
	for i, b := range f.Blocks {
		use[i], def[i] = make([]bool, n), make([]bool, n)
		for _, in := range b.Insts {
			for _, u := range in.Uses(buf) {
				if !def[i][u] {
					use[i][u] = true
				}
			}
			if in.Dst != 0 {
				def[i][in.Dst] = true
			}
		}
	}
	liveIn := make([][]bool, len(f.Blocks))
	liveOut := make([][]bool, len(f.Blocks))
	for i := range f.Blocks {
		liveIn[i], liveOut[i] = make([]bool, n), make([]bool, n)
	}
	for changed := true; changed; {
		changed = false
		for i := len(f.Blocks) - 1; i >= 0; i-- {
			b := f.Blocks[i]
			out := liveOut[i]
			for _, s := range b.Succs {
				for v, l := range liveIn[s.ID] {
					if l && !out[v] {
						out[v] = true
						changed = true
					}
				}
			}
			in := liveIn[i]
			for v := 1; v < n; v++ {
				l := use[i][v] || out[v] && !def[i][v]
				if l && !in[v] {
					in[v] = true
					changed = true
				}
			}
		}
	}
	return liveOut
}

func regalloc(f *Func) *allocation {
	liveOut := liveness(f)
	n := f.NVRegs + 1
	ivs := make([]*interval, n)
	touch := func(v VReg, p int) {
		iv := ivs[v]
		if iv == nil {
			ivs[v] = &interval{v: v, start: p, end: p}
			return
		}
		if p < iv.start {
			iv.start = p
		}
		if p > iv.end {
			iv.end = p
		}
	}
	var calls []int
	pos := 0
	var buf []VReg
	// liveIn at block start is implied by uses before defs; live-out
	// extends intervals to the block end.
	blockStart := make([]int, len(f.Blocks))
	blockEnd := make([]int, len(f.Blocks))
	for i, b := range f.Blocks {
		blockStart[i] = pos
		pos += 2
		for _, in := range b.Insts {
			for _, u := range in.Uses(buf) {
				touch(u, pos)
			}
			if in.Op == OpCall {
				calls = append(calls, pos)
			}
			if in.Dst != 0 {
				touch(in.Dst, pos+1)
			}
			pos += 2
		}
		blockEnd[i] = pos
		pos += 2
	}
	// Values live across a block boundary span the whole block on the
	// side(s) where they are live.
	for i := range f.Blocks {
		for v := 1; v < n; v++ {
			if liveOut[i][v] {
				touch(VReg(v), blockEnd[i])
				for _, s := range f.Blocks[i].Succs {
					touch(VReg(v), blockStart[s.ID])
				}
			}
		}
	}
	var list []*interval
	for _, iv := range ivs {
		if iv == nil {
			continue
		}
		for _, c := range calls {
			if iv.start < c && c < iv.end {
				iv.crossCall = true
				break
			}
		}
		list = append(list, iv)
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].start != list[j].start {
			return list[i].start < list[j].start
		}
		return list[i].v < list[j].v
	})

	a := &allocation{locs: make([]loc, n)}
	for i := range a.locs {
		a.locs[i] = loc{reg: noReg, spill: -1}
	}
	free := map[asm.Register]bool{}
	for _, r := range callerSaved {
		free[r] = true
	}
	for _, r := range calleeSaved {
		free[r] = true
	}
	var active []*interval
	spill := func(iv *interval) {
		a.locs[iv.v] = loc{reg: noReg, spill: f.newSlot("spill", 8, 8)}
	}
	for _, iv := range list {
		// Expire.
		kept := active[:0]
		for _, o := range active {
			if o.end < iv.start {
				free[a.locs[o.v].reg] = true
				continue
			}
			kept = append(kept, o)
		}
		active = kept
		pick := noReg
		try := func(rs []asm.Register) {
			for _, r := range rs {
				if pick == noReg && free[r] {
					pick = r
				}
			}
		}
		if !iv.crossCall {
			try(callerSaved)
		}
		try(calleeSaved)
		if pick == noReg {
			// Steal from the active interval that ends last, if it ends
			// after this one and its register suits this one.
			var victim *interval
			for _, o := range active {
				r := a.locs[o.v].reg
				if iv.crossCall && !isCalleeSaved(r) {
					continue
				}
				if victim == nil || o.end > victim.end {
					victim = o
				}
			}
			if victim != nil && victim.end > iv.end {
				pick = a.locs[victim.v].reg
				spill(victim)
				for i, o := range active {
					if o == victim {
						active = append(active[:i], active[i+1:]...)
						break
					}
				}
			} else {
				spill(iv)
				continue
			}
		}
		free[pick] = false
		a.locs[iv.v] = loc{reg: pick, spill: -1}
		active = append(active, iv)
	}
	return a
}

func isCalleeSaved(r asm.Register) bool { return r >= asm.R6 && r <= asm.R9 }
