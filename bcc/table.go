package bcc

import (
	"bytes"
	"errors"
	"fmt"
	"sort"

	"github.com/cilium/ebpf"
	"github.com/cilium/ebpf/btf"
)

// Table is one map of the program, as b["name"] in BCC. Keys and values
// are raw bytes; DecodeKey, DecodeValue and Decoded give Go values from the
// map's BTF key and value types.
type Table struct {
	Name string
	Map  *ebpf.Map
	Spec *ebpf.MapSpec
	// Kind is BCC's map type string when the source is known ("hash",
	// "histogram", "perf_output", ...), else "".
	Kind string
	b    *BPF
}

// ErrNoTable is returned (wrapped) for a map the program does not have.
var ErrNoTable = errors.New("no such table")

// Table returns map name, or nil when the program has no such map.
func (b *BPF) Table(name string) *Table {
	b.mu.Lock()
	defer b.mu.Unlock()
	if t := b.tables[name]; t != nil {
		return t
	}
	m := b.Collection.Maps[name]
	if m == nil {
		return nil
	}
	t := &Table{Name: name, Map: m, Spec: b.Spec.Maps[name], b: b}
	if b.info != nil {
		t.Kind = b.info.kinds[name]
	}
	b.tables[name] = t
	return t
}

// GetTable is Table, with an error for a missing map.
func (b *BPF) GetTable(name string) (*Table, error) {
	if t := b.Table(name); t != nil {
		return t, nil
	}
	return nil, fmt.Errorf("bcc: %w %q (tables: %v)", ErrNoTable, name, b.TableNames())
}

// Type is the kernel map type.
func (t *Table) Type() ebpf.MapType { return t.Spec.Type }

// KeyType and ValueType are the BTF types of keys and values (nil when the
// object has none, as for perf and ring buffers).
func (t *Table) KeyType() btf.Type   { return nilVoid(t.Spec.Key) }
func (t *Table) ValueType() btf.Type { return nilVoid(t.Spec.Value) }

func nilVoid(t btf.Type) btf.Type {
	if _, ok := t.(*btf.Void); ok {
		return nil
	}
	return t
}

// PerCPU reports whether values are per CPU.
func (t *Table) PerCPU() bool {
	switch t.Spec.Type {
	case ebpf.PerCPUHash, ebpf.PerCPUArray, ebpf.LRUCPUHash, ebpf.PerCPUCGroupStorage:
		return true
	}
	return false
}

func (t *Table) isArray() bool {
	switch t.Spec.Type {
	case ebpf.Array, ebpf.PerCPUArray:
		return true
	}
	return false
}

func (t *Table) checkKey(key []byte) error {
	if len(key) != int(t.Map.KeySize()) {
		return fmt.Errorf("bcc: table %s: %d-byte key, want %d", t.Name, len(key), t.Map.KeySize())
	}
	return nil
}

// Item is one entry. For per-CPU maps PerCPU holds each possible CPU's
// value and Value their sum (integer members summed, the rest from CPU 0).
type Item struct {
	Key, Value []byte
	PerCPU     [][]byte
}

// Lookup returns the value of key (for per-CPU maps, the sum over CPUs);
// ebpf.ErrKeyNotExist (wrapped) when it is absent.
func (t *Table) Lookup(key []byte) ([]byte, error) {
	if err := t.checkKey(key); err != nil {
		return nil, err
	}
	if t.PerCPU() {
		vals, err := t.LookupPerCPU(key)
		if err != nil {
			return nil, err
		}
		return sumPerCPU(t.ValueType(), vals), nil
	}
	v := make([]byte, t.Map.ValueSize())
	if err := t.Map.Lookup(key, &v); err != nil {
		return nil, fmt.Errorf("bcc: table %s: lookup: %w", t.Name, err)
	}
	return v, nil
}

// LookupPerCPU returns the value of each possible CPU.
func (t *Table) LookupPerCPU(key []byte) ([][]byte, error) {
	if !t.PerCPU() {
		return nil, fmt.Errorf("bcc: table %s is not per-CPU", t.Name)
	}
	n, err := ebpf.PossibleCPU()
	if err != nil {
		return nil, err
	}
	vals := make([][]byte, n)
	if err := t.Map.Lookup(key, vals); err != nil {
		return nil, fmt.Errorf("bcc: table %s: lookup: %w", t.Name, err)
	}
	return vals, nil
}

// Update sets key to value; for per-CPU maps every CPU gets value.
func (t *Table) Update(key, value []byte) error {
	if err := t.checkKey(key); err != nil {
		return err
	}
	if len(value) != int(t.Map.ValueSize()) {
		return fmt.Errorf("bcc: table %s: %d-byte value, want %d", t.Name, len(value), t.Map.ValueSize())
	}
	if t.PerCPU() {
		n, err := ebpf.PossibleCPU()
		if err != nil {
			return err
		}
		vals := make([][]byte, n)
		for i := range vals {
			vals[i] = value
		}
		return t.UpdatePerCPU(key, vals)
	}
	if err := t.Map.Update(key, value, ebpf.UpdateAny); err != nil {
		return fmt.Errorf("bcc: table %s: update: %w", t.Name, err)
	}
	return nil
}

// UpdatePerCPU sets one value per possible CPU.
func (t *Table) UpdatePerCPU(key []byte, vals [][]byte) error {
	if err := t.Map.Update(key, vals, ebpf.UpdateAny); err != nil {
		return fmt.Errorf("bcc: table %s: update: %w", t.Name, err)
	}
	return nil
}

