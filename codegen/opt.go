package codegen

import (
	"math/bits"

	"github.com/cilium/ebpf/asm"
)

// Optimisation passes over the IR. Registers are not in SSA form, so each
// pass states what it relies on: most need "a single definition", which
// makes a register's value the same at every use.

// defCounts counts the definitions of every register.
func defCounts(f *Func) []int {
	defs := make([]int, f.NVRegs+1)
	for _, b := range f.Blocks {
		for _, in := range b.Insts {
			if in.Dst != 0 {
				defs[in.Dst]++
			}
		}
	}
	return defs
}

func useCounts(f *Func) []int {
	uses := make([]int, f.NVRegs+1)
	var buf []VReg
	for _, b := range f.Blocks {
		for _, in := range b.Insts {
			for _, u := range in.Uses(buf) {
				uses[u]++
			}
		}
	}
	return uses
}

// globalCopyProp: if d has a single definition `d = s` and s has a single
// definition too, s holds the same value wherever d is used (its one def
// dominates the copy, which dominates every use of d): use s instead.
// A single-definition constant becomes an immediate.
func globalCopyProp(f *Func, _ *config) error {
	defs := defCounts(f)
	repl := make([]Operand, f.NVRegs+1)
	for _, b := range f.Blocks {
		for _, in := range b.Insts {
			if in.Dst == 0 || defs[in.Dst] != 1 {
				continue
			}
			switch {
			case in.Op == OpMov && !in.A.IsImm && defs[in.A.Reg] == 1 && in.A.Reg != in.Dst:
				repl[in.Dst] = in.A
			case in.Op == OpConst && in.Imm >= -1<<31 && in.Imm < 1<<31 && in.Core == nil:
				repl[in.Dst] = I(in.Imm)
			}
		}
	}
	resolve := func(o Operand) Operand {
		for i := 0; i < 16 && !o.IsImm && o.Reg != 0 && repl[o.Reg].ok(); i++ {
			o = repl[o.Reg]
		}
		return o
	}
	for _, b := range f.Blocks {
		for _, in := range b.Insts {
			in.A = resolve(in.A)
			in.B = resolve(in.B)
			for i := range in.Args {
				in.Args[i] = resolve(in.Args[i])
			}
		}
	}
	return fixImmediates(f)
}

// facts are what is known of a register's value in every definition:
// ubits: the value is below 2^ubits (as unsigned 64-bit);
// sbits: the value is the sign extension of its low sbits bits.
type facts struct{ ubits, sbits int }

var unknown = facts{64, 64}

func constFacts(c int64) facts {
	u := 64
	if c >= 0 {
		u = bits.Len64(uint64(c))
	}
	s := 64
	if c >= 0 {
		s = bits.Len64(uint64(c)) + 1
	} else {
		s = bits.Len64(uint64(^c)) + 1
	}
	return facts{u, min(s, 64)}
}

func join(a, b facts) facts { return facts{max(a.ubits, b.ubits), max(a.sbits, b.sbits)} }

