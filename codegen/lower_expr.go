package codegen

import (
	"math/bits"

	"github.com/cilium/ebpf/asm"
	"modernc.org/cc/v4"
)

// lval is something assignable: a register local or memory, maybe a bit-field.
type lval struct {
	reg VReg // register local when != 0
	a   addr
	t   cc.Type
	bf  *cc.Field
	pkt *pktField // a <bcc/proto.h> header field in the packet
}

// promote applies the integer promotions.
func promote(ast *cc.AST, t cc.Type) cc.Type {
	if isInteger(t) && t.Size() < 4 {
		return ast.Int
	}
	if t.Kind() == cc.Enum {
		return t.(*cc.EnumType).UnderlyingType()
	}
	if isInteger(t) && t.Kind() == cc.Bool {
		return ast.Int
	}
	return t
}

// common applies the usual arithmetic conversions.
func common(ast *cc.AST, a, b cc.Type) cc.Type {
	if isPointer(a) {
		return a
	}
	if isPointer(b) {
		return b
	}
	a, b = promote(ast, a), promote(ast, b)
	sa, sb := isSigned(a), isSigned(b)
	wa, wb := a.Size(), b.Size()
	switch {
	case sa == sb:
		if wa >= wb {
			return a
		}
		return b
	case !sa && wa >= wb:
		return a
	case !sb && wb >= wa:
		return b
	case sa && wa > wb:
		return a
	case sb && wb > wa:
		return b
	}
	if wa == 8 || wb == 8 {
		return ast.ULong
	}
	return ast.UInt
}

func unwrap(n cc.ExpressionNode) cc.ExpressionNode {
	for {
		p, ok := n.(*cc.PrimaryExpression)
		if !ok || p.Case != cc.PrimaryExpressionExpr {
			return n
		}
		n = p.ExpressionList
	}
}

// constOf returns the compile-time integer value of n, if cc/v4 folded one.
func constOf(n cc.ExpressionNode) (int64, bool) {
	if n == nil {
		return 0, false
	}
	t := n.Type()
	if t == nil || !(isInteger(t) || isPointer(t)) || hasSideEffects(n) || addressOfObject(n) {
		return 0, false
	}
	switch v := n.Value().(type) {
	case cc.Int64Value:
		return int64(v), true
	case cc.UInt64Value:
		return int64(v), true
	}
	return 0, false
}

// hasSideEffects reports expressions whose cc/v4 value must not replace
// their evaluation (cc/v4 gives `x = 3` the value 3).
func hasSideEffects(n cc.ExpressionNode) bool {
	switch x := unwrap(n).(type) {
	case *cc.AssignmentExpression:
		return x.Case != cc.AssignmentExpressionCond
	case *cc.PostfixExpression:
		return x.Case == cc.PostfixExpressionInc || x.Case == cc.PostfixExpressionDec || x.Case == cc.PostfixExpressionCall
	case *cc.UnaryExpression:
		return x.Case == cc.UnaryExpressionInc || x.Case == cc.UnaryExpressionDec
	case *cc.ExpressionList:
		return x.ExpressionList != nil
	case *cc.PrimaryExpression:
		return x.Case == cc.PrimaryExpressionStmt
	}
	return !n.Pure()
}

// canon makes a constant canonical for type t.
func canon(v int64, t cc.Type) int64 {
	if t.Kind() == cc.Bool {
		if v != 0 {
			return 1
		}
		return 0
	}
	w := width(t)
	if w >= 8 || w <= 0 {
		return v
	}
	sh := uint(64 - 8*w)
	if isSigned(t) {
		return v << sh >> sh
	}
	return int64(uint64(v) << sh >> sh)
}

func constValue(n cc.ExpressionNode, t cc.Type) int64 {
	v, _ := constOf(n)
	return canon(v, t)
}

// ext re-canonicalises a register for type t.
func (l *lowerer) ext(v Operand, t cc.Type) Operand {
	if v.IsImm {
		return I(canon(v.Imm, t))
	}
	if t.Kind() == cc.Bool {
		return l.boolOf(v)
	}
	w := width(t)
	if w >= 8 {
		return v
	}
	r := l.f.newVReg()
	l.emit(&Inst{Op: OpExt, Dst: r, A: v, Size: uint8(w), Signed: isSigned(t)})
	return R(r)
}

func (l *lowerer) boolOf(v Operand) Operand {
	if v.IsImm {
		if v.Imm != 0 {
			return I(1)
		}
		return I(0)
	}
	r := l.f.newVReg()
	t, f, done := l.f.newBlock(), l.f.newBlock(), l.f.newBlock()
	l.branch(asm.JNE, v, I(0), t, f)
	l.setBlock(t)
	l.mov(r, I(1))
	l.jump(done)
	l.setBlock(f)
	l.mov(r, I(0))
	l.jump(done)
	l.setBlock(done)
	return R(r)
}

