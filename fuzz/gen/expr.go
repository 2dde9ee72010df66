package gen

import (
	"fmt"
	"math/big"
	"regexp"
	"strings"
)

var callRE = regexp.MustCompile(`\bf[0-9]+\(`)

// Expr is a generated side-effect-free C expression: its text (fully
// parenthesised unless it is a primary expression), its C type (before
// the integer promotions) and an interval its value is guaranteed to lie
// in for every input. Every operator is only emitted when the intervals
// of its operands prove it defined: no signed overflow, no division by
// zero or INT_MIN / -1, shift counts in range, no left shift of a
// negative value.
type Expr struct {
	S    string
	T    Scalar
	R    Range
	Cost int // number of nodes
}

// simple expressions may be duplicated (in guards) without blowing up.
func (e Expr) simple() bool { return e.Cost <= 3 }

func itoa(v *big.Int) string { return v.String() }

// opHook, when set (by tests), sees every binary operator emitted.
var opHook func(op string, t Scalar)

func binExpr(op string, x, y Expr, t Scalar, r Range) Expr {
	if opHook != nil {
		opHook(op, t)
	}
	return Expr{S: "(" + x.S + " " + op + " " + y.S + ")", T: t, R: r, Cost: x.Cost + y.Cost + 1}
}

func (g *gen) spell(t Scalar) string { return pick(&g.r, spellings[t]) }

func (g *gen) cast(x Expr, t Scalar) Expr {
	return Expr{S: "((" + g.spell(t) + ")" + x.S + ")", T: t, R: conv(x.R, t), Cost: x.Cost + 1}
}

// intConst is an int-typed constant (shift counts, masks, guard values).
func intConst(v int64) Expr {
	s := fmt.Sprint(v)
	if v < 0 {
		s = "(" + s + ")"
	}
	return Expr{S: s, T: tS32, R: span(v, v), Cost: 1}
}

// tryArith builds x op y for + - * & | ^ if it cannot overflow.
func tryArith(op string, x, y Expr) (Expr, bool) {
	t := common(x.T, y.T)
	r := rangeBinop(op, conv(x.R, t), conv(y.R, t))
	if !t.Signed {
		return binExpr(op, x, y, t, wrap(r, t)), true
	}
	if r.fits(t) {
		return binExpr(op, x, y, t, r), true
	}
	return Expr{}, false
}

func mustArith(op string, x, y Expr) Expr {
	e, ok := tryArith(op, x, y)
	if !ok {
		panic("gen: unsafe " + op + " on " + x.S + ", " + y.S)
	}
	return e
}

// narrow makes x a value that cannot overflow when combined with another
// narrowed value in type t: at most 15 bits for int, 31 for long, and the
// type of the result stays t.
func (g *gen) narrow(x Expr, t Scalar) Expr {
	if t.W == 64 {
		if g.r.chance(50) {
			return g.cast(g.cast(x, tS32), tS64)
		}
		return mustArith("&", x, Expr{S: "0x7fffffffL", T: tS64, R: span(0, 0x7fffffff), Cost: 1})
	}
	switch g.r.intn(3) {
	case 0:
		return g.cast(x, tS16)
	case 1:
		return g.cast(x, tS8)
	}
	return mustArith("&", x, intConst(0x7fff))
}

// arith builds x op y for + - * & | ^, rewriting it when it could
// overflow: in unsigned arithmetic (optionally converted back, which
// wraps), or on narrowed operands.
func (g *gen) arith(op string, x, y Expr) Expr {
	if e, ok := tryArith(op, x, y); ok {
		return e
	}
	t := common(x.T, y.T)
	if g.r.chance(55) {
		ut := unsignedOf(t)
		e := mustArith(op, g.cast(x, ut), g.cast(y, ut))
		if g.r.chance(60) {
			e = g.cast(e, t)
		}
		return e
	}
	e, ok := tryArith(op, g.narrow(x, t), g.narrow(y, t))
	if !ok {
		panic("gen: narrowed " + op + " still overflows")
	}
	return e
}

