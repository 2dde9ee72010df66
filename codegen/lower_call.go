package codegen

import (
	"fmt"

	"github.com/bccc-dev/bccc/rewrite"
	"github.com/cilium/ebpf"
	"github.com/cilium/ebpf/asm"
	"modernc.org/cc/v4"
)

const (
	helperMapLookup = 1
	helperMapUpdate = 2
	helperMapDelete = 3
	helperTailCall  = 12

	helperPerfEventOutput = 25
	helperRingbufOutput   = 130
	helperRingbufReserve  = 131
	helperRingbufSubmit   = 132
	helperRingbufDiscard  = 133
	helperRingbufQuery    = 134

	currentCPU = 0xffffffff // BPF_F_CURRENT_CPU
)

// call lowers a function call: a map method, a helper, a builtin or an
// inlined static function.
func (l *lowerer) call(x *cc.PostfixExpression) Operand {
	l.setPos(x.Position())
	callee := unwrap(x.PostfixExpression)
	args := argList(x.ArgumentExpressionList)
	if sel, ok := callee.(*cc.PostfixExpression); ok && sel.Case == cc.PostfixExpressionSelect {
		if id, ok := unwrap(sel.PostfixExpression).(*cc.PrimaryExpression); ok && id.Case == cc.PrimaryExpressionIdent {
			if d, ok := id.ResolvedTo().(*cc.Declarator); ok {
				if m := l.m.MapOf[d]; m != nil {
					if l.fromMacro(sel.Token2.Position(), sel.Token2.SrcStr()) {
						l.errorf(x, "cannot use map function inside a macro")
					}
					return l.mapMethod(x, m, sel.Token2.SrcStr(), args)
				}
			}
		}
	}
	id, ok := callee.(*cc.PrimaryExpression)
	if !ok || id.Case != cc.PrimaryExpressionIdent {
		l.errorf(x, "indirect calls are not supported in BPF programs")
	}
	name := id.Token.SrcStr()
	if b := macroBuiltin(name); b != "" && l.fromMacro(id.Position(), b) && l.fromMacro(id.Position(), name) {
		// BCC rewrites builtins only where the source spells them.
		l.errorf(x, "cannot use builtin inside a macro")
	}
	if name == "bpf_trace_printk_" && len(args) > 0 {
		if s, ok := unwrap(args[0]).(*cc.PrimaryExpression); ok && s.Case == cc.PrimaryExpressionString {
			if w := printkFormatWarning(s.Token.SrcStr()); w != "" {
				l.warnf(s, "%s", w)
			}
		}
	}
	d, _ := id.ResolvedTo().(*cc.Declarator)
	if d != nil {
		if hid, ok := l.m.Helpers[d]; ok {
			ft := d.Type().(*cc.PointerType).Elem().(*cc.FunctionType)
			return l.helperCall(x, hid, ft, args)
		}
	}
	if v, ok := l.builtin(x, name, args); ok {
		return v
	}
	if d == nil {
		l.errorf(x, "call to undeclared function %s", name)
	}
	fd := l.defs[d]
	if fd == nil {
		if d.IsSynthetic() {
			l.errorf(x, "implicit declaration of function %s", name)
		}
		l.errorf(x, "call to %s, which is declared but not defined: BPF programs can call only helpers and functions defined in the same file", name)
	}
	if !fd.Declarator.IsStatic() {
		l.errorf(x, "cannot call non-static helper function %s (make it static so it is inlined)", name)
	}
	return l.inline(x, fd, args, -1)
}

func argList(a *cc.ArgumentExpressionList) []cc.ExpressionNode {
	var r []cc.ExpressionNode
	for ; a != nil; a = a.ArgumentExpressionList {
		r = append(r, a.AssignmentExpression)
	}
	return r
}