// convert converts a canonical value of type from to type to.
func (l *lowerer) convert(v Operand, from, to cc.Type) Operand {
	if isVoid(to) {
		return v
	}
	if !v.IsImm && (l.ctxVals[v.Reg] || l.extVals[v.Reg]) && isPointer(to) {
		// (struct pt_regs *)PT_REGS_PARM1(ctx), (u8 *)((u64)&sk->m - 3):
		// a kernel pointer. Through an integer variable the tracking is
		// lost, as in BCC.
		l.extRegs[v.Reg] = true
	}
	if !v.IsImm && l.probeReads && isPointer(from) && !isPointer(to) && isKernelType(pointee(from)) {
		// (u64)task: the address of a kernel object, for address
		// arithmetic (markAddrArith); kernel pointers marked as such
		// carry extRegs already.
		l.extVals[v.Reg] = true
	}
	if to.Kind() == cc.Bool {
		if from.Kind() == cc.Bool {
			return v
		}
		return l.boolOf(v)
	}
	if isFloat(to) || isFloat(from) {
		l.errorf(nil, "floating point is not supported in BPF programs")
	}
	wf, wt := width(from), width(to)
	if wt >= 8 {
		return v
	}
	sf, st := isSigned(from), isSigned(to)
	if wf < wt && (!sf || st) || wf == wt && sf == st {
		return v
	}
	return l.ext(v, to)
}

// scalar evaluates n and converts the result to type want.
func (l *lowerer) scalar(n cc.ExpressionNode, want cc.Type) Operand {
	v, t := l.rvalue(n)
	return l.convert(v, t, want)
}

func (l *lowerer) discard(n cc.ExpressionNode) {
	n = unwrap(n)
	if isAggregate(n.Type()) || isVoid(n.Type()) {
		l.valueAny(n)
		return
	}
	l.rvalue(n)
}

// valueAny evaluates n for its side effects or value of any type.
func (l *lowerer) valueAny(n cc.ExpressionNode) {
	t := n.Type()
	switch {
	case isVoid(t):
		l.voidExpr(n)
	case t.Kind() == cc.Struct || t.Kind() == cc.Union:
		l.aggregate(n)
	default:
		l.rvalue(n)
	}
}

func (l *lowerer) voidExpr(n cc.ExpressionNode) {
	n = unwrap(n)
	switch x := n.(type) {
	case *cc.PostfixExpression:
		if x.Case == cc.PostfixExpressionCall {
			l.call(x)
			return
		}
	case *cc.CastExpression:
		if x.Case == cc.CastExpressionCast {
			l.valueAny(x.CastExpression)
			return
		}
	case *cc.ConditionalExpression:
		if x.Case == cc.ConditionalExpressionCond {
			t, f, done := l.f.newBlock(), l.f.newBlock(), l.f.newBlock()
			l.cond(x.LogicalOrExpression, t, f)
			l.setBlock(t)
			if x.ExpressionList != nil {
				l.valueAny(x.ExpressionList)
			}
			l.jump(done)
			l.setBlock(f)
			l.valueAny(x.ConditionalExpression)
			l.jump(done)
			l.setBlock(done)
			return
		}
	case *cc.ExpressionList:
		for e := x; e != nil; e = e.ExpressionList {
			l.valueAny(e.AssignmentExpression)
		}
		return
	case *cc.PrimaryExpression:
		if x.Case == cc.PrimaryExpressionStmt {
			l.stmtExpr(x)
			return
		}
	}
	l.rvalue(n)
}

// typeOf is the C type of an arithmetic expression. cc/v4 gives a
// bit-field access its declared type; C (and gcc and clang) promote a
// bit-field by its width: below 32 bits to int, a 32-bit one to int or
// unsigned int. Arithmetic on such values is retyped here.
func (l *lowerer) typeOf(n cc.ExpressionNode) cc.Type {
	n = unwrap(n)
	ast := l.m.AST
	switch x := n.(type) {
	case *cc.PostfixExpression:
		if (x.Case == cc.PostfixExpressionSelect || x.Case == cc.PostfixExpressionPSelect) && x.Field() != nil && x.Field().IsBitfield() {
			return bitfieldType(ast, x.Field())
		}
	case *cc.AdditiveExpression:
		lt, rt := x.AdditiveExpression.Type().Decay(), x.MultiplicativeExpression.Type().Decay()
		if !isPointer(lt) && !isPointer(rt) {
			return common(ast, l.typeOf(x.AdditiveExpression), l.typeOf(x.MultiplicativeExpression))
		}
	case *cc.MultiplicativeExpression:
		return common(ast, l.typeOf(x.MultiplicativeExpression), l.typeOf(x.CastExpression))
	case *cc.AndExpression:
		return common(ast, l.typeOf(x.AndExpression), l.typeOf(x.EqualityExpression))
	case *cc.ExclusiveOrExpression:
		return common(ast, l.typeOf(x.ExclusiveOrExpression), l.typeOf(x.AndExpression))
	case *cc.InclusiveOrExpression:
		return common(ast, l.typeOf(x.InclusiveOrExpression), l.typeOf(x.ExclusiveOrExpression))
	case *cc.ShiftExpression:
		return promote(ast, l.typeOf(x.ShiftExpression))
	case *cc.UnaryExpression:
		switch x.Case {
		case cc.UnaryExpressionMinus, cc.UnaryExpressionCpl, cc.UnaryExpressionPlus:
			return promote(ast, l.typeOf(x.CastExpression))
		}
	case *cc.ConditionalExpression:
		if x.Case == cc.ConditionalExpressionCond && x.ExpressionList != nil {
			a, b := l.typeOf(x.ExpressionList), l.typeOf(x.ConditionalExpression)
			if isInteger(a) && isInteger(b) {
				return common(ast, a, b)
			}
		}
	}
	return n.Type()
}

