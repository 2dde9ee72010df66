package codegen

import "github.com/cilium/ebpf/asm"

// Stack store passes. `struct rec r = {}` zeroes every byte, and then the
// program sets the fields one by one; an initializer list stores element
// by element. These passes work within a block, on the stores naming a
// slot, and know when a call or a load through a pointer may read a slot:
// only after the slot's address has been taken.

// addrBefore tells, for a block, from which instruction on each slot's
// address may be in a register: -1 for slots whose address is taken
// before the block starts (elsewhere, or in an earlier loop iteration).
func addrBefore(f *Func, lv func() *live, derived [][]int, escaped map[int]bool, b *Block) map[int]int {
	at := map[int]int{}
	for s := range escaped {
		at[s] = -1
	}
	if lv == nil {
		return at // no slot's address is taken anywhere
	}
	for _, v := range lv().in[b.ID] {
		for _, s := range derived[v] {
			at[s] = -1
		}
	}
	for j, in := range b.Insts {
		if in.Op == OpAddr {
			if _, ok := at[in.Slot]; !ok {
				at[in.Slot] = j
			}
		}
	}
	return at
}

// readsPointers: in may read memory through a pointer (a helper's
// arguments, or a load or atomic op through a register).
func readsPointers(in *Inst) bool {
	switch in.Op {
	case OpCall, OpLdAbs:
		return true
	case OpLoad, OpAtomicAdd:
		return in.Slot < 0
	}
	return false
}

// slotDerived is slotLives' "registers that may hold an address into each
// slot", without an allocation.
func slotDerived(f *Func) [][]int {
	derived := make([][]int, f.NVRegs+1)
	addrs := false
	for _, b := range f.Blocks {
		for _, in := range b.Insts {
			addrs = addrs || in.Op == OpAddr
		}
	}
	if !addrs {
		return derived
	}
	var buf []VReg
	for changed := true; changed; {
		changed = false
		for _, b := range f.Blocks {
			for _, in := range b.Insts {
				if in.Dst == 0 {
					continue
				}
				var from [][]int
				switch in.Op {
				case OpAddr:
					from = [][]int{{in.Slot}}
				case OpMov, OpBin, OpNeg, OpExt, OpSwap, OpPhi:
					for _, u := range in.Uses(buf) {
						from = append(from, derived[u])
					}
				}
				for _, ss := range from {
					for _, s := range ss {
						found := false
						for _, t := range derived[in.Dst] {
							found = found || t == s
						}
						if !found {
							derived[in.Dst] = append(derived[in.Dst], s)
							changed = true
						}
					}
				}
			}
		}
	}
	return derived
}

// lazyLiveness computes liveness on first use: most blocks of most
// programs take no slot's address.
func lazyLiveness(f *Func) func() *live {
	var lv *live
	return func() *live {
		if lv == nil {
			lv = liveness(f)
		}
		return lv
	}
}

// escapedSlots are the slots whose address is stored to memory: it may
// come back in any register.
func escapedSlots(f *Func, derived [][]int) map[int]bool {
	esc := map[int]bool{}
	for _, b := range f.Blocks {
		for _, in := range b.Insts {
			o := in.B
			if in.Op == OpRet {
				o = in.A
			} else if in.Op != OpStore && in.Op != OpAtomicAdd {
				continue
			}
			if !o.IsImm && o.Reg != 0 {
				for _, s := range derived[o.Reg] {
					esc[s] = true
				}
			}
		}
	}
	return esc
}

