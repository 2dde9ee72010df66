package gen

import (
	"math/big"
)

// Scalar is an integer type of the BPF/LP64 C dialect: W is its width in
// bits (1 for _Bool), Signed its signedness. long and long long are both
// 64 bits wide, so they are one Scalar each way; only their spellings
// differ.
type Scalar struct {
	W      int
	Signed bool
}

var (
	tBool = Scalar{1, false}
	tU8   = Scalar{8, false}
	tS8   = Scalar{8, true}
	tU16  = Scalar{16, false}
	tS16  = Scalar{16, true}
	tU32  = Scalar{32, false}
	tS32  = Scalar{32, true}
	tU64  = Scalar{64, false}
	tS64  = Scalar{64, true}
)

// intTypes are the integer types (all but _Bool), narrowest first.
var intTypes = []Scalar{tU8, tS8, tU16, tS16, tU32, tS32, tU64, tS64}

// spellings are the ways a type may be written. char is signed on BPF (and
// the native prelude asserts it on the host).
var spellings = map[Scalar][]string{
	tBool: {"bool", "_Bool"},
	tU8:   {"u8", "unsigned char", "__u8"},
	tS8:   {"s8", "signed char", "char", "__s8"},
	tU16:  {"u16", "unsigned short", "__u16", "unsigned short int"},
	tS16:  {"s16", "short", "signed short", "short int", "__s16"},
	tU32:  {"u32", "unsigned int", "unsigned", "__u32"},
	tS32:  {"s32", "int", "signed int", "signed", "__s32"},
	tU64:  {"u64", "unsigned long", "unsigned long long", "__u64"},
	tS64:  {"s64", "long", "long long", "signed long", "__s64"},
}

// canon is the short name of a type, used where the spelling does not
// matter (bitfield bases, unions).
func (t Scalar) canon() string { return spellings[t][0] }

func (t Scalar) bytes() int {
	if t.W == 1 {
		return 1
	}
	return t.W / 8
}

// promote applies the integer promotions.
func promote(t Scalar) Scalar {
	if t.W < 32 {
		return tS32
	}
	return t
}

// common applies the usual arithmetic conversions to two (unpromoted)
// operand types.
func common(a, b Scalar) Scalar {
	a, b = promote(a), promote(b)
	if a == b {
		return a
	}
	if a.Signed == b.Signed {
		if a.W > b.W {
			return a
		}
		return b
	}
	u, s := a, b
	if a.Signed {
		u, s = b, a
	}
	if u.W >= s.W {
		return u
	}
	return s
}

func unsignedOf(t Scalar) Scalar { return Scalar{promote(t).W, false} }

// Range is a closed interval of mathematical integers that a value is
// known to lie in.
type Range struct{ Lo, Hi *big.Int }

func bi(x int64) *big.Int { return big.NewInt(x) }

func pow2(n int) *big.Int { return new(big.Int).Lsh(big.NewInt(1), uint(n)) }

func add(x, y *big.Int) *big.Int { return new(big.Int).Add(x, y) }
func sub(x, y *big.Int) *big.Int { return new(big.Int).Sub(x, y) }
func mul(x, y *big.Int) *big.Int { return new(big.Int).Mul(x, y) }
func neg(x *big.Int) *big.Int    { return new(big.Int).Neg(x) }
func lt(x, y *big.Int) bool      { return x.Cmp(y) < 0 }
func le(x, y *big.Int) bool      { return x.Cmp(y) <= 0 }

func minB(x, y *big.Int) *big.Int {
	if lt(x, y) {
		return x
	}
	return y
}

func maxB(x, y *big.Int) *big.Int {
	if lt(x, y) {
		return y
	}
	return x
}

func absB(x *big.Int) *big.Int { return new(big.Int).Abs(x) }

func (t Scalar) min() *big.Int {
	if !t.Signed {
		return bi(0)
	}
	return neg(pow2(t.W - 1))
}

func (t Scalar) max() *big.Int {
	if t.W == 1 {
		return bi(1)
	}
	if t.Signed {
		return sub(pow2(t.W-1), bi(1))
	}
	return sub(pow2(t.W), bi(1))
}

func full(t Scalar) Range     { return Range{t.min(), t.max()} }
func point(v *big.Int) Range  { return Range{v, v} }
func span(lo, hi int64) Range { return Range{bi(lo), bi(hi)} }

func (r Range) within(lo, hi *big.Int) bool { return le(lo, r.Lo) && le(r.Hi, hi) }
func (r Range) fits(t Scalar) bool          { return r.within(t.min(), t.max()) }
func (r Range) has(v int64) bool            { return le(r.Lo, bi(v)) && le(bi(v), r.Hi) }
func (r Range) hasB(v *big.Int) bool        { return le(r.Lo, v) && le(v, r.Hi) }
func (r Range) nonneg() bool                { return r.Lo.Sign() >= 0 }

