package parse

import (
	"bytes"
	"debug/elf"
	"encoding/binary"
	"errors"
	"fmt"
	"os"
	"strings"
	"sync"

	"github.com/cilium/ebpf/btf"
)

// Kernel BTF for the type generator, read without decoding it. cilium/ebpf's
// btf.LoadSpec copies the 5.5 MB file and hashes and sorts the names of all
// ~126,000 types before the first lookup (~25 ms, half the compile); a
// program needs a few hundred of them. Here the file is mapped, the type
// records are indexed by ID in one pass, names are looked up by scanning
// the records against the names the program uses, and only the types the
// declarations reach are decoded into btf.Type values (structs behind
// pointers stay stubs: the generator writes them as forward declarations).

// BTF kinds (include/uapi/linux/btf.h).
const (
	kindInt       = 1
	kindPointer   = 2
	kindArray     = 3
	kindStruct    = 4
	kindUnion     = 5
	kindEnum      = 6
	kindFwd       = 7
	kindTypedef   = 8
	kindVolatile  = 9
	kindConst     = 10
	kindRestrict  = 11
	kindFunc      = 12
	kindFuncProto = 13
	kindVar       = 14
	kindDatasec   = 15
	kindFloat     = 16
	kindDeclTag   = 17
	kindTypeTag   = 18
	kindEnum64    = 19
)

// rawBTF is one BTF blob: its sections and the offset of each type record.
type rawBTF struct {
	path  string
	order binary.ByteOrder
	types []byte
	strs  []byte
	offs  []uint32 // record offset in types of type ID i+1
	big   bool     // big-endian (u32 is hot: no interface call)
	// Names with a CO-RE flavour suffix ("foo___v2"), which lookups by
	// "foo" match (a few dozen in vmlinux, all enumerators).
	flavoured []string
}

var (
	rawMu    sync.Mutex
	rawCache = map[string]*rawBTF{}
)

// kernelBTF reads the BTF at path once per process.
func kernelBTF(path string) (*rawBTF, error) {
	rawMu.Lock()
	defer rawMu.Unlock()
	if r, ok := rawCache[path]; ok {
		return r, nil
	}
	data, err := readBTFFile(path)
	if err != nil {
		return nil, err
	}
	r, err := parseRawBTF(path, data)
	if err != nil {
		return nil, err
	}
	rawCache[path] = r
	return r, nil
}

// withModule returns base with the split BTF of a kernel module (what
// /sys/kernel/btf/MODULE holds) after it: split BTF numbers its types and
// strings on from the base's, so the two concatenated read as one blob.
// Each result is read once per process.
func withModule(base *rawBTF, path string) (*rawBTF, error) {
	rawMu.Lock()
	defer rawMu.Unlock()
	key := base.path + "\x00" + path
	if r, ok := rawCache[key]; ok {
		return r, nil
	}
	data, err := readBTFFile(path)
	if err != nil {
		return nil, err
	}
	m, err := parseRawBTF(path, data)
	if err != nil {
		return nil, err
	}
	if m.order != base.order {
		return nil, fmt.Errorf("%s: invalid BTF: byte order differs from %s", path, base.path)
	}
	r := &rawBTF{path: path, order: base.order, big: base.big,
		types:     append(append(make([]byte, 0, len(base.types)+len(m.types)), base.types...), m.types...),
		strs:      append(append(make([]byte, 0, len(base.strs)+len(m.strs)), base.strs...), m.strs...),
		offs:      append(make([]uint32, 0, len(base.offs)+len(m.offs)), base.offs...),
		flavoured: append(append([]string(nil), base.flavoured...), m.flavoured...),
	}
	for _, o := range m.offs {
		r.offs = append(r.offs, o+uint32(len(base.types)))
	}
	rawCache[key] = r
	return r, nil
}