func bitfieldType(ast *cc.AST, f *cc.Field) cc.Type {
	t := f.Type()
	if t.Kind() == cc.Bool {
		return t
	}
	switch w := f.ValueBits(); {
	case w < 32:
		return ast.Int
	case w == 32 && isSigned(t):
		return ast.Int
	case w == 32:
		return ast.UInt
	}
	return t
}

// rvalue evaluates a scalar expression; it returns the canonical value and
// its C type (arrays and functions decay to pointers).
func (l *lowerer) rvalue(n cc.ExpressionNode) (Operand, cc.Type) {
	n = unwrap(n)
	t := l.typeOf(n)
	l.setPos(n.Position())
	if c, ok := constOf(n); ok {
		if _, isStr := n.Value().(cc.StringValue); !isStr {
			return I(canon(c, t)), t
		}
	}
	if t.Kind() == cc.Array {
		a := l.addrOf(n)
		return R(l.ptrOf(a)), t.Decay()
	}
	if t.Kind() == cc.Function {
		l.errorf(n, "function pointers are not supported")
	}
	switch x := n.(type) {
	case *cc.PrimaryExpression:
		return l.primary(x)
	case *cc.PostfixExpression:
		return l.postfix(x)
	case *cc.UnaryExpression:
		return l.unary(x)
	case *cc.CastExpression:
		if x.Case == cc.CastExpressionCast {
			to := x.TypeName.Type()
			if isVoid(to) {
				l.valueAny(x.CastExpression)
				return I(0), to
			}
			if isAggregate(to) {
				l.errorf(x, "cast to aggregate type %s", to)
			}
			v, from := l.rvalue(x.CastExpression)
			return l.convert(v, from, to), to
		}
		return l.rvalue(x.UnaryExpression)
	case *cc.MultiplicativeExpression:
		op := map[cc.MultiplicativeExpressionCase]asm.ALUOp{cc.MultiplicativeExpressionMul: asm.Mul,
			cc.MultiplicativeExpressionDiv: asm.Div, cc.MultiplicativeExpressionMod: asm.Mod}[x.Case]
		return l.arith(op, x.MultiplicativeExpression, x.CastExpression, t), t
	case *cc.AdditiveExpression:
		op := asm.Add
		if x.Case == cc.AdditiveExpressionSub {
			op = asm.Sub
		}
		return l.additive(op, x.AdditiveExpression, x.MultiplicativeExpression, t), t
	case *cc.ShiftExpression:
		op := asm.LSh
		if x.Case == cc.ShiftExpressionRsh {
			op = asm.RSh
		}
		return l.shift(op, x.ShiftExpression, x.AdditiveExpression, t), t
	case *cc.AndExpression:
		return l.arith(asm.And, x.AndExpression, x.EqualityExpression, t), t
	case *cc.ExclusiveOrExpression:
		return l.arith(asm.Xor, x.ExclusiveOrExpression, x.AndExpression, t), t
	case *cc.InclusiveOrExpression:
		return l.arith(asm.Or, x.InclusiveOrExpression, x.ExclusiveOrExpression, t), t
	case *cc.RelationalExpression, *cc.EqualityExpression, *cc.LogicalAndExpression, *cc.LogicalOrExpression:
		return l.materialize(n), t
	case *cc.ConditionalExpression:
		return l.conditional(x, t), t
	case *cc.AssignmentExpression:
		return l.assign(x)
	case *cc.ExpressionList:
		var v Operand
		var vt cc.Type
		for e := x; e != nil; e = e.ExpressionList {
			if e.ExpressionList == nil {
				v, vt = l.rvalue(e.AssignmentExpression)
			} else {
				l.discard(e.AssignmentExpression)
			}
		}
		return v, vt
	}
	l.errorf(n, "unsupported expression %T", n)
	return Operand{}, nil
}

