package verifier

import (
	"fmt"
	"math"
)

// scalar is what the analysis knows about a number: its known bits and its
// unsigned and signed ranges. The three are kept consistent by normalize.
type scalar struct {
	t          tnum
	umin, umax uint64
	smin, smax int64
}

func unknownScalar() scalar {
	return scalar{t: tnumUnknown, umin: 0, umax: math.MaxUint64, smin: math.MinInt64, smax: math.MaxInt64}
}

func constScalar(v uint64) scalar {
	return scalar{t: tnumConst(v), umin: v, umax: v, smin: int64(v), smax: int64(v)}
}

// rangeScalar is an unknown value in [min, max], unsigned.
func rangeScalar(min, max uint64) scalar {
	s := unknownScalar()
	s.umin, s.umax = min, max
	s.normalize()
	return s
}

func (s scalar) isConst() bool { return s.t.isConst() }
func (s scalar) value() uint64 { return s.t.value }

// normalize derives each of the three facts from the others.
func (s *scalar) normalize() {
	// Bits → ranges.
	if s.t.umin() > s.umin {
		s.umin = s.t.umin()
	}
	if s.t.umax() < s.umax {
		s.umax = s.t.umax()
	}
	// Signed bounds from the known bits: the sign bit may be known.
	var tsmin, tsmax int64
	if s.t.mask&(1<<63) == 0 {
		tsmin, tsmax = int64(s.t.umin()), int64(s.t.umax())
		if tsmin > tsmax {
			tsmin, tsmax = tsmax, tsmin
		}
	} else {
		tsmin = int64(s.t.value | 1<<63)
		tsmax = int64((s.t.value | s.t.mask) &^ (1 << 63))
	}
	if tsmin > s.smin {
		s.smin = tsmin
	}
	if tsmax < s.smax {
		s.smax = tsmax
	}
	// Signed ↔ unsigned where the signed range does not cross zero or
	// the unsigned range does not cross the sign bit.
	for i := 0; i < 2; i++ {
		if s.smin >= 0 || s.smax < 0 {
			if uint64(s.smin) > s.umin {
				s.umin = uint64(s.smin)
			}
			if uint64(s.smax) < s.umax {
				s.umax = uint64(s.smax)
			}
		}
		if int64(s.umin) <= int64(s.umax) && (s.umax <= math.MaxInt64 || s.umin > math.MaxInt64) {
			if int64(s.umin) > s.smin {
				s.smin = int64(s.umin)
			}
			if int64(s.umax) < s.smax {
				s.smax = int64(s.umax)
			}
		}
	}
	// Ranges → bits.
	s.t = s.t.intersect(tnumRange(s.umin, s.umax))
}

// empty reports a contradiction: no value satisfies every fact, so the path
// that led here cannot run.
func (s scalar) empty() bool {
	return s.umin > s.umax || s.smin > s.smax || s.t.value&s.t.mask != 0
}

// within reports whether every value of s is a value of o.
func (o scalar) containsScalar(s scalar) bool {
	return o.umin <= s.umin && s.umax <= o.umax && o.smin <= s.smin && s.smax <= o.smax && o.t.contains(s.t)
}

func (s scalar) String() string {
	if s.isConst() {
		return fmt.Sprintf("%d", int64(s.value()))
	}
	var b []byte
	if s.smin != math.MinInt64 || s.smax != math.MaxInt64 {
		b = fmt.Appendf(b, "smin=%d,smax=%d,", s.smin, s.smax)
	}
	if s.umin != 0 || s.umax != math.MaxUint64 {
		b = fmt.Appendf(b, "umin=%d,umax=%d,", s.umin, s.umax)
	}
	if s.t.mask != ^uint64(0) {
		b = fmt.Appendf(b, "var_off=%s,", s.t)
	}
	if len(b) == 0 {
		return "unknown"
	}
	return string(b[:len(b)-1])
}

// zext32 is s truncated to its low 32 bits and zero-extended, as every
// 32-bit ALU result is.
func (s scalar) zext32() scalar {
	if s.umax <= math.MaxUint32 {
		return s
	}
	r := unknownScalar()
	r.t = s.t.cast(4)
	r.umin, r.umax = 0, math.MaxUint32
	if s.umax-s.umin <= math.MaxUint32 && uint32(s.umin) <= uint32(s.umax) {
		r.umin, r.umax = uint64(uint32(s.umin)), uint64(uint32(s.umax))
	}
	r.normalize()
	return r
}

// sext32 is the low 32 bits of s read as a signed number, for signed 32-bit
// comparisons.
func (s scalar) sext32() scalar {
	z := s.zext32()
	if z.umax <= math.MaxInt32 {
		return z
	}
	if z.umin > math.MaxInt32 {
		r := unknownScalar()
		r.smin, r.smax = int64(int32(uint32(z.umin))), int64(int32(uint32(z.umax)))
		r.umin, r.umax = uint64(r.smin), uint64(r.smax)
		r.normalize()
		return r
	}
	r := unknownScalar()
	r.smin, r.smax = math.MinInt32, math.MaxInt32
	r.normalize()
	return r
}