func (g *gen) negate(x Expr) Expr {
	t := promote(x.T)
	r := conv(x.R, t)
	r = Range{neg(r.Hi), neg(r.Lo)}
	if !t.Signed {
		return Expr{S: "(-" + x.S + ")", T: t, R: wrap(r, t), Cost: x.Cost + 1}
	}
	if r.fits(t) {
		return Expr{S: "(-" + x.S + ")", T: t, R: r, Cost: x.Cost + 1}
	}
	if g.r.chance(50) {
		e := g.negate(g.cast(x, unsignedOf(t)))
		if g.r.chance(60) {
			e = g.cast(e, t)
		}
		return e
	}
	return g.negate(g.shr(x, intConst(1)))
}

func (g *gen) bitnot(x Expr) Expr {
	t := promote(x.T)
	r := conv(x.R, t)
	if t.Signed {
		r = Range{sub(neg(r.Hi), bi(1)), sub(neg(r.Lo), bi(1))}
	} else {
		m := t.max()
		r = Range{sub(m, r.Hi), sub(m, r.Lo)}
	}
	return Expr{S: "(~" + x.S + ")", T: t, R: r, Cost: x.Cost + 1}
}

func boolExpr(s string, cost int) Expr { return Expr{S: s, T: tS32, R: span(0, 1), Cost: cost} }

// shr is x >> cnt, where cnt lies in [cnt.R.Lo, cnt.R.Hi].
func (g *gen) shr(x, cnt Expr) Expr {
	t := promote(x.T)
	return binExpr(">>", x, cnt, t, rangeShr(conv(x.R, t), int(cnt.R.Lo.Int64()), int(cnt.R.Hi.Int64())))
}

// shiftCount is a count for a shift of a w-bit operand, at most limit.
func (g *gen) shiftCount(w, limit int, d int) (Expr, int) {
	if limit > w-1 {
		limit = w - 1
	}
	switch g.r.intn(5) {
	case 0, 1:
		cands := []int{0, 1, 2, 3, 4, 7, 8, 9, 15, 16, 17, 24, 31, 32, 33, 48, 63}
		var ok []int
		for _, c := range cands {
			if c <= limit {
				ok = append(ok, c)
			}
		}
		k := pick(&g.r, ok)
		if g.r.chance(30) {
			k = g.r.intn(limit + 1)
		}
		return intConst(int64(k)), k
	case 2:
		if lc := g.loopCounters(limit); len(lc) > 0 {
			v := pick(&g.r, lc)
			return Expr{S: v.Name, T: v.T, R: *v.R, Cost: 1}, int(v.R.Hi.Int64())
		}
	}
	// A masked expression: the mask is 2^j - 1 <= limit.
	m := 1
	for m*2-1 <= limit && (m == 1 || g.r.chance(75)) {
		m *= 2
	}
	m--
	e := g.expr(min(d, 1))
	if m == 0 {
		return intConst(0), 0
	}
	if g.r.chance(15) && !promote(e.T).Signed && m+1 <= limit+1 {
		// e % 2^j on an unsigned operand.
		ce := intConst(int64(m + 1))
		t := common(e.T, ce.T)
		return binExpr("%", e, ce, t, rangeMod(conv(e.R, t), ce.R)), m
	}
	return mustArith("&", e, g.maskConst(int64(m))), m
}

// signedMask is the non-negative constant v typed t (int or long).
func signedMask(v int64, t Scalar) Expr {
	s := fmt.Sprintf("0x%x", v)
	if t.W == 64 {
		s += "L"
	}
	return Expr{S: s, T: t, R: span(v, v), Cost: 1}
}

// maskConst is a small non-negative constant, spelled in hex or decimal
// with a random suffix.
func (g *gen) maskConst(v int64) Expr {
	s, t := g.literal(bi(v))
	return Expr{S: s, T: t, R: span(v, v), Cost: 1}
}

// shift builds x << count or x >> count.
func (g *gen) shift(op string, x Expr, d int) Expr {
	t := promote(x.T)
	r := conv(x.R, t)
	if op == ">>" {
		cnt, _ := g.shiftCount(t.W, t.W-1, d)
		return g.shr(x, cnt)
	}
	if t.Signed && !r.nonneg() {
		if g.r.chance(60) {
			// Shift in unsigned, optionally convert back.
			e := g.shift("<<", g.cast(x, unsignedOf(t)), d)
			if g.r.chance(60) {
				e = g.cast(e, t)
			}
			return e
		}
		// Mask to a non-negative value of the same type first.
		x = mustArith("&", x, signedMask(int64(1)<<(g.r.intn(t.W-2)+1)-1, t))
		r = conv(x.R, t)
	}
	limit := t.W - 1
	if t.Signed {
		limit = t.W - 1 - r.Hi.BitLen()
	}
	cnt, cmax := g.shiftCount(t.W, limit, d)
	res := rangeShl(r, int(cnt.R.Lo.Int64()), cmax)
	if !t.Signed {
		res = wrap(res, t)
	} else if !res.fits(t) {
		panic("gen: unsafe shift")
	}
	return binExpr("<<", x, cnt, t, res)
}