// helperCall calls a BPF helper; arguments convert to the declared
// parameter types, variadic ones are promoted.
func (l *lowerer) helperCall(x cc.Node, id int64, ft *cc.FunctionType, args []cc.ExpressionNode) Operand {
	if len(args) > 5 {
		l.errorf(x, "a BPF helper takes at most 5 arguments, this call passes %d", len(args))
	}
	params := ft.Parameters()
	if len(params) == 1 && params[0].Type().Kind() == cc.Void {
		params = nil
	}
	ops := make([]Operand, len(args))
	for i, a := range args {
		var t cc.Type
		if i < len(params) {
			t = params[i].Type()
		} else {
			t = promote(l.m.AST, a.Type().Decay())
		}
		if isAggregate(a.Type()) && a.Type().Kind() != cc.Array {
			l.errorf(a, "cannot pass a %s by value to a helper", a.Type())
		}
		v := l.scalar(a, t)
		ops[i] = v
	}
	return l.emitCall(id, ft.Result(), ops...)
}

func (l *lowerer) emitCall(id int64, result cc.Type, ops ...Operand) Operand {
	if isVoid(result) {
		// No destination: R0 is not readable after a void helper.
		l.emit(&Inst{Op: OpCall, Imm: id, Args: ops})
		return I(0)
	}
	r := l.f.newVReg()
	l.emit(&Inst{Op: OpCall, Dst: r, Imm: id, Args: ops})
	return l.ext(R(r), result)
}

func (l *lowerer) mapPtr(m *rewrite.Map) Operand {
	r := l.f.newVReg()
	l.emit(&Inst{Op: OpMapPtr, Dst: r, Sym: m.Name})
	return R(r)
}

