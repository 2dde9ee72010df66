package bcc

import (
	"bytes"
	"errors"
	"fmt"
	"reflect"
	"sort"

	"github.com/cilium/ebpf"
)

// Batch operations (BCC's items_lookup_batch, items_delete_batch,
// items_update_batch): one system call per chunk instead of one per key.
// Per-CPU maps are not supported by these; use Items.

// batchChunk is how many entries one system call moves.
const batchChunk = 256

// fixedSlice makes a slice of n fixed-size byte arrays, the element type
// cilium/ebpf's batch calls need to know each element's size.
func fixedSlice(n, size int) reflect.Value {
	return reflect.MakeSlice(reflect.SliceOf(reflect.ArrayOf(size, reflect.TypeOf(byte(0)))), n, n)
}

func toBytes(s reflect.Value, i int) []byte {
	e := s.Index(i)
	b := make([]byte, e.Len())
	reflect.Copy(reflect.ValueOf(b), e)
	return b
}

func fromBytes(list [][]byte, size int) (reflect.Value, error) {
	s := fixedSlice(len(list), size)
	for i, b := range list {
		if len(b) != size {
			return reflect.Value{}, fmt.Errorf("%d-byte element, want %d", len(b), size)
		}
		reflect.Copy(s.Index(i), reflect.ValueOf(b))
	}
	return s, nil
}

func (t *Table) checkBatch() error {
	if t.PerCPU() {
		return fmt.Errorf("bcc: table %s is per-CPU: batch operations are not supported, use Items", t.Name)
	}
	return nil
}

// ItemsBatch returns every entry with batch lookups, keys sorted bytewise
// (arrays: by index), like Items.
func (t *Table) ItemsBatch() ([]Item, error) {
	if err := t.checkBatch(); err != nil {
		return nil, err
	}
	ks, vs := int(t.Map.KeySize()), int(t.Map.ValueSize())
	var items []Item
	var cursor ebpf.MapBatchCursor
	for {
		keys, vals := fixedSlice(batchChunk, ks), fixedSlice(batchChunk, vs)
		n, err := t.Map.BatchLookup(&cursor, keys.Interface(), vals.Interface(), nil)
		for i := 0; i < n; i++ {
			items = append(items, Item{Key: toBytes(keys, i), Value: toBytes(vals, i)})
		}
		if errors.Is(err, ebpf.ErrKeyNotExist) {
			break // the end of the map
		}
		if err != nil {
			return nil, fmt.Errorf("bcc: table %s: batch lookup: %w", t.Name, err)
		}
	}
	if !t.isArray() {
		sort.Slice(items, func(i, j int) bool { return bytes.Compare(items[i].Key, items[j].Key) < 0 })
	}
	return items, nil
}

// UpdateBatch sets keys[i] to values[i] for every i.
func (t *Table) UpdateBatch(keys, values [][]byte) error {
	if err := t.checkBatch(); err != nil {
		return err
	}
	if len(keys) != len(values) {
		return fmt.Errorf("bcc: table %s: %d keys and %d values", t.Name, len(keys), len(values))
	}
	for start := 0; start < len(keys); start += batchChunk {
		end := min(start+batchChunk, len(keys))
		k, err := fromBytes(keys[start:end], int(t.Map.KeySize()))
		if err != nil {
			return fmt.Errorf("bcc: table %s: key: %w", t.Name, err)
		}
		v, err := fromBytes(values[start:end], int(t.Map.ValueSize()))
		if err != nil {
			return fmt.Errorf("bcc: table %s: value: %w", t.Name, err)
		}
		if _, err := t.Map.BatchUpdate(k.Interface(), v.Interface(), nil); err != nil {
			return fmt.Errorf("bcc: table %s: batch update: %w", t.Name, err)
		}
	}
	return nil
}

// DeleteBatch removes keys (hash maps; array elements cannot be removed).
func (t *Table) DeleteBatch(keys [][]byte) error {
	if err := t.checkBatch(); err != nil {
		return err
	}
	if t.isArray() {
		return fmt.Errorf("bcc: table %s is an array: its elements cannot be deleted", t.Name)
	}
	for start := 0; start < len(keys); start += batchChunk {
		end := min(start+batchChunk, len(keys))
		k, err := fromBytes(keys[start:end], int(t.Map.KeySize()))
		if err != nil {
			return fmt.Errorf("bcc: table %s: key: %w", t.Name, err)
		}
		if _, err := t.Map.BatchDelete(k.Interface(), nil); err != nil {
			return fmt.Errorf("bcc: table %s: batch delete: %w", t.Name, err)
		}
	}
	return nil
}