// readBTFFile maps the kernel's own BTF files (read-only, never change;
// reading them costs ~7 ms of copying) and reads any other file.
func readBTFFile(path string) ([]byte, error) {
	if strings.HasPrefix(path, "/sys/kernel/btf/") {
		if b, err := mapFile(path); err == nil {
			return b, nil
		}
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	if bytes.HasPrefix(data, []byte(elf.ELFMAG)) {
		// A vmlinux image or object: its .BTF section.
		f, err := elf.NewFile(bytes.NewReader(data))
		if err != nil {
			return nil, err
		}
		sec := f.Section(".BTF")
		if sec == nil {
			return nil, errors.New("no .BTF section")
		}
		return sec.Data()
	}
	return data, nil
}

func parseRawBTF(path string, data []byte) (*rawBTF, error) {
	bad := func(what string) error { return fmt.Errorf("%s: invalid BTF: %s", path, what) }
	if len(data) < 24 {
		return nil, bad("too short")
	}
	var order binary.ByteOrder
	switch {
	case data[0] == 0x9f && data[1] == 0xeb:
		order = binary.LittleEndian
	case data[0] == 0xeb && data[1] == 0x9f:
		order = binary.BigEndian
	default:
		return nil, bad("bad magic")
	}
	hdr := uint64(order.Uint32(data[4:]))
	tOff, tLen := uint64(order.Uint32(data[8:])), uint64(order.Uint32(data[12:]))
	sOff, sLen := uint64(order.Uint32(data[16:])), uint64(order.Uint32(data[20:]))
	if hdr < 24 || hdr > uint64(len(data)) {
		return nil, bad("header length")
	}
	body := data[hdr:]
	if tOff+tLen > uint64(len(body)) || sOff+sLen > uint64(len(body)) {
		return nil, bad("sections out of bounds")
	}
	r := &rawBTF{path: path, order: order, types: body[tOff : tOff+tLen], strs: body[sOff : sOff+sLen], big: order == binary.BigEndian}
	for i := 0; ; {
		j := bytes.Index(r.strs[i:], flavour)
		if j < 0 {
			break
		}
		start := bytes.LastIndexByte(r.strs[:i+j], 0) + 1
		n := r.name(uint32(start))
		if string(essential(n)) != string(n) {
			r.flavoured = append(r.flavoured, string(n))
		}
		i = start + len(n) + 1
		if i >= len(r.strs) {
			break
		}
	}
	r.offs = make([]uint32, 0, len(r.types)/16)
	for o := 0; o < len(r.types); {
		if o+12 > len(r.types) {
			return nil, bad("truncated type record")
		}
		n, ok := r.recordLen(o)
		if !ok || o+n > len(r.types) {
			return nil, bad(fmt.Sprintf("type record %d", len(r.offs)+1))
		}
		r.offs = append(r.offs, uint32(o))
		o += n
	}
	return r, nil
}

// recordLen is the size of the record at o: header and kind-specific data.
func (r *rawBTF) recordLen(o int) (int, bool) {
	info := r.u32(o + 4)
	vlen := int(info & 0xffff)
	switch (info >> 24) & 0x1f {
	case kindInt, kindVar, kindDeclTag:
		return 16, true
	case kindPointer, kindFwd, kindTypedef, kindVolatile, kindConst, kindRestrict, kindFunc, kindFloat, kindTypeTag:
		return 12, true
	case kindArray:
		return 24, true
	case kindStruct, kindUnion, kindDatasec, kindEnum64:
		return 12 + 12*vlen, true
	case kindEnum, kindFuncProto:
		return 12 + 8*vlen, true
	}
	return 0, false
}

func (r *rawBTF) u32(o int) uint32 {
	if r.big {
		return binary.BigEndian.Uint32(r.types[o:])
	}
	return binary.LittleEndian.Uint32(r.types[o:])
}

// rec is the offset of type id's record and its kind.
func (r *rawBTF) rec(id uint32) (int, uint32) {
	if id == 0 || int(id) > len(r.offs) {
		panic(btfError(fmt.Sprintf("%s: invalid BTF: no type %d", r.path, id)))
	}
	o := int(r.offs[id-1])
	return o, (r.u32(o+4) >> 24) & 0x1f
}

// name is the string at off (no copy; "" when out of range).
func (r *rawBTF) name(off uint32) []byte {
	if int(off) >= len(r.strs) {
		return nil
	}
	s := r.strs[off:]
	if i := bytes.IndexByte(s, 0); i >= 0 {
		return s[:i]
	}
	return s
}

// essential is a name without a CO-RE flavour suffix ("foo___v2" is foo),
// as cilium/ebpf's lookups by name treat it.
func essential(n []byte) []byte {
	// Index first: it is vectorised, and almost no name has a flavour.
	if bytes.Index(n, flavour) < 0 {
		return n
	}
	if i := bytes.LastIndex(n, flavour); i > 0 {
		return n[:i]
	}
	return n
}

var flavour = []byte("___")

// nameFilter is a cheap first test of whether a name may be in a set: a
// bit per hash of its length and first and last bytes. A scan of all
// type names then hashes few of them in full.
type nameFilter [1 << 10]uint64

func filterHash(n []byte) uint32 {
	if len(n) == 0 {
		return 0
	}
	return (uint32(len(n))*0x9e3779b1 ^ uint32(n[0])<<8 ^ uint32(n[len(n)-1])*0x85ebca6b) >> 16
}

func newNameFilter(names map[string]bool) *nameFilter {
	f := &nameFilter{}
	for n := range names {
		f.add([]byte(n))
	}
	return f
}

func (f *nameFilter) add(n []byte) {
	h := filterHash(n)
	f[h>>6] |= 1 << (h & 63)
}

func (f *nameFilter) mayHave(n []byte) bool {
	h := filterHash(n)
	return f[h>>6]&(1<<(h&63)) != 0
}

// lookup finds, in one pass over the records, the types whose (essential)
// names are in want, in ID order, and the first enum that defines each
// enumerator named in want.
func (r *rawBTF) lookup(want map[string]bool) (types map[string][]uint32, enumOf map[string]uint32) {
	types, enumOf = map[string][]uint32{}, map[string]uint32{}
	filter := newNameFilter(want)
	for _, n := range r.flavoured {
		if want[string(essential([]byte(n)))] {
			filter.add([]byte(n))
		}
	}
	for i, o32 := range r.offs {
		o := int(o32)
		id := uint32(i + 1)
		info := r.u32(o + 4)
		kind, vlen := (info>>24)&0x1f, int(info&0xffff)
		if nameOff := r.u32(o); nameOff != 0 {
			n := r.name(nameOff)
			// Functions and variables (half the records) matter only
			// as names of constants, which are upper case.
			skip := len(n) > 0 && n[0] >= 'a' && n[0] <= 'z' && (kind == kindFunc || kind == kindVar || kind == kindDeclTag)
			if !skip && filter.mayHave(n) {
				if n = essential(n); want[string(n)] {
					types[string(n)] = append(types[string(n)], id)
				}
			}
		}
		if kind != kindEnum && kind != kindEnum64 {
			continue
		}
		step := 8
		if kind == kindEnum64 {
			step = 12
		}
		for v := 0; v < vlen; v++ {
			n := r.name(r.u32(o + 12 + v*step))
			if filter.mayHave(n) && want[string(n)] {
				if _, dup := enumOf[string(n)]; !dup {
					enumOf[string(n)] = id
				}
			}
		}
	}
	return types, enumOf
}

type btfError string

func (e btfError) Error() string { return string(e) }

// btfDecoder turns records into btf.Type values, each once, for one
// compile (the values are not shared between compiles).
type btfDecoder struct {
	r      *rawBTF
	full   map[uint32]btf.Type
	ptee   map[uint32]btf.Type
	stubs  map[btf.Type]uint32  // pointee stubs and their IDs
	legacy map[uint32][2]uint32 // pre-kind_flag bit-field ints: offset, bits
}

func newBTFDecoder(r *rawBTF) *btfDecoder {
	return &btfDecoder{r: r, full: map[uint32]btf.Type{}, ptee: map[uint32]btf.Type{}, stubs: map[btf.Type]uint32{}, legacy: map[uint32][2]uint32{}}
}

// typ decodes type id and what it holds by value. Malformed BTF panics
// with a btfError.
func (d *btfDecoder) typ(id uint32) btf.Type {
	if id == 0 {
		return (*btf.Void)(nil)
	}
	if t, ok := d.full[id]; ok {
		return t
	}
	r := d.r
	o, kind := r.rec(id)
	info, st := r.u32(o+4), r.u32(o+8)
	vlen, kflag := int(info&0xffff), info>>31 == 1
	name := string(r.name(r.u32(o)))
	switch kind {
	case kindInt:
		data := r.u32(o + 12)
		off, bits := (data>>16)&0xff, data&0xff
		if off > 0 || bits/8 != st {
			d.legacy[id] = [2]uint32{off, bits}
		}
		t := &btf.Int{Name: name, Size: st, Encoding: btf.IntEncoding((data >> 24) & 0xf)}
		d.full[id] = t
		return t
	case kindPointer:
		t := &btf.Pointer{}
		d.full[id] = t
		t.Target = d.pointee(st)
		return t
	case kindArray:
		t := &btf.Array{Nelems: r.u32(o + 20)}
		d.full[id] = t
		t.Type = d.typ(r.u32(o + 12))
		t.Index = d.typ(r.u32(o + 16))
		return t
	case kindStruct, kindUnion:
		var t btf.Type
		var ms *[]btf.Member
		if kind == kindStruct {
			s := &btf.Struct{Name: name, Size: st}
			t, ms = s, &s.Members
		} else {
			u := &btf.Union{Name: name, Size: st}
			t, ms = u, &u.Members
		}
		d.full[id] = t
		*ms = make([]btf.Member, 0, vlen)
		for i := 0; i < vlen; i++ {
			mo := o + 12 + 12*i
			mt, off := r.u32(mo+4), r.u32(mo+8)
			m := btf.Member{Name: string(r.name(r.u32(mo))), Type: d.typ(mt), Offset: btf.Bits(off)}
			if kflag {
				m.BitfieldSize, m.Offset = btf.Bits(off>>24), btf.Bits(off&0xffffff)
			} else if lb, ok := d.legacy[mt]; ok {
				m.Offset += btf.Bits(lb[0])
				m.BitfieldSize = btf.Bits(lb[1])
			}
			*ms = append(*ms, m)
		}
		return t
	case kindEnum, kindEnum64:
		t := &btf.Enum{Name: name, Size: st, Signed: kflag, Values: make([]btf.EnumValue, 0, vlen)}
		for i := 0; i < vlen; i++ {
			var v uint64
			var vo int
			if kind == kindEnum {
				vo = o + 12 + 8*i
				v = uint64(r.u32(vo + 4))
				if kflag {
					v = uint64(int32(r.u32(vo + 4)))
				}
			} else {
				vo = o + 12 + 12*i
				v = uint64(r.u32(vo+8))<<32 | uint64(r.u32(vo+4))
			}
			t.Values = append(t.Values, btf.EnumValue{Name: string(r.name(r.u32(vo))), Value: v})
		}
		d.full[id] = t
		return t
	case kindFwd:
		t := &btf.Fwd{Name: name, Kind: btf.FwdStruct}
		if kflag {
			t.Kind = btf.FwdUnion
		}
		d.full[id] = t
		return t
	case kindTypedef:
		t := &btf.Typedef{Name: name}
		d.full[id] = t
		t.Type = d.typ(st)
		return t
	case kindVolatile, kindConst, kindRestrict, kindTypeTag:
		t := d.qualifier(kind, name)
		d.full[id] = t
		setQualified(t, d.typ(st))
		return t
	case kindFuncProto:
		// The generator writes function types as void (and pointers to
		// them as void *): their parameters are not needed.
		t := &btf.FuncProto{Return: (*btf.Void)(nil)}
		d.full[id] = t
		return t
	case kindFloat:
		t := &btf.Float{Name: name, Size: st}
		d.full[id] = t
		return t
	}
	panic(btfError(fmt.Sprintf("%s: invalid BTF: type %d of kind %d where a data type belongs", r.path, id, kind)))
}

// pointee decodes the target of a pointer: a named struct or union (under
// any qualifiers) is a memberless stub, which is all a pointer to it
// needs; anything else is decoded in full.
func (d *btfDecoder) pointee(id uint32) btf.Type {
	if id == 0 {
		return (*btf.Void)(nil)
	}
	if t, ok := d.ptee[id]; ok {
		return t
	}
	r := d.r
	o, kind := r.rec(id)
	st := r.u32(o + 8)
	name := string(r.name(r.u32(o)))
	var t btf.Type
	switch kind {
	case kindStruct, kindUnion:
		if name == "" {
			return d.typ(id)
		}
		if kind == kindStruct {
			t = &btf.Struct{Name: name, Size: st}
		} else {
			t = &btf.Union{Name: name, Size: st}
		}
		d.ptee[id] = t
		d.stubs[t] = id
	case kindVolatile, kindConst, kindRestrict, kindTypeTag:
		t = d.qualifier(kind, name)
		d.ptee[id] = t
		setQualified(t, d.pointee(st))
	default:
		return d.typ(id)
	}
	return t
}

func (d *btfDecoder) qualifier(kind uint32, name string) btf.Type {
	switch kind {
	case kindVolatile:
		return &btf.Volatile{}
	case kindConst:
		return &btf.Const{}
	case kindRestrict:
		return &btf.Restrict{}
	}
	return &btf.TypeTag{Value: name}
}

func setQualified(q, t btf.Type) {
	switch x := q.(type) {
	case *btf.Volatile:
		x.Type = t
	case *btf.Const:
		x.Type = t
	case *btf.Restrict:
		x.Type = t
	case *btf.TypeTag:
		x.Type = t
	}
}

// kindOf is the kind of type id (0 for an invalid id).
func (r *rawBTF) kindOf(id uint32) uint32 {
	if id == 0 || int(id) > len(r.offs) {
		return 0
	}
	return (r.u32(int(r.offs[id-1])+4) >> 24) & 0x1f
}

// spellsMember reports whether struct or union id has a member named in
// names, looking into anonymous members.
func (r *rawBTF) spellsMember(id uint32, names map[string]bool, depth int) bool {
	o, kind := r.rec(id)
	if kind != kindStruct && kind != kindUnion || depth > 8 {
		return false
	}
	vlen := int(r.u32(o+4) & 0xffff)
	for i := 0; i < vlen; i++ {
		mo := o + 12 + 12*i
		if n := r.name(r.u32(mo)); len(n) > 0 {
			if names[string(n)] {
				return true
			}
		} else if r.spellsMember(r.u32(mo+4), names, depth+1) {
			return true
		}
	}
	return false
}
