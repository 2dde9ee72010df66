// Package gen generates random C programs for differential testing of
// bccc against gcc. Each program defines
//
//	static u64 test(u64 a, u64 b, u64 c, u64 d)
//
// in the format of the testdata/exec corpus, and is free of undefined and
// implementation-defined behaviour for all inputs, except for two
// behaviours gcc documents and BPF shares: conversion of an out-of-range
// value to a signed type (including a signed bit-field) wraps modulo 2^N,
// and >> of a negative value shifts in sign bits. (Beyond that the
// programs rely only on what the x86-64 and BPF ABIs share: LP64, little
// endian, signed char, the SysV bit-field layout, bit-fields on any
// integer base, union type punning.) Every operator is emitted only when
// interval arithmetic over its operands proves it defined (see Expr),
// locals are always initialised before use, array indexes are masked,
// loops have constant trip counts, and the stack use stays well below the
// BPF limit of 512 bytes.
//
// The programs must also pass the kernel verifier, which walks every loop
// iteration and cannot prune states whose registers hold different known
// constants: trip counts shrink as loop bodies get branchier, and nested
// loops (including those inside called helpers) are bounded to 64
// iterations in all.
//
// Generate is deterministic: the same seed always yields the same program.
package gen

import (
	"fmt"
	"strings"
)

// rnd is splitmix64, so that the programs do not depend on math/rand's
// algorithms.
type rnd struct{ s uint64 }

func (r *rnd) next() uint64 {
	r.s += 0x9e3779b97f4a7c15
	z := r.s
	z = (z ^ z>>30) * 0xbf58476d1ce4e5b9
	z = (z ^ z>>27) * 0x94d049bb133111eb
	return z ^ z>>31
}

func (r *rnd) intn(n int) int { return int(r.next() % uint64(n)) }

// chance is true with probability p percent.
func (r *rnd) chance(p int) bool { return r.intn(100) < p }

func pick[T any](r *rnd, xs []T) T { return xs[r.intn(len(xs))] }

type varKind int

const (
	vScalar varKind = iota
	vArray
	vStruct
	vUnion
)

// Var is a local variable or parameter in scope.
type Var struct {
	Name string
	Kind varKind
	T    Scalar // scalar type, or array element type
	N    int    // array length (a power of two)
	St   *StructDef
	Un   *UnionDef
	Ptr  bool   // a pointer to a struct: fields are reached with ->
	RO   bool   // a loop counter: never assigned by the body
	R    *Range // a range tighter than the type's (loop counters)
	// Spell is how a scalar or array element type was written, which
	// decides whether &v may be passed for a T * parameter.
	Spell string
}

type fieldKind int

const (
	fScalar fieldKind = iota
	fArray
	fBits
	fStruct
)

// Field is a member of a struct or union.
type Field struct {
	Name  string // "" for an unnamed bit-field
	Kind  fieldKind
	T     Scalar // scalar type, array element type or bit-field base
	N     int
	Width int
	St    *StructDef // nested struct (anonymous when its Name is "")
}

type StructDef struct {
	Name   string
	Fields []Field
	Size   int // upper bound of sizeof
}

type UnionDef struct {
	Name    string
	Members []Field
}

// Helper is a generated static function. Pure helpers (Ptr == nil) are
// called inside expressions; helpers taking a struct pointer modify the
// struct and are only called as statements.
type Helper struct {
	Name   string
	Ret    Scalar
	Params []Scalar
	Ptr    *StructDef
	Out    string // non-empty: the first parameter is a pointer to this type (spelling), written through
	Forks  int    // branches in its body (loops counted once per iteration)
	Iters  int    // largest product of loop trip counts inside it
}

// ctypeKey identifies the C type a spelling denotes: long and long long
// (and char and signed char) are different types even when they behave
// alike, and pointers to them are incompatible.
func ctypeKey(sp string) string {
	switch sp {
	case "char", "unsigned long", "long", "signed long":
		if sp == "signed long" {
			return "long"
		}
		return sp
	}
	for t, ss := range spellings {
		for _, s := range ss {
			if s == sp {
				return t.canon()
			}
		}
	}
	panic("ctypeKey " + sp)
}

// LValue is an assignable place: a variable, an array element, a struct
// or union member, or a bit-field (Width > 0).
type LValue struct {
	S     string
	T     Scalar
	Width int
	R     *Range
}

// wideBits is a bit-field whose type gcc and clang disagree about (wider
// than int on a 64-bit base): it is always read through a cast and never
// used in compound assignments.
func (lv LValue) wideBits() bool { return lv.Width > 32 }