func (l *lowerer) primary(x *cc.PrimaryExpression) (Operand, cc.Type) {
	t := x.Type()
	switch x.Case {
	case cc.PrimaryExpressionIdent:
		if d, ok := x.ResolvedTo().(*cc.Declarator); ok {
			if lc := l.locals[d]; lc != nil && lc.slot < 0 {
				return R(lc.reg), t
			}
		}
		return l.readLval(l.lvalue(x), t)
	case cc.PrimaryExpressionChar, cc.PrimaryExpressionLChar, cc.PrimaryExpressionInt:
		c, _ := constOf(x)
		return I(canon(c, t)), t
	case cc.PrimaryExpressionString:
		a := l.addrOf(x)
		return R(l.ptrOf(a)), t.Decay()
	case cc.PrimaryExpressionStmt:
		return l.stmtExpr(x)
	case cc.PrimaryExpressionFloat:
		l.errorf(x, "floating point is not supported in BPF programs")
	case cc.PrimaryExpressionGeneric:
		return l.rvalue(x.GenericSelection.Associated().AssignmentExpression)
	}
	l.errorf(x, "unsupported expression")
	return Operand{}, nil
}

// stmtExpr lowers a GNU statement expression; its value is that of the
// last expression statement.
func (l *lowerer) stmtExpr(x *cc.PrimaryExpression) (Operand, cc.Type) {
	var last *cc.BlockItem
	for it := x.CompoundStatement.BlockItemList; it != nil; it = it.BlockItemList {
		if it.BlockItemList == nil {
			last = it.BlockItem
			break
		}
		l.blockItem(it.BlockItem)
	}
	if last == nil {
		return I(0), l.m.AST.Void
	}
	if last.Case == cc.BlockItemStmt && last.Statement.Case == cc.StatementExpr && last.Statement.ExpressionStatement.ExpressionList != nil {
		e := last.Statement.ExpressionStatement.ExpressionList
		if isVoid(e.Type()) || isAggregate(e.Type()) {
			l.valueAny(e)
			return I(0), e.Type()
		}
		return l.rvalue(e)
	}
	l.blockItem(last)
	return I(0), l.m.AST.Void
}

func (l *lowerer) postfix(x *cc.PostfixExpression) (Operand, cc.Type) {
	t := x.Type()
	switch x.Case {
	case cc.PostfixExpressionCall:
		v := l.call(x)
		return v, t
	case cc.PostfixExpressionInc, cc.PostfixExpressionDec:
		lv := l.lvalue(x.PostfixExpression)
		old := l.loadLval(lv)
		oldR := l.f.newVReg()
		l.mov(oldR, old)
		op := asm.Add
		if x.Case == cc.PostfixExpressionDec {
			op = asm.Sub
		}
		nv := l.incdec(op, R(oldR), lv.t)
		l.storeLval(lv, nv)
		return R(oldR), t
	case cc.PostfixExpressionPrimary:
		return l.rvalue(x.PrimaryExpression)
	default:
		return l.readLval(l.lvalue(x), t)
	}
}

// readLval reads an lvalue as an rvalue; arrays decay to a pointer to
// their first element (cc/v4 already types such nodes as pointers).
func (l *lowerer) readLval(lv lval, t cc.Type) (Operand, cc.Type) {
	if lv.reg == 0 && lv.bf == nil && lv.t.Kind() == cc.Array {
		return R(l.ptrOf(lv.a)), lv.t.Decay()
	}
	return l.loadLval(lv), t
}

func (l *lowerer) incdec(op asm.ALUOp, v Operand, t cc.Type) Operand {
	if isPointer(t) {
		return l.ptrAdd(op, v, I(1), elemSize(t))
	}
	return l.ext(l.bin(op, v, I(1)), t)
}

func (l *lowerer) unary(x *cc.UnaryExpression) (Operand, cc.Type) {
	t := x.Type()
	switch x.Case {
	case cc.UnaryExpressionPostfix:
		return l.rvalue(x.PostfixExpression)
	case cc.UnaryExpressionInc, cc.UnaryExpressionDec:
		lv := l.lvalue(x.UnaryExpression)
		op := asm.Add
		if x.Case == cc.UnaryExpressionDec {
			op = asm.Sub
		}
		nv := l.incdec(op, l.loadLval(lv), lv.t)
		l.storeLval(lv, nv)
		return nv, t
	case cc.UnaryExpressionAddrof:
		inner := unwrap(x.CastExpression)
		if inner.Type().Kind() == cc.Function {
			l.errorf(x, "function pointers are not supported")
		}
		a := l.addrOf(inner)
		return R(l.ptrOf(a)), t
	case cc.UnaryExpressionDeref:
		if isAggregate(t) {
			l.errorf(x, "internal error: aggregate dereference as scalar")
		}
		p, pt := l.rvalue(x.CastExpression)
		if et := pointee(pt); et != nil && et.Kind() == cc.Array {
			return p, et.Decay()
		}
		return l.load(l.ptrAddr(l.toReg(p), pt), t), t
	case cc.UnaryExpressionPlus:
		return l.scalar(x.CastExpression, t), t
	case cc.UnaryExpressionMinus:
		v := l.scalar(x.CastExpression, t)
		if v.IsImm {
			return I(canon(-v.Imm, t)), t
		}
		r := l.f.newVReg()
		l.emit(&Inst{Op: OpNeg, Dst: r, A: v})
		return l.ext(R(r), t), t
	case cc.UnaryExpressionCpl:
		v := l.scalar(x.CastExpression, t)
		return l.ext(l.bin(asm.Xor, v, I(-1)), t), t
	case cc.UnaryExpressionNot:
		return l.materialize(x), t
	case cc.UnaryExpressionSizeofExpr, cc.UnaryExpressionSizeofType, cc.UnaryExpressionAlignofExpr, cc.UnaryExpressionAlignofType:
		c, ok := constOf(x)
		if !ok {
			l.errorf(x, "sizeof of a variable-length type is not supported")
		}
		return I(c), t
	}
	l.errorf(x, "unsupported unary expression")
	return Operand{}, nil
}