// mapMethod lowers BCC's map methods (DIALECT §2.2). Arguments convert to
// the helper's parameter types, as BCC's textual rewrite into helper calls
// does; the result has the method's declared type.
func (l *lowerer) mapMethod(x *cc.PostfixExpression, m *rewrite.Map, method string, args []cc.ExpressionNode) Operand {
	ast := l.m.AST
	ptr := ast.PVoid
	u64 := ast.ULongLong
	arg := func(i int) Operand { return l.scalar(args[i], ptr) }
	as := func(i int, t cc.Type) Operand { return l.scalar(args[i], t) }
	need := func(n ...int) {
		for _, k := range n {
			if len(args) == k {
				return
			}
		}
		l.errorf(x, "%s.%s: wrong number of arguments (%d)", m.Name, method, len(args))
	}
	res := x.Type()
	long := ast.Long
	l.checkMethod(x, m, method)
	switch method {
	case "lookup":
		need(1)
		return l.emitCall(helperMapLookup, ptr, l.mapPtr(m), arg(0))
	case "update", "insert":
		need(2)
		flags := int64(0) // BPF_ANY
		if method == "insert" {
			flags = 1 // BPF_NOEXIST
			if m.Type == ebpf.Array {
				l.warnf(x, "all element of an array already exist; insert() will have no effect")
			}
		}
		k, v := arg(0), arg(1)
		return l.emitCall(helperMapUpdate, res, l.mapPtr(m), k, v, I(flags))
	case "delete":
		need(1)
		return l.emitCall(helperMapDelete, res, l.mapPtr(m), arg(0))
	case "lookup_or_try_init", "lookup_or_init":
		return l.lookupOrInit(x, m, method, args)
	case "increment", "atomic_increment":
		need(1, 2)
		return l.increment(x, m, method, args)
	case "perf_submit":
		need(3)
		c, d := arg(0), arg(1)
		n := as(2, ast.ULong)
		return l.emitCall(helperPerfEventOutput, res, c, l.mapPtr(m), I(currentCPU), d, n)
	case "perf_submit_skb":
		need(4)
		c := arg(0)
		ln := as(1, ast.ULong)
		flags := l.bin(asm.Or, l.bin(asm.LSh, ln, I(32)), l.imm64(currentCPU))
		d := arg(2)
		n := as(3, ast.ULong)
		return l.emitCall(helperPerfEventOutput, res, c, l.mapPtr(m), flags, d, n)
	case "ringbuf_output":
		need(3)
		d := arg(0)
		n, fl := as(1, ast.ULong), as(2, ast.ULong)
		return l.emitCall(helperRingbufOutput, res, l.mapPtr(m), d, n, fl)
	case "ringbuf_reserve":
		need(1)
		n := as(0, ast.ULong)
		return l.emitCall(helperRingbufReserve, ptr, l.mapPtr(m), n, I(0))
	case "ringbuf_submit", "ringbuf_discard":
		need(2)
		id := int64(helperRingbufSubmit)
		if method == "ringbuf_discard" {
			id = helperRingbufDiscard
		}
		p := arg(0)
		fl := as(1, ast.ULong)
		l.emitCall(id, ast.Void, p, fl)
		return I(0)
	case "ringbuf_query":
		need(1)
		fl := as(0, ast.ULong)
		return l.emitCall(helperRingbufQuery, res, l.mapPtr(m), fl)
	case "call":
		need(2)
		c := arg(0)
		i := as(1, ast.UInt)
		l.emitCall(helperTailCall, long, c, l.mapPtr(m), i)
		return I(0)
	case "get_stackid":
		// get_stackid(ctx, MAP, flags)
		need(2)
		c := arg(0)
		fl := as(1, u64)
		return l.emitCall(helperGetStackid, res, c, l.mapPtr(m), fl)
	case "perf_read":
		// perf_event_read(MAP, flags): the index, or BPF_F_CURRENT_CPU
		need(1)
		fl := as(0, u64)
		return l.emitCall(helperPerfEventRead, res, l.mapPtr(m), fl)
	case "perf_counter_value":
		// perf_event_read_value(MAP, flags, buf, size)
		need(3)
		fl := as(0, u64)
		buf := arg(1)
		n := as(2, ast.UInt)
		return l.emitCall(helperPerfEventReadValue, res, l.mapPtr(m), fl, buf, n)
	case "check_current_task":
		// current_task_under_cgroup(MAP, index)
		need(1)
		i := as(0, ast.Int)
		return l.emitCall(helperCurrentTaskUnderCgroup, res, l.mapPtr(m), i)
	case "redirect_map":
		// redirect_map(MAP, key, flags)
		need(2)
		k, fl := as(0, ast.Int), as(1, ast.Int)
		return l.emitCall(helperRedirectMap, res, l.mapPtr(m), k, fl)
	case "sock_map_update", "sock_hash_update", "msg_redirect_hash", "sk_redirect_hash":
		// helper(ctx, MAP, &key, flags)
		need(3)
		id := map[string]int64{"sock_map_update": helperSockMapUpdate, "sock_hash_update": helperSockHashUpdate,
			"msg_redirect_hash": helperMsgRedirectHash, "sk_redirect_hash": helperSkRedirectHash}[method]
		c, k := arg(0), arg(1)
		fl := as(2, u64)
		return l.emitCall(id, res, c, l.mapPtr(m), k, fl)
	case "sk_storage_get", "inode_storage_get", "task_storage_get":
		// helper(MAP, obj, value, flags)
		need(3)
		id := map[string]int64{"sk_storage_get": helperSkStorageGet, "inode_storage_get": helperInodeStorageGet,
			"task_storage_get": helperTaskStorageGet}[method]
		o, v := arg(0), arg(1)
		fl := as(2, u64)
		return l.emitCall(id, res, l.mapPtr(m), o, v, fl)
	case "sk_storage_delete", "inode_storage_delete", "task_storage_delete":
		// helper(MAP, obj)
		need(1)
		id := map[string]int64{"sk_storage_delete": helperSkStorageDelete, "inode_storage_delete": helperInodeStorageDelete,
			"task_storage_delete": helperTaskStorageDelete}[method]
		return l.emitCall(id, res, l.mapPtr(m), arg(0))
	case "get_local_storage":
		// get_local_storage(MAP, flags)
		need(1)
		fl := as(0, u64)
		return l.emitCall(helperGetLocalStorage, res, l.mapPtr(m), fl)
	case "push":
		// map_push_elem(MAP, &value, flags)
		need(2)
		v := arg(0)
		fl := as(1, u64)
		return l.emitCall(helperMapPushElem, res, l.mapPtr(m), v, fl)
	case "pop", "peek":
		// map_pop_elem / map_peek_elem(MAP, &value)
		need(1)
		id := int64(helperMapPopElem)
		if method == "peek" {
			id = helperMapPeekElem
		}
		return l.emitCall(id, res, l.mapPtr(m), arg(0))
	}
	l.errorf(x, "invalid bpf_table operation %s", method)
	return Operand{}
}