func (lv LValue) read() Expr {
	if lv.R != nil {
		return Expr{S: lv.S, T: lv.T, R: *lv.R, Cost: 1}
	}
	if lv.Width == 0 {
		return Expr{S: lv.S, T: lv.T, R: full(lv.T), Cost: 1}
	}
	var r Range
	if lv.T.Signed {
		r = Range{neg(pow2(lv.Width - 1)), sub(pow2(lv.Width-1), bi(1))}
	} else {
		r = Range{bi(0), sub(pow2(lv.Width), bi(1))}
	}
	switch {
	case lv.Width > 32:
		return Expr{S: "((" + lv.T.canon() + ")" + lv.S + ")", T: lv.T, R: r, Cost: 2}
	case lv.Width == 32 && !lv.T.Signed:
		return Expr{S: lv.S, T: tU32, R: r, Cost: 1}
	}
	return Expr{S: lv.S, T: tS32, R: r, Cost: 1}
}

// maxIters bounds the product of nested loop trip counts (helpers' loops
// included), and loopPaths the trip count times the branches of a loop
// body: the verifier walks every iteration, and a body whose branches
// leave values it knows exactly may not be pruned.
const (
	maxIters  = 64
	loopPaths = 28
)

// profile holds per-program knobs ("swarm testing": programs that differ
// in emphasis find more than programs that are all alike).
type profile struct {
	leafProb   int      // percent: an inner expression node is a leaf
	constProb  int      // percent: a leaf is a constant
	narrowProb int      // percent: a 64-bit leaf is cast to a narrower type
	maxDepth   int      // expression depth for statements
	varTypes   []Scalar // the types locals are declared with
}

type gen struct {
	r       rnd
	p       profile
	out     []string
	ind     int
	scopes  [][]*Var
	reuse   [][]Expr // per scope: expressions built from what is in scope, for re-use
	structs []*StructDef
	unions  []*UnionDef
	helpers []*Helper
	curFn   int // helpers[:curFn] are callable
	acc     string
	ret     Scalar // return type of the current function
	loops   int    // loop nesting depth
	iters   int    // product of the trip counts of the enclosing loops
	maxIter int    // largest iteration product reached in the current function
	forks   int    // branches emitted so far in the current function (a verifier cost estimate)
	inCase  bool   // directly in a switch case: no declarations
	switchs int    // switch nesting
	idx     int    // array index nesting
	nvar    int
	stack   int // bytes of locals in the current function
	budget  int // lines left for statements in the current function
}

// Generate returns the program for seed.
func Generate(seed uint64) string {
	g := &gen{r: rnd{s: seed*0x2545f4914f6cdd1d + 0x1234567}}
	return g.program(seed)
}

func (g *gen) emit(format string, args ...any) {
	g.out = append(g.out, strings.Repeat("\t", g.ind)+fmt.Sprintf(format, args...))
	g.budget--
}

func (g *gen) push() {
	g.scopes = append(g.scopes, nil)
	g.reuse = append(g.reuse, nil)
}

func (g *gen) pop() {
	g.scopes = g.scopes[:len(g.scopes)-1]
	g.reuse = g.reuse[:len(g.reuse)-1]
}

func (g *gen) declare(v *Var) {
	g.scopes[len(g.scopes)-1] = append(g.scopes[len(g.scopes)-1], v)
}

func (g *gen) name(prefix string) string {
	g.nvar++
	return fmt.Sprintf("%s%d", prefix, g.nvar)
}

func (g *gen) vars() []*Var {
	var vs []*Var
	for _, s := range g.scopes {
		vs = append(vs, s...)
	}
	return vs
}

// pickVar picks a variable in scope (a writable one when write), favouring
// the innermost ones a little.
func (g *gen) pickVar(write bool) *Var {
	var vs []*Var
	for _, v := range g.vars() {
		if write && v.RO {
			continue
		}
		vs = append(vs, v)
	}
	if len(vs) == 0 {
		return nil
	}
	if g.r.chance(30) {
		return vs[len(vs)-1-g.r.intn(min(3, len(vs)))]
	}
	return pick(&g.r, vs)
}

func (g *gen) loopCounters(maxHi int) []*Var {
	var vs []*Var
	for _, v := range g.vars() {
		if v.RO && v.R != nil && v.R.Hi.Cmp(bi(int64(maxHi))) <= 0 {
			vs = append(vs, v)
		}
	}
	return vs
}

func (g *gen) callable() []*Helper {
	var hs []*Helper
	for _, h := range g.helpers[:g.curFn] {
		if h.Ptr == nil && h.Out == "" && max(1, g.iters)*h.Iters <= maxIters {
			hs = append(hs, h)
		}
	}
	return hs
}

// index is an in-bounds index expression for an array of n elements.
func (g *gen) index(n int) string {
	if n == 1 {
		return "0"
	}
	g.idx++
	defer func() { g.idx-- }()
	switch g.r.intn(6) {
	case 0:
		return fmt.Sprint(g.r.intn(n))
	case 1, 2:
		if lc := g.loopCounters(n - 1); len(lc) > 0 {
			return pick(&g.r, lc).Name
		}
	}
	var e Expr
	if g.idx > 1 {
		// No arrays inside the index of an index.
		e = g.constant()
		for _, v := range g.vars() {
			if v.Kind == vScalar && g.r.chance(40) {
				e = g.access(v).read()
			}
		}
	} else {
		e = g.expr(1)
	}
	if !promote(e.T).Signed && g.r.chance(20) {
		return fmt.Sprintf("%s %% %d", e.S, n)
	}
	return fmt.Sprintf("%s & %d", e.S, n-1)
}