// bin emits Dst = a op b on 64-bit values, folding constants.
func (l *lowerer) bin(op asm.ALUOp, a, b Operand) Operand {
	if a.IsImm && b.IsImm {
		if v, ok := fold(op, a.Imm, b.Imm); ok {
			return I(v)
		}
	}
	if b.IsImm {
		switch {
		case (op == asm.Add || op == asm.Sub || op == asm.Or || op == asm.Xor || op == asm.LSh || op == asm.RSh || op == asm.ArSh) && b.Imm == 0,
			(op == asm.Mul || op == asm.Div) && b.Imm == 1:
			return a
		}
	}
	r := l.f.newVReg()
	l.emit(&Inst{Op: OpBin, Dst: r, A: a, B: b, Alu: op})
	return R(r)
}

func fold(op asm.ALUOp, a, b int64) (int64, bool) {
	switch op {
	case asm.Add:
		return a + b, true
	case asm.Sub:
		return a - b, true
	case asm.Mul:
		return a * b, true
	case asm.Div:
		if b == 0 {
			return 0, true
		}
		return int64(uint64(a) / uint64(b)), true
	case asm.Mod:
		if b == 0 {
			return a, true
		}
		return int64(uint64(a) % uint64(b)), true
	case asm.SDiv:
		if b == 0 {
			return 0, true
		}
		if b == -1 {
			return -a, true
		}
		return a / b, true
	case asm.SMod:
		if b == 0 {
			return a, true
		}
		if b == -1 {
			return 0, true
		}
		return a % b, true
	case asm.And:
		return a & b, true
	case asm.Or:
		return a | b, true
	case asm.Xor:
		return a ^ b, true
	case asm.LSh:
		return a << (uint64(b) & 63), true
	case asm.RSh:
		return int64(uint64(a) >> (uint64(b) & 63)), true
	case asm.ArSh:
		return a >> (uint64(b) & 63), true
	}
	return 0, false
}

// arith lowers a binary arithmetic or bitwise operator at result type t.
func (l *lowerer) arith(op asm.ALUOp, ln, rn cc.ExpressionNode, t cc.Type) Operand {
	a := l.scalar(ln, t)
	b := l.scalar(rn, t)
	r := l.arithOp(op, a, b, t)
	if l.probeReads && width(t) == 8 {
		l.markAddrArith(op, r, a, b)
	}
	return r
}

func (l *lowerer) arithOp(op asm.ALUOp, a, b Operand, t cc.Type) Operand {
	if (op == asm.Div || op == asm.Mod) && isSigned(t) {
		r := l.ext(l.sdiv(op, a, b), t)
		if op == asm.Mod && b.IsImm && b.Imm > 0 && !r.IsImm {
			r = l.clamp(r, asm.JSGT, b.Imm-1)
			r = l.clamp(r, asm.JSLT, -(b.Imm - 1))
		}
		return r
	}
	if b.IsImm && b.Imm > 0 && b.Imm&(b.Imm-1) == 0 && (op == asm.Div || op == asm.Mod) {
		// Unsigned division by a power of two is a shift, modulo a mask.
		if op == asm.Div {
			return l.ext(l.bin(asm.RSh, a, I(int64(bits.TrailingZeros64(uint64(b.Imm))))), t)
		}
		return l.ext(l.bin(asm.And, a, I(b.Imm-1)), t)
	}
	r := l.ext(l.bin(op, a, b), t)
	if op == asm.Mod && b.IsImm && b.Imm > 0 && !r.IsImm {
		r = l.clamp(r, asm.JGT, b.Imm-1)
	}
	return r
}

// clamp gives the verifier a bound it cannot derive itself (it tracks no
// range through BPF_MOD): if v <cond> lim then v = 0. The branch is never
// taken at run time.
func (l *lowerer) clamp(v Operand, cond asm.JumpOp, lim int64) Operand {
	r := l.f.newVReg()
	l.mov(r, v)
	fix, done := l.f.newBlock(), l.f.newBlock()
	l.branch(cond, R(r), I(lim), fix, done)
	l.setBlock(fix)
	l.mov(r, I(0))
	l.jump(done)
	l.setBlock(done)
	return R(r)
}