// knownBits removes sign and zero extensions of values that already fit,
// and turns `zext32(op64(a, b))` into a 32-bit ALU op.
func knownBits(f *Func, _ *config) error {
	fs := make([]facts, f.NVRegs+1) // zero: no definition seen yet
	seen := make([]bool, f.NVRegs+1)
	get := func(o Operand) facts {
		if o.IsImm {
			return constFacts(o.Imm)
		}
		if !seen[o.Reg] {
			return facts{0, 1}
		}
		return fs[o.Reg]
	}
	eval := func(in *Inst) facts {
		switch in.Op {
		case OpConst:
			if in.Core != nil {
				return unknown // the loader sets it
			}
			return constFacts(in.Imm)
		case OpMov:
			return get(in.A)
		case OpPhi:
			r := facts{0, 1}
			for _, a := range in.Args {
				r = join(r, get(a))
			}
			return r
		case OpLoad:
			return facts{int(in.Size) * 8, int(in.Size)*8 + 1}
		case OpExt:
			a, w := get(in.A), int(in.Size)*8
			if in.Signed {
				if a.sbits <= w || a.ubits < w {
					return a
				}
				return facts{64, w}
			}
			if a.ubits <= w {
				return a
			}
			return facts{w, w + 1}
		case OpSwap:
			return facts{int(in.Size) * 8, int(in.Size)*8 + 1}
		case OpBin:
			a, b := get(in.A), get(in.B)
			var r facts
			switch in.Alu {
			case asm.And:
				r = facts{min(a.ubits, b.ubits), max(a.sbits, b.sbits)}
				if a.sbits < 64 && b.sbits < 64 {
					r.sbits = max(a.sbits, b.sbits)
				}
			case asm.Or, asm.Xor:
				r = facts{max(a.ubits, b.ubits), max(a.sbits, b.sbits)}
			case asm.RSh:
				if in.B.IsImm {
					k := int(in.B.Imm & 63)
					r = facts{max(a.ubits-k, 0), 64}
					r.sbits = min(64-k+1, 64)
					if r.ubits < 64 {
						r.sbits = min(r.sbits, r.ubits+1)
					}
				} else {
					r = facts{a.ubits, min(a.ubits+1, 64)}
				}
			case asm.ArSh:
				if in.B.IsImm {
					k := int(in.B.Imm & 63)
					r = facts{64, max(a.sbits-k, 1)}
				} else {
					r = facts{64, a.sbits}
				}
				if a.ubits < 64 {
					r.ubits = a.ubits
				}
			case asm.LSh:
				if in.B.IsImm {
					k := int(in.B.Imm & 63)
					r = facts{min(a.ubits+k, 64), min(a.sbits+k, 64)}
				} else {
					r = unknown
				}
			case asm.Add:
				r = facts{min(max(a.ubits, b.ubits)+1, 64), min(max(a.sbits, b.sbits)+1, 64)}
			case asm.Mul:
				r = facts{min(a.ubits+b.ubits, 64), min(a.sbits+b.sbits, 64)}
			case asm.Div, asm.Mod:
				r = facts{a.ubits, min(a.ubits+1, 64)}
				if in.Alu == asm.Mod && in.B.IsImm && in.B.Imm > 0 {
					r.ubits = min(r.ubits, bits.Len64(uint64(in.B.Imm-1)))
					r.sbits = r.ubits + 1
				}
			default:
				r = unknown
			}
			if in.W32 {
				r.ubits = min(r.ubits, 32)
				if r.ubits == 32 {
					r.sbits = 33
				}
			}
			r.sbits = max(min(r.sbits, 64), 1)
			if r.ubits < 64 {
				r.sbits = min(r.sbits, r.ubits+1)
			}
			return r
		}
		return unknown
	}
	for changed, round := true, 0; changed && round < 80; round++ {
		changed = false
		for _, b := range f.Blocks {
			for _, in := range b.Insts {
				if in.Dst == 0 {
					continue
				}
				v := eval(in)
				if seen[in.Dst] {
					v = join(v, fs[in.Dst])
				}
				if !seen[in.Dst] || v != fs[in.Dst] {
					seen[in.Dst] = true
					fs[in.Dst] = v
					changed = true
				}
			}
		}
		if round == 79 {
			for i := range fs {
				fs[i] = unknown
			}
		}
	}
	defs, uses := defCounts(f), useCounts(f)
	defOf := make([]*Inst, f.NVRegs+1)
	for _, b := range f.Blocks {
		for _, in := range b.Insts {
			if in.Dst != 0 && defs[in.Dst] == 1 {
				defOf[in.Dst] = in
			}
		}
	}
	// A store keeps only the low bytes of its value: an extension to at
	// least that width in front of it is not needed.
	for _, b := range f.Blocks {
		for _, in := range b.Insts {
			if in.Op != OpStore || in.B.IsImm || in.B.Reg == 0 {
				continue
			}
			if d := defOf[in.B.Reg]; d != nil && d.Op == OpExt && d.Size >= in.Size {
				in.B = d.A
			}
		}
	}
	for _, b := range f.Blocks {
		for _, in := range b.Insts {
			if in.Op != OpExt || in.A.IsImm {
				continue
			}
			a := get(in.A)
			w := int(in.Size) * 8
			if in.Signed && (a.sbits <= w || a.ubits < w) || !in.Signed && a.ubits <= w {
				in.Op = OpMov
				continue
			}
			if !in.Signed && w == 32 {
				if d := defOf[in.A.Reg]; d != nil && d.Op == OpBin && uses[in.A.Reg] == 1 && alu32OK(d.Alu, get(d.A), get(d.B)) {
					d.W32 = true
					in.Op = OpMov
				}
			}
		}
	}
	return nil
}

// alu32OK: the low 32 bits of the result depend only on the low 32 bits of
// the operands (add, sub, mul, logic, left shift), or, for right shifts,
// division and modulo, both operands fit in 32 bits.
func alu32OK(op asm.ALUOp, a, b facts) bool {
	switch op {
	case asm.Add, asm.Sub, asm.Mul, asm.And, asm.Or, asm.Xor:
		return true
	case asm.LSh:
		return b.ubits <= 5 // a 32-bit shift takes the count mod 32
	case asm.RSh, asm.Div, asm.Mod:
		return a.ubits <= 32 && b.ubits <= 32
	}
	return false
}

