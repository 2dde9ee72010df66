package bcc

import (
	"encoding/binary"
	"testing"
)

// TestTableBatch: batch updates, lookups and deletes agree with the
// one-key operations.
func TestTableBatch(t *testing.T) {
	requireBPF(t)
	b, err := New(`
BPF_HASH(h, u32, u64, 1024);
BPF_ARRAY(a, u64, 300);
BPF_PERCPU_ARRAY(p, u64, 4);
RAW_TRACEPOINT_PROBE(sys_enter) { return 0; }
`)
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	h := b.Table("h")
	var keys, vals [][]byte
	for i := uint32(0); i < 600; i++ { // more than one chunk
		k := binary.NativeEndian.AppendUint32(nil, i)
		keys = append(keys, k)
		vals = append(vals, binary.NativeEndian.AppendUint64(nil, uint64(i)*3))
	}
	if err := h.UpdateBatch(keys, vals); err != nil {
		t.Fatal(err)
	}
	items, err := h.ItemsBatch()
	if err != nil {
		t.Fatal(err)
	}
	if len(items) != 600 {
		t.Fatalf("ItemsBatch: %d items, want 600", len(items))
	}
	for _, it := range items {
		k, v := binary.NativeEndian.Uint32(it.Key), binary.NativeEndian.Uint64(it.Value)
		if v != uint64(k)*3 {
			t.Fatalf("item %d = %d, want %d", k, v, k*3)
		}
	}
	if err := h.DeleteBatch(keys[:250]); err != nil {
		t.Fatal(err)
	}
	left, err := h.Items()
	if err != nil {
		t.Fatal(err)
	}
	if len(left) != 350 {
		t.Fatalf("after deleting 250: %d items, want 350", len(left))
	}
	for _, it := range left {
		if k := binary.NativeEndian.Uint32(it.Key); k < 250 {
			t.Fatalf("key %d survived DeleteBatch", k)
		}
	}
	// Arrays: every index, in order; no deletes.
	ai, err := b.Table("a").ItemsBatch()
	if err != nil {
		t.Fatal(err)
	}
	if len(ai) != 300 || binary.NativeEndian.Uint32(ai[299].Key) != 299 {
		t.Fatalf("array ItemsBatch: %d items", len(ai))
	}
	if err := b.Table("a").DeleteBatch(keys[:1]); err == nil {
		t.Error("DeleteBatch on an array succeeded")
	}
	if _, err := b.Table("p").ItemsBatch(); err == nil {
		t.Error("ItemsBatch on a per-CPU array succeeded")
	}
}

func TestGetSyscallFnName(t *testing.T) {
	have := map[string]bool{"__x64_sys_openat": true, "sys_close": true}
	addr := func(s string) int64 {
		if have[s] {
			return 1
		}
		return -1
	}
	for name, want := range map[string]string{"openat": "__x64_sys_openat", "close": "sys_close", "nosuch": "__x64_sys_nosuch"} {
		if got := syscallFnName(name, addr); got != want {
			t.Errorf("syscallFnName(%s) = %s, want %s", name, got, want)
		}
	}
	requireBPF(t)
	b := &BPF{}
	if got := b.GetSyscallFnName("openat"); got != "__x64_sys_openat" {
		t.Errorf("GetSyscallFnName(openat) = %s on this kernel", got)
	}
}
