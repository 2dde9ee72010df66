package codegen

import (
	"fmt"
	"github.com/cilium/ebpf"

	"github.com/bccc-dev/bccc/internal/jumps"
	"github.com/bccc-dev/bccc/rewrite"
	"github.com/cilium/ebpf/asm"
	"modernc.org/cc/v4"
	"modernc.org/token"
)

// Error is a positioned codegen diagnostic.
type Error struct {
	Pos token.Position
	Msg string
}

func (e *Error) Error() string { return fmt.Sprintf("%v: %s", e.Pos, e.Msg) }

// bailout aborts lowering of the current function after an error.
type bailout struct{}

// addr is a memory address known at compile time up to a register: a stack
// slot, read-only data, or a pointer register, plus a constant offset.
type addr struct {
	slot  int // >= 0: stack slot
	sym   string
	base  VReg
	off   int64
	space Space
	align int64 // known alignment of the address before off (0: 1)
	core  *coreAccess
}

func slotAddr(s int) addr { return addr{slot: s, space: SpaceStack, align: 8} }

// ptrAddr is the address held in pointer p of C type pt: C promises the
// alignment of the pointee type. A pointer to a kernel type, or one read
// from kernel memory, addresses kernel memory.
func (l *lowerer) ptrAddr(p VReg, pt cc.Type) addr {
	a := addr{slot: -1, base: p, align: 1}
	e := pointee(pt)
	if e != nil && e.Kind() != cc.Void && e.Kind() != cc.Function && !e.IsIncomplete() {
		a.align = int64(max(e.Align(), 1))
	}
	if l.probeReads && (l.extRegs[p] || isKernelType(e)) {
		a.space = SpaceKernel
	}
	if isKernelType(e) {
		e = l.completer.Complete(e)
		a.core = &coreAccess{root: e, cur: e, path: []int{0}}
	}
	return a
}

// alignAt is the alignment known for a.off+extra.
func (a addr) alignAt(extra int64) int64 {
	al := a.align
	if al <= 0 {
		al = 1
	}
	off := a.off + extra
	for al > 1 && off%al != 0 {
		al /= 2
	}
	return al
}

// local is a C local variable: in a register unless its address is taken
// or it is an aggregate.
type local struct {
	reg  VReg
	slot int // -1: lives in reg
	typ  cc.Type
}

// frame is one inlined function body (the program itself is the outermost).
type frame struct {
	fd     *cc.FunctionDefinition
	ret    VReg // scalar result
	retBuf int  // slot of an aggregate result, -1 if none
	retT   cc.Type
	exit   *Block
	labels map[string]*Block
}

type lowerer struct {
	m       *rewrite.Model
	data    *Rodata
	cpu     int
	f       *Func
	cur     *Block
	locals  map[*cc.Declarator]*local
	frames  []*frame
	progCtx *cc.Declarator // the program's first parameter (packet headers read through it)
	breaks  []*Block
	conts   []*Block
	sw      []*switchCtx
	pos     token.Position
	err     error
	defs    map[*cc.Declarator]*cc.FunctionDefinition
	// warnings are kept across programs (map_compat.go).
	warnings []Warning
	// probeReads: the program reads kernel memory through probe reads
	// (tracing program types); extRegs are registers holding pointers
	// into kernel memory (probe.go).
	probeReads bool
	extRegs    map[VReg]bool
	// seedCtx: 8-byte values read from the context (kprobe registers, raw
	// tracepoint arguments, ctxVals) become kernel pointers when converted
	// to a pointer, as BCC seeds them (DIALECT §5.2); ctxRegs hold the
	// context pointer.
	seedCtx bool
	ctxRegs map[VReg]bool
	ctxVals map[VReg]bool
	// extVals are integer values computed from kernel addresses in the
	// expression being evaluated ((u64)&sk->m - 3, lower_expr.go): a
	// kernel pointer when converted to a pointer, like ctxVals.
	extVals map[VReg]bool
	// lineStarts indexes the user's source by line (macro.go).
	lineStarts []int
	// result32: the kernel reads only the low 32 bits of the result (ret.go).
	result32  bool
	completer *Completer
}

type switchCtx struct {
	blocks map[*cc.LabeledStatement]*Block
}