// deadStores removes stores to stack slots whose every byte is stored
// again before anything can read it: the zeroing of `= {}` under the
// fields set next. Walking a block backwards, covered holds the bytes of
// each slot stored later in the block and not read since.
func deadStores(f *Func, _ *config) error {
	if len(f.Slots) == 0 {
		return nil
	}
	derived, escaped, lv := slotFacts(f)
	for _, b := range f.Blocks {
		at := addrBefore(f, lv, derived, escaped, b)
		covered := map[int][]bool{}
		kept := make([]*Inst, 0, len(b.Insts))
		for j := len(b.Insts) - 1; j >= 0; j-- {
			in := b.Insts[j]
			if readsPointers(in) {
				for s := range covered {
					if k, ok := at[s]; ok && k < j {
						delete(covered, s)
					}
				}
			}
			if in.Slot >= 0 {
				switch in.Op {
				case OpAddr:
					delete(covered, in.Slot)
				case OpLoad, OpAtomicAdd:
					if c := covered[in.Slot]; c != nil {
						for i := in.Off; i < in.Off+int64(in.Size) && i < int64(len(c)); i++ {
							if i >= 0 {
								c[i] = false
							}
						}
					}
				case OpStore:
					sz := f.Slots[in.Slot].Size
					if in.Off < 0 || in.Off+int64(in.Size) > sz {
						break
					}
					c := covered[in.Slot]
					if c == nil {
						c = make([]bool, sz)
						covered[in.Slot] = c
					}
					dead := true
					for i := in.Off; i < in.Off+int64(in.Size); i++ {
						dead = dead && c[i]
						c[i] = true
					}
					if dead {
						continue
					}
				}
			}
			kept = append(kept, in)
		}
		for i, k := 0, len(kept)-1; i < k; i, k = i+1, k-1 {
			kept[i], kept[k] = kept[k], kept[i]
		}
		b.Insts = kept
	}
	return nil
}

// mergeStores joins two stores of n bytes to adjacent halves of a 2n-byte
// aligned stack location into one store of 2n bytes: two constants whose
// union is still an immediate, or a value and its upper half (`r.pid =
// id; r.tgid = id >> 32`). Only instructions that touch no memory may
// stand between them. SSA form: a register has one value everywhere.
func mergeStores(f *Func, _ *config) error {
	if !f.SSA {
		return nil
	}
	defOf := map[VReg]*Inst{}
	for _, b := range f.Blocks {
		for _, in := range b.Insts {
			if in.Dst != 0 {
				defOf[in.Dst] = in
			}
		}
	}
	touchesMemory := func(in *Inst) bool {
		switch in.Op {
		case OpLoad, OpStore, OpAtomicAdd, OpCall, OpLdAbs:
			return true
		}
		return false
	}
	for _, b := range f.Blocks {
		for changed := true; changed; {
			changed = false
			for i, x := range b.Insts {
				if x.Op != OpStore || x.Slot < 0 || x.Core != nil || x.Size > 4 {
					continue
				}
				for k := i + 1; k < len(b.Insts); k++ {
					y := b.Insts[k]
					if y.Op == OpStore && y.Slot == x.Slot && y.Size == x.Size && y.Core == nil {
						lo, hi := x, y
						if y.Off < x.Off {
							lo, hi = y, x
						}
						if m, ok := mergedValue(lo, hi, defOf); ok {
							y.Off, y.Size, y.B = lo.Off, 2*x.Size, m
							b.Insts = append(b.Insts[:i], b.Insts[i+1:]...)
							changed = true
						}
						break
					}
					if touchesMemory(y) {
						break
					}
				}
				if changed {
					break
				}
			}
		}
	}
	return nil
}

// mergedValue is the value of the 2n-byte store that lo and hi (n-byte
// stores, lo at the lower address) make together, if there is one.
func mergedValue(lo, hi *Inst, defOf map[VReg]*Inst) (Operand, bool) {
	n := int64(lo.Size)
	if hi.Off != lo.Off+n || lo.Off%(2*n) != 0 {
		return Operand{}, false
	}
	bits := uint(8 * n)
	if lo.B.IsImm && hi.B.IsImm {
		mask := uint64(1)<<bits - 1
		v := uint64(lo.B.Imm)&mask | (uint64(hi.B.Imm)&mask)<<bits
		if n == 4 {
			// An 8-byte store takes a sign-extended 32-bit immediate.
			if s := int64(v); s < -1<<31 || s >= 1<<31 {
				return Operand{}, false
			}
			return I(int64(v)), true
		}
		return I(int64(int32(uint32(v)))), true
	}
	if !lo.B.IsImm && !hi.B.IsImm && lo.B.Reg != 0 {
		d := defOf[hi.B.Reg]
		if d != nil && d.Op == OpBin && d.Alu == asm.RSh && !d.W32 && d.A == lo.B && d.B.IsImm && d.B.Imm == int64(bits) {
			return lo.B, true
		}
	}
	return Operand{}, false
}