// divisor makes y a safe divisor of x (which is fixed when fixedLeft):
// never zero and, in signed arithmetic where x may be the minimum, never
// -1. It may also return a rewritten x.
func (g *gen) divGuard(x, y Expr, fixedLeft bool) (Expr, Expr) {
	t := common(x.T, y.T)
	rx, ry := conv(x.R, t), conv(y.R, t)
	needZero := ry.has(0)
	needM1 := t.Signed && rx.hasB(t.min()) && ry.has(-1)
	if !needZero && !needM1 {
		return x, y
	}
	if needM1 && !fixedLeft && g.r.chance(30) {
		// x / 2 or x >> 1 cannot be the minimum.
		if g.r.chance(50) {
			x = g.shr(x, intConst(1))
		} else {
			x, _ = g.div("/", x, intConst(2), false)
		}
		return g.divGuard(x, y, fixedLeft)
	}
	k := pick(&g.r, []int64{1, 2, 3, 7, 10, 255, 1000, -3, -7})
	ke := intConst(k)
	for {
		switch g.r.intn(4) {
		case 0, 1:
			if !y.simple() {
				continue
			}
			var s string
			switch {
			case needM1 && g.r.chance(50):
				s = fmt.Sprintf("((%s == 0 || %s == -1) ? %s : %s)", y.S, y.S, ke.S, y.S)
			case needM1:
				s = fmt.Sprintf("((%s != 0 && %s != -1) ? %s : %s)", y.S, y.S, y.S, ke.S)
			case g.r.chance(50):
				s = fmt.Sprintf("(%s == 0 ? %s : %s)", y.S, ke.S, y.S)
			default:
				s = fmt.Sprintf("(%s ? %s : %s)", y.S, y.S, ke.S)
			}
			g.forks++
			yt := common(y.T, tS32)
			return x, Expr{S: s, T: yt, R: union(conv(y.R, yt), ke.R), Cost: 3*y.Cost + 3}
		case 2:
			// A positive divisor: (y & m) + 1.
			m := pick(&g.r, []int64{1, 3, 7, 15, 0xff, 0xfff, 0x7fff, 0xffff, 0x7fffffff})
			e := mustArith("&", y, g.maskConst(m))
			if s, ok := tryArith("+", e, intConst(1)); ok {
				return x, s
			}
			return x, mustArith("+", g.cast(e, unsignedOf(e.T)), intConst(1))
		case 3:
			// An odd divisor: never 0, but -1 when y may be negative.
			e := mustArith("|", y, intConst(1))
			if needM1 && conv(e.R, t).has(-1) {
				continue
			}
			return x, e
		}
	}
}

// div builds x / y or x % y with y guarded.
func (g *gen) div(op string, x, y Expr, fixedLeft bool) (Expr, Expr) {
	if common(x.T, y.T).Signed {
		g.forks += 2 // signed division is emulated before -mcpu=v4
	}
	if !fixedLeft && x.simple() && y.simple() && g.r.chance(20) {
		// Guard the whole operation: (y == 0 || x == MIN && y == -1) ? k : x / y.
		t := common(x.T, y.T)
		rx, ry := conv(x.R, t), conv(y.R, t)
		cond := fmt.Sprintf("%s == 0", y.S)
		if t.Signed && rx.hasB(t.min()) && ry.has(-1) {
			min := "(-2147483647 - 1)"
			if t.W == 64 {
				min = "(-9223372036854775807L - 1)"
			}
			cond = fmt.Sprintf("%s == 0 || (%s == %s && %s == -1)", y.S, x.S, min, y.S)
		}
		g.forks += 2
		q := binExpr(op, x, y, t, g.divRange(op, rx, ry, t))
		ke := g.constant()
		rt := common(t, ke.T)
		return Expr{
			S:    fmt.Sprintf("((%s) ? %s : %s)", cond, ke.S, q.S),
			T:    rt,
			R:    union(conv(q.R, rt), conv(ke.R, rt)),
			Cost: q.Cost + x.Cost + 2*y.Cost + 3,
		}, y
	}
	x2, y2 := g.divGuard(x, y, fixedLeft)
	t := common(x2.T, y2.T)
	return binExpr(op, x2, y2, t, g.divRange(op, conv(x2.R, t), conv(y2.R, t), t)), y2
}

