package codegen

import (
	"encoding/binary"
	"fmt"

	"modernc.org/cc/v4"
)

// initialize stores an initializer into the object of type t at a.
func (l *lowerer) initialize(a addr, t cc.Type, in *cc.Initializer) {
	if in.Case == cc.InitializerInitList {
		l.initList(a, t, in.InitializerList, true)
		return
	}
	l.initLeaf(a, t, nil, in.AssignmentExpression)
}

func (l *lowerer) initLeaf(a addr, t cc.Type, f *cc.Field, e cc.ExpressionNode) {
	if f != nil && f.IsBitfield() {
		l.storeBitfield(lval{a: a, t: f.Type(), bf: f}, l.scalar(e, f.Type()))
		return
	}
	if t.Kind() == cc.Array {
		if s, ok := stringLit(e); ok {
			n := t.Size()
			b := make([]byte, n)
			copy(b, s)
			l.storeBytes(a, b)
			return
		}
	}
	if isAggregate(t) {
		l.copyMem(a, l.aggregate(e), t.Size())
		return
	}
	if isWide(t) {
		l.storeWide(a, e)
		return
	}
	l.store(a, t, l.scalar(e, t))
}

func stringLit(e cc.ExpressionNode) (string, bool) {
	e = unwrap(e)
	p, ok := e.(*cc.PrimaryExpression)
	if !ok || p.Case != cc.PrimaryExpressionString {
		return "", false
	}
	s, ok := p.Value().(cc.StringValue)
	return string(s), ok
}

// storeBytes writes constant bytes with the widest aligned stores.
func (l *lowerer) storeBytes(a addr, b []byte) {
	n := int64(len(b))
	off := int64(0)
	for off < n {
		w := int64(8)
		for w > n-off || a.alignAt(off) < w {
			w /= 2
		}
		var v uint64
		for i := w - 1; i >= 0; i-- {
			v = v<<8 | uint64(b[off+i])
		}
		d := a
		d.off += off
		t := l.uintOf(w)
		l.store(d, t, l.imm64(int64(v)))
		off += w
	}
}

// initList lowers a brace initializer; cc/v4 gives every leaf its offset
// from the start of the outermost object.
func (l *lowerer) initList(base addr, t cc.Type, list *cc.InitializerList, zeroFirst bool) {
	if !isAggregate(t) {
		// A scalar ((int){0}) is stored whole: no zeroing first.
		whole := list != nil && list.Initializer != nil
		if zeroFirst && !(whole && list.Initializer.AssignmentExpression != nil) {
			l.zero(base, t.Size())
		}
		if whole {
			l.store(base, t, l.scalar(list.Initializer.AssignmentExpression, t))
		}
		return
	}
	if zeroFirst {
		l.zero(base, t.Size())
	}
	for it := list; it != nil; it = it.InitializerList {
		in := it.Initializer
		if in == nil {
			continue
		}
		if in.Case == cc.InitializerInitList {
			l.initList(base, in.Type(), in.InitializerList, false)
			continue
		}
		a := base
		a.off += in.Offset()
		l.initLeaf(a, in.Type(), in.Field(), in.AssignmentExpression)
	}
}

// Rodata is the program's read-only data: static const variables and
// string literals, laid out in one .rodata section.
type Rodata struct {
	Bytes []byte
	Vars  []DataVar

	globals map[*cc.Declarator]*cc.InitDeclarator
	statics map[*cc.Declarator]*cc.Initializer
	syms    map[*cc.Declarator]string
	strs    map[string]string
	ast     *cc.AST
}

// DataVar is one symbol in .rodata.
type DataVar struct {
	Name      string
	Off, Size int64
	Type      cc.Type
}

func newRodata(ast *cc.AST) *Rodata {
	r := &Rodata{globals: map[*cc.Declarator]*cc.InitDeclarator{}, statics: map[*cc.Declarator]*cc.Initializer{}, syms: map[*cc.Declarator]string{}, strs: map[string]string{}, ast: ast}
	for tu := ast.TranslationUnit; tu != nil; tu = tu.TranslationUnit {
		ed := tu.ExternalDeclaration
		if ed.Case != cc.ExternalDeclarationDecl || ed.Declaration.Case != cc.DeclarationDecl {
			continue
		}
		for idl := ed.Declaration.InitDeclaratorList; idl != nil; idl = idl.InitDeclaratorList {
			r.globals[idl.InitDeclarator.Declarator] = idl.InitDeclarator
		}
	}
	return r
}

func isConstType(d *cc.Declarator) bool {
	if d.IsConst() {
		return true
	}
	t := d.Type()
	for t.Kind() == cc.Array {
		t = t.(*cc.ArrayType).Elem()
	}
	return t.Attributes().IsConst()
}

