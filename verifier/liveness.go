package verifier

import "github.com/cilium/ebpf/asm"

// liveness computes, for each instruction, the registers that some path
// from it reads before writing: states are only compared on those.
func liveness(c *checker) []uint16 {
	n := len(c.insns)
	use := make([]uint16, n)
	def := make([]uint16, n)
	succ := successors(c)
	for i, ins := range c.insns {
		use[i], def[i] = regsOf(ins)
	}
	live := make([]uint16, n)
	for changed := true; changed; {
		changed = false
		for i := n - 1; i >= 0; i-- {
			var out uint16
			for _, s := range succ[i] {
				if s < n {
					out |= live[s]
				}
			}
			in := use[i] | out&^def[i]
			if in != live[i] {
				live[i] = in
				changed = true
			}
		}
	}
	return live
}

// regsOf returns the registers an instruction reads and writes.
func regsOf(ins asm.Instruction) (use, def uint16) {
	bit := func(r asm.Register) uint16 { return 1 << (r & 15) }
	op := ins.OpCode
	switch cls := op.Class(); {
	case cls.IsALU():
		def = bit(ins.Dst)
		if op.ALUOp() != asm.Mov {
			use |= bit(ins.Dst)
		}
		if op.Source() == asm.RegSource && op.ALUOp() != asm.Neg && op.ALUOp() != asm.Swap {
			use |= bit(ins.Src)
		}
	case cls == asm.LdClass:
		if op.Mode() == asm.ImmMode {
			def = bit(ins.Dst)
		} else { // legacy packet loads read the context in R6
			use = bit(asm.R6)
			if op.Mode() == asm.IndMode {
				use |= bit(ins.Src)
			}
			def = 0x3f
		}
	case cls == asm.LdXClass:
		use, def = bit(ins.Src), bit(ins.Dst)
	case cls == asm.StClass:
		use = bit(ins.Dst)
	case cls == asm.StXClass:
		use = bit(ins.Dst) | bit(ins.Src)
		if op.Mode() == asm.AtomicMode {
			a := op.AtomicOp()
			if a == asm.CmpXchg {
				use |= bit(asm.R0)
				def = bit(asm.R0)
			} else if a&0x100 != 0 { // fetch
				def = bit(ins.Src)
			}
		}
	case cls.IsJump():
		switch op.JumpOp() {
		case asm.Call:
			use, def = 0x3e, 0x3f
		case asm.Exit:
			use = 1
		case asm.Ja:
		default:
			use = bit(ins.Dst)
			if op.Source() == asm.RegSource {
				use |= bit(ins.Src)
			}
		}
	}
	return use, def
}

// slotLiveness computes, for each instruction, the 8-byte stack slots
// (bit i: fp-8*(i+1)) some path from it may read before overwriting.
// Reads through registers other than r10, and helper calls, may read any
// slot.
func slotLiveness(c *checker) []uint64 {
	n := len(c.insns)
	succ := successors(c)
	live := make([]uint64, n)
	for changed := true; changed; {
		changed = false
		for i := n - 1; i >= 0; i-- {
			var out uint64
			for _, s := range succ[i] {
				if s < n {
					out |= live[s]
				}
			}
			in := out
			ins := c.insns[i]
			op := ins.OpCode
			switch cls := op.Class(); {
			case cls == asm.LdXClass:
				if s, ok := fpSlot(ins.Src, ins.Offset); ok {
					in |= slotsOf(s, ins.Offset, op.Size())
				} else if ins.Src != asm.R10 {
					in |= c.stackVia[i]
				}
			case cls == asm.StClass, cls == asm.StXClass:
				if s, ok := fpSlot(ins.Dst, ins.Offset); ok {
					if op.Mode() == asm.AtomicMode {
						in |= 1 << s
					} else if op.Size() == asm.DWord && ins.Offset%8 == 0 {
						in &^= 1 << s
					}
				}
			case cls.IsJump() && op.JumpOp() == asm.Call:
				in = ^uint64(0)
			}
			if in != live[i] {
				live[i] = in
				changed = true
			}
		}
	}
	return live
}

// slotsOf are the slots a fixed fp-relative access of size touches.
func slotsOf(first int, off int16, size asm.Size) uint64 {
	last := slot(int64(off) + sizeBytes(size) - 1)
	var m uint64
	for s := last; s <= first; s++ {
		if s >= 0 && s < 64 {
			m |= 1 << s
		}
	}
	return m
}