// access picks a scalar place inside v.
func (g *gen) access(v *Var) LValue {
	switch v.Kind {
	case vScalar:
		return LValue{S: v.Name, T: v.T, R: v.R}
	case vArray:
		return LValue{S: v.Name + "[" + g.index(v.N) + "]", T: v.T}
	case vStruct:
		sep := "."
		if v.Ptr {
			sep = "->"
		}
		return g.fieldAccess(v.Name+sep, v.St.Fields)
	case vUnion:
		return g.fieldAccess(v.Name+".", v.Un.Members)
	}
	panic("access")
}

func (g *gen) fieldAccess(prefix string, fields []Field) LValue {
	var named []Field
	for _, f := range fields {
		if f.Name != "" {
			named = append(named, f)
		}
	}
	f := pick(&g.r, named)
	s := prefix + f.Name
	switch f.Kind {
	case fArray:
		return LValue{S: s + "[" + g.index(f.N) + "]", T: f.T}
	case fBits:
		return LValue{S: s, T: f.T, Width: f.Width}
	case fStruct:
		return g.fieldAccess(s+".", f.St.Fields)
	}
	return LValue{S: s, T: f.T}
}

// --- types ---

func (g *gen) scalarType() Scalar {
	if g.r.chance(4) {
		return tBool
	}
	if g.r.chance(70) {
		return pick(&g.r, g.p.varTypes)
	}
	return pick(&g.r, intTypes)
}

func (g *gen) newStruct() *StructDef {
	s := &StructDef{Name: fmt.Sprintf("S%d", len(g.structs))}
	n := 2 + g.r.intn(4)
	for i := 0; i < n && s.Size < 24; i++ {
		f := Field{Name: fmt.Sprintf("f%d", i)}
		switch k := g.r.intn(20); {
		case k < 7:
			f.Kind, f.T = fScalar, g.scalarType()
			s.Size += 8
		case k < 9:
			f.Kind, f.T, f.N = fArray, pick(&g.r, intTypes), pick(&g.r, []int{2, 4})
			s.Size += f.T.bytes()*f.N + 8
		case k < 17:
			f.Kind = fBits
			f.T = pick(&g.r, []Scalar{tU32, tS32, tU32, tS32, tU8, tS8, tU16, tS16, tU64, tS64})
			f.Width = 1 + g.r.intn(f.T.W)
			s.Size += f.T.bytes()
		case k < 18 && len(g.structs) > 0 && g.structs[len(g.structs)-1].Size <= 16:
			f.Kind, f.St = fStruct, g.structs[len(g.structs)-1]
			s.Size += f.St.Size
		default:
			// An unnamed bit-field: padding, or a zero-width one that
			// starts a new unit.
			s.Fields = append(s.Fields, Field{Kind: fBits, T: tU32, Width: g.r.intn(6)})
			s.Size += 4
			f.Kind, f.T = fScalar, g.scalarType()
			s.Size += 8
		}
		s.Fields = append(s.Fields, f)
	}
	return s
}

// partition splits w bits into fields of a punned bit-field struct.
func (g *gen) partition(w int, bases []Scalar, prefix string) []Field {
	var fs []Field
	for used := 0; used < w; {
		n := 1 + g.r.intn(w-used)
		if g.r.chance(30) {
			n = w - used
		}
		fs = append(fs, Field{Name: fmt.Sprintf("%s%d", prefix, len(fs)), Kind: fBits, T: pick(&g.r, bases), Width: n})
		used += n
	}
	return fs
}

// newUnion is an 8-byte union whose first member u64 raw covers it all,
// and whose other members each cover all 8 bytes too, so that storing to
// any of them leaves no byte unspecified (C11 6.2.6.1p7).
func (g *gen) newUnion() *UnionDef {
	u := &UnionDef{Name: fmt.Sprintf("U%d", len(g.unions))}
	u.Members = append(u.Members, Field{Name: "raw", Kind: fScalar, T: tU64})
	cands := []Field{
		{Name: "sraw", Kind: fScalar, T: tS64},
		{Name: "w", Kind: fArray, T: tU32, N: 2},
		{Name: "sw", Kind: fArray, T: tS32, N: 2},
		{Name: "h", Kind: fArray, T: tU16, N: 4},
		{Name: "sh", Kind: fArray, T: tS16, N: 4},
		{Name: "by", Kind: fArray, T: tU8, N: 8},
		{Name: "sb", Kind: fArray, T: tS8, N: 8},
		{Name: "bf", Kind: fStruct, St: &StructDef{Fields: append(
			g.partition(32, []Scalar{tU32, tS32}, "x"), g.partition(32, []Scalar{tU32, tS32}, "y")...)}},
		{Name: "bq", Kind: fStruct, St: &StructDef{Fields: g.partition(64, []Scalar{tU64, tS64}, "q")}},
		{Name: "p", Kind: fStruct, St: &StructDef{Fields: []Field{
			{Name: "lo", Kind: fScalar, T: tU32}, {Name: "hi", Kind: fScalar, T: tS32}}}},
	}
	for _, c := range cands {
		if g.r.chance(45) {
			u.Members = append(u.Members, c)
		}
	}
	return u
}