// builtin lowers the compiler builtins BPF programs use.
func (l *lowerer) builtin(x *cc.PostfixExpression, name string, args []cc.ExpressionNode) (Operand, bool) {
	ulong := l.m.AST.ULong
	switch name {
	case "__builtin_expect":
		if len(args) != 2 {
			l.errorf(x, "__builtin_expect takes 2 arguments")
		}
		v, _ := l.rvalue(args[0])
		l.discard(args[1])
		return v, true
	case "__builtin_bswap16", "__builtin_bswap32", "__builtin_bswap64":
		if len(args) != 1 {
			l.errorf(x, "%s takes 1 argument", name)
		}
		size := map[string]uint8{"__builtin_bswap16": 2, "__builtin_bswap32": 4, "__builtin_bswap64": 8}[name]
		v := l.scalar(args[0], l.uintOf(int64(size)))
		if v.IsImm {
			return I(bswapConst(v.Imm, size)), true
		}
		r := l.f.newVReg()
		l.emit(&Inst{Op: OpSwap, Dst: r, A: v, Size: size})
		return R(r), true
	case "__builtin_memset", "__builtin_memcpy", "__builtin_memmove", "__builtin_memcmp", "memset", "memcpy", "memcmp":
		if len(args) != 3 {
			l.errorf(x, "%s takes 3 arguments", name)
		}
		n, ok := constOf(args[2])
		if !ok {
			l.errorf(args[2], "%s needs a constant size in BPF programs", name)
		}
		if n < 0 || n > 1024 {
			l.errorf(args[2], "%s of %d bytes is too large", name, n)
		}
		dp, dt := l.rvalue(args[0])
		dst := l.ptrAddr(l.toReg(dp), dt)
		switch name {
		case "__builtin_memset", "memset":
			c := l.scalar(args[1], l.m.AST.UChar)
			var fill Operand
			if c.IsImm {
				fill = I(int64(uint64(c.Imm&0xff) * 0x0101010101010101))
			} else {
				fill = l.bin(asm.Mul, c, l.imm64(0x0101010101010101))
			}
			off := int64(0)
			for off < n {
				w := int64(8)
				for w > n-off || dst.alignAt(off) < w {
					w /= 2
				}
				d := dst
				d.off = off
				t := l.uintOf(w)
				v := fill
				if v.IsImm {
					v = l.imm64(canon(v.Imm, t))
				}
				l.store(d, t, v)
				off += w
			}
			return R(dp.Reg), true
		case "__builtin_memcmp", "memcmp":
			sp, st := l.rvalue(args[1])
			return l.memcmp(dst, l.ptrAddr(l.toReg(sp), st), n), true
		default:
			sp, st := l.rvalue(args[1])
			src := l.ptrAddr(l.toReg(sp), st)
			if name == "__builtin_memmove" {
				// Copy through a temporary so overlap is harmless.
				tmp := slotAddr(l.f.newSlot("memmove", n, 8))
				l.copyBytes(tmp, src, n)
				src = tmp
			}
			l.copyBytes(dst, src, n)
			return R(dp.Reg), true
		}
	case "__sync_fetch_and_add", "__atomic_fetch_add":
		if len(args) < 2 {
			l.errorf(x, "%s takes 2 arguments", name)
		}
		pt := args[0].Type().Decay()
		et := pointee(pt)
		if et == nil || (width(et) != 4 && width(et) != 8) {
			l.errorf(x, "%s works on 4- and 8-byte values only", name)
		}
		p, _ := l.rvalue(args[0])
		v := l.scalar(args[1], et)
		v = R(l.toReg(v))
		l.emit(l.memOp(&Inst{Op: OpAtomicAdd, B: v, Size: uint8(width(et))}, addr{slot: -1, base: l.toReg(p), align: 8}))
		return I(0), true
	case "__builtin_unreachable", "__builtin_trap":
		l.emit(&Inst{Op: OpRet, A: I(0)})
		return I(0), true
	case "__builtin_constant_p":
		return I(0), true
	case "__bccc_core_field", "__bccc_core_type", "__bccc_core_enum":
		return l.coreBuiltin(x, name, args), true
	case "__bccc_ld_abs":
		return l.ldAbs(x, args), true
	case "incr_cksum_l3", "incr_cksum_l4":
		return l.cksum(x, name, args), true // cksum.go
	}
	_ = ulong
	return Operand{}, false
}

