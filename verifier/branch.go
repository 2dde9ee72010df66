package verifier

import (
	"math"

	"github.com/cilium/ebpf/asm"

	"github.com/bccc-dev/bccc/internal/jumps"
)

// branch returns the states after a conditional jump when it is taken and
// when it falls through; nil for a side that cannot happen.
func (c *checker) branch(st *state, ins asm.Instruction) (taken, fall *state) {
	op := ins.OpCode.JumpOp()
	is32 := ins.OpCode.Class() == asm.Jump32Class
	d := st.regs[ins.Dst]
	var s reg
	if ins.OpCode.Source() == asm.RegSource {
		s = st.regs[ins.Src]
	} else if is32 {
		s = constReg(uint64(uint32(ins.Constant)))
	} else {
		s = constReg(uint64(int64(int32(ins.Constant))))
	}
	taken, fall = st.clone(), st.clone()
	switch {
	case d.kind == kBTF || s.kind == kBTF:
		return taken, fall
	case d.kind == kScalar && s.kind == kScalar:
		if op == asm.JSet {
			return c.jset(taken, fall, ins, d, s, is32)
		}
		tOK := c.refine(taken, ins, d, s, op, is32)
		fOK := c.refine(fall, ins, d, s, jumps.Negate(op), is32)
		if !tOK {
			taken = nil
		}
		if !fOK {
			fall = nil
		}
		return taken, fall
	case d.isPtr() && s.kind == kScalar && s.v.isConst() && s.v.value() == 0 && !is32 && (op == asm.JEq || op == asm.JNE):
		if !d.maybeNull {
			// A pointer the verifier knows is valid is never NULL.
			if op == asm.JEq {
				return nil, fall
			}
			return taken, nil
		}
		null, nonNull := taken, fall
		if op == asm.JNE {
			null, nonNull = fall, taken
		}
		markNull(null, d, true)
		markNull(nonNull, d, false)
		return taken, fall
	case d.isPtr() && s.isPtr():
		if !(isPkt(d.kind) && isPkt(s.kind)) {
			if f := c.warn(*c.cur, fail("unprivileged", "compare the values the pointers point to, or compare against NULL only", []int{int(ins.Dst), int(ins.Src)},
				"pointer comparison between r%d and r%d is prohibited for unprivileged loaders", ins.Dst, ins.Src)); f != nil {
				c.pending = f
			}
		}
		c.packetCompare(taken, fall, ins, d, s, op)
	}
	return taken, fall
}

func isPkt(k kind) bool { return k == kPacket || k == kPacketEnd || k == kPacketMeta }

// markNull settles the NULL check of every copy of pointer p.
func markNull(st *state, p reg, isNull bool) {
	st.forEachReg(func(r *reg) {
		if r.maybeNull && r.id == p.id && r.kind == p.kind {
			if isNull {
				*r = constReg(0)
			} else {
				r.maybeNull = false
			}
		}
	})
	if isNull && p.ref != 0 {
		st.release(p.ref)
	}
}

func (st *state) release(id uint32) bool {
	for i, r := range st.refs {
		if r.id == id {
			st.refs = append(st.refs[:i], st.refs[i+1:]...)
			return true
		}
	}
	return false
}

func isSigned(op asm.JumpOp) bool {
	return op == asm.JSGT || op == asm.JSGE || op == asm.JSLT || op == asm.JSLE
}

// refine narrows the two scalars of a comparison known to hold, in st.
// It reports false when the comparison cannot hold.
func (c *checker) refine(st *state, ins asm.Instruction, d, s reg, op asm.JumpOp, is32 bool) bool {
	a, b := d.v, s.v
	if is32 {
		if a.umax > math.MaxUint32 || b.umax > math.MaxUint32 {
			// Only the low halves are compared: decide what can be
			// decided on them, and learn nothing.
			x, y := a.zext32(), b.zext32()
			if isSigned(op) {
				x, y = a.sext32(), b.sext32()
			}
			x2, y2, ok := cmpRefine(x, y, op)
			return ok && !x2.empty() && !y2.empty()
		}
		if isSigned(op) {
			x, y := a.sext32(), b.sext32()
			x2, y2, ok := cmpRefine(x, y, op)
			if !ok || x2.empty() || y2.empty() {
				return false
			}
			a, b = fromS32(a, x2), fromS32(b, y2)
		} else {
			var ok bool
			if a, b, ok = cmpRefine(a, b, op); !ok {
				return false
			}
		}
	} else {
		var ok bool
		if a, b, ok = cmpRefine(a, b, op); !ok {
			return false
		}
	}
	if a.empty() || b.empty() {
		return false
	}
	setScalar(st, ins.Dst, d, a)
	if ins.OpCode.Source() == asm.RegSource {
		setScalar(st, ins.Src, s, b)
	}
	return true
}

// fromS32 maps a refined signed 32-bit view back onto a zero-extended
// 32-bit value, where the view does not cross zero.
func fromS32(orig, v scalar) scalar {
	var r scalar
	switch {
	case v.smin >= 0:
		r = rangeScalar(uint64(v.smin), uint64(v.smax))
	case v.smax < 0:
		r = rangeScalar(uint64(v.smin+1<<32), uint64(v.smax+1<<32))
	default:
		return orig
	}
	r.t = r.t.intersect(orig.t)
	r.umin, r.umax = max(r.umin, orig.umin), min(r.umax, orig.umax)
	r.normalize()
	return r
}