func fieldDecl(f Field) string {
	switch f.Kind {
	case fArray:
		return fmt.Sprintf("%s %s[%d];", f.T.canon(), f.Name, f.N)
	case fBits:
		if f.Name == "" {
			return fmt.Sprintf("%s : %d;", f.T.canon(), f.Width)
		}
		return fmt.Sprintf("%s %s : %d;", f.T.canon(), f.Name, f.Width)
	case fStruct:
		if f.St.Name != "" {
			return fmt.Sprintf("struct %s %s;", f.St.Name, f.Name)
		}
		var parts []string
		for _, m := range f.St.Fields {
			parts = append(parts, fieldDecl(m))
		}
		return fmt.Sprintf("struct { %s } %s;", strings.Join(parts, " "), f.Name)
	}
	return fmt.Sprintf("%s %s;", f.T.canon(), f.Name)
}

func (g *gen) emitStruct(s *StructDef) {
	g.emit("struct %s {", s.Name)
	for _, f := range s.Fields {
		g.emit("\t%s", fieldDecl(f))
	}
	g.emit("};")
}

func (g *gen) emitUnion(u *UnionDef) {
	g.emit("union %s {", u.Name)
	for _, f := range u.Members {
		g.emit("\t%s", fieldDecl(f))
	}
	g.emit("};")
}

// --- program ---

func (g *gen) program(seed uint64) string {
	g.p = profile{
		leafProb:   5 + g.r.intn(25),
		constProb:  10 + g.r.intn(40),
		narrowProb: 15 + g.r.intn(60),
		maxDepth:   2 + g.r.intn(3),
	}
	for _, i := range perm(&g.r, len(intTypes))[:2+g.r.intn(4)] {
		g.p.varTypes = append(g.p.varTypes, intTypes[i])
	}
	g.emit("/* bccc difftest program, seed %d (fuzz/gen) */", seed)
	for i, n := 0, g.r.intn(3); i < n; i++ {
		s := g.newStruct()
		g.structs = append(g.structs, s)
		g.emitStruct(s)
	}
	if g.r.chance(45) {
		u := g.newUnion()
		g.unions = append(g.unions, u)
		g.emitUnion(u)
	}
	for i, n := 0, g.r.intn(4); i < n; i++ {
		g.helper()
	}
	g.curFn = len(g.helpers)
	g.testFunc()
	return strings.Join(g.out, "\n") + "\n"
}

func (g *gen) helper() {
	h := &Helper{Name: fmt.Sprintf("f%d", len(g.helpers)), Ret: g.scalarType()}
	g.curFn = len(g.helpers)
	g.push()
	var params []string
	switch k := g.r.intn(100); {
	case k < 30 && len(g.structs) > 0:
		h.Ptr = pick(&g.r, g.structs)
		params = append(params, "struct "+h.Ptr.Name+" *p")
		g.declare(&Var{Name: "p", Kind: vStruct, St: h.Ptr, Ptr: true})
	case k < 55:
		t := g.scalarType()
		h.Out = g.spell(t)
		params = append(params, h.Out+" *q")
		g.declare(&Var{Name: "(*q)", Kind: vScalar, T: t})
	}
	for i, n := 0, 1+g.r.intn(3-len(params)); i < n; i++ {
		t := g.scalarType()
		h.Params = append(h.Params, t)
		name := fmt.Sprintf("p%d", i)
		sp := g.spell(t)
		params = append(params, sp+" "+name)
		g.declare(&Var{Name: name, Kind: vScalar, T: t, Spell: sp})
	}
	kw := "static inline"
	if g.r.chance(20) {
		kw = "static"
	}
	g.emit("%s %s %s(%s)", kw, g.spell(h.Ret), h.Name, strings.Join(params, ", "))
	g.emit("{")
	g.ind++
	g.acc, g.ret = "h", h.Ret
	g.stack, g.forks, g.maxIter = 0, 0, 1
	init := g.expr(2)
	g.emit("u64 h = %s;", init.S)
	g.declare(&Var{Name: "h", Kind: vScalar, T: tU64, Spell: "u64"})
	g.budget = 2 + g.r.intn(4)
	for g.budget > 0 {
		g.stmt()
	}
	e := g.expr(2)
	g.emit("return %s;", g.arith(pick(&g.r, []string{"^", "+", "-", "|"}), e, Expr{S: "h", T: tU64, R: full(tU64), Cost: 1}).S)
	g.ind--
	g.emit("}")
	g.pop()
	h.Forks, h.Iters = g.forks, g.maxIter
	g.helpers = append(g.helpers, h)
}