func (g *gen) divRange(op string, rx, ry Range, t Scalar) Range {
	var r Range
	if op == "/" {
		r = rangeDiv(rx, ry)
	} else {
		r = rangeMod(rx, ry)
	}
	// With the guards the result always fits (x / -1 only when x is not
	// the minimum).
	return Range{maxB(r.Lo, t.min()), minB(r.Hi, t.max())}
}

// literal spells the non-negative value v as a C integer constant with a
// random base and suffix and returns its type (C11 6.4.4.1).
func (g *gen) literal(v *big.Int) (string, Scalar) {
	for {
		hex := g.r.chance(45) || v.Cmp(tS64.max()) > 0 && g.r.chance(50)
		suffix := pick(&g.r, []string{"", "", "", "u", "l", "ul", "ll", "ull", "U", "L", "UL", "LL", "ULL", "lu", "llu"})
		lower := strings.ToLower(suffix)
		var cands []Scalar
		switch {
		case lower == "":
			if hex {
				cands = []Scalar{tS32, tU32, tS64, tU64}
			} else {
				cands = []Scalar{tS32, tS64}
			}
		case lower == "u":
			cands = []Scalar{tU32, tU64}
		case lower == "l" || lower == "ll":
			if hex {
				cands = []Scalar{tS64, tU64}
			} else {
				cands = []Scalar{tS64}
			}
		default:
			cands = []Scalar{tU64}
		}
		for _, t := range cands {
			if point(v).fits(t) {
				s := v.String()
				if hex {
					s = "0x" + v.Text(16)
					if g.r.chance(30) {
						s = "0x" + strings.ToUpper(v.Text(16))
					}
				}
				return s + suffix, t
			}
		}
	}
}

var boundaryValues = func() []*big.Int {
	var vs []*big.Int
	for _, s := range []string{
		"0", "1", "2", "3", "0x7f", "0x80", "0xff", "0x100", "0x7fff", "0x8000", "0xffff", "0x10000",
		"0x7fffffff", "0x80000000", "0xffffffff", "0x100000000", "0x7fffffffffffffff",
		"0x8000000000000000", "0xffffffffffffffff", "0x5555555555555555", "0xaaaaaaaaaaaaaaaa",
		"0x0f0f0f0f", "0xff00ff00ff00ff00", "0x100000001b3", "0x9e3779b97f4a7c15", "0xfffffffe",
		"0x7ffffffe", "0xfffffffffffffffe", "0x80000001", "0xffff0000",
	} {
		v, _ := new(big.Int).SetString(s, 0)
		vs = append(vs, v)
	}
	return vs
}()

func (g *gen) constant() Expr {
	var v *big.Int
	switch g.r.intn(7) {
	case 0, 1:
		v = bi(int64(g.r.intn(17)))
	case 2, 3:
		v = pick(&g.r, boundaryValues)
	case 4:
		v = new(big.Int).SetUint64(g.r.next() >> uint(g.r.intn(64)))
	case 5:
		v = bi(int64(g.r.intn(1000) + 1))
	default:
		v = pow2(g.r.intn(64))
		if g.r.chance(50) {
			v = sub(v, bi(1))
		}
	}
	s, t := g.literal(v)
	e := Expr{S: s, T: t, R: point(v), Cost: 1}
	if g.r.chance(20) {
		e = g.negate(e)
	}
	return e
}

var cmpOps = []string{"<", "<=", ">", ">=", "==", "!="}