// Delete removes key. In arrays, whose elements cannot be removed, it
// zeroes the value, as BCC does.
func (t *Table) Delete(key []byte) error {
	if err := t.checkKey(key); err != nil {
		return err
	}
	if t.isArray() {
		return t.Update(key, make([]byte, t.Map.ValueSize()))
	}
	if err := t.Map.Delete(key); err != nil {
		return fmt.Errorf("bcc: table %s: delete: %w", t.Name, err)
	}
	return nil
}

// Keys returns every key (for arrays, every index).
func (t *Table) Keys() ([][]byte, error) {
	var keys [][]byte
	var k []byte
	var err error
	for {
		var next []byte
		if k == nil {
			next, err = t.Map.NextKeyBytes(nil)
		} else {
			next, err = t.Map.NextKeyBytes(k)
		}
		if err != nil {
			return nil, fmt.Errorf("bcc: table %s: next key: %w", t.Name, err)
		}
		if next == nil {
			return keys, nil
		}
		keys = append(keys, next)
		k = next
		if len(keys) > int(t.Map.MaxEntries())+1 && t.Map.MaxEntries() > 0 {
			return nil, fmt.Errorf("bcc: table %s changed too much while iterating", t.Name)
		}
	}
}

// Items returns every entry, keys sorted bytewise (arrays: by index).
// Keys deleted while iterating are left out.
func (t *Table) Items() ([]Item, error) {
	switch t.Spec.Type {
	case ebpf.PerfEventArray, ebpf.RingBuf, ebpf.Queue, ebpf.Stack:
		return nil, fmt.Errorf("bcc: table %s is a %s, which has no items", t.Name, t.Spec.Type)
	}
	keys, err := t.Keys()
	if err != nil {
		return nil, err
	}
	items := make([]Item, 0, len(keys))
	for _, k := range keys {
		it := Item{Key: k}
		if t.PerCPU() {
			vals, err := t.LookupPerCPU(k)
			if errors.Is(err, ebpf.ErrKeyNotExist) {
				continue
			}
			if err != nil {
				return nil, err
			}
			it.PerCPU = vals
			it.Value = sumPerCPU(t.ValueType(), vals)
		} else {
			v, err := t.Lookup(k)
			if errors.Is(err, ebpf.ErrKeyNotExist) {
				continue
			}
			if err != nil {
				return nil, err
			}
			it.Value = v
		}
		items = append(items, it)
	}
	if !t.isArray() {
		sort.Slice(items, func(i, j int) bool { return bytes.Compare(items[i].Key, items[j].Key) < 0 })
	}
	return items, nil
}

// Clear removes every entry; arrays are zeroed (BCC's clear()).
func (t *Table) Clear() error {
	keys, err := t.Keys()
	if err != nil {
		return err
	}
	for _, k := range keys {
		if err := t.Delete(k); err != nil && !errors.Is(err, ebpf.ErrKeyNotExist) {
			return err
		}
	}
	return nil
}

// EncodeKey and EncodeValue encode Go values with the table's BTF types
// (see Encode): t.EncodeKey(uint32(5)) is BCC's t.Key(5).
func (t *Table) EncodeKey(v any) ([]byte, error) {
	if t.KeyType() == nil {
		return nil, fmt.Errorf("bcc: table %s has no key type", t.Name)
	}
	return Encode(t.KeyType(), v)
}

func (t *Table) EncodeValue(v any) ([]byte, error) {
	if t.ValueType() == nil {
		return nil, fmt.Errorf("bcc: table %s has no value type", t.Name)
	}
	return Encode(t.ValueType(), v)
}

// DecodeKey and DecodeValue decode with the table's BTF types (see Decode).
func (t *Table) DecodeKey(b []byte) (any, error)   { return Decode(t.KeyType(), b) }
func (t *Table) DecodeValue(b []byte) (any, error) { return Decode(t.ValueType(), b) }

// KV is one decoded entry.
type KV struct {
	Key, Value any
}

// Decoded returns every entry decoded, per-CPU values summed.
func (t *Table) Decoded() ([]KV, error) {
	items, err := t.Items()
	if err != nil {
		return nil, err
	}
	r := make([]KV, 0, len(items))
	for _, it := range items {
		k, err := t.DecodeKey(it.Key)
		if err != nil {
			return nil, err
		}
		v, err := t.DecodeValue(it.Value)
		if err != nil {
			return nil, err
		}
		r = append(r, KV{k, v})
	}
	return r, nil
}

// IsHistogram reports whether the table prints as a log2 histogram in
// bccc run: it was declared with BPF_HISTOGRAM (BCC's "histogram" kind),
// its values are 64-bit integers and its key is an integer (bucket index)
// or a struct whose last integer member is the slot (BCC's
// bucket/slot histograms).
func (t *Table) IsHistogram() bool {
	if t.Kind != "histogram" {
		return false
	}
	if n, _, ok := isInteger(t.ValueType()); !ok || n != 8 {
		return false
	}
	if _, _, ok := isInteger(t.KeyType()); ok {
		return true
	}
	_, _, ok := t.slotKey()
	return ok
}

// slotKey finds the bucket and slot members of a struct histogram key: the
// first member is the bucket, the last integer member the slot (BCC's
// print_log2_hist with section_header).
func (t *Table) slotKey() (bucket, slot btf.Member, ok bool) {
	st, isStruct := btf.UnderlyingType(t.KeyType()).(*btf.Struct)
	if !isStruct || len(st.Members) < 2 {
		return bucket, slot, false
	}
	bucket = st.Members[0]
	for i := len(st.Members) - 1; i > 0; i-- {
		m := st.Members[i]
		if _, _, isInt := isInteger(m.Type); isInt && m.BitfieldSize == 0 && !isPad(m.Name) {
			return bucket, m, true
		}
	}
	return bucket, slot, false
}

func isPad(name string) bool {
	return len(name) >= 5 && name[:5] == "__pad"
}