func (g *gen) testFunc() {
	g.emit("static u64 test(u64 a, u64 b, u64 c, u64 d)")
	g.emit("{")
	g.ind++
	g.push()
	for _, p := range []string{"a", "b", "c", "d"} {
		g.declare(&Var{Name: p, Kind: vScalar, T: tU64, Spell: "u64"})
	}
	g.acc, g.ret = "acc", tU64
	g.stack, g.forks, g.maxIter = 0, 0, 1
	g.emit("u64 acc = %s;", g.expr(2).S)
	g.declare(&Var{Name: "acc", Kind: vScalar, T: tU64, Spell: "u64"})
	for i, n := 0, 2+g.r.intn(5); i < n; i++ {
		g.declScalar()
	}
	for i, n := 0, g.r.intn(3); i < n; i++ {
		g.declArray()
	}
	for _, s := range g.structs {
		for i, n := 0, 1+g.r.intn(2); i < n && g.stack+s.Size <= 160; i++ {
			g.declStruct(s)
		}
	}
	for _, u := range g.unions {
		g.declUnion(u)
	}
	top := g.scopes[len(g.scopes)-1]
	g.budget = 8 + g.r.intn(20)
	for g.budget > 0 {
		g.stmt()
	}
	g.finalMix(top)
	g.emit("return acc;")
	g.ind--
	g.emit("}")
	g.pop()
}

func (g *gen) declScalar() {
	t := g.scalarType()
	e := g.expr(1 + g.r.intn(2))
	v := &Var{Name: g.name("v"), Kind: vScalar, T: t, Spell: g.spell(t)}
	g.emit("%s %s = %s;", v.Spell, v.Name, e.S)
	g.declare(v)
	g.stack += 8
}

func (g *gen) declArray() {
	t := pick(&g.r, intTypes)
	n := pick(&g.r, []int{2, 4, 8, 16})
	for t.bytes()*n > 64 {
		n /= 2
	}
	v := &Var{Name: g.name("arr"), Kind: vArray, T: t, N: n, Spell: g.spell(t)}
	var init []string
	switch g.r.intn(3) {
	case 0:
		init = []string{"0"}
	default:
		for i, k := 0, 1+g.r.intn(n); i < k; i++ {
			init = append(init, g.expr(1).S)
		}
	}
	g.emit("%s %s[%d] = { %s };", v.Spell, v.Name, n, strings.Join(init, ", "))
	g.declare(v)
	g.stack += t.bytes() * n
}

// structInit is a brace initialiser for fields, positional or designated.
func (g *gen) structInit(fields []Field) string {
	if g.r.chance(25) {
		return "{ 0 }"
	}
	designated := g.r.chance(50)
	var parts []string
	for _, f := range fields {
		if f.Name == "" {
			continue
		}
		if designated && g.r.chance(40) {
			continue
		}
		if !designated && g.r.chance(15) {
			break
		}
		var s string
		switch f.Kind {
		case fArray:
			var el []string
			for i, k := 0, 1+g.r.intn(f.N); i < k; i++ {
				el = append(el, g.expr(1).S)
			}
			s = "{ " + strings.Join(el, ", ") + " }"
		case fStruct:
			s = g.structInit(f.St.Fields)
		default:
			s = g.expr(1).S
		}
		if designated {
			s = "." + f.Name + " = " + s
		}
		parts = append(parts, s)
	}
	if len(parts) == 0 {
		return "{ 0 }"
	}
	return "{ " + strings.Join(parts, ", ") + " }"
}

func (g *gen) declStruct(s *StructDef) {
	v := &Var{Name: g.name("st"), Kind: vStruct, St: s}
	g.emit("struct %s %s = %s;", s.Name, v.Name, g.structInit(s.Fields))
	g.declare(v)
	g.stack += s.Size
}

func (g *gen) declUnion(u *UnionDef) {
	v := &Var{Name: g.name("un"), Kind: vUnion, Un: u}
	switch g.r.intn(3) {
	case 0:
		g.emit("union %s %s = { %s };", u.Name, v.Name, g.expr(2).S)
	case 1:
		g.emit("union %s %s = { .raw = %s };", u.Name, v.Name, g.expr(2).S)
	default:
		g.emit("union %s %s;", u.Name, v.Name)
		g.emit("%s.raw = %s;", v.Name, g.expr(2).S)
	}
	g.declare(v)
	g.stack += 8
}