// sdiv divides two canonical signed values. -mcpu=v4 has sdiv/smod; older
// CPUs divide the magnitudes and fix the sign up without branches.
func (l *lowerer) sdiv(op asm.ALUOp, a, b Operand) Operand {
	sop := asm.SDiv
	if op == asm.Mod {
		sop = asm.SMod
	}
	if a.IsImm && b.IsImm {
		v, _ := fold(sop, a.Imm, b.Imm)
		return I(v)
	}
	if b.IsImm && b.Imm > 1 && b.Imm&(b.Imm-1) == 0 {
		// Power of two: shifts, rounding toward zero by adding 2^k-1 to
		// negative dividends.
		k := int64(bits.TrailingZeros64(uint64(b.Imm)))
		bias := l.bin(asm.RSh, l.bin(asm.ArSh, a, I(63)), I(64-k))
		q := l.bin(asm.ArSh, l.bin(asm.Add, a, bias), I(k))
		if op == asm.Div {
			return q
		}
		return l.bin(asm.Sub, a, l.bin(asm.LSh, q, I(k)))
	}
	if l.cpu >= 4 {
		return l.bin(sop, a, b)
	}
	if b.IsImm && b.Imm > 0 {
		// Only the dividend's sign matters.
		sa := l.bin(asm.ArSh, a, I(63))
		ua := l.bin(asm.Sub, l.bin(asm.Xor, a, sa), sa)
		q := l.bin(op, ua, b)
		return l.bin(asm.Sub, l.bin(asm.Xor, q, sa), sa)
	}
	sa := l.bin(asm.ArSh, a, I(63))
	ua := l.bin(asm.Sub, l.bin(asm.Xor, a, sa), sa)
	sb := l.bin(asm.ArSh, b, I(63))
	ub := l.bin(asm.Sub, l.bin(asm.Xor, b, sb), sb)
	q := l.bin(op, ua, ub)
	s := sa
	if op == asm.Div {
		s = l.bin(asm.Xor, sa, sb)
	}
	return l.bin(asm.Sub, l.bin(asm.Xor, q, s), s)
}

func (l *lowerer) additive(op asm.ALUOp, ln, rn cc.ExpressionNode, t cc.Type) Operand {
	lt, rt := ln.Type().Decay(), rn.Type().Decay()
	switch {
	case isPointer(lt) && isPointer(rt): // pointer difference
		a, _ := l.rvalue(ln)
		b, _ := l.rvalue(rn)
		d := l.bin(asm.Sub, a, b)
		if sz := elemSize(lt); sz > 1 {
			d = l.sdiv(asm.Div, d, I(sz))
		}
		return d
	case isPointer(lt):
		p, _ := l.rvalue(ln)
		i := l.scalar(rn, l.m.AST.Long)
		return l.ptrAdd(op, p, i, elemSize(lt))
	case isPointer(rt):
		p, _ := l.rvalue(rn)
		i := l.scalar(ln, l.m.AST.Long)
		return l.extDerived(l.bin(asm.Add, p, l.bin(asm.Mul, i, I(elemSize(rt)))), p)
	}
	return l.arith(op, ln, rn, t)
}

func (l *lowerer) shift(op asm.ALUOp, ln, rn cc.ExpressionNode, t cc.Type) Operand {
	a := l.scalar(ln, t)
	b, _ := l.rvalue(rn)
	if op == asm.RSh && isSigned(t) {
		op = asm.ArSh
	}
	return l.ext(l.bin(op, a, b), t)
}

// ptrAdd adds (or subtracts) i elements of size sz to pointer p. A
// subtraction becomes the addition of the negation: the verifier refuses
// to subtract from a stack pointer.
func (l *lowerer) ptrAdd(op asm.ALUOp, p, i Operand, sz int64) Operand {
	d := l.bin(asm.Mul, i, I(sz))
	if op == asm.Sub {
		if d.IsImm {
			d = I(-d.Imm)
		} else {
			r := l.f.newVReg()
			l.emit(&Inst{Op: OpNeg, Dst: r, A: d})
			d = R(r)
		}
	}
	return l.extDerived(l.bin(asm.Add, p, d), p)
}

// extDerived marks v, a pointer computed from p (p + n, &p->m - 2), as a
// kernel pointer if p is one: BCC's tracking follows the base through the
// arithmetic (DIALECT §5.3), as in skb->head + skb->transport_header.
func (l *lowerer) extDerived(v, p Operand) Operand {
	if !v.IsImm && !p.IsImm && l.extRegs[p.Reg] {
		l.extRegs[v.Reg] = true
	}
	return v
}

// markAddrArith marks the integer result of address arithmetic on a
// kernel address ((u64)&sk->m - 3): cast back to a pointer, it is a kernel
// pointer again, as BCC's tracking follows the whole expression. The mark
// is on the value, not on a variable it is stored in: through an integer
// variable the tracking is lost, as in BCC (like ctxVals).
func (l *lowerer) markAddrArith(op asm.ALUOp, r, a, b Operand) {
	switch op {
	case asm.Add, asm.Sub, asm.And, asm.Or:
	default:
		return
	}
	if !r.IsImm && (l.extAddr(a) || l.extAddr(b)) {
		l.extVals[r.Reg] = true
	}
}