// expr generates an expression of nesting depth at most d.
func (g *gen) expr(d int) Expr {
	// Now and then the very same expression again: it is pure and its
	// variables are still in scope (the cache is per scope), but they may
	// have been assigned since, which common-subexpression elimination
	// must notice. Its range still holds: ranges come from types.
	if d >= 1 && g.r.chance(6) {
		var all []Expr
		for _, es := range g.reuse {
			all = append(all, es...)
		}
		if len(all) > 0 {
			return pick(&g.r, all)
		}
	}
	for {
		e := g.expr1(d)
		if len(e.S) <= 160 || d == 0 {
			// (Not calls: a helper's loops might then run inside a loop
			// deeper than the iteration budget allows.)
			if e.Cost >= 3 && len(g.reuse) > 0 && !callRE.MatchString(e.S) {
				top := &g.reuse[len(g.reuse)-1]
				if len(*top) < 8 {
					*top = append(*top, e)
				} else {
					(*top)[g.r.intn(8)] = e
				}
			}
			return e
		}
		d--
	}
}

func (g *gen) expr1(d int) Expr {
	if d <= 0 || g.r.chance(g.p.leafProb) {
		return g.leaf()
	}
	switch g.r.intn(26) {
	case 0, 1, 2, 3:
		return g.arith(pick(&g.r, []string{"+", "-", "*", "+", "-"}), g.expr(d-1), g.expr(d-1))
	case 4, 5, 6:
		return g.arith(pick(&g.r, []string{"&", "|", "^"}), g.expr(d-1), g.expr(d-1))
	case 7, 8:
		e, _ := g.div(pick(&g.r, []string{"/", "%"}), g.expr(d-1), g.expr(d-1), false)
		return e
	case 9, 10, 11:
		return g.shift(pick(&g.r, []string{"<<", ">>"}), g.expr(d-1), d)
	case 12, 13:
		g.forks++
		x, y := g.expr(d-1), g.expr(d-1)
		return boolExpr("("+x.S+" "+pick(&g.r, cmpOps)+" "+y.S+")", x.Cost+y.Cost+1)
	case 14:
		g.forks += 2
		x, y := g.expr(d-1), g.expr(d-1)
		return boolExpr("("+x.S+" "+pick(&g.r, []string{"&&", "||"})+" "+y.S+")", x.Cost+y.Cost+1)
	case 15:
		g.forks++
		x := g.expr(d - 1)
		return boolExpr("(!"+x.S+")", x.Cost+1)
	case 16:
		return g.negate(g.expr(d - 1))
	case 17:
		return g.bitnot(g.expr(d - 1))
	case 18, 19, 20:
		t := pick(&g.r, intTypes)
		if g.r.chance(8) {
			t = tBool
			g.forks++
		}
		return g.cast(g.expr(d-1), t)
	case 21, 22:
		g.forks++
		c, x, y := g.expr(d-1), g.expr(d-1), g.expr(d-1)
		t := common(x.T, y.T)
		return Expr{
			S:    "(" + c.S + " ? " + x.S + " : " + y.S + ")",
			T:    t,
			R:    union(conv(x.R, t), conv(y.R, t)),
			Cost: c.Cost + x.Cost + y.Cost + 1,
		}
	case 23, 24:
		if hs := g.callable(); len(hs) > 0 {
			h := pick(&g.r, hs)
			g.forks += h.Forks
			var args []string
			cost := 1
			for range h.Params {
				a := g.expr(min(d-1, 2))
				args = append(args, a.S)
				cost += a.Cost
			}
			return Expr{S: h.Name + "(" + strings.Join(args, ", ") + ")", T: h.Ret, R: full(h.Ret), Cost: cost}
		}
		return g.expr(d - 1)
	default:
		x := g.expr(d - 1)
		return Expr{S: "(+" + x.S + ")", T: promote(x.T), R: x.R, Cost: x.Cost + 1}
	}
}

func (g *gen) leaf() Expr {
	if g.r.chance(g.p.constProb) {
		return g.constant()
	}
	v := g.pickVar(false)
	if v == nil {
		return g.constant()
	}
	e := g.access(v).read()
	if e.T.W == 64 && g.r.chance(g.p.narrowProb) {
		// The parameters and accumulators are u64: narrow them often, or
		// nearly all arithmetic would be 64-bit unsigned.
		e = g.cast(e, pick(&g.r, []Scalar{tU8, tS8, tU16, tS16, tU32, tS32, tU32, tS32, tS64}))
	}
	return e
}