// finalMix folds every top-level local into acc, so that a wrong value
// anywhere shows in the result.
func (g *gen) finalMix(top []*Var) {
	var items []string
	var leaves func(prefix string, fields []Field)
	leaves = func(prefix string, fields []Field) {
		for _, f := range fields {
			if f.Name == "" {
				continue
			}
			switch f.Kind {
			case fArray:
				for i := 0; i < f.N; i++ {
					items = append(items, fmt.Sprintf("%s%s[%d]", prefix, f.Name, i))
				}
			case fStruct:
				leaves(prefix+f.Name+".", f.St.Fields)
			case fBits:
				items = append(items, LValue{S: prefix + f.Name, T: f.T, Width: f.Width}.read().S)
			default:
				items = append(items, prefix+f.Name)
			}
		}
	}
	for _, v := range top {
		switch v.Kind {
		case vScalar:
			if v.Name != "acc" {
				items = append(items, v.Name)
			}
		case vArray:
			g.emit("for (int i = 0; i < %d; i++)", v.N)
			g.emit("\tacc = acc * 0x100000001b3ull ^ (u64)%s[i];", v.Name)
		case vStruct:
			leaves(v.Name+".", v.St.Fields)
		case vUnion:
			items = append(items, v.Name+".raw")
		}
	}
	for len(items) > 0 {
		n := min(len(items), 4)
		var terms []string
		for i, it := range items[:n] {
			terms = append(terms, fmt.Sprintf("((u64)%s << %d)", it, i*17))
		}
		g.emit("acc = (acc ^ %s) * 0x9e3779b97f4a7c15ull;", strings.Join(terms, " ^ "))
		items = items[n:]
	}
}

// --- statements ---

func (g *gen) depth() int { return 1 + g.r.intn(g.p.maxDepth) }

func (g *gen) stmt() {
	switch k := g.r.intn(100); {
	case k < 22:
		g.assign()
	case k < 37:
		g.compound()
	case k < 42:
		g.incdec()
	case k < 54:
		g.mix()
	case k < 64 && g.budget >= 3:
		g.ifStmt()
	case k < 70 && g.budget >= 6 && g.switchs < 2:
		g.switchStmt()
	case k < 78 && g.budget >= 3 && g.loops < 2 && max(1, g.iters)*2 <= maxIters:
		g.forStmt()
	case k < 83 && !g.inCase:
		g.declLocal()
	case k < 88 && g.loops > 0:
		g.forks++
		c := g.expr(2)
		g.emit("if (%s)", c.S)
		g.emit("\t%s;", pick(&g.r, []string{"break", "continue"}))
	case k < 90:
		g.forks++
		c := g.expr(2)
		g.emit("if (%s)", c.S)
		g.emit("\treturn %s;", g.expr(2).S)
	case k < 94:
		g.ptrCall()
	case k < 96:
		g.structCopy()
	default:
		g.mix()
	}
}

func (g *gen) lvalue() LValue {
	return g.access(g.pickVar(true))
}

func (g *gen) assign() {
	lv := g.lvalue()
	g.emit("%s = %s;", lv.S, g.expr(g.depth()).S)
}

var compoundOps = []string{"+", "-", "*", "&", "|", "^", "<<", ">>", "/", "%", "+", "-", "^"}

// compoundRHS is the right operand for lv op= y, or false if no safe one
// exists with lv as the left operand.
func (g *gen) compoundRHS(op string, x, y Expr) (Expr, bool) {
	switch op {
	case "<<", ">>":
		t := promote(x.T)
		limit := t.W - 1
		if op == "<<" && t.Signed {
			if !x.R.nonneg() {
				return Expr{}, false
			}
			limit = t.W - 1 - x.R.Hi.BitLen()
		}
		c, _ := g.shiftCount(t.W, limit, 2)
		return c, true
	case "/", "%":
		_, y2 := g.div(op, x, y, true)
		return y2, true
	}
	if _, ok := tryArith(op, x, y); ok {
		return y, true
	}
	// Converting y to the unsigned type of the operation makes it
	// unsigned; the store converts back.
	ut := Scalar{max(promote(x.T).W, promote(y.T).W), false}
	return g.cast(y, ut), true
}

func (g *gen) binary(op string, x, y Expr) Expr {
	switch op {
	case "<<", ">>":
		return g.shift(op, x, 2)
	case "/", "%":
		e, _ := g.div(op, x, y, false)
		return e
	}
	return g.arith(op, x, y)
}

func (g *gen) compound() {
	lv := g.lvalue()
	op := pick(&g.r, compoundOps)
	y := g.expr(g.depth())
	if !lv.wideBits() && g.r.chance(85) {
		if rhs, ok := g.compoundRHS(op, lv.read(), y); ok {
			if opHook != nil {
				t := common(lv.read().T, rhs.T)
				if op == "<<" || op == ">>" {
					t = promote(lv.read().T)
				}
				opHook(op+"=", t)
			}
			g.emit("%s %s= %s;", lv.S, op, rhs.S)
			return
		}
	}
	g.emit("%s = %s;", lv.S, g.binary(op, lv.read(), y).S)
}

func (g *gen) incdec() {
	lv := g.lvalue()
	op := pick(&g.r, []string{"+", "-"})
	if !lv.wideBits() {
		if _, ok := tryArith(op, lv.read(), intConst(1)); ok {
			if g.r.chance(50) {
				g.emit("%s%s%s;", op, op, lv.S)
			} else {
				g.emit("%s%s%s;", lv.S, op, op)
			}
			return
		}
	}
	g.emit("%s = %s;", lv.S, g.arith(op, lv.read(), intConst(1)).S)
}

