package parse

import (
	"bytes"
	"sync"

	"github.com/cilium/ebpf/btf"
)

// Lookups by name in kernel BTF for the rewriter's tracepoint fallback,
// on the mapped index of btfindex.go. Decoding the whole of vmlinux BTF
// with cilium/ebpf to find the few trace_event_raw_* structs and
// __bpf_trace_* functions of the fallback cost ~0.3 s; a scan of the raw
// records for those name prefixes costs about a millisecond.

// TraceBTF is kernel BTF read for the tracepoint fallback. Its answers
// follow cilium/ebpf's Spec.TypeByName: a name matches exactly, and a
// name that several types of the kind share matches none.
type TraceBTF struct {
	r *rawBTF
	// By name without its prefix: the IDs of the structs
	// trace_event_raw_NAME, the typedefs btf_trace_NAME and the functions
	// __bpf_trace_NAME.
	records, events, glue map[string][]uint32

	classesOnce sync.Once
	classes     map[string][]btf.TypeID
}

var (
	traceMu    sync.Mutex
	traceCache = map[string]*TraceBTF{}
)

// Name prefixes of the types the kernel's trace event macros declare.
const (
	recordPrefix = "trace_event_raw_" // struct: the record of a class
	eventPrefix  = "btf_trace_"       // typedef: the raw tracepoint of an event
	gluePrefix   = "__bpf_trace_"     // function: the BPF glue of a class
)

// LoadTraceBTF reads the BTF at path ("" is DefaultBTF), once per path in
// a process.
func LoadTraceBTF(path string) (*TraceBTF, error) {
	if path == "" {
		path = DefaultBTF
	}
	r, err := kernelBTF(path)
	if err != nil {
		return nil, err
	}
	traceMu.Lock()
	defer traceMu.Unlock()
	if t, ok := traceCache[path]; ok && t.r == r {
		return t, nil
	}
	t := &TraceBTF{r: r, records: map[string][]uint32{}, events: map[string][]uint32{}, glue: map[string][]uint32{}}
	for i, o32 := range r.offs {
		o := int(o32)
		off := r.u32(o)
		// Most names fail on the first byte.
		if int(off) >= len(r.strs) || r.strs[off] != 't' && r.strs[off] != 'b' && r.strs[off] != '_' {
			continue
		}
		var m map[string][]uint32
		var prefix string
		switch (r.u32(o+4) >> 24) & 0x1f {
		case kindStruct:
			m, prefix = t.records, recordPrefix
		case kindTypedef:
			m, prefix = t.events, eventPrefix
		case kindFunc:
			m, prefix = t.glue, gluePrefix
		default:
			continue
		}
		if bytes.HasPrefix(r.strs[off:], []byte(prefix)) {
			n := string(r.name(off)[len(prefix):])
			m[n] = append(m[n], uint32(i+1))
		}
	}
	traceCache[path] = t
	return t, nil
}

// Record is struct trace_event_raw_NAME, or nil; each call decodes a new
// copy.
func (t *TraceBTF) Record(name string) (st *btf.Struct, err error) {
	ids := t.records[name]
	if len(ids) != 1 {
		return nil, nil
	}
	defer recoverBTF(&err)
	return newBTFDecoder(t.r).typ(ids[0]).(*btf.Struct), nil
}

// EventArgs are the argument types of raw tracepoint evt, from the
// prototype of typedef btf_trace_EVT (a pointer to it). ok is false when
// there is no such typedef; args is nil when it names no prototype.
func (t *TraceBTF) EventArgs(evt string) (args []btf.TypeID, ok bool) {
	ids := t.events[evt]
	if len(ids) != 1 {
		return nil, false
	}
	o, _ := t.r.rec(ids[0])
	return t.protoArgs(t.r.u32(o + 8)), true
}

// Classes maps every class that has both glue __bpf_trace_CLASS and a
// record struct to the glue's argument types. When several functions have
// the glue's name, the last (by type ID) counts. The map is shared: do not
// change it.
func (t *TraceBTF) Classes() map[string][]btf.TypeID {
	t.classesOnce.Do(func() {
		t.classes = map[string][]btf.TypeID{}
		for name, ids := range t.glue {
			if len(t.records[name]) != 1 {
				continue
			}
			o, _ := t.r.rec(ids[len(ids)-1])
			if args := t.protoArgs(t.r.u32(o + 8)); args != nil {
				t.classes[name] = args
			}
		}
	})
	return t.classes
}

// protoArgs are the parameter types of the prototype id, or of the one
// it points to; nil if it is neither.
func (t *TraceBTF) protoArgs(id uint32) []btf.TypeID {
	k := t.r.kindOf(id)
	if k == kindPointer {
		o, _ := t.r.rec(id)
		id = t.r.u32(o + 8)
		k = t.r.kindOf(id)
	}
	if k != kindFuncProto {
		return nil
	}
	o, _ := t.r.rec(id)
	vlen := int(t.r.u32(o+4) & 0xffff)
	args := make([]btf.TypeID, vlen)
	for i := range args {
		args[i] = btf.TypeID(t.r.u32(o + 12 + 8*i + 4))
	}
	return args
}

// Count is the number of types, of any kind, named each of names.
func (t *TraceBTF) Count(names ...string) map[string]int {
	counts := map[string]int{}
	for n, ids := range t.named(names) {
		counts[n] = len(ids)
	}
	return counts
}

// Struct is the struct named name, or nil if none or several have it.
func (t *TraceBTF) Struct(name string) (st *btf.Struct, err error) {
	var found uint32
	for _, id := range t.named([]string{name})[name] {
		if t.r.kindOf(id) != kindStruct {
			continue
		}
		if found != 0 {
			return nil, nil
		}
		found = id
	}
	if found == 0 {
		return nil, nil
	}
	defer recoverBTF(&err)
	return newBTFDecoder(t.r).typ(found).(*btf.Struct), nil
}

// named finds the types named exactly each of a few names, in ID order.
func (t *TraceBTF) named(names []string) map[string][]uint32 {
	var first [256]bool
	var keys [][]byte // NUL-terminated, as in the string section
	for _, n := range names {
		if n != "" {
			first[n[0]] = true
			keys = append(keys, append([]byte(n), 0))
		}
	}
	r := t.r
	ids := map[string][]uint32{}
	for i, o := range r.offs {
		off := r.u32(int(o))
		if int(off) >= len(r.strs) || !first[r.strs[off]] {
			continue
		}
		for _, k := range keys {
			if bytes.HasPrefix(r.strs[off:], k) {
				n := string(k[:len(k)-1])
				ids[n] = append(ids[n], uint32(i+1))
			}
		}
	}
	return ids
}

// recoverBTF turns the decoder's panic on malformed BTF into an error.
func recoverBTF(err *error) {
	if x := recover(); x != nil {
		e, ok := x.(btfError)
		if !ok {
			panic(x)
		}
		*err = e
	}
}