func (l *lowerer) errorf(n cc.Node, format string, args ...any) {
	pos := l.pos
	if n != nil {
		if p := n.Position(); p.IsValid() {
			pos = p
		}
	}
	if l.err == nil {
		l.err = &Error{pos, fmt.Sprintf(format, args...)}
	}
	panic(bailout{})
}

// lowerProg lowers one program function to IR.
func (l *lowerer) lowerProg(p *rewrite.Prog) (f *Func, err error) {
	l.f = &Func{Name: p.Name, Pos: p.Func.Position()}
	l.locals = map[*cc.Declarator]*local{}
	l.probeReads = probeReadsFor(p.Type)
	l.result32 = result32For(p.Type)
	l.extRegs = map[VReg]bool{}
	l.seedCtx = p.Type == ebpf.Kprobe || p.Type == ebpf.RawTracepoint
	l.ctxRegs = map[VReg]bool{}
	l.ctxVals = map[VReg]bool{}
	l.extVals = map[VReg]bool{}
	l.err = nil
	defer func() {
		if r := recover(); r != nil {
			if _, ok := r.(bailout); !ok {
				panic(r)
			}
			f, err = nil, l.err
		}
	}()
	l.indexSource() // and checks bpf_num_cpus() in macros (macro.go)
	l.cur = l.f.newBlock()
	l.pos = p.Func.Position()
	ft := p.Func.Declarator.Type().(*cc.FunctionType)
	fr := &frame{fd: p.Func, retBuf: -1, retT: ft.Result(), labels: map[string]*Block{}}
	l.frames = []*frame{fr}
	l.progCtx = nil
	if ps := ft.Parameters(); len(ps) > 0 {
		l.progCtx = ps[0].Declarator
	}
	var userRegs VReg // syscall wrappers: the user's pt_regs (syscall_args.go)
	for i, prm := range ft.Parameters() {
		d := prm.Declarator
		if d == nil || d.Name() == "" {
			continue
		}
		var v Operand
		switch {
		case i == 0:
			r := l.f.newVReg()
			l.emit(&Inst{Op: OpCtxArg, Dst: r, Imm: 1})
			l.ctxRegs[r] = true
			v = R(r)
		case i-1 < len(p.ArgRegs):
			ctx := l.locals[ft.Parameters()[0].Declarator]
			if ctx == nil {
				l.errorf(d, "the first parameter of %s must be named: it is the context", p.Name)
			}
			if p.SyscallWrapper {
				v = l.syscallArg(p, &userRegs, ctx, i-1, d)
				break
			}
			r := l.f.newVReg()
			l.emit(&Inst{Op: OpLoad, Dst: r, A: R(l.readLocal(ctx)), Off: p.ArgRegs[i-1], Size: 8, Slot: -1, Space: SpaceCtx})
			v = l.convert(R(r), l.m.AST.ULong, d.Type())
			if seedsParam(p, d.Type()) {
				l.extRegs[r] = true
			}
		default:
			l.errorf(d, "too many arguments: a %s program gets only its context", p.Section)
		}
		l.defineLocal(d, v)
	}
	l.compound(p.Func.CompoundStatement)
	if !l.cur.terminated() {
		l.emit(&Inst{Op: OpRet, A: I(0)})
	}
	l.f.linkPreds()
	return l.f, nil
}

func (l *lowerer) emit(in *Inst) *Inst {
	if l.cur.terminated() {
		// Code after return/break: unreachable, kept in a block of its own
		// that the deadcode pass removes.
		l.cur = l.f.newBlock()
	}
	if in.Op != OpLoad && in.Op != OpStore && in.Op != OpAtomicAdd && in.Op != OpAddr {
		if in.Slot == 0 {
			in.Slot = -1
		}
	}
	if !in.Pos.IsValid() {
		in.Pos = l.pos
	}
	l.cur.Insts = append(l.cur.Insts, in)
	return in
}

func (l *lowerer) jump(to *Block) {
	if l.cur.terminated() {
		return
	}
	l.emit(&Inst{Op: OpJump})
	l.cur.Succs = []*Block{to}
}