// copyBytes copies without knowing alignment: byte by byte unless both
// addresses are stack or data addresses whose offsets say otherwise.
func (l *lowerer) copyBytes(dst, src addr, n int64) {
	l.copyMem(dst, src, n)
}

// memcmp compares n bytes and yields <0, 0, >0 like memcmp (the sign of
// the first differing byte pair).
func (l *lowerer) memcmp(a, b addr, n int64) Operand {
	r := l.f.newVReg()
	l.mov(r, I(0))
	done := l.f.newBlock()
	uc := l.m.AST.UChar
	for i := int64(0); i < n; i++ {
		aa, bb := a, b
		aa.off += int64(i)
		bb.off += int64(i)
		x := l.load(aa, uc)
		y := l.load(bb, uc)
		d := l.bin(asm.Sub, x, y)
		l.mov(r, d)
		next := l.f.newBlock()
		l.branch(asm.JNE, R(r), I(0), done, next)
		l.setBlock(next)
	}
	l.jump(done)
	l.setBlock(done)
	return R(r)
}

func bswapConst(v int64, size uint8) int64 {
	u := uint64(v)
	var r uint64
	for i := uint8(0); i < size; i++ {
		r = r<<8 | (u>>(8*i))&0xff
	}
	return int64(r)
}

// inline expands a call to a static function in place. An aggregate result
// goes to a fresh slot whose index is returned as an immediate.
func (l *lowerer) inline(x cc.Node, fd *cc.FunctionDefinition, args []cc.ExpressionNode, _ int) Operand {
	for _, fr := range l.frames {
		if fr.fd == fd {
			l.errorf(x, "recursive call to %s: BPF programs cannot recurse", fd.Declarator.Name())
		}
	}
	if len(l.frames) > 32 {
		l.errorf(x, "inlining too deep")
	}
	ft := fd.Declarator.Type().(*cc.FunctionType)
	params := ft.Parameters()
	if len(params) == 1 && params[0].Type().Kind() == cc.Void {
		params = nil
	}
	if len(args) != len(params) && !ft.IsVariadic() {
		l.errorf(x, "%s takes %d arguments, %d given", fd.Declarator.Name(), len(params), len(args))
	}
	if ft.IsVariadic() {
		l.errorf(x, "variadic function %s is not supported", fd.Declarator.Name())
	}
	var bs []inlineArg
	for i, p := range params {
		pt := p.Type()
		if isAggregate(pt) {
			bs = append(bs, inlineArg{d: p.Declarator, agg: l.aggregate(args[i])})
			continue
		}
		bs = append(bs, inlineArg{d: p.Declarator, v: l.keep(l.scalar(args[i], pt))})
	}
	return l.inlineBody(fd, ft, bs)
}