func (g *gen) mix() {
	e := g.expr(g.depth())
	a := g.acc
	switch g.r.intn(5) {
	case 0:
		g.emit("%s = %s * 0x100000001b3ull ^ %s;", a, a, g.cast(e, tU64).S)
	case 1:
		g.emit("%s ^= %s;", a, e.S)
	case 2:
		g.emit("%s += %s;", a, e.S)
	case 3:
		l := 7 + g.r.intn(20)
		g.emit("%s = (%s << %d | %s >> %d) + %s;", a, a, l, a, 64-l, e.S)
	default:
		g.emit("%s -= %s;", a, e.S)
	}
}

func (g *gen) block(budget int) {
	g.push()
	saveCase := g.inCase
	g.inCase = false
	outer := g.budget - budget
	g.budget = budget
	g.ind++
	for g.budget > 0 {
		g.stmt()
	}
	// Fold the block's own scalars into the accumulator.
	var names []string
	for _, v := range g.scopes[len(g.scopes)-1] {
		if v.Kind == vScalar && !v.RO {
			names = append(names, "(u64)"+v.Name)
		}
	}
	if len(names) > 0 {
		g.emit("%s ^= %s;", g.acc, strings.Join(names, " + "))
	}
	g.ind--
	g.budget += outer
	g.inCase = saveCase
	g.pop()
}

func (g *gen) subBudget() int { return 1 + g.r.intn(min(5, max(1, g.budget-2))) }

func (g *gen) ifStmt() {
	g.forks++
	c := g.expr(g.depth())
	g.emit("if (%s) {", c.S)
	g.block(g.subBudget())
	if g.budget >= 2 && g.r.chance(50) {
		g.emit("} else {")
		g.block(g.subBudget())
	}
	g.emit("}")
}

func (g *gen) forStmt() {
	outer := max(1, g.iters)
	limit := min(16, maxIters/outer)
	k := 1 + g.r.intn(limit)
	t := pick(&g.r, []Scalar{tS32, tS32, tS32, tU32, tS64, tU8})
	v := &Var{Name: fmt.Sprintf("i%d", g.loops), Kind: vScalar, T: t, RO: true}
	r := span(0, int64(k-1))
	v.R = &r
	line := len(g.out)
	g.emit("for")
	g.iters = outer * k
	g.maxIter = max(g.maxIter, g.iters)
	g.loops++
	g.forks++
	f0 := g.forks
	g.push()
	g.declare(v)
	g.block(g.subBudget())
	g.pop()
	g.loops--
	g.iters = outer
	// Fewer iterations for a branchy body. Shrinking the counter's range
	// after the fact is safe: every check made on it is monotone.
	body := g.forks - f0
	if body > 0 && k*(body+1) > loopPaths {
		k = max(2, loopPaths/(body+1))
	}
	g.forks = f0 + body*k
	g.out[line] = strings.Repeat("\t", g.ind) +
		fmt.Sprintf("for (%s %s = 0; %s < %d; %s++) {", g.spell(t), v.Name, v.Name, k, v.Name)
	g.emit("}")
}

func (g *gen) declLocal() {
	if g.stack > 200 {
		g.assign()
		return
	}
	g.declScalar()
}

func (g *gen) switchStmt() {
	var ctrl string
	var pool []int64
	switch g.r.intn(4) {
	case 0:
		m := pick(&g.r, []int64{3, 7, 15})
		ctrl = fmt.Sprintf("%s & %d", g.expr(2).S, m)
		for i := int64(0); i <= m; i++ {
			pool = append(pool, i)
		}
	case 1:
		if g.r.chance(50) {
			ctrl = "(u8)" + g.expr(2).S
			pool = []int64{0, 1, 2, 3, 0x7f, 0x80, 0xfe, 0xff}
		} else {
			ctrl = "(s8)" + g.expr(2).S
			pool = []int64{-128, -2, -1, 0, 1, 2, 3, 127}
		}
	case 2:
		e := g.expr(2)
		if !promote(e.T).Signed {
			k := int64(3 + g.r.intn(6))
			ctrl = fmt.Sprintf("%s %% %d", e.S, k)
			for i := int64(0); i < k; i++ {
				pool = append(pool, i)
			}
			break
		}
		fallthrough
	default:
		ctrl = g.expr(2).S
		pool = []int64{-3, -2, -1, 0, 1, 2, 3, 4, 5, 8, 16, 100, 255}
	}
	n := 2 + g.r.intn(4)
	// Pick n distinct labels.
	var labels []int64
	for _, i := range perm(&g.r, len(pool)) {
		if len(labels) == n {
			break
		}
		labels = append(labels, pool[i])
	}
	def := -1
	if g.r.chance(70) {
		def = g.r.intn(len(labels) + 1)
	}
	g.forks += len(labels)
	g.emit("switch (%s) {", ctrl)
	g.switchs++
	saveCase := g.inCase
	g.inCase = true
	for i := 0; i <= len(labels); i++ {
		if i == def {
			g.emit("default:")
		}
		if i == len(labels) {
			if i == def {
				g.caseBody(true)
			}
			break
		}
		g.emit("case %d:", labels[i])
		if g.r.chance(20) && i+1 < len(labels) {
			continue // two labels, one body
		}
		g.caseBody(i == len(labels)-1 && def != len(labels))
	}
	g.inCase = saveCase
	g.switchs--
	g.emit("}")
}