func (l *lowerer) branch(cond asm.JumpOp, a, b Operand, t, f *Block) {
	if l.cur.terminated() {
		return
	}
	if a.IsImm && !b.IsImm {
		a, b = b, a
		cond = jumps.Swap(cond)
	}
	if a.IsImm {
		r := l.f.newVReg()
		l.emit(&Inst{Op: OpConst, Dst: r, Imm: a.Imm})
		a = R(r)
	}
	l.emit(&Inst{Op: OpBranch, A: a, B: b, Cond: cond})
	l.cur.Succs = []*Block{t, f}
}

func (l *lowerer) setBlock(b *Block) { l.cur = b }

// needsSlot reports whether a local must live in memory.
func needsSlot(d *cc.Declarator, t cc.Type) bool {
	return isAggregate(t) || d.AddressTaken() || !isScalar(t) || isWide(t)
}

func (l *lowerer) newLocal(d *cc.Declarator) *local {
	t := d.Type()
	lc := &local{typ: t, slot: -1}
	if needsSlot(d, t) {
		if t.Size() < 0 || t.IsIncomplete() {
			l.errorf(d, "variable %s has incomplete type %s", d.Name(), t)
		}
		lc.slot = l.f.newSlot(d.Name(), t.Size(), int64(t.Align()))
	} else {
		lc.reg = l.f.newVReg()
	}
	l.locals[d] = lc
	return lc
}

// defineLocal creates a local and gives it an initial scalar value.
func (l *lowerer) defineLocal(d *cc.Declarator, v Operand) {
	lc := l.newLocal(d)
	if lc.slot >= 0 {
		l.store(addrOfSlot(lc.slot), lc.typ, v)
		return
	}
	l.mov(lc.reg, v)
}

func addrOfSlot(s int) addr { return slotAddr(s) }

func (l *lowerer) readLocal(lc *local) VReg {
	if lc.slot >= 0 {
		return l.toReg(l.load(slotAddr(lc.slot), lc.typ))
	}
	return lc.reg
}

func (l *lowerer) mov(dst VReg, v Operand) {
	if !v.IsImm && l.extRegs[v.Reg] {
		l.extRegs[dst] = true // assignments carry kernel pointers along
	}
	if !v.IsImm && l.ctxRegs[v.Reg] {
		l.ctxRegs[dst] = true
	}
	if v.IsImm {
		l.emit(&Inst{Op: OpConst, Dst: dst, Imm: v.Imm})
		return
	}
	if v.Reg != dst {
		l.emit(&Inst{Op: OpMov, Dst: dst, A: v})
	}
}

func (l *lowerer) toReg(v Operand) VReg {
	if !v.IsImm {
		return v.Reg
	}
	r := l.f.newVReg()
	l.emit(&Inst{Op: OpConst, Dst: r, Imm: v.Imm})
	return r
}

// ---- statements ----

func (l *lowerer) compound(cs *cc.CompoundStatement) {
	for it := cs.BlockItemList; it != nil; it = it.BlockItemList {
		l.blockItem(it.BlockItem)
	}
}

func (l *lowerer) blockItem(bi *cc.BlockItem) {
	switch bi.Case {
	case cc.BlockItemDecl:
		l.declaration(bi.Declaration)
	case cc.BlockItemStmt:
		l.stmt(bi.Statement)
	case cc.BlockItemLabel:
		// __label__ declarations need nothing.
	case cc.BlockItemFuncDef:
		l.errorf(bi.Declarator, "nested functions are not supported")
	}
}

func (l *lowerer) declaration(d *cc.Declaration) {
	if d.Case != cc.DeclarationDecl {
		return
	}
	for idl := d.InitDeclaratorList; idl != nil; idl = idl.InitDeclaratorList {
		id := idl.InitDeclarator
		dd := id.Declarator
		if dd.IsTypename() || dd.IsExtern() || dd.Type().Kind() == cc.Function {
			continue
		}
		l.setPos(dd.Position())
		if dd.IsStatic() {
			if !l.data.addStatic(l, dd, id.Initializer) {
				l.errorf(dd, "static local variable %s must be const: BPF programs have no writable globals here (use a BPF_ARRAY map)", dd.Name())
			}
			continue
		}
		lc := l.newLocal(dd)
		if id.Initializer == nil {
			continue
		}
		if lc.slot >= 0 {
			l.initialize(slotAddr(lc.slot), lc.typ, id.Initializer)
			continue
		}
		if id.Initializer.Case != cc.InitializerExpr {
			// int x = { 1 };
			il := id.Initializer.InitializerList
			if il == nil || il.Initializer == nil {
				l.mov(lc.reg, I(0))
				continue
			}
			l.mov(lc.reg, l.scalar(il.Initializer.AssignmentExpression, lc.typ))
			continue
		}
		l.mov(lc.reg, l.scalar(id.Initializer.AssignmentExpression, lc.typ))
	}
}

