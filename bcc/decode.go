package bcc

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"math"
	"reflect"
	"sort"
	"strconv"
	"strings"

	"github.com/cilium/ebpf/btf"
)

// Field is one member of a decoded struct.
type Field struct {
	Name  string
	Value any
}

// Struct is a decoded C struct or union: its members in declaration order.
// It prints as {name: value, ...} and marshals to a JSON object.
type Struct []Field

// Get returns the value of member name, or nil.
func (s Struct) Get(name string) any {
	for _, f := range s {
		if f.Name == name {
			return f.Value
		}
	}
	return nil
}

func (s Struct) String() string {
	var b strings.Builder
	b.WriteByte('{')
	for i, f := range s {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(f.Name)
		b.WriteString(": ")
		b.WriteString(Format(f.Value))
	}
	b.WriteByte('}')
	return b.String()
}

// MarshalJSON writes the members in order.
func (s Struct) MarshalJSON() ([]byte, error) {
	var b bytes.Buffer
	b.WriteByte('{')
	for i, f := range s {
		if i > 0 {
			b.WriteByte(',')
		}
		k, _ := json.Marshal(f.Name)
		b.Write(k)
		b.WriteByte(':')
		v, err := json.Marshal(f.Value)
		if err != nil {
			return nil, err
		}
		b.Write(v)
	}
	b.WriteByte('}')
	return b.Bytes(), nil
}

// Pointer is a decoded pointer value; it prints in hex.
type Pointer uint64

func (p Pointer) String() string { return "0x" + strconv.FormatUint(uint64(p), 16) }

// MarshalJSON writes the hex string.
func (p Pointer) MarshalJSON() ([]byte, error) { return json.Marshal(p.String()) }

// Format prints a decoded value: integers in decimal, strings (char
// arrays) quoted, structs as {field: value}, arrays as [a, b].
func Format(v any) string {
	switch x := v.(type) {
	case nil:
		return "<nil>"
	case string:
		return strconv.Quote(x)
	case []any:
		var s []string
		for _, e := range x {
			s = append(s, Format(e))
		}
		return "[" + strings.Join(s, ", ") + "]"
	case []byte:
		return fmt.Sprintf("%x", x)
	case fmt.Stringer:
		return x.String()
	}
	return fmt.Sprint(v)
}

// Decode decodes b as a value of BTF type t: integers as int64/uint64
// (bool as bool, char as int64), enums as their value's name, char arrays
// as strings (up to the first NUL), other arrays as []any, structs and
// unions as Struct, pointers as Pointer, floats as float64. Without a
// type (t nil), b is returned as []byte.
func Decode(t btf.Type, b []byte) (any, error) {
	if t == nil {
		return append([]byte(nil), b...), nil
	}
	n, err := btf.Sizeof(t)
	if err != nil {
		return nil, err
	}
	if len(b) < n {
		return nil, fmt.Errorf("bcc: %d bytes for a %d-byte %s", len(b), n, typeName(t))
	}
	return decode(t, b[:n]), nil
}

func typeName(t btf.Type) string {
	if t == nil {
		return "<none>"
	}
	switch x := btf.UnderlyingType(t).(type) {
	case *btf.Struct:
		return "struct " + x.Name
	case *btf.Union:
		return "union " + x.Name
	}
	return t.TypeName()
}

func decode(t btf.Type, b []byte) any {
	switch x := btf.UnderlyingType(t).(type) {
	case *btf.Int:
		return decodeInt(x, b)
	case *btf.Enum:
		v := decodeUint(b[:x.Size])
		if x.Signed {
			v = uint64(signExtend(v, int(x.Size)*8))
		}
		for _, e := range x.Values {
			if e.Value == v {
				return e.Name
			}
		}
		if x.Signed {
			return int64(v)
		}
		return v
	case *btf.Pointer:
		return Pointer(decodeUint(b[:8]))
	case *btf.Float:
		if x.Size == 4 {
			return float64(math.Float32frombits(uint32(decodeUint(b[:4]))))
		}
		if x.Size == 8 {
			return math.Float64frombits(decodeUint(b[:8]))
		}
		return append([]byte(nil), b...)
	case *btf.Array:
		es, err := btf.Sizeof(x.Type)
		if err != nil || es == 0 {
			return []any{}
		}
		if isChar(x.Type) {
			s := b[:int(x.Nelems)*es]
			if i := bytes.IndexByte(s, 0); i >= 0 {
				s = s[:i]
			}
			return string(s)
		}
		r := make([]any, 0, x.Nelems)
		for i := 0; i < int(x.Nelems); i++ {
			r = append(r, decode(x.Type, b[i*es:(i+1)*es]))
		}
		return r
	case *btf.Struct:
		return decodeMembers(x.Members, b)
	case *btf.Union:
		return decodeMembers(x.Members, b)
	}
	return append([]byte(nil), b...)
}