// coalesce folds `t = op ...; x = t` into `x = op ...` when t has one
// definition and that copy is its only use, and x is not touched between.
func coalesce(f *Func, _ *config) error {
	defs, uses := defCounts(f), useCounts(f)
	var buf []VReg
	for _, b := range f.Blocks {
		for i := 0; i+1 < len(b.Insts); i++ {
			in, mv := b.Insts[i], b.Insts[i+1]
			if mv.Op != OpMov || mv.A.IsImm || mv.A.Reg != in.Dst || in.Dst == 0 || defs[in.Dst] != 1 || uses[in.Dst] != 1 {
				continue
			}
			switch in.Op {
			case OpConst, OpMov, OpBin, OpNeg, OpExt, OpSwap, OpLoad, OpAddr, OpMapPtr, OpDataPtr, OpCall:
			default:
				continue
			}
			_ = buf
			in.Dst = mv.Dst
			b.Insts = append(b.Insts[:i+1], b.Insts[i+2:]...)
			// in may feed the next copy too (`t = op; u = t; x = u`,
			// left by fromSSA's temporaries): look at it again.
			// The counts of x do not change: the copy's def and use moved.
			i--
		}
	}
	return nil
}

// layout orders blocks so that a block's likely successor follows it,
// saving jumps: after a branch, its false side; after a jump, its target.
func layout(f *Func, _ *config) error {
	placed := make([]bool, len(f.Blocks))
	order := make([]*Block, 0, len(f.Blocks))
	var place func(b *Block)
	place = func(b *Block) {
		for b != nil && !placed[b.ID] {
			placed[b.ID] = true
			order = append(order, b)
			var next *Block
			switch l := b.last(); l.Op {
			case OpJump:
				next = b.Succs[0]
			case OpBranch:
				// A side reached only from here goes next (the body of an
				// if or a loop, an early return), else the false side.
				next = b.Succs[1]
				if t := b.Succs[0]; len(t.Preds) == 1 && !placed[t.ID] {
					next = t
				} else if placed[next.ID] {
					next = b.Succs[0]
				}
			}
			if next != nil && (placed[next.ID] || next.ID == 0) {
				next = nil
			}
			b = next
		}
	}
	for _, b := range f.Blocks {
		place(b)
	}
	f.Blocks = order
	for i, b := range f.Blocks {
		b.ID = i
	}
	f.linkPreds()
	return nil
}

// diamonds turns `if c then {v = k1} else {v = k2}` into `v = k1; if c
// then skip else {v = k2}`: the materialised comparisons C is full of.
func diamonds(f *Func, _ *config) error {
	var buf []VReg
	for _, p := range f.Blocks {
		br := p.last()
		if br.Op != OpBranch {
			continue
		}
		t, e := p.Succs[0], p.Succs[1]
		if t == e || len(t.Preds) != 1 || len(t.Insts) != 2 || t.Insts[0].Op != OpConst || t.Insts[1].Op != OpJump {
			continue
		}
		v := t.Insts[0].Dst
		j := t.Succs[0]
		if len(e.Insts) != 2 || e.Insts[0].Op != OpConst || e.Insts[0].Dst != v || e.Insts[1].Op != OpJump || e.Succs[0] != j {
			continue
		}
		uses := br.Uses(buf)
		clash := false
		for _, u := range uses {
			clash = clash || u == v
		}
		if clash {
			continue
		}
		k := t.Insts[0]
		p.Insts = append(p.Insts[:len(p.Insts)-1], k, br)
		t.Insts = []*Inst{{Op: OpRet, A: I(0), Slot: -1}} // now unreachable
		t.Succs = nil
		p.Succs[0] = j
	}
	f.linkPreds()
	return deadcode(f, nil)
}

// dominators computes the immediate dominator of every block (Cooper,
// Harvey and Kennedy's iterative algorithm over reverse postorder).
func dominators(f *Func) []int {
	n := len(f.Blocks)
	order := make([]int, 0, n) // postorder
	seen := make([]bool, n)
	var dfs func(b *Block)
	dfs = func(b *Block) {
		seen[b.ID] = true
		for _, s := range b.Succs {
			if !seen[s.ID] {
				dfs(s)
			}
		}
		order = append(order, b.ID)
	}
	dfs(f.Blocks[0])
	po := make([]int, n)
	for i, id := range order {
		po[id] = i
	}
	idom := make([]int, n)
	for i := range idom {
		idom[i] = -1
	}
	idom[0] = 0
	intersect := func(a, b int) int {
		for a != b {
			for po[a] < po[b] {
				a = idom[a]
			}
			for po[b] < po[a] {
				b = idom[b]
			}
		}
		return a
	}
	for changed := true; changed; {
		changed = false
		for i := len(order) - 1; i >= 0; i-- {
			id := order[i]
			if id == 0 {
				continue
			}
			nd := -1
			for _, p := range f.Blocks[id].Preds {
				if idom[p.ID] < 0 {
					continue
				}
				if nd < 0 {
					nd = p.ID
				} else {
					nd = intersect(p.ID, nd)
				}
			}
			if nd >= 0 && idom[id] != nd {
				idom[id] = nd
				changed = true
			}
		}
	}
	return idom
}