// inlineArg is a parameter of an inlined function and its value.
type inlineArg struct {
	d   *cc.Declarator
	v   Operand
	agg addr
}

// inlineVals inlines a static function on argument values already
// computed (for calls the compiler makes itself); all are scalars.
func (l *lowerer) inlineVals(fd *cc.FunctionDefinition, vals ...Operand) Operand {
	ft := fd.Declarator.Type().(*cc.FunctionType)
	var bs []inlineArg
	for i, p := range ft.Parameters() {
		bs = append(bs, inlineArg{d: p.Declarator, v: l.keep(l.convert(vals[i], l.m.AST.ULongLong, p.Type()))})
	}
	return l.inlineBody(fd, ft, bs)
}

// keep copies a value into a register of its own, so that evaluating
// later arguments (x++) cannot change it.
func (l *lowerer) keep(v Operand) Operand {
	if v.IsImm {
		return v
	}
	r := l.f.newVReg()
	l.mov(r, v)
	return R(r)
}

func (l *lowerer) inlineBody(fd *cc.FunctionDefinition, ft *cc.FunctionType, bs []inlineArg) Operand {
	fr := &frame{fd: fd, retBuf: -1, retT: ft.Result(), exit: l.f.newBlock(), labels: map[string]*Block{}}
	if isAggregate(fr.retT) {
		fr.retBuf = l.f.newSlot(fd.Declarator.Name()+".ret", fr.retT.Size(), int64(fr.retT.Align()))
	} else if !isVoid(fr.retT) {
		fr.ret = l.f.newVReg()
		l.mov(fr.ret, I(0))
	}
	saved := l.locals
	l.locals = make(map[*cc.Declarator]*local, len(saved)+len(bs))
	for k, v := range saved {
		l.locals[k] = v
	}
	for _, b := range bs {
		if b.d == nil {
			continue
		}
		if isAggregate(b.d.Type()) {
			lc := l.newLocal(b.d)
			l.copyMem(slotAddr(lc.slot), b.agg, b.d.Type().Size())
			continue
		}
		l.defineLocal(b.d, b.v)
	}
	savedBreaks, savedConts, savedSw, site := l.breaks, l.conts, l.sw, l.pos
	l.breaks, l.conts, l.sw = nil, nil, nil
	l.frames = append(l.frames, fr)
	l.compound(fd.CompoundStatement)
	l.jump(fr.exit)
	l.frames = l.frames[:len(l.frames)-1]
	l.breaks, l.conts, l.sw = savedBreaks, savedConts, savedSw
	l.locals = saved
	l.setBlock(fr.exit)
	l.pos = site // the rest of the caller's expression is on the caller's line
	if fr.retBuf >= 0 {
		return I(int64(fr.retBuf))
	}
	if fr.ret != 0 {
		return R(fr.ret)
	}
	return I(0)
}

// aggregateCall lowers a call whose result is a struct or union.
func (l *lowerer) aggregateCall(x *cc.PostfixExpression) addr {
	callee := unwrap(x.PostfixExpression)
	id, ok := callee.(*cc.PrimaryExpression)
	if ok && id.Case == cc.PrimaryExpressionIdent {
		if d, ok := id.ResolvedTo().(*cc.Declarator); ok {
			if fd := l.defs[d]; fd != nil && fd.Declarator.IsStatic() {
				v := l.inline(x, fd, argList(x.ArgumentExpressionList), 0)
				return slotAddr(int(v.Imm))
			}
		}
	}
	l.errorf(x, "%s", fmt.Sprintf("unsupported call returning %s", x.Type()))
	return addr{}
}
