package codegen

import (
	"github.com/bccc-dev/bccc/rewrite"
	"github.com/cilium/ebpf"
	"github.com/cilium/ebpf/asm"
	"modernc.org/cc/v4"
)

// Helper IDs of the map methods (parse/include/bcc/helper_ids.txt).
const (
	helperPerfEventRead          = 22
	helperGetStackid             = 27
	helperCurrentTaskUnderCgroup = 37
	helperRedirectMap            = 51
	helperSockMapUpdate          = 53
	helperPerfEventReadValue     = 55
	helperSockHashUpdate         = 70
	helperMsgRedirectHash        = 71
	helperSkRedirectHash         = 72
	helperGetLocalStorage        = 81
	helperMapPushElem            = 87
	helperMapPopElem             = 88
	helperMapPeekElem            = 89
	helperSkStorageGet           = 107
	helperSkStorageDelete        = 108
	helperInodeStorageGet        = 145
	helperInodeStorageDelete     = 146
	helperTaskStorageGet         = 156
	helperTaskStorageDelete      = 157
)

// lookupOrInit is BCC's
//
//	({ leaf *p = lookup(k); if (!p) { update(k, zero, BPF_NOEXIST); p = lookup(k);
//	   [lookup_or_init: if (!p) return 0;] } p; })
//
// The key is evaluated once, the initial value only on a miss. The hidden
// return leaves the enclosing function, which for an inlined static
// function is that function, as in BCC's textual rewrite.
func (l *lowerer) lookupOrInit(x *cc.PostfixExpression, m *rewrite.Map, method string, args []cc.ExpressionNode) Operand {
	if len(args) != 2 {
		l.errorf(x, "%s.%s: wrong number of arguments (%d)", m.Name, method, len(args))
	}
	ptr := l.m.AST.PVoid
	if method == "lookup_or_init" {
		l.warnf(x, "lookup_or_init() may return from the function, use lookup_or_try_init() instead.")
	}
	k := R(l.toReg(l.scalar(args[0], ptr)))
	p := l.f.newVReg()
	l.mov(p, l.emitCall(helperMapLookup, ptr, l.mapPtr(m), k))
	miss, done := l.f.newBlock(), l.f.newBlock()
	l.branch(asm.JNE, R(p), I(0), done, miss)
	l.setBlock(miss)
	z := l.scalar(args[1], ptr)
	l.emitCall(helperMapUpdate, l.m.AST.Long, l.mapPtr(m), k, z, I(1))
	l.mov(p, l.emitCall(helperMapLookup, ptr, l.mapPtr(m), k))
	if method == "lookup_or_init" {
		ret := l.f.newBlock()
		l.branch(asm.JNE, R(p), I(0), done, ret)
		l.setBlock(ret)
		l.hiddenReturn()
	} else {
		l.jump(done)
	}
	l.setBlock(done)
	return R(p)
}

// hiddenReturn is `return 0;` in the enclosing function.
func (l *lowerer) hiddenReturn() {
	if len(l.frames) <= 1 {
		l.emit(&Inst{Op: OpRet, A: I(0)})
		return
	}
	fr := l.frame()
	if fr.ret != 0 {
		l.mov(fr.ret, I(0))
	}
	l.jump(fr.exit)
}

// increment is BCC's
//
//	({ typeof(m.key) _key = key; typeof(m.leaf) *_leaf = lookup(&_key);
//	   if (_leaf) (*_leaf) += inc;          // atomic_increment: lock_xadd
//	   [BPF_MAP_TYPE_HASH only: else { typeof(m.leaf) _zleaf = {0}; _zleaf += inc;
//	                                  update(&_key, &_zleaf, BPF_NOEXIST); }] })
//
// Any other map type (ARRAY, PERCPU_*, LRU_HASH, int-keyed histograms)
// ignores a missing key.
func (l *lowerer) increment(x *cc.PostfixExpression, m *rewrite.Map, method string, args []cc.ExpressionNode) Operand {
	if m.Key == nil || m.Value == nil {
		l.errorf(x, "%s.%s: the map has no key or value", m.Name, method)
	}
	if !isInteger(m.Value) {
		l.errorf(x, "%s.%s: the leaf type %s is not an integer", m.Name, method, m.Value)
	}
	ptr := l.m.AST.PVoid
	ks := slotAddr(l.f.newSlot("key", m.Key.Size(), int64(m.Key.Align())))
	if isAggregate(m.Key) {
		l.copyMem(ks, l.aggregate(args[0]), m.Key.Size())
	} else {
		l.store(ks, m.Key, l.scalar(args[0], m.Key))
	}
	inc := Operand(I(1))
	if len(args) == 2 {
		inc = l.scalar(args[1], m.Value)
	}
	inc = R(l.toReg(inc))
	kp := R(l.ptrOf(ks))
	p := l.toReg(l.emitCall(helperMapLookup, ptr, l.mapPtr(m), kp))
	hit, miss, done := l.f.newBlock(), l.f.newBlock(), l.f.newBlock()
	l.branch(asm.JNE, R(p), I(0), hit, miss)
	l.setBlock(hit)
	va := addr{slot: -1, base: p, space: SpaceMap, align: 8}
	if method == "atomic_increment" && (width(m.Value) == 4 || width(m.Value) == 8) {
		l.emit(l.memOp(&Inst{Op: OpAtomicAdd, B: inc, Size: uint8(width(m.Value))}, va))
	} else {
		l.store(va, m.Value, l.ext(l.bin(asm.Add, l.load(va, m.Value), inc), m.Value))
	}
	l.jump(done)
	l.setBlock(miss)
	if m.Type == ebpf.Hash {
		vs := slotAddr(l.f.newSlot("zero", m.Value.Size(), int64(m.Value.Align())))
		l.zero(vs, m.Value.Size())
		l.store(vs, m.Value, inc)
		l.emitCall(helperMapUpdate, l.m.AST.Long, l.mapPtr(m), kp, R(l.ptrOf(vs)), I(1))
	}
	l.jump(done)
	l.setBlock(done)
	return I(0)
}