func decodeMembers(ms []btf.Member, b []byte) Struct {
	var s Struct
	for _, m := range ms {
		var v any
		off := int(m.Offset / 8)
		if m.BitfieldSize > 0 {
			v = decodeBitfield(m, b)
		} else {
			n, err := btf.Sizeof(m.Type)
			if err != nil || off+n > len(b) {
				continue
			}
			v = decode(m.Type, b[off:off+n])
		}
		if m.Name == "" {
			// An anonymous struct or union: its members are the parent's.
			if inner, ok := v.(Struct); ok {
				s = append(s, inner...)
				continue
			}
		}
		s = append(s, Field{m.Name, v})
	}
	return s
}

func decodeBitfield(m btf.Member, b []byte) any {
	start := int(m.Offset / 8)
	shift := uint(m.Offset % 8)
	var buf [8]byte
	copy(buf[:], b[start:])
	v := binary.NativeEndian.Uint64(buf[:]) >> shift
	bits := uint(m.BitfieldSize)
	if bits < 64 {
		v &= 1<<bits - 1
	}
	if it, ok := btf.UnderlyingType(m.Type).(*btf.Int); ok && it.Encoding&btf.Signed != 0 {
		return signExtend(v, int(bits))
	}
	if it, ok := btf.UnderlyingType(m.Type).(*btf.Int); ok && it.Encoding&btf.Bool != 0 {
		return v != 0
	}
	return v
}

func isChar(t btf.Type) bool {
	it, ok := btf.UnderlyingType(t).(*btf.Int)
	return ok && it.Size == 1 && (it.Encoding&btf.Char != 0 || it.Name == "char")
}

func decodeInt(x *btf.Int, b []byte) any {
	switch {
	case x.Encoding&btf.Bool != 0:
		return decodeUint(b) != 0
	case x.Size > 8:
		// __int128: printed as hex, most significant byte first.
		r := make([]byte, len(b))
		for i := range b {
			r[len(b)-1-i] = b[i]
		}
		return "0x" + strings.TrimLeft(fmt.Sprintf("%x", r), "0")
	case x.Encoding&btf.Signed != 0:
		return signExtend(decodeUint(b), int(x.Size)*8)
	}
	return decodeUint(b)
}

func decodeUint(b []byte) uint64 {
	switch len(b) {
	case 1:
		return uint64(b[0])
	case 2:
		return uint64(binary.NativeEndian.Uint16(b))
	case 4:
		return uint64(binary.NativeEndian.Uint32(b))
	case 8:
		return binary.NativeEndian.Uint64(b)
	}
	var buf [8]byte
	copy(buf[:], b)
	return binary.NativeEndian.Uint64(buf[:])
}

func signExtend(v uint64, bits int) int64 {
	if bits >= 64 {
		return int64(v)
	}
	s := uint(64 - bits)
	return int64(v<<s) >> s
}

// Encode encodes a Go value as BTF type t: Go integers (any size),
// bool, strings for char arrays, []byte (copied as is, zero padded),
// Struct or map[string]any for structs, []any or Go slices for arrays.
// Members and elements not given are zero.
func Encode(t btf.Type, v any) ([]byte, error) {
	n, err := btf.Sizeof(t)
	if err != nil {
		return nil, err
	}
	b := make([]byte, n)
	if err := encode(t, v, b); err != nil {
		return nil, err
	}
	return b, nil
}