// sextN is s sign-extended from its low n bytes (movsx, ldsx).
func (s scalar) sextN(n int) scalar {
	bitsN := uint(n * 8)
	lim := uint64(1) << (bitsN - 1)
	if s.umax < lim {
		return s
	}
	r := unknownScalar()
	r.smin, r.smax = -int64(lim), int64(lim-1)
	r.normalize()
	return r
}

func addOverflows(a, b int64) bool {
	c := a + b
	return (a > 0 && b > 0 && c < 0) || (a < 0 && b < 0 && c >= 0)
}

func subOverflows(a, b int64) bool {
	c := a - b
	return (a >= 0 && b < 0 && c < 0) || (a < 0 && b > 0 && c >= 0)
}

// alu computes dst OP src on 64 bits.
func alu(op string, d, s scalar) scalar {
	r := unknownScalar()
	switch op {
	case "add":
		r.t = d.t.add(s.t)
		if !addOverflows(d.smin, s.smin) && !addOverflows(d.smax, s.smax) {
			r.smin, r.smax = d.smin+s.smin, d.smax+s.smax
		}
		if d.umax+s.umax >= d.umax && d.umin+s.umin >= d.umin {
			r.umin, r.umax = d.umin+s.umin, d.umax+s.umax
		}
	case "sub":
		r.t = d.t.sub(s.t)
		if !subOverflows(d.smin, s.smax) && !subOverflows(d.smax, s.smin) {
			r.smin, r.smax = d.smin-s.smax, d.smax-s.smin
		}
		if d.umin >= s.umax {
			r.umin, r.umax = d.umin-s.umax, d.umax-s.umin
		}
	case "mul":
		r.t = d.t.mul(s.t)
		if d.umax <= math.MaxUint32 && s.umax <= math.MaxUint32 {
			r.umin, r.umax = d.umin*s.umin, d.umax*s.umax
		}
	case "and":
		r.t = d.t.and(s.t)
		r.umax = min(d.umax, s.umax)
	case "or":
		r.t = d.t.or(s.t)
		r.umin = max(d.umin, s.umin)
	case "xor":
		r.t = d.t.xor(s.t)
	case "lsh", "rsh", "arsh":
		if !s.isConst() || s.value() > 63 {
			break
		}
		n := uint(s.value())
		switch op {
		case "lsh":
			r.t = d.t.lsh(n)
			if d.umax <= math.MaxUint64>>n {
				r.umin, r.umax = d.umin<<n, d.umax<<n
			}
		case "rsh":
			r.t = d.t.rsh(n)
			r.umin, r.umax = d.umin>>n, d.umax>>n
		case "arsh":
			r.t = d.t.arsh(n)
			r.smin, r.smax = d.smin>>n, d.smax>>n
		}
	case "div":
		if s.isConst() {
			if s.value() == 0 {
				return constScalar(0) // the kernel defines x/0 as 0
			}
			r.umin, r.umax = d.umin/s.value(), d.umax/s.value()
		} else {
			r.umax = d.umax
		}
	case "mod":
		if s.isConst() && s.value() == 0 {
			return d // x%0 is x
		}
		if s.umin > 0 {
			r.umax = min(d.umax, s.umax-1)
		} else {
			r.umax = d.umax
		}
	case "neg":
		return alu("sub", constScalar(0), d)
	}
	if d.isConst() && s.isConst() {
		if v, ok := fold(op, d.value(), s.value()); ok {
			return constScalar(v)
		}
	}
	r.normalize()
	return r
}

func fold(op string, a, b uint64) (uint64, bool) {
	switch op {
	case "add":
		return a + b, true
	case "sub":
		return a - b, true
	case "mul":
		return a * b, true
	case "and":
		return a & b, true
	case "or":
		return a | b, true
	case "xor":
		return a ^ b, true
	case "lsh":
		return a << (b & 63), true
	case "rsh":
		return a >> (b & 63), true
	case "arsh":
		return uint64(int64(a) >> (b & 63)), true
	case "div":
		if b == 0 {
			return 0, true
		}
		return a / b, true
	case "mod":
		if b == 0 {
			return a, true
		}
		return a % b, true
	}
	return 0, false
}

// alu32 computes dst OP src on the low 32 bits, zero-extending the result.
func alu32(op string, d, s scalar) scalar {
	d, s = d.zext32(), s.zext32()
	switch op {
	case "lsh", "rsh", "arsh":
		if s.isConst() {
			s = constScalar(s.value() & 31)
		}
	}
	if d.isConst() && s.isConst() {
		a, b := uint32(d.value()), uint32(s.value())
		var v uint32
		switch op {
		case "add":
			v = a + b
		case "sub":
			v = a - b
		case "mul":
			v = a * b
		case "and":
			v = a & b
		case "or":
			v = a | b
		case "xor":
			v = a ^ b
		case "lsh":
			v = a << b
		case "rsh":
			v = a >> b
		case "arsh":
			v = uint32(int32(a) >> b)
		case "div":
			if b != 0 {
				v = a / b
			}
		case "mod":
			v = a
			if b != 0 {
				v = a % b
			}
		case "neg":
			v = -a
		default:
			return rangeScalar(0, math.MaxUint32)
		}
		return constScalar(uint64(v))
	}
	if op == "arsh" {
		return rangeScalar(0, math.MaxUint32)
	}
	r := alu(op, d, s)
	return r.zext32()
}
