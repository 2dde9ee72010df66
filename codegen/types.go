package codegen

import "modernc.org/cc/v4"

// Type queries over cc/v4 types, in the terms codegen needs.

func isSigned(t cc.Type) bool {
	switch t.Kind() {
	case cc.Char, cc.SChar, cc.Short, cc.Int, cc.Long, cc.LongLong, cc.Int128:
		return true
	case cc.Enum:
		if et, ok := t.(*cc.EnumType); ok {
			return isSigned(et.UnderlyingType())
		}
	}
	return false
}

func isInteger(t cc.Type) bool {
	switch t.Kind() {
	case cc.Bool, cc.Char, cc.SChar, cc.UChar, cc.Short, cc.UShort, cc.Int, cc.UInt,
		cc.Long, cc.ULong, cc.LongLong, cc.ULongLong, cc.Enum:
		return true
	}
	return false
}

func isPointer(t cc.Type) bool { return t.Kind() == cc.Ptr }

func isScalar(t cc.Type) bool { return isInteger(t) || isPointer(t) }

func isAggregate(t cc.Type) bool {
	switch t.Kind() {
	case cc.Struct, cc.Union, cc.Array:
		return true
	}
	return false
}

func isVoid(t cc.Type) bool { return t == nil || t.Kind() == cc.Void }

func isFloat(t cc.Type) bool {
	switch t.Kind() {
	case cc.Float, cc.Double, cc.LongDouble, cc.Float32, cc.Float64, cc.Float128, cc.Float32x, cc.Float64x,
		cc.ComplexFloat, cc.ComplexDouble, cc.ComplexLongDouble:
		return true
	}
	return false
}

// width is the byte size of a scalar value of type t (pointers are 8).
func width(t cc.Type) int64 {
	if isPointer(t) {
		return 8
	}
	return t.Size()
}

// elemSize is the size of what a pointer or array of type t points to;
// void counts as 1, as GNU C does for pointer arithmetic.
func elemSize(t cc.Type) int64 {
	var e cc.Type
	switch x := t.(type) {
	case *cc.PointerType:
		e = x.Elem()
	case *cc.ArrayType:
		e = x.Elem()
	default:
		return 1
	}
	if e.Kind() == cc.Void || e.Kind() == cc.Function || e.Size() <= 0 {
		return 1
	}
	return e.Size()
}

func pointee(t cc.Type) cc.Type {
	switch x := t.(type) {
	case *cc.PointerType:
		return x.Elem()
	case *cc.ArrayType:
		return x.Elem()
	}
	return nil
}