// setScalar stores a refined value in register r and in every linked copy.
func setScalar(st *state, r asm.Register, old reg, v scalar) {
	st.regs[r].v = v
	if old.id == 0 {
		return
	}
	st.forEachReg(func(x *reg) {
		if x.kind == kScalar && x.id == old.id {
			x.v = v
		}
	})
}

// cmpRefine narrows a and b given that "a op b" holds.
func cmpRefine(a, b scalar, op asm.JumpOp) (scalar, scalar, bool) {
	switch op {
	case asm.JEq:
		x := a
		x.t = a.t.intersect(b.t)
		if (a.t.value^b.t.value)&^(a.t.mask|b.t.mask) != 0 {
			return a, b, false
		}
		x.umin, x.umax = max(a.umin, b.umin), min(a.umax, b.umax)
		x.smin, x.smax = max(a.smin, b.smin), min(a.smax, b.smax)
		x.normalize()
		return x, x, true
	case asm.JNE:
		if a.isConst() && b.isConst() {
			return a, b, a.value() != b.value()
		}
		if b.isConst() {
			a = excludeEnd(a, b.value())
		} else if a.isConst() {
			b = excludeEnd(b, a.value())
		}
		return a, b, true
	case asm.JGT:
		if a.umax == 0 || b.umin == math.MaxUint64 {
			return a, b, false
		}
		a.umin = max(a.umin, b.umin+1)
		b.umax = min(b.umax, a.umax-1)
	case asm.JGE:
		a.umin = max(a.umin, b.umin)
		b.umax = min(b.umax, a.umax)
	case asm.JLT:
		if b.umax == 0 || a.umin == math.MaxUint64 {
			return a, b, false
		}
		a.umax = min(a.umax, b.umax-1)
		b.umin = max(b.umin, a.umin+1)
	case asm.JLE:
		a.umax = min(a.umax, b.umax)
		b.umin = max(b.umin, a.umin)
	case asm.JSGT:
		if a.smax == math.MinInt64 || b.smin == math.MaxInt64 {
			return a, b, false
		}
		a.smin = max(a.smin, b.smin+1)
		b.smax = min(b.smax, a.smax-1)
	case asm.JSGE:
		a.smin = max(a.smin, b.smin)
		b.smax = min(b.smax, a.smax)
	case asm.JSLT:
		if b.smax == math.MinInt64 || a.smin == math.MaxInt64 {
			return a, b, false
		}
		a.smax = min(a.smax, b.smax-1)
		b.smin = max(b.smin, a.smin+1)
	case asm.JSLE:
		a.smax = min(a.smax, b.smax)
		b.smin = max(b.smin, a.smin)
	default:
		return a, b, true
	}
	if a.empty() || b.empty() {
		return a, b, false
	}
	a.normalize()
	b.normalize()
	return a, b, !a.empty() && !b.empty()
}

// excludeEnd removes v from a's range when v is one of its ends.
func excludeEnd(a scalar, v uint64) scalar {
	if a.umin == v {
		a.umin++
	}
	if a.umax == v {
		a.umax--
	}
	if a.smin == int64(v) {
		a.smin++
	}
	if a.smax == int64(v) {
		a.smax--
	}
	a.normalize()
	return a
}

func (c *checker) jset(taken, fall *state, ins asm.Instruction, d, s reg, is32 bool) (*state, *state) {
	a, b := d.v, s.v
	if is32 {
		a, b = a.zext32(), b.zext32()
	}
	if a.t.value&b.t.value != 0 {
		return taken, nil
	}
	if a.t.umax()&b.t.umax() == 0 {
		return nil, fall
	}
	if b.isConst() && !is32 {
		v := d.v
		v.t = v.t.and(tnum{^b.value(), 0})
		v.normalize()
		setScalar(fall, ins.Dst, d, v)
	}
	return taken, fall
}

// packetCompare learns packet ranges from comparing a packet pointer with
// data_end (or a metadata pointer with data).
func (c *checker) packetCompare(taken, fall *state, ins asm.Instruction, d, s reg, op asm.JumpOp) {
	pktVsEnd := func(p, e reg) bool {
		return p.kind == kPacket && e.kind == kPacketEnd || p.kind == kPacketMeta && e.kind == kPacket
	}
	// good marks the range of every copy of p in st: [0, p.off) is safe
	// (one byte less when only p < end is known... as the kernel counts).
	good := func(st *state, p reg, rightOpen bool) {
		if p.off < 0 || p.off == 0 && rightOpen || p.v.umax > 0xffff || int64(p.v.umax)+p.off > 0xffff {
			return
		}
		n := p.off
		if rightOpen {
			n--
		}
		st.forEachReg(func(r *reg) {
			if r.kind == p.kind && r.id == p.id && n > r.rng {
				r.rng = n
			}
		})
	}
	switch {
	case pktVsEnd(d, s):
		switch op {
		case asm.JGT: // p > end: falling through, p <= end
			good(fall, d, false)
		case asm.JLT: // p < end
			good(taken, d, true)
		case asm.JGE:
			good(fall, d, true)
		case asm.JLE:
			good(taken, d, false)
		}
	case pktVsEnd(s, d):
		switch op {
		case asm.JGT: // end > p
			good(taken, s, true)
		case asm.JLT: // end < p: falling through, p <= end
			good(fall, s, false)
		case asm.JGE: // end >= p
			good(taken, s, false)
		case asm.JLE: // end <= p: falling through, p < end
			good(fall, s, true)
		}
	}
}