func dominates(idom []int, a, b int) bool {
	for {
		if a == b {
			return true
		}
		if b == 0 || idom[b] < 0 {
			return false
		}
		b = idom[b]
	}
}

type cseKey struct {
	op     Op
	alu    asm.ALUOp
	w32    bool
	a, b   Operand
	size   uint8
	signed bool
	slot   int
	off    int64
	sym    string
	imm    int64
}

// cse replaces a pure computation by an earlier identical one that
// dominates it, when every register involved has a single definition.
func cse(f *Func, _ *config) error {
	defs := defCounts(f)
	idom := dominators(f)
	type avail struct {
		block int
		reg   VReg
	}
	table := map[cseKey][]avail{}
	repl := make([]VReg, f.NVRegs+1)
	single := func(o Operand) bool { return o.IsImm || o.Reg == 0 || defs[o.Reg] == 1 }
	sub := func(o Operand) Operand {
		if !o.IsImm && o.Reg != 0 && repl[o.Reg] != 0 {
			o.Reg = repl[o.Reg]
		}
		return o
	}
	// Blocks in an order where dominators come first: by ID after layout
	// is not guaranteed, so walk the dominator tree.
	children := make([][]int, len(f.Blocks))
	for id, d := range idom {
		if id != 0 && d >= 0 {
			children[d] = append(children[d], id)
		}
	}
	var walk func(id int)
	walk = func(id int) {
		b := f.Blocks[id]
		for _, in := range b.Insts {
			in.A, in.B = sub(in.A), sub(in.B)
			for i := range in.Args {
				in.Args[i] = sub(in.Args[i])
			}
			// Addresses and constants are not shared: recomputing them is
			// as cheap as a copy and keeps them out of callee-saved registers.
			switch in.Op {
			case OpBin, OpNeg, OpExt, OpSwap:
			default:
				continue
			}
			if in.Dst == 0 || defs[in.Dst] != 1 || !single(in.A) || !single(in.B) || in.Core != nil {
				continue
			}
			k := cseKey{in.Op, in.Alu, in.W32, in.A, in.B, in.Size, in.Signed, in.Slot, in.Off, in.Sym, in.Imm}
			found := false
			for _, av := range table[k] {
				if dominates(idom, av.block, id) {
					repl[in.Dst] = av.reg
					in.Op, in.A, in.B = OpMov, R(av.reg), Operand{}
					found = true
					break
				}
			}
			if !found {
				table[k] = append(table[k], avail{id, in.Dst})
			}
		}
		for _, c := range children[id] {
			walk(c)
		}
	}
	walk(0)
	return nil
}

// mergeReturns sends every `ret k` block to one block per constant k.
// A longer block ending in `ret k` jumps there too when another block
// returns k: a jump (often none, after layout) instead of `r0 = k; exit`.
func mergeReturns(f *Func, _ *config) error {
	first := map[int64]*Block{}
	count := map[int64]int{}
	for _, b := range f.Blocks {
		if l := b.last(); l.Op == OpRet && l.A.IsImm {
			count[l.A.Imm]++
		}
		if len(b.Insts) == 1 && b.Insts[0].Op == OpRet && b.Insts[0].A.IsImm {
			if _, ok := first[b.Insts[0].A.Imm]; !ok {
				first[b.Insts[0].A.Imm] = b
			}
		}
	}
	for _, b := range append([]*Block(nil), f.Blocks...) {
		l := b.last()
		if len(b.Insts) < 2 || l.Op != OpRet || !l.A.IsImm || count[l.A.Imm] < 2 {
			continue
		}
		r := first[l.A.Imm]
		if r == nil {
			r = f.newBlock()
			r.Insts = []*Inst{{Op: OpRet, A: l.A, Pos: l.Pos, Slot: -1}}
			first[l.A.Imm] = r
		}
		b.Insts[len(b.Insts)-1] = &Inst{Op: OpJump, Pos: l.Pos, Slot: -1}
		b.Succs = []*Block{r}
	}
	for _, b := range f.Blocks {
		for i, s := range b.Succs {
			if len(s.Insts) == 1 && s.Insts[0].Op == OpRet && s.Insts[0].A.IsImm {
				b.Succs[i] = first[s.Insts[0].A.Imm]
			}
		}
	}
	f.linkPreds()
	return deadcode(f, nil)
}