// extAddr reports a value that holds a kernel address: a kernel pointer,
// or an integer computed from one in the same expression.
func (l *lowerer) extAddr(v Operand) bool {
	return !v.IsImm && (l.extRegs[v.Reg] || l.extVals[v.Reg])
}

// materialize turns a condition into 0 or 1.
func (l *lowerer) materialize(n cc.ExpressionNode) Operand {
	r := l.f.newVReg()
	t, f, done := l.f.newBlock(), l.f.newBlock(), l.f.newBlock()
	l.cond(n, t, f)
	l.setBlock(t)
	l.mov(r, I(1))
	l.jump(done)
	l.setBlock(f)
	l.mov(r, I(0))
	l.jump(done)
	l.setBlock(done)
	return R(r)
}

// cond lowers a controlling expression into branches to t or f.
func (l *lowerer) cond(n cc.ExpressionNode, t, f *Block) {
	n = unwrap(n)
	if c, ok := constOf(n); ok {
		if _, isStr := n.Value().(cc.StringValue); !isStr {
			if c != 0 {
				l.jump(t)
			} else {
				l.jump(f)
			}
			return
		}
	}
	switch x := n.(type) {
	case *cc.LogicalAndExpression:
		mid := l.f.newBlock()
		l.cond(x.LogicalAndExpression, mid, f)
		l.setBlock(mid)
		l.cond(x.InclusiveOrExpression, t, f)
		return
	case *cc.LogicalOrExpression:
		mid := l.f.newBlock()
		l.cond(x.LogicalOrExpression, t, mid)
		l.setBlock(mid)
		l.cond(x.LogicalAndExpression, t, f)
		return
	case *cc.UnaryExpression:
		if x.Case == cc.UnaryExpressionNot {
			l.cond(x.CastExpression, f, t)
			return
		}
	case *cc.PostfixExpression:
		if x.Case == cc.PostfixExpressionInc || x.Case == cc.PostfixExpressionDec {
			// while (n--): test the old value first, then step on both
			// edges, so the verifier sees the bound on the tested value.
			if lv := l.lvalue(x.PostfixExpression); lv.reg != 0 {
				op := asm.Add
				if x.Case == cc.PostfixExpressionDec {
					op = asm.Sub
				}
				t2, f2 := l.f.newBlock(), l.f.newBlock()
				l.branch(asm.JNE, R(lv.reg), I(0), t2, f2)
				for _, e := range [][2]*Block{{t2, t}, {f2, f}} {
					l.setBlock(e[0])
					l.storeLval(lv, l.incdec(op, R(lv.reg), lv.t))
					l.jump(e[1])
				}
				return
			}
		}
	case *cc.RelationalExpression:
		c := map[cc.RelationalExpressionCase]asm.JumpOp{cc.RelationalExpressionLt: asm.JLT, cc.RelationalExpressionGt: asm.JGT,
			cc.RelationalExpressionLeq: asm.JLE, cc.RelationalExpressionGeq: asm.JGE}[x.Case]
		l.compare(c, x.RelationalExpression, x.ShiftExpression, t, f)
		return
	case *cc.EqualityExpression:
		c := asm.JEq
		if x.Case == cc.EqualityExpressionNeq {
			c = asm.JNE
		}
		l.compare(c, x.EqualityExpression, x.RelationalExpression, t, f)
		return
	case *cc.ExpressionList:
		for e := x; e.ExpressionList != nil; e = e.ExpressionList {
			l.discard(e.AssignmentExpression)
			if e.ExpressionList.ExpressionList == nil {
				l.cond(e.ExpressionList.AssignmentExpression, t, f)
				return
			}
		}
		l.cond(x.AssignmentExpression, t, f)
		return
	}
	if isWide(n.Type()) {
		l.wideEqual(asm.JNE, n, nil, t, f)
		return
	}
	v, _ := l.rvalue(n)
	l.branch(asm.JNE, v, I(0), t, f)
}

func (l *lowerer) compare(c asm.JumpOp, ln, rn cc.ExpressionNode, t, f *Block) {
	if (c == asm.JEq || c == asm.JNE) && (isWide(l.typeOf(ln)) || isWide(l.typeOf(rn))) {
		l.wideEqual(c, ln, rn, t, f)
		return
	}
	ct := common(l.m.AST, l.typeOf(ln).Decay(), l.typeOf(rn).Decay())
	var a, b Operand
	if isPointer(ct) {
		a, _ = l.rvalue(ln)
		b, _ = l.rvalue(rn)
	} else {
		a = l.scalar(ln, ct)
		b = l.scalar(rn, ct)
	}
	if isSigned(ct) {
		switch c {
		case asm.JLT:
			c = asm.JSLT
		case asm.JGT:
			c = asm.JSGT
		case asm.JLE:
			c = asm.JSLE
		case asm.JGE:
			c = asm.JSGE
		}
	}
	if a.IsImm && b.IsImm {
		if evalCond(c, a.Imm, b.Imm) {
			l.jump(t)
		} else {
			l.jump(f)
		}
		return
	}
	l.branch(c, a, b, t, f)
}

