package verifier

// subsumes reports whether old, a state proven safe, allows everything cur
// does, so that cur needs no further exploration. Dead registers are not
// compared.
func subsumes(old, cur *state, live, prec uint16, precSlots, liveSlots uint64) bool {
	for i := range old.regs {
		if live&(1<<i) == 0 {
			continue
		}
		o, n := old.regs[i], cur.regs[i]
		if prec&(1<<i) == 0 && o.kind == kScalar && n.kind == kScalar {
			continue // its value does not matter
		}
		if !regSubsumes(o, n) {
			return false
		}
	}
	if len(old.refs) != len(cur.refs) {
		return false
	}
	for i := stackSize - int(max(old.depth, cur.depth)); i < stackSize; i++ {
		if s := slot(int64(i - stackSize)); s < 64 && liveSlots&(1<<s) == 0 {
			continue // never read again
		}
		switch o, n := old.bytes[i], cur.bytes[i]; o {
		case slotInvalid:
		case slotMisc:
			if n == slotInvalid {
				return false
			}
			if n == slotSpill {
				if r, _ := cur.spilled(slot(int64(i - stackSize))); r.kind != kScalar {
					return false
				}
			}
		case slotZero:
			if n != slotZero {
				if n != slotSpill {
					return false
				}
				if r, _ := cur.spilled(slot(int64(i - stackSize))); r.kind != kScalar || !r.v.isConst() || r.v.value() != 0 {
					return false
				}
			}
		case slotSpill:
			if n != slotSpill {
				return false
			}
		}
	}
	for _, sp := range old.spills {
		if sp.slot < 64 && liveSlots&(1<<sp.slot) == 0 {
			continue
		}
		r, ok := cur.spilled(sp.slot)
		if !ok {
			return false
		}
		if sp.slot < 64 && precSlots&(1<<sp.slot) == 0 && sp.r.kind == kScalar && r.kind == kScalar {
			continue
		}
		if !regSubsumes(sp.r, r) {
			return false
		}
	}
	return true
}

func regSubsumes(o, n reg) bool {
	if o.kind == notInit {
		return true
	}
	if o.kind != n.kind || o.maybeNull != n.maybeNull {
		return false
	}
	switch o.kind {
	case kScalar:
		return o.v.containsScalar(n.v)
	case kCtx, kStack, kMap, kPacketEnd, kSocket, kBTF:
		return o.off == n.off && o.v.containsScalar(n.v) && o.m == n.m
	case kMapValue, kMem:
		return o.off == n.off && o.m == n.m && o.size == n.size && o.v.containsScalar(n.v)
	case kPacket, kPacketMeta:
		return o.off == n.off && o.rng <= n.rng && o.v.containsScalar(n.v)
	}
	return false
}

// equalStates reports whether a path came back to a state it was in
// before: an infinite loop.
func equalStates(old, cur *state, live uint16) bool {
	for i := range old.regs {
		if live&(1<<i) != 0 && !regEqual(old.regs[i], cur.regs[i]) {
			return false
		}
	}
	if old.depth != cur.depth || old.bytes != cur.bytes || len(old.spills) != len(cur.spills) || len(old.refs) != len(cur.refs) {
		return false
	}
	for i, sp := range old.spills {
		if cur.spills[i].slot != sp.slot || !regEqual(sp.r, cur.spills[i].r) {
			return false
		}
	}
	return true
}

func regEqual(o, n reg) bool {
	return o.kind == n.kind && o.maybeNull == n.maybeNull && o.off == n.off && o.v == n.v && o.rng == n.rng && o.m == n.m && o.size == n.size
}

// stateHash hashes what equalStates compares, so that a path can find an
// equal earlier state of its own in constant time.
func stateHash(st *state, live uint16) uint64 {
	h := uint64(14695981039346656037)
	mix := func(v uint64) {
		h ^= v
		h *= 1099511628211
	}
	regHash := func(r reg) {
		mix(uint64(r.kind) | uint64(b2u(r.maybeNull))<<8)
		mix(uint64(r.off))
		mix(r.v.t.value)
		mix(r.v.t.mask)
		mix(r.v.umin)
		mix(r.v.umax)
		mix(uint64(r.v.smin))
		mix(uint64(r.v.smax))
		mix(uint64(r.rng))
		mix(uint64(r.size))
	}
	for i := range st.regs {
		if live&(1<<i) != 0 {
			regHash(st.regs[i])
		}
	}
	mix(uint64(st.depth))
	for i := stackSize - int(st.depth); i < stackSize; i++ {
		mix(uint64(st.bytes[i]))
	}
	for _, sp := range st.spills {
		mix(uint64(sp.slot))
		regHash(sp.r)
	}
	mix(uint64(len(st.refs)))
	return h
}

func b2u(b bool) uint8 {
	if b {
		return 1
	}
	return 0
}