func encode(t btf.Type, v any, b []byte) error {
	if raw, ok := v.([]byte); ok {
		if len(raw) > len(b) {
			return fmt.Errorf("bcc: %d bytes for a %d-byte %s", len(raw), len(b), typeName(t))
		}
		copy(b, raw)
		return nil
	}
	switch x := btf.UnderlyingType(t).(type) {
	case *btf.Int, *btf.Enum, *btf.Pointer:
		u, ok := toUint(v)
		if !ok {
			if s, isStr := v.(string); isStr {
				if e, isEnum := x.(*btf.Enum); isEnum {
					for _, ev := range e.Values {
						if ev.Name == s {
							u, ok = ev.Value, true
						}
					}
				}
			}
			if !ok {
				return fmt.Errorf("bcc: cannot encode %T as %s", v, typeName(t))
			}
		}
		var buf [8]byte
		binary.NativeEndian.PutUint64(buf[:], u)
		copy(b, buf[:min(len(b), 8)])
		return nil
	case *btf.Float:
		f, ok := toFloat(v)
		if !ok {
			return fmt.Errorf("bcc: cannot encode %T as %s", v, typeName(t))
		}
		if len(b) == 4 {
			binary.NativeEndian.PutUint32(b, math.Float32bits(float32(f)))
		} else if len(b) == 8 {
			binary.NativeEndian.PutUint64(b, math.Float64bits(f))
		}
		return nil
	case *btf.Array:
		es, err := btf.Sizeof(x.Type)
		if err != nil {
			return err
		}
		if s, ok := v.(string); ok && isChar(x.Type) {
			if len(s) > len(b) {
				return fmt.Errorf("bcc: string of %d bytes for a char[%d]", len(s), x.Nelems)
			}
			copy(b, s)
			return nil
		}
		rv := reflect.ValueOf(v)
		if rv.Kind() != reflect.Slice && rv.Kind() != reflect.Array {
			return fmt.Errorf("bcc: cannot encode %T as %s", v, typeName(t))
		}
		if rv.Len() > int(x.Nelems) {
			return fmt.Errorf("bcc: %d elements for an array of %d", rv.Len(), x.Nelems)
		}
		for i := 0; i < rv.Len(); i++ {
			if err := encode(x.Type, rv.Index(i).Interface(), b[i*es:(i+1)*es]); err != nil {
				return err
			}
		}
		return nil
	case *btf.Struct:
		return encodeMembers(t, x.Members, v, b)
	case *btf.Union:
		return encodeMembers(t, x.Members, v, b)
	}
	return fmt.Errorf("bcc: cannot encode %T as %s", v, typeName(t))
}

func encodeMembers(t btf.Type, ms []btf.Member, v any, b []byte) error {
	vals := map[string]any{}
	switch x := v.(type) {
	case Struct:
		for _, f := range x {
			vals[f.Name] = f.Value
		}
	case map[string]any:
		vals = x
	default:
		return fmt.Errorf("bcc: cannot encode %T as %s (want bcc.Struct or map[string]any)", v, typeName(t))
	}
	used := 0
	var walk func(ms []btf.Member, base int) error
	walk = func(ms []btf.Member, base int) error {
		for _, m := range ms {
			off := base + int(m.Offset/8)
			if m.Name == "" {
				switch in := btf.UnderlyingType(m.Type).(type) {
				case *btf.Struct:
					if err := walk(in.Members, off); err != nil {
						return err
					}
				case *btf.Union:
					if err := walk(in.Members, off); err != nil {
						return err
					}
				}
				continue
			}
			fv, ok := vals[m.Name]
			if !ok {
				continue
			}
			used++
			if m.BitfieldSize > 0 {
				u, ok := toUint(fv)
				if !ok {
					return fmt.Errorf("bcc: cannot encode %T as bitfield %s", fv, m.Name)
				}
				var buf [8]byte
				copy(buf[:], b[off:])
				w := binary.NativeEndian.Uint64(buf[:])
				shift := uint(m.Offset % 8)
				mask := uint64(1)<<uint(m.BitfieldSize) - 1
				w = w&^(mask<<shift) | (u&mask)<<shift
				binary.NativeEndian.PutUint64(buf[:], w)
				copy(b[off:], buf[:])
				continue
			}
			n, err := btf.Sizeof(m.Type)
			if err != nil {
				return err
			}
			if err := encode(m.Type, fv, b[off:off+n]); err != nil {
				return fmt.Errorf("%s: %w", m.Name, err)
			}
		}
		return nil
	}
	if err := walk(ms, 0); err != nil {
		return err
	}
	if used != len(vals) {
		var unknown []string
		for k := range vals {
			if !hasMember(ms, k) {
				unknown = append(unknown, k)
			}
		}
		sort.Strings(unknown)
		if len(unknown) > 0 {
			return fmt.Errorf("bcc: %s has no member %s", typeName(t), strings.Join(unknown, ", "))
		}
	}
	return nil
}