func union(a, b Range) Range { return Range{minB(a.Lo, b.Lo), maxB(a.Hi, b.Hi)} }

// conv is the range of a value of range r converted to t: unchanged when
// it fits, otherwise wrapped (modulo 2^W; for signed targets this is the
// implementation-defined conversion gcc and BPF agree on).
func conv(r Range, t Scalar) Range {
	if t.W == 1 {
		switch {
		case r.Lo.Sign() == 0 && r.Hi.Sign() == 0:
			return span(0, 0)
		case r.Lo.Sign() > 0 || r.Hi.Sign() < 0:
			return span(1, 1)
		}
		return span(0, 1)
	}
	if r.fits(t) {
		return r
	}
	if !t.Signed && r.Hi.Sign() < 0 && le(neg(pow2(t.W)), r.Lo) {
		m := pow2(t.W)
		return Range{add(r.Lo, m), add(r.Hi, m)}
	}
	return full(t)
}

// wrap is the range of the result of an operation done in type t whose
// mathematical result lies in r: for unsigned t, reduction modulo 2^W.
func wrap(r Range, t Scalar) Range { return conv(r, t) }

func corners(f func(x, y *big.Int) *big.Int, a, b Range) Range {
	vs := []*big.Int{f(a.Lo, b.Lo), f(a.Lo, b.Hi), f(a.Hi, b.Lo), f(a.Hi, b.Hi)}
	r := Range{vs[0], vs[0]}
	for _, v := range vs[1:] {
		r = union(r, point(v))
	}
	return r
}

// sbits is the least k >= 0 with r inside [-2^k, 2^k-1].
func sbits(r Range) int {
	k := 0
	if r.Hi.Sign() > 0 {
		k = r.Hi.BitLen()
	}
	if r.Lo.Sign() < 0 {
		if n := sub(neg(r.Lo), bi(1)).BitLen(); n > k {
			k = n
		}
	}
	return k
}

func symm(k int) Range { return Range{neg(pow2(k)), sub(pow2(k), bi(1))} }

func rangeBinop(op string, a, b Range) Range {
	switch op {
	case "+":
		return Range{add(a.Lo, b.Lo), add(a.Hi, b.Hi)}
	case "-":
		return Range{sub(a.Lo, b.Hi), sub(a.Hi, b.Lo)}
	case "*":
		return corners(mul, a, b)
	case "&":
		switch {
		case a.nonneg() && b.nonneg():
			return Range{bi(0), minB(a.Hi, b.Hi)}
		case a.nonneg():
			return Range{bi(0), a.Hi}
		case b.nonneg():
			return Range{bi(0), b.Hi}
		}
		return symm(max(sbits(a), sbits(b)))
	case "|", "^":
		if a.nonneg() && b.nonneg() {
			k := max(a.Hi.BitLen(), b.Hi.BitLen())
			return Range{bi(0), sub(pow2(k), bi(1))}
		}
		return symm(max(sbits(a), sbits(b)))
	}
	panic("rangeBinop " + op)
}

// rangeShl: a << [cmin, cmax], a non-negative.
func rangeShl(a Range, cmin, cmax int) Range {
	return Range{new(big.Int).Lsh(a.Lo, uint(cmin)), new(big.Int).Lsh(a.Hi, uint(cmax))}
}

// rangeShr: a >> [cmin, cmax] (arithmetic for negative a; big.Int.Rsh
// rounds toward minus infinity like an arithmetic shift).
func rangeShr(a Range, cmin, cmax int) Range {
	lo, hi := a.Lo, a.Hi
	if lo.Sign() >= 0 {
		lo = new(big.Int).Rsh(lo, uint(cmax))
	} else {
		lo = new(big.Int).Rsh(lo, uint(cmin))
	}
	if hi.Sign() < 0 {
		hi = new(big.Int).Rsh(hi, uint(cmax))
	} else {
		hi = new(big.Int).Rsh(hi, uint(cmin))
	}
	return Range{lo, hi}
}

// rangeDiv is a bound of a / b (truncating) for b != 0 and no overflow.
func rangeDiv(a, b Range) Range {
	if a.nonneg() && b.Lo.Sign() > 0 {
		return Range{new(big.Int).Quo(a.Lo, b.Hi), new(big.Int).Quo(a.Hi, b.Lo)}
	}
	m := maxB(absB(a.Lo), absB(a.Hi))
	return Range{neg(m), m}
}

// rangeMod is a bound of a % b for b != 0.
func rangeMod(a, b Range) Range {
	m := maxB(absB(a.Lo), absB(a.Hi))
	d := sub(maxB(absB(b.Lo), absB(b.Hi)), bi(1))
	m = minB(m, d)
	if a.nonneg() {
		return Range{bi(0), minB(m, a.Hi)}
	}
	if a.Hi.Sign() <= 0 {
		return Range{neg(m), bi(0)}
	}
	return Range{neg(m), m}
}