func (g *gen) caseBody(last bool) {
	g.ind++
	// At least one statement: C11 wants one after every label.
	for i, n := 0, 1+g.r.intn(2); i < n && (i == 0 || g.budget > 0); i++ {
		switch g.r.intn(4) {
		case 0:
			g.compound()
		case 1:
			g.mix()
		default:
			g.assign()
		}
	}
	if !last && g.r.chance(75) {
		g.emit("break;")
	}
	g.ind--
}

// structCopy assigns a whole struct (or union) to another of its type.
func (g *gen) structCopy() {
	vs := g.vars()
	for _, i := range perm(&g.r, len(vs)) {
		v := vs[i]
		if v.Kind != vStruct && v.Kind != vUnion {
			continue
		}
		for _, j := range perm(&g.r, len(vs)) {
			w := vs[j]
			if w != v && w.Kind == v.Kind && w.St == v.St && w.Un == v.Un {
				dst, src := v.Name, w.Name
				if v.Ptr {
					dst = "*" + dst
				}
				if w.Ptr {
					src = "*" + src
				}
				g.emit("%s = %s;", dst, src)
				return
			}
		}
	}
	g.mix()
}

func perm(r *rnd, n int) []int {
	p := make([]int, n)
	for i := range p {
		p[i] = i
	}
	for i := n - 1; i > 0; i-- {
		j := r.intn(i + 1)
		p[i], p[j] = p[j], p[i]
	}
	return p
}

// ptrCall calls a helper that writes through a pointer: a struct pointer,
// or a pointer to a scalar (a variable, an array element, a struct or
// union member). The target is never the accumulator the result is folded
// into, which would make the order of the two writes unspecified.
func (g *gen) ptrCall() {
	type call struct {
		h      *Helper
		target func() string
	}
	var calls []call
	for _, h := range g.helpers[:g.curFn] {
		if max(1, g.iters)*h.Iters > maxIters {
			continue
		}
		for _, v := range g.vars() {
			v := v
			switch {
			case h.Ptr != nil && v.Kind == vStruct && v.St == h.Ptr:
				calls = append(calls, call{h, func() string {
					if v.Ptr {
						return v.Name
					}
					return "&" + v.Name
				}})
			case h.Out != "":
				if t := g.addrTarget(v, ctypeKey(h.Out)); t != nil {
					calls = append(calls, call{h, t})
				}
			}
		}
	}
	if len(calls) == 0 {
		g.mix()
		return
	}
	c := pick(&g.r, calls)
	args := []string{c.target()}
	for range c.h.Params {
		args = append(args, g.expr(2).S)
	}
	g.forks += c.h.Forks
	g.emit("%s %s= %s(%s);", g.acc, pick(&g.r, []string{"^", "+", "-"}), c.h.Name, strings.Join(args, ", "))
}

// addrTarget returns a generator of &place for a place inside v of C type
// key, or nil if v has none.
func (g *gen) addrTarget(v *Var, key string) func() string {
	if v.RO || v.Name == g.acc || strings.HasPrefix(v.Name, "(") {
		return nil
	}
	switch v.Kind {
	case vScalar:
		if v.Spell != "" && ctypeKey(v.Spell) == key {
			return func() string { return "&" + v.Name }
		}
	case vArray:
		if ctypeKey(v.Spell) == key {
			return func() string { return "&" + v.Name + "[" + g.index(v.N) + "]" }
		}
	case vStruct, vUnion:
		prefix := v.Name + "."
		if v.Ptr {
			prefix = v.Name + "->"
		}
		fields := v.Un.membersOrNil()
		if v.Kind == vStruct {
			fields = v.St.Fields
		}
		var paths []func() string
		var walk func(prefix string, fs []Field)
		walk = func(prefix string, fs []Field) {
			for _, f := range fs {
				f := f
				switch {
				case f.Name == "" || f.Kind == fBits:
				case f.Kind == fStruct:
					walk(prefix+f.Name+".", f.St.Fields)
				case f.T.canon() != key:
				case f.Kind == fArray:
					p := prefix + f.Name
					paths = append(paths, func() string { return "&" + p + "[" + g.index(f.N) + "]" })
				default:
					p := prefix + f.Name
					paths = append(paths, func() string { return "&" + p })
				}
			}
		}
		walk(prefix, fields)
		if len(paths) > 0 {
			return func() string { return pick(&g.r, paths)() }
		}
	}
	return nil
}

func (u *UnionDef) membersOrNil() []Field {
	if u == nil {
		return nil
	}
	return u.Members
}