func hasMember(ms []btf.Member, name string) bool {
	for _, m := range ms {
		if m.Name == name {
			return true
		}
		if m.Name == "" {
			switch in := btf.UnderlyingType(m.Type).(type) {
			case *btf.Struct:
				if hasMember(in.Members, name) {
					return true
				}
			case *btf.Union:
				if hasMember(in.Members, name) {
					return true
				}
			}
		}
	}
	return false
}

func toUint(v any) (uint64, bool) {
	rv := reflect.ValueOf(v)
	switch rv.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return uint64(rv.Int()), true
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return rv.Uint(), true
	case reflect.Bool:
		if rv.Bool() {
			return 1, true
		}
		return 0, true
	}
	return 0, false
}

func toFloat(v any) (float64, bool) {
	rv := reflect.ValueOf(v)
	switch rv.Kind() {
	case reflect.Float32, reflect.Float64:
		return rv.Float(), true
	}
	if u, ok := toUint(v); ok {
		if rv.Kind() >= reflect.Int && rv.Kind() <= reflect.Int64 {
			return float64(int64(u)), true
		}
		return float64(u), true
	}
	return 0, false
}

// sumPerCPU adds per-CPU values of type t: integer members (and the value
// itself when it is an integer) are summed, everything else comes from the
// first CPU. Without a type, 8-, 4-, 2- and 1-byte values are summed as
// unsigned integers.
func sumPerCPU(t btf.Type, vals [][]byte) []byte {
	if len(vals) == 0 {
		return nil
	}
	r := append([]byte(nil), vals[0]...)
	if t == nil {
		switch len(r) {
		case 1, 2, 4, 8:
			var s uint64
			for _, v := range vals {
				s += decodeUint(v)
			}
			var buf [8]byte
			binary.NativeEndian.PutUint64(buf[:], s)
			copy(r, buf[:])
		}
		return r
	}
	var walk func(t btf.Type, off int)
	walk = func(t btf.Type, off int) {
		switch x := btf.UnderlyingType(t).(type) {
		case *btf.Int:
			if x.Encoding&btf.Bool != 0 || x.Size > 8 || off+int(x.Size) > len(r) {
				return
			}
			var s uint64
			for _, v := range vals {
				s += decodeUint(v[off : off+int(x.Size)])
			}
			var buf [8]byte
			binary.NativeEndian.PutUint64(buf[:], s)
			copy(r[off:off+int(x.Size)], buf[:])
		case *btf.Struct:
			for _, m := range x.Members {
				if m.BitfieldSize == 0 && m.Offset%8 == 0 {
					walk(m.Type, off+int(m.Offset/8))
				}
			}
		case *btf.Array:
			if isChar(x.Type) {
				return
			}
			es, err := btf.Sizeof(x.Type)
			if err != nil {
				return
			}
			for i := 0; i < int(x.Nelems); i++ {
				walk(x.Type, off+i*es)
			}
		}
	}
	walk(t, 0)
	return r
}

// isInteger reports whether t is an integer type (or an enum), and its size.
func isInteger(t btf.Type) (size int, signed bool, ok bool) {
	switch x := btf.UnderlyingType(t).(type) {
	case *btf.Int:
		if x.Encoding&btf.Bool != 0 || x.Size > 8 {
			return 0, false, false
		}
		return int(x.Size), x.Encoding&btf.Signed != 0, true
	case *btf.Enum:
		return int(x.Size), x.Signed, true
	}
	return 0, false, false
}
