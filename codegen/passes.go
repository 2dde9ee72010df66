package codegen

import "fmt"

// pass is one step of the pipeline over a function's IR. The IR check runs
// after every pass; -d=ir:NAME dumps the IR after the named pass.
type pass struct {
	name string
	fn   func(*Func, *config) error
}

// o0Passes also run at -O0: without them the output does not verify.
var o0Passes = map[string]bool{"deadcode": true, "ctxoffsets": true}

// passes is the whole pipeline after lowering, in order.
var passes = []pass{
	{"deadcode", deadcode},
	{"threadjumps", threadJumps},
	{"deadcode2", deadcode},
	{"diamonds", diamonds},
	{"ssa", toSSA},
	{"globalcopy", globalCopyProp},
	{"constfold", constFold},
	{"ctxoffsets", ctxOffsets},
	{"forwardstores", forwardStores},
	{"knownbits", knownBits},
	{"cse", cse},
	{"globalcopy2", globalCopyProp},
	{"constfold2", constFold},
	{"deadstores", deadStores},
	{"mergestores", mergeStores},
	{"deadvalues", deadValues},
	{"hoistarms", hoistArms},
	{"emptyarms", emptyArms},
	{"unssa", fromSSA},
	{"mergereturns", mergeReturns},
	{"usecopies", useCopies},
	{"coalesce", coalesce},
	{"layout", layout},
}

// PassNames lists the passes, for -d=ir:PASS help.
func PassNames() []string {
	names := []string{"lower"}
	for _, p := range passes {
		names = append(names, p.name)
	}
	return append(names, "regalloc")
}

func runPasses(f *Func, c *config) error {
	c.dump("lower", f)
	if err := f.check(); err != nil {
		return fmt.Errorf("after lower: %w", err)
	}
	for _, p := range passes {
		if c.optLevel == 0 && !o0Passes[p.name] || c.skip[p.name] {
			continue
		}
		if err := p.fn(f, c); err != nil {
			return err
		}
		if err := f.check(); err != nil {
			return fmt.Errorf("after %s: %w", p.name, err)
		}
		c.dump(p.name, f)
	}
	return nil
}

// deadcode removes blocks unreachable from the entry and renumbers.
func deadcode(f *Func, _ *config) error {
	seen := make([]bool, len(f.Blocks))
	stack := []*Block{f.Blocks[0]}
	seen[0] = true
	for len(stack) > 0 {
		b := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		for _, s := range b.Succs {
			if !seen[s.ID] {
				seen[s.ID] = true
				stack = append(stack, s)
			}
		}
	}
	kept := f.Blocks[:0]
	for _, b := range f.Blocks {
		if seen[b.ID] {
			kept = append(kept, b)
		}
	}
	f.Blocks = kept
	for i, b := range f.Blocks {
		b.ID = i
	}
	f.linkPreds()
	return nil
}

// threadJumps retargets edges that lead to a block holding only a jump.
func threadJumps(f *Func, _ *config) error {
	final := func(b *Block) *Block {
		for i := 0; i < 8 && len(b.Insts) == 1 && b.Insts[0].Op == OpJump && b.Succs[0] != b; i++ {
			b = b.Succs[0]
		}
		return b
	}
	for _, b := range f.Blocks {
		for i, s := range b.Succs {
			b.Succs[i] = final(s)
		}
		if l := b.last(); l.Op == OpBranch && b.Succs[0] == b.Succs[1] {
			b.Insts[len(b.Insts)-1] = &Inst{Op: OpJump, Pos: l.Pos, Slot: -1}
			b.Succs = b.Succs[:1]
		}
	}
	f.linkPreds()
	return nil
}

// fixImmediates keeps immediates only where an instruction can take them.
func fixImmediates(f *Func) error {
	for _, b := range f.Blocks {
		var out []*Inst
		for _, in := range b.Insts {
			if in.A.IsImm && (in.Op == OpBin || in.Op == OpNeg || in.Op == OpExt || in.Op == OpSwap || in.Op == OpBranch ||
				(in.Op == OpLoad || in.Op == OpStore || in.Op == OpAtomicAdd) && in.Slot < 0) {
				r := f.newVReg()
				out = append(out, &Inst{Op: OpConst, Dst: r, Imm: in.A.Imm, Pos: in.Pos, Slot: -1})
				in.A = R(r)
			}
			if in.B.IsImm && in.Op == OpAtomicAdd {
				r := f.newVReg()
				out = append(out, &Inst{Op: OpConst, Dst: r, Imm: in.B.Imm, Pos: in.Pos, Slot: -1})
				in.B = R(r)
			}
			out = append(out, in)
		}
		b.Insts = out
	}
	return nil
}

// deadValues removes pure instructions whose results are never used.
func deadValues(f *Func, _ *config) error {
	for changed := true; changed; {
		changed = false
		used := make([]bool, f.NVRegs+1)
		var buf []VReg
		for _, b := range f.Blocks {
			for _, in := range b.Insts {
				for _, u := range in.Uses(buf) {
					used[u] = true
				}
			}
		}
		for _, b := range f.Blocks {
			kept := b.Insts[:0]
			for _, in := range b.Insts {
				pure := in.Op == OpConst || in.Op == OpMov || in.Op == OpBin || in.Op == OpNeg || in.Op == OpExt || in.Op == OpPhi ||
					in.Op == OpSwap || in.Op == OpAddr || in.Op == OpMapPtr || in.Op == OpDataPtr || in.Op == OpLoad
				if pure && in.Dst != 0 && !used[in.Dst] {
					changed = true
					continue
				}
				if in.Op == OpCall && in.Dst != 0 && !used[in.Dst] {
					in.Dst = 0
				}
				kept = append(kept, in)
			}
			b.Insts = kept
		}
	}
	return nil
}