func evalCond(c asm.JumpOp, a, b int64) bool {
	ua, ub := uint64(a), uint64(b)
	switch c {
	case asm.JEq:
		return a == b
	case asm.JNE:
		return a != b
	case asm.JLT:
		return ua < ub
	case asm.JGT:
		return ua > ub
	case asm.JLE:
		return ua <= ub
	case asm.JGE:
		return ua >= ub
	case asm.JSLT:
		return a < b
	case asm.JSGT:
		return a > b
	case asm.JSLE:
		return a <= b
	case asm.JSGE:
		return a >= b
	case asm.JSet:
		return a&b != 0
	}
	return false
}

func (l *lowerer) conditional(x *cc.ConditionalExpression, t cc.Type) Operand {
	if x.Case != cc.ConditionalExpressionCond {
		v, vt := l.rvalue(x.LogicalOrExpression)
		return l.convert(v, vt, t)
	}
	r := l.f.newVReg()
	tb, fb, done := l.f.newBlock(), l.f.newBlock(), l.f.newBlock()
	if x.ExpressionList == nil { // GNU a ?: b
		v := l.toReg(l.scalar(x.LogicalOrExpression, t))
		l.mov(r, R(v))
		l.branch(asm.JNE, R(v), I(0), done, fb)
	} else {
		l.cond(x.LogicalOrExpression, tb, fb)
		l.setBlock(tb)
		l.mov(r, l.scalar(x.ExpressionList, t))
		l.jump(done)
	}
	l.setBlock(fb)
	l.mov(r, l.scalar(x.ConditionalExpression, t))
	l.jump(done)
	l.setBlock(done)
	return R(r)
}

func (l *lowerer) assign(x *cc.AssignmentExpression) (Operand, cc.Type) {
	if x.Case == cc.AssignmentExpressionCond {
		return l.rvalue(x.ConditionalExpression)
	}
	lhsT := x.UnaryExpression.Type()
	if isWide(lhsT) && x.Case == cc.AssignmentExpressionAssign {
		l.storeWide(l.addrOf(x.UnaryExpression), x.AssignmentExpression)
		return I(0), lhsT
	}
	if isAggregate(lhsT) {
		if x.Case != cc.AssignmentExpressionAssign {
			l.errorf(x, "invalid compound assignment to an aggregate")
		}
		src := l.aggregate(x.AssignmentExpression)
		dst := l.addrOf(x.UnaryExpression)
		l.copyMem(dst, src, lhsT.Size())
		return I(0), lhsT
	}
	if x.Case == cc.AssignmentExpressionAssign {
		v := l.scalar(x.AssignmentExpression, lhsT)
		if !v.IsImm {
			// Keep the value: the lvalue's evaluation must not clobber it.
			r := l.f.newVReg()
			l.mov(r, v)
			v = R(r)
		}
		lv := l.lvalue(x.UnaryExpression)
		l.storeLval(lv, v)
		return v, lhsT
	}
	lv := l.lvalue(x.UnaryExpression)
	cur := l.loadLval(lv)
	rn := x.AssignmentExpression
	var res Operand
	switch x.Case {
	case cc.AssignmentExpressionAdd, cc.AssignmentExpressionSub:
		op := asm.Add
		if x.Case == cc.AssignmentExpressionSub {
			op = asm.Sub
		}
		if isPointer(lhsT) {
			res = l.ptrAdd(op, cur, l.scalar(rn, l.m.AST.Long), elemSize(lhsT))
			break
		}
		ct := common(l.m.AST, lhsT, rn.Type())
		res = l.convert(l.arithOp(op, l.convert(cur, lhsT, ct), l.scalar(rn, ct), ct), ct, lhsT)
	case cc.AssignmentExpressionLsh, cc.AssignmentExpressionRsh:
		ct := promote(l.m.AST, lhsT)
		op := asm.LSh
		if x.Case == cc.AssignmentExpressionRsh {
			op = asm.RSh
			if isSigned(ct) {
				op = asm.ArSh
			}
		}
		b, _ := l.rvalue(rn)
		res = l.convert(l.ext(l.bin(op, l.convert(cur, lhsT, ct), b), ct), ct, lhsT)
	default:
		op := map[cc.AssignmentExpressionCase]asm.ALUOp{cc.AssignmentExpressionMul: asm.Mul, cc.AssignmentExpressionDiv: asm.Div,
			cc.AssignmentExpressionMod: asm.Mod, cc.AssignmentExpressionAnd: asm.And, cc.AssignmentExpressionXor: asm.Xor,
			cc.AssignmentExpressionOr: asm.Or}[x.Case]
		ct := common(l.m.AST, lhsT, rn.Type())
		res = l.convert(l.arithOp(op, l.convert(cur, lhsT, ct), l.scalar(rn, ct), ct), ct, lhsT)
	}
	l.storeLval(lv, res)
	return res, lhsT
}