func (l *lowerer) stmt(s *cc.Statement) {
	if s == nil {
		return
	}
	switch s.Case {
	case cc.StatementLabeled:
		l.labeled(s.LabeledStatement)
	case cc.StatementCompound:
		l.compound(s.CompoundStatement)
	case cc.StatementExpr:
		if e := s.ExpressionStatement.ExpressionList; e != nil {
			l.setPos(e.Position())
			l.discard(e)
		}
	case cc.StatementSelection:
		l.selection(s.SelectionStatement)
	case cc.StatementIteration:
		l.iteration(s.IterationStatement)
	case cc.StatementJump:
		l.jumpStmt(s.JumpStatement)
	case cc.StatementAsm:
		l.errorf(s.AsmStatement, "inline assembly is not supported")
	}
}

func (l *lowerer) frame() *frame { return l.frames[len(l.frames)-1] }

func (l *lowerer) label(name string) *Block {
	fr := l.frame()
	b := fr.labels[name]
	if b == nil {
		b = l.f.newBlock()
		fr.labels[name] = b
	}
	return b
}

func (l *lowerer) labeled(ls *cc.LabeledStatement) {
	switch ls.Case {
	case cc.LabeledStatementLabel:
		b := l.label(ls.Token.SrcStr())
		l.jump(b)
		l.setBlock(b)
	case cc.LabeledStatementCaseLabel, cc.LabeledStatementDefault, cc.LabeledStatementRange:
		if len(l.sw) == 0 {
			l.errorf(ls, "case label outside switch")
		}
		b := l.sw[len(l.sw)-1].blocks[ls]
		if b == nil {
			l.errorf(ls, "internal error: case label not collected")
		}
		l.jump(b)
		l.setBlock(b)
	}
	l.stmt(ls.Statement)
}

func (l *lowerer) selection(s *cc.SelectionStatement) {
	l.setPos(s.Position())
	switch s.Case {
	case cc.SelectionStatementIf:
		t, done := l.f.newBlock(), l.f.newBlock()
		l.cond(s.ExpressionList, t, done)
		l.setBlock(t)
		l.stmt(s.Statement)
		l.jump(done)
		l.setBlock(done)
	case cc.SelectionStatementIfElse:
		t, e, done := l.f.newBlock(), l.f.newBlock(), l.f.newBlock()
		l.cond(s.ExpressionList, t, e)
		l.setBlock(t)
		l.stmt(s.Statement)
		l.jump(done)
		l.setBlock(e)
		l.stmt(s.Statement2)
		l.jump(done)
		l.setBlock(done)
	case cc.SelectionStatementSwitch:
		l.switchStmt(s)
	}
}

func (l *lowerer) switchStmt(s *cc.SelectionStatement) {
	ct := promote(l.m.AST, s.ExpressionList.Type())
	v := l.toReg(l.scalar(s.ExpressionList, ct))
	done := l.f.newBlock()
	ctx := &switchCtx{blocks: map[*cc.LabeledStatement]*Block{}}
	var def *Block
	for _, ls := range s.LabeledStatements() {
		b := l.f.newBlock()
		ctx.blocks[ls] = b
		switch ls.Case {
		case cc.LabeledStatementDefault:
			def = b
		case cc.LabeledStatementCaseLabel:
			c := constValue(ls.ConstantExpression, ct)
			next := l.f.newBlock()
			l.branch(asm.JEq, R(v), I(c), b, next)
			l.setBlock(next)
		case cc.LabeledStatementRange:
			lo, hi := constValue(ls.ConstantExpression, ct), constValue(ls.ConstantExpression2, ct)
			mid, next := l.f.newBlock(), l.f.newBlock()
			ge, le := asm.JGE, asm.JLE
			if isSigned(ct) {
				ge, le = asm.JSGE, asm.JSLE
			}
			l.branch(ge, R(v), I(lo), mid, next)
			l.setBlock(mid)
			l.branch(le, R(v), I(hi), b, next)
			l.setBlock(next)
		}
	}
	if def != nil {
		l.jump(def)
	} else {
		l.jump(done)
	}
	l.cur = l.f.newBlock() // unreachable until the first case label
	l.sw = append(l.sw, ctx)
	l.breaks = append(l.breaks, done)
	l.stmt(s.Statement)
	l.breaks = l.breaks[:len(l.breaks)-1]
	l.sw = l.sw[:len(l.sw)-1]
	l.jump(done)
	l.setBlock(done)
}