// symOf returns the .rodata symbol of a global const variable.
func (r *Rodata) symOf(l *lowerer, d *cc.Declarator) (string, bool) {
	if s, ok := r.syms[d]; ok {
		return s, true
	}
	var in *cc.Initializer
	if id := r.globals[d]; id != nil {
		in = id.Initializer
	} else if si, ok := r.statics[d]; ok {
		in = si
	} else {
		return "", false
	}
	if !isConstType(d) {
		return "", false
	}
	if !r.add(l, d, in) {
		return "", false
	}
	return r.syms[d], true
}

// addStatic records a static local const variable, placed in .rodata
// when first used; false if it is not const.
func (r *Rodata) addStatic(l *lowerer, d *cc.Declarator, in *cc.Initializer) bool {
	if !isConstType(d) {
		return false
	}
	r.statics[d] = in
	return true
}

func (r *Rodata) add(l *lowerer, d *cc.Declarator, in *cc.Initializer) bool {
	t := d.Type()
	if t.Size() <= 0 {
		l.errorf(d, "variable %s has incomplete type", d.Name())
	}
	b := make([]byte, t.Size())
	if in != nil {
		r.encode(l, b, 0, t, nil, in)
	}
	name := d.Name()
	if _, clash := r.syms[d]; clash || r.hasVar(name) {
		name = fmt.Sprintf("%s.%d", name, len(r.Vars))
	}
	r.place(name, b, t)
	r.syms[d] = name
	return true
}

func (r *Rodata) hasVar(name string) bool {
	for _, v := range r.Vars {
		if v.Name == name {
			return true
		}
	}
	return false
}

func (r *Rodata) place(name string, b []byte, t cc.Type) int64 {
	al := int64(8)
	off := (int64(len(r.Bytes)) + al - 1) / al * al
	for int64(len(r.Bytes)) < off {
		r.Bytes = append(r.Bytes, 0)
	}
	r.Bytes = append(r.Bytes, b...)
	r.Vars = append(r.Vars, DataVar{Name: name, Off: off, Size: int64(len(b)), Type: t})
	// Zeros up to the next 8 bytes, the last variable too: a program may
	// copy a word from a shorter string literal (BCC tools copy "sync"
	// into a char[8] with __builtin_memcpy), which clang folds away and
	// the kernel otherwise rejects as a read past the map value.
	for len(r.Bytes)%8 != 0 {
		r.Bytes = append(r.Bytes, 0)
	}
	return off
}

// addString places a string literal and returns its symbol.
func (r *Rodata) addString(x *cc.PrimaryExpression) string {
	s, _ := x.Value().(cc.StringValue)
	if sym, ok := r.strs[string(s)]; ok {
		return sym
	}
	name := fmt.Sprintf("__bccc_str%d", len(r.strs))
	r.place(name, []byte(string(s)), x.Type())
	r.strs[string(s)] = name
	return name
}

// encode evaluates a constant initializer into b at off.
func (r *Rodata) encode(l *lowerer, b []byte, off int64, t cc.Type, f *cc.Field, in *cc.Initializer) {
	if in.Case == cc.InitializerInitList {
		for it := in.InitializerList; it != nil; it = it.InitializerList {
			sub := it.Initializer
			if sub == nil {
				continue
			}
			if sub.Case == cc.InitializerInitList {
				r.encode(l, b, off, sub.Type(), nil, sub)
				continue
			}
			r.encodeLeaf(l, b, off+sub.Offset(), sub.Type(), sub.Field(), sub.AssignmentExpression)
		}
		return
	}
	r.encodeLeaf(l, b, off, t, f, in.AssignmentExpression)
}

func (r *Rodata) encodeLeaf(l *lowerer, b []byte, off int64, t cc.Type, f *cc.Field, e cc.ExpressionNode) {
	if t.Kind() == cc.Array {
		if s, ok := stringLit(e); ok {
			copy(b[off:off+t.Size()], s)
			return
		}
	}
	v, ok := constOf(e)
	if !ok || isAggregate(t) {
		l.errorf(e, "initializer of read-only data must be a constant integer expression")
	}
	if f != nil && f.IsBitfield() {
		n := int64(f.AccessBytes())
		var u uint64
		for i := n - 1; i >= 0; i-- {
			u = u<<8 | uint64(b[off+i])
		}
		bits := f.ValueBits()
		mask := uint64(1)<<bits - 1
		if bits == 64 {
			mask = ^uint64(0)
		}
		u = u&^(mask<<f.OffsetBits()) | (uint64(v)&mask)<<f.OffsetBits()
		for i := int64(0); i < n; i++ {
			b[off+i] = byte(u >> (8 * i))
		}
		return
	}
	w := width(t)
	var tmp [8]byte
	binary.LittleEndian.PutUint64(tmp[:], uint64(v))
	copy(b[off:off+w], tmp[:w])
}