// forwardStores replaces an 8-byte load from a stack slot by the value
// stored there earlier in the block: a local whose address is taken, read
// back at once (`u64 id = ...; u32 tgid = id >> 32; map.lookup(&id)`).
// Narrower loads stay: they would become extensions, no shorter, and in
// big.c's sys_enter forwarding them made the kernel prune less (552
// verified instructions became 965). A call or a store through a pointer
// ends what is known of a slot whose address may be in a register by
// then. SSA form.
func forwardStores(f *Func, _ *config) error {
	if !f.SSA {
		return nil
	}
	if len(f.Slots) == 0 {
		return nil
	}
	derived, escaped, lv := slotFacts(f)
	type key struct {
		slot      int
		off, size int64
	}
	for _, b := range f.Blocks {
		at := addrBefore(f, lv, derived, escaped, b)
		known := map[key]Operand{}
		for j, in := range b.Insts {
			switch {
			case in.Op == OpCall || in.Op == OpLdAbs || (in.Op == OpStore || in.Op == OpAtomicAdd) && in.Slot < 0:
				for k := range known {
					if a, ok := at[k.slot]; ok && a < j {
						delete(known, k)
					}
				}
			case in.Slot >= 0 && (in.Op == OpStore || in.Op == OpAtomicAdd):
				for k := range known {
					if k.slot == in.Slot && k.off < in.Off+int64(in.Size) && in.Off < k.off+k.size {
						delete(known, k)
					}
				}
				if in.Op == OpStore && in.Core == nil && (in.B.IsImm || in.B.Reg != 0) {
					known[key{in.Slot, in.Off, int64(in.Size)}] = in.B
				}
			case in.Op == OpLoad && in.Slot >= 0 && in.Core == nil && in.Size == 8:
				v, ok := known[key{in.Slot, in.Off, int64(in.Size)}]
				if !ok {
					break
				}
				dst, pos, size, signed := in.Dst, in.Pos, in.Size, in.Signed
				switch {
				case v.IsImm:
					*in = Inst{Op: OpConst, Dst: dst, Imm: extendConst(v.Imm, size, signed), Pos: pos, Slot: -1}
				case size == 8:
					*in = Inst{Op: OpMov, Dst: dst, A: v, Pos: pos, Slot: -1}
				default:
					*in = Inst{Op: OpExt, Dst: dst, A: v, Size: size, Signed: signed, Pos: pos, Slot: -1}
				}
			}
		}
	}
	return nil
}

// extendConst is what a load of size bytes reads back from a store of c.
func extendConst(c int64, size uint8, signed bool) int64 {
	if size == 8 {
		return c
	}
	bits := 64 - 8*uint(size)
	if signed {
		return c << bits >> bits
	}
	return int64(uint64(c) << bits >> bits)
}

// slotFacts are what the store passes know of stack slots: the registers
// derived from each slot's address, the slots whose address escapes, and
// (computed when first asked, if any address is in a register) liveness.
func slotFacts(f *Func) (derived [][]int, escaped map[int]bool, lv func() *live) {
	derived = slotDerived(f)
	escaped = escapedSlots(f, derived)
	for _, d := range derived {
		if len(d) > 0 {
			lv = lazyLiveness(f)
			break
		}
	}
	return derived, escaped, lv
}
