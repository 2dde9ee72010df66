package verifier

import "github.com/cilium/ebpf/asm"

// precision computes, for each instruction, the registers whose exact
// value may matter for safety later: values that reach a comparison, an
// address, a stack slot, a helper argument or the return value. Like the
// kernel's precision tracking, other scalars are not compared when
// pruning: a state whose loop counter for a sum differs is as safe as one
// already proven. The analysis is static, so it marks at least what the
// kernel's backtracking would.
func precision(c *checker) ([]uint16, []uint64) {
	n := len(c.insns)
	succ := successors(c)
	prec := make([]uint16, n)
	slots := make([]uint64, n) // precise 8-byte stack slots (slot i: fp-8*(i+1))
	bit := func(r asm.Register) uint16 { return 1 << (r & 15) }
	for changed := true; changed; {
		changed = false
		for i := n - 1; i >= 0; i-- {
			var out uint16
			var sout uint64
			for _, s := range succ[i] {
				if s < n {
					out |= prec[s]
					sout |= slots[s]
				}
			}
			sin := sout
			ins := c.insns[i]
			op := ins.OpCode
			use, def := regsOf(ins)
			in := out &^ def
			switch cls := op.Class(); {
			case cls.IsALU():
				if out&bit(ins.Dst) != 0 {
					in |= use
				}
			case cls == asm.LdXClass:
				in |= bit(ins.Src) // the address
				if out&bit(ins.Dst) != 0 {
					if s, ok := fpSlot(ins.Src, ins.Offset); ok {
						sin |= 1 << s // a fill of a precise value
					} else {
						sin |= c.stackVia[i] // the stack, through a copy of fp
					}
				}
			case cls == asm.StClass:
				in |= bit(ins.Dst)
				if s, ok := fpSlot(ins.Dst, ins.Offset); ok && op.Size() == asm.DWord {
					sin &^= 1 << s
				}
			case cls == asm.StXClass:
				in |= bit(ins.Dst)
				s, ok := fpSlot(ins.Dst, ins.Offset)
				switch {
				case op.Mode() == asm.AtomicMode && ins.Dst == asm.R10:
					in |= bit(ins.Src)
				case op.Mode() == asm.AtomicMode:
				case ok && sout&(1<<s) != 0:
					in |= bit(ins.Src) // a spill that is filled precisely
					if op.Size() == asm.DWord {
						sin &^= 1 << s
					}
				}
				// Stores through other pointers go to maps, packets
				// or helper buffers: their values are not compared.
			case cls.IsJump():
				switch op.JumpOp() {
				case asm.Exit:
					in |= 1
				case asm.Call:
					in |= use // helper arguments: sizes, flags, pointers
				case asm.Ja:
				default:
					if c.decided[i] {
						in |= use
					}
				}
			case cls == asm.LdClass:
				in |= use
			}
			if in != prec[i] || sin != slots[i] {
				prec[i], slots[i] = in, sin
				changed = true
			}
		}
	}
	return prec, slots
}

// fpSlot is the 8-byte stack slot an access through r10 touches.
func fpSlot(base asm.Register, off int16) (int, bool) {
	if base != asm.R10 || off >= 0 || off < -stackSize {
		return 0, false
	}
	return slot(int64(off)), true
}

// successors lists where each instruction may continue.
func successors(c *checker) [][]int {
	succ := make([][]int, len(c.insns))
	for i, ins := range c.insns {
		op := ins.OpCode
		switch {
		case op.Class().IsJump() && op.JumpOp() == asm.Exit:
		case op.Class().IsJump() && op.JumpOp() == asm.Ja:
			if t, ok := c.target(i); ok {
				succ[i] = []int{t}
			}
		case op.Class().IsJump() && op.JumpOp() != asm.Call:
			succ[i] = []int{i + 1}
			if t, ok := c.target(i); ok {
				succ[i] = append(succ[i], t)
			}
		default:
			succ[i] = []int{i + 1}
		}
	}
	return succ
}