func (l *lowerer) iteration(s *cc.IterationStatement) {
	l.setPos(s.Position())
	switch s.Case {
	case cc.IterationStatementWhile:
		head, body, done := l.f.newBlock(), l.f.newBlock(), l.f.newBlock()
		l.jump(head)
		l.setBlock(head)
		l.cond(s.ExpressionList, body, done)
		l.setBlock(body)
		l.loopBody(s.Statement, done, head)
		l.jump(head)
		l.setBlock(done)
	case cc.IterationStatementDo:
		body, cont, done := l.f.newBlock(), l.f.newBlock(), l.f.newBlock()
		l.jump(body)
		l.setBlock(body)
		l.loopBody(s.Statement, done, cont)
		l.jump(cont)
		l.setBlock(cont)
		l.cond(s.ExpressionList, body, done)
		l.setBlock(done)
	case cc.IterationStatementFor, cc.IterationStatementForDecl:
		if s.Case == cc.IterationStatementForDecl {
			l.declaration(s.Declaration)
		} else if s.ExpressionList != nil {
			l.discard(s.ExpressionList)
		}
		cond := s.ExpressionList2
		if s.Case == cc.IterationStatementForDecl {
			cond = s.ExpressionList
		}
		post := s.ExpressionList3
		if s.Case == cc.IterationStatementForDecl {
			post = s.ExpressionList2
		}
		head, body, cont, done := l.f.newBlock(), l.f.newBlock(), l.f.newBlock(), l.f.newBlock()
		l.jump(head)
		l.setBlock(head)
		if cond != nil {
			l.cond(cond, body, done)
		} else {
			l.jump(body)
		}
		l.setBlock(body)
		l.loopBody(s.Statement, done, cont)
		l.jump(cont)
		l.setBlock(cont)
		if post != nil {
			l.discard(post)
		}
		l.jump(head)
		l.setBlock(done)
	}
}

func (l *lowerer) loopBody(s *cc.Statement, brk, cont *Block) {
	l.breaks = append(l.breaks, brk)
	l.conts = append(l.conts, cont)
	l.stmt(s)
	l.breaks = l.breaks[:len(l.breaks)-1]
	l.conts = l.conts[:len(l.conts)-1]
}

func (l *lowerer) jumpStmt(s *cc.JumpStatement) {
	l.setPos(s.Position())
	switch s.Case {
	case cc.JumpStatementGoto:
		l.jump(l.label(s.Token2.SrcStr()))
	case cc.JumpStatementGotoExpr:
		l.errorf(s, "computed goto is not supported")
	case cc.JumpStatementContinue:
		if len(l.conts) == 0 {
			l.errorf(s, "continue outside a loop")
		}
		l.jump(l.conts[len(l.conts)-1])
	case cc.JumpStatementBreak:
		if len(l.breaks) == 0 {
			l.errorf(s, "break outside a loop or switch")
		}
		l.jump(l.breaks[len(l.breaks)-1])
	case cc.JumpStatementReturn:
		fr := l.frame()
		var v Operand = I(0)
		if s.ExpressionList != nil {
			switch {
			case isVoid(fr.retT):
				l.discard(s.ExpressionList)
			case isAggregate(fr.retT):
				src := l.aggregate(s.ExpressionList)
				l.copyMem(slotAddr(fr.retBuf), src, fr.retT.Size())
			case len(l.frames) == 1:
				v = l.progResult(s.ExpressionList, fr.retT)
			default:
				v = l.scalar(s.ExpressionList, fr.retT)
			}
		}
		if len(l.frames) == 1 {
			l.emit(&Inst{Op: OpRet, A: v})
			return
		}
		if fr.ret != 0 {
			l.mov(fr.ret, v)
		}
		l.jump(fr.exit)
	}
}
