package btfgen

import (
	"github.com/cilium/ebpf/btf"
	"modernc.org/cc/v4"
)

// Converter turns cc/v4 types into BTF types, once per type, so that the
// program's BTF shares one node per C type.
type Converter struct {
	cache map[cc.Type]btf.Type
	ints  map[cc.Kind]*btf.Int
	// Complete, if set, maps a struct or union type seen before its
	// definition (cc/v4 keeps such forward references as incomplete
	// types) to the defined type.
	Complete func(cc.Type) cc.Type
}

func NewConverter() *Converter {
	return &Converter{cache: map[cc.Type]btf.Type{}, ints: map[cc.Kind]*btf.Int{}}
}

var intNames = map[cc.Kind]string{
	cc.Bool: "_Bool", cc.Char: "char", cc.SChar: "signed char", cc.UChar: "unsigned char",
	cc.Short: "short", cc.UShort: "unsigned short", cc.Int: "int", cc.UInt: "unsigned int",
	cc.Long: "long", cc.ULong: "unsigned long", cc.LongLong: "long long", cc.ULongLong: "unsigned long long",
	cc.Int128: "__int128", cc.UInt128: "unsigned __int128",
}

func (c *Converter) intType(k cc.Kind, size int64) *btf.Int {
	if t := c.ints[k]; t != nil {
		return t
	}
	t := &btf.Int{Name: intNames[k], Size: uint32(size)}
	switch k {
	case cc.Bool:
		t.Encoding = btf.Bool
	case cc.Char, cc.SChar:
		// The kernel takes one encoding bit only; clang marks char signed.
		t.Encoding = btf.Signed
	case cc.Short, cc.Int, cc.Long, cc.LongLong, cc.Int128:
		t.Encoding = btf.Signed
	}
	c.ints[k] = t
	return t
}

// Type converts t.
func (c *Converter) Type(t cc.Type) btf.Type {
	if t == nil {
		return &btf.Void{}
	}
	if r, ok := c.cache[t]; ok {
		return r
	}
	if c.Complete != nil && t.Size() < 0 && (t.Kind() == cc.Struct || t.Kind() == cc.Union) {
		if full := c.Complete(t); full != nil && full != t {
			r := c.Type(full)
			c.cache[t] = r
			return r
		}
	}
	switch x := t.(type) {
	case *cc.PointerType:
		p := &btf.Pointer{}
		c.cache[t] = p
		p.Target = c.Type(x.Elem())
		return p
	case *cc.ArrayType:
		a := &btf.Array{Index: c.intType(cc.UInt, 4), Nelems: uint32(max(x.Len(), 0))}
		c.cache[t] = a
		a.Type = c.Type(x.Elem())
		return a
	case *cc.StructType:
		s := &btf.Struct{Name: tagName(x.Tag()), Size: uint32(max(x.Size(), 0))}
		c.cache[t] = s
		if x.Size() < 0 {
			fw := &btf.Fwd{Name: s.Name, Kind: btf.FwdStruct}
			c.cache[t] = fw
			return fw
		}
		for i := 0; i < x.NumFields(); i++ {
			s.Members = append(s.Members, c.member(x.FieldByIndex(i))...)
		}
		return s
	case *cc.UnionType:
		u := &btf.Union{Name: tagName(x.Tag()), Size: uint32(max(x.Size(), 0))}
		c.cache[t] = u
		if x.Size() < 0 {
			fw := &btf.Fwd{Name: u.Name, Kind: btf.FwdUnion}
			c.cache[t] = fw
			return fw
		}
		for i := 0; i < x.NumFields(); i++ {
			u.Members = append(u.Members, c.member(x.FieldByIndex(i))...)
		}
		return u
	case *cc.EnumType:
		e := &btf.Enum{Name: tagName(x.Tag()), Size: uint32(x.Size())}
		e.Signed = x.Min() < 0
		for _, en := range x.Enumerators() {
			var v uint64
			switch val := en.Value().(type) {
			case cc.Int64Value:
				v = uint64(val)
			case cc.UInt64Value:
				v = uint64(val)
			}
			e.Values = append(e.Values, btf.EnumValue{Name: en.Token.SrcStr(), Value: v})
		}
		c.cache[t] = e
		return e
	case *cc.FunctionType:
		fp := &btf.FuncProto{}
		c.cache[t] = fp
		fp.Return = c.Type(x.Result())
		for _, p := range x.Parameters() {
			if p.Type().Kind() == cc.Void {
				continue
			}
			fp.Params = append(fp.Params, btf.FuncParam{Name: p.Name(), Type: c.Type(p.Type())})
		}
		return fp
	}
	switch k := t.Kind(); k {
	case cc.Void:
		return &btf.Void{}
	case cc.Bool, cc.Char, cc.SChar, cc.UChar, cc.Short, cc.UShort, cc.Int, cc.UInt, cc.Long, cc.ULong, cc.LongLong, cc.ULongLong, cc.Int128, cc.UInt128:
		r := c.intType(k, t.Size())
		c.cache[t] = r
		return r
	}
	// Floating point and the rest: an opaque integer of the same size.
	r := &btf.Int{Name: t.String(), Size: uint32(max(t.Size(), 1))}
	c.cache[t] = r
	return r
}

func (c *Converter) member(f *cc.Field) []btf.Member {
	if f.IsBitfield() {
		if f.ValueBits() == 0 {
			return nil
		}
		return []btf.Member{{
			Name:         f.Name(),
			Type:         c.Type(f.Type()),
			Offset:       btf.Bits(f.Offset()*8 + int64(f.OffsetBits())),
			BitfieldSize: btf.Bits(f.ValueBits()),
		}}
	}
	return []btf.Member{{Name: f.Name(), Type: c.Type(f.Type()), Offset: btf.Bits(f.Offset() * 8)}}
}

func tagName(t cc.Token) string { return t.SrcStr() }
