package bccc_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/bccc-dev/bccc"
	"github.com/cilium/ebpf"
)

// Compatibility with the C and the cflags BCC's Python tools hand to BCC.

// TestPlainFunctionsLeftOut: a non-static function with no program naming
// beside programs (one a BCC tool attaches only under some option) is left
// out of the object with a warning, as BCC compiles it and loads it only
// when asked; alone it is an error.
func TestPlainFunctionsLeftOut(t *testing.T) {
	src := []byte("int kprobe__do_exit(void *ctx) { return 0; }\nint trace_fast(void *ctx) { return 1; }\n")
	obj, warns, err := bccc.Compile("p.c", src, bccc.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(warns) != 1 || !strings.Contains(warns[0].String(), "p.c:2:5: warning: cannot tell the program type of trace_fast") {
		t.Errorf("warnings %v", warns)
	}
	spec, err := ebpf.LoadCollectionSpecFromReader(bytes.NewReader(obj.ELF))
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := spec.Programs["trace_fast"]; ok || len(spec.Programs) != 1 {
		t.Errorf("programs %v, want kprobe__do_exit only", spec.Programs)
	}
	requireBPF(t)
	loadObject(t, "p.c", obj.ELF).Close()
	if _, _, err := bccc.Compile("q.c", []byte("int trace_fast(void *ctx) { return 1; }\n"), bccc.Options{}); err == nil || !strings.Contains(err.Error(), "q.c:1:5: error: cannot tell the program type") {
		t.Errorf("alone: %v", err)
	}
}

// TestWordCopyFromShortLiteral: copying a whole char[8] from a shorter
// string literal (BCC tools name operations so) reads the literal's zero
// padding, not past the .rodata map.
func TestWordCopyFromShortLiteral(t *testing.T) {
	requireBPF(t)
	src := []byte(`// @prog f=SOCKET_FILTER
struct key_t { char op[8]; };
BPF_ARRAY(out, struct key_t, 1);
static int put(const char *op)
{
	struct key_t k = {};
	int z = 0;
	__builtin_memcpy(&k.op, op, sizeof(k.op));
	out.update(&z, &k);
	return 0;
}
int f(struct __sk_buff *skb) { return put("sync"); }
`)
	coll := compileAndLoad(t, "w.c", src, bccc.Options{Progs: []string{"f=SOCKET_FILTER"}})
	defer coll.Close()
	if _, err := coll.Programs["f"].Run(&ebpf.RunOptions{Data: make([]byte, 64)}); err != nil {
		t.Fatal(err)
	}
	var got [8]byte
	if err := coll.Maps["out"].Lookup(uint32(0), &got); err != nil {
		t.Fatal(err)
	}
	if string(got[:]) != "sync\x00\x00\x00\x00" {
		t.Errorf("copied %q", got)
	}
}

// TestWideIntegers: unsigned __int128 (BCC tools keep IPv6 addresses in
// them) is set from constants, copied, filled by memcpy and compared with
// == and != against 0 and each other.
func TestWideIntegers(t *testing.T) {
	requireBPF(t)
	src := []byte(`struct out_t { unsigned __int128 v; u64 eq, ne, zero, ones; };
BPF_ARRAY(out, struct out_t, 1);
RAW_TRACEPOINT_PROBE(sys_enter)
{
	u64 halves[2] = {0x1122334455667788ULL, 0x99aabbccddeeff00ULL};
	unsigned __int128 a = 0, b = 0, z = 0, m = -1;
	struct out_t o = {};
	int k = 0;
	__builtin_memcpy(&a, halves, sizeof(a));
	b = a;
	o.v = b;
	o.eq = a == b;
	o.ne = (a != b) + 2 * (a != z) + 4 * (z != 0);
	o.zero = (z == 0) + 2 * !z + 4 * !b;
	if (m == 0)
		o.ones = 1;
	else
		__builtin_memcpy(&o.ones, &m, 8);
	out.update(&k, &o);
	return 0;
}
`)
	coll := compileAndLoad(t, "wide.c", src, bccc.Options{})
	defer coll.Close()
	if _, err := coll.Programs["raw_tracepoint__sys_enter"].Run(&ebpf.RunOptions{Context: make([]byte, 16)}); err != nil {
		t.Fatal(err)
	}
	var got [48]byte
	if err := coll.Maps["out"].Lookup(uint32(0), &got); err != nil {
		t.Fatal(err)
	}
	u := func(i int) uint64 {
		var v uint64
		for j := 7; j >= 0; j-- {
			v = v<<8 | uint64(got[i+j])
		}
		return v
	}
	if u(0) != 0x1122334455667788 || u(8) != 0x99aabbccddeeff00 {
		t.Errorf("v = %#x %#x", u(0), u(8))
	}
	if u(16) != 1 || u(24) != 2 || u(32) != 3 || u(40) != ^uint64(0) {
		t.Errorf("eq %d, ne %d, zero %d, ones %#x; want 1, 2, 3, all ones", u(16), u(24), u(32), u(40))
	}
	_, _, err := bccc.Compile("w.c", []byte("RAW_TRACEPOINT_PROBE(sys_enter) { unsigned __int128 a = 1; return a + 1 > 0; }\n"), bccc.Options{})
	if err == nil || !strings.Contains(err.Error(), "128-bit integer arithmetic is not supported") {
		t.Errorf("arithmetic: %v", err)
	}
}
