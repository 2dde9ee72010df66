package bccc_test

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"unsafe"

	"github.com/bccc-dev/bccc"
	"github.com/cilium/ebpf"
	"github.com/cilium/ebpf/asm"
	"golang.org/x/sys/unix"
)

// The map macros and methods (DIALECT §2): testdata/maps programs are
// compiled at -mcpu v1 and v3, loaded with both loaders and run with
// BPF_PROG_TEST_RUN, and the maps they leave are checked.

// compileMaps compiles testdata/maps/<name>.c.
func compileMaps(t *testing.T, name string, cpu int) ([]byte, []bccc.Diagnostic) {
	t.Helper()
	f := filepath.Join("testdata/maps", name+".c")
	src, err := os.ReadFile(f)
	if err != nil {
		t.Fatal(err)
	}
	obj, warns, err := bccc.Compile(f, src, bccc.Options{Progs: progFlags(src), CPU: cpu})
	if err != nil {
		t.Fatalf("v%d: %v", cpu, err)
	}
	return obj.ELF, warns
}

// withMaps runs fn on the loaded collection of testdata/maps/<name>.c, once
// per -mcpu version.
func withMaps(t *testing.T, name string, fn func(t *testing.T, c *ebpf.Collection)) {
	requireBPF(t)
	for _, cpu := range []int{1, 3} {
		t.Run(fmt.Sprintf("v%d", cpu), func(t *testing.T) {
			elf, _ := compileMaps(t, name, cpu)
			c := loadObject(t, name, elf)
			defer c.Close()
			fn(t, c)
		})
	}
}

var testPacket = make([]byte, 64)

// runProg runs a program once on a 64-byte packet and returns its result.
func runProg(t *testing.T, p *ebpf.Program) uint32 {
	t.Helper()
	if p == nil {
		t.Fatal("no such program")
	}
	r, err := p.Run(&ebpf.RunOptions{Data: testPacket, Repeat: 1})
	if err != nil {
		t.Fatalf("BPF_PROG_TEST_RUN: %v", err)
	}
	return r
}

func put(t *testing.T, m *ebpf.Map, k, v any) {
	t.Helper()
	if err := m.Put(k, v); err != nil {
		t.Fatalf("put %v=%v: %v", k, v, err)
	}
}

// lookupU64 reads a u64 (or smaller, zero-extended) value; ok is false
// when the key is absent.
func lookupU64(t *testing.T, m *ebpf.Map, k any) (uint64, bool) {
	t.Helper()
	b := make([]byte, m.ValueSize())
	if err := m.Lookup(k, &b); err != nil {
		if errors.Is(err, ebpf.ErrKeyNotExist) {
			return 0, false
		}
		t.Fatalf("lookup %v: %v", k, err)
	}
	var v uint64
	for i := len(b) - 1; i >= 0; i-- {
		v = v<<8 | uint64(b[i])
	}
	return v, true
}

func TestMapIncrement(t *testing.T) {
	withMaps(t, "increment", func(t *testing.T, c *ebpf.Collection) {
		for name, want := range map[string]ebpf.MapType{"hist_int": ebpf.Array, "hist_myint": ebpf.Array, "hist_u32": ebpf.Hash, "hist_u64": ebpf.Hash} {
			if got := c.Maps[name].Type(); got != want {
				t.Errorf("BPF_HISTOGRAM %s is %v, want %v", name, got, want)
			}
		}
		put(t, c.Maps["lru"], uint32(4), uint64(10))
		for _, k := range []uint32{3, 3, 4, 100} {
			put(t, c.Maps["cfg"], int32(0), k)
			runProg(t, c.Programs["inc"])
		}
		type want struct {
			m    string
			k    any
			v    uint64
			miss bool
		}
		for _, w := range []want{
			{"h", uint32(3), 2, false}, {"h", uint32(4), 1, false}, {"h", uint32(100), 1, false},
			{"h_atomic", uint32(3), 10, false}, {"h_atomic", uint32(100), 5, false},
			{"a", int32(3), 22, false}, {"a", int32(4), 11, false},
			{"lru", uint32(3), 0, true}, {"lru", uint32(4), 11, false}, {"lru", uint32(100), 0, true},
			{"hist_int", int32(3), 2, false}, {"hist_myint", int32(4), 1, false},
			{"hist_u32", uint32(3), 2, false}, {"hist_u32", uint32(100), 1, false},
			{"hist_u64", uint64(3), 4, false}, {"hist_u64", uint64(100), 2, false},
		} {
			v, ok := lookupU64(t, c.Maps[w.m], w.k)
			switch {
			case w.miss && ok:
				t.Errorf("%s[%v] = %d: increment inserted into a %v", w.m, w.k, v, c.Maps[w.m].Type())
			case !w.miss && !ok:
				t.Errorf("%s[%v] is missing", w.m, w.k)
			case !w.miss && v != w.v:
				t.Errorf("%s[%v] = %d, want %d", w.m, w.k, v, w.v)
			}
		}
		var pc []uint64
		if err := c.Maps["pch"].Lookup(uint32(3), &pc); !errors.Is(err, ebpf.ErrKeyNotExist) {
			t.Errorf("percpu hash: increment inserted (%v, %v)", pc, err)
		}
	})
}

func TestMapLookupOrInit(t *testing.T) {
	withMaps(t, "lookup_init", func(t *testing.T, c *ebpf.Collection) {
		for i, s := range []struct {
			key, mode uint32
			ret       uint32
			val       uint64 // m[1] afterwards
		}{
			{1, 0, 2, 101}, // inserted, then incremented
			{2, 0, 3, 101}, // map full: NULL
			{2, 1, 0, 101}, // map full: hidden return 0 from the program
			{1, 1, 2, 102}, // present
			{2, 2, 1, 102}, // hidden return 0 from the static function
			{1, 2, 4, 103},
		} {
			put(t, c.Maps["cfg"], int32(0), s.key)
			put(t, c.Maps["cfg"], int32(1), s.mode)
			if r := runProg(t, c.Programs["init"]); r != s.ret {
				t.Errorf("step %d (key %d, mode %d): returned %d, want %d", i, s.key, s.mode, r, s.ret)
			}
			if v, _ := lookupU64(t, c.Maps["m"], uint32(1)); v != s.val {
				t.Errorf("step %d: m[1] = %d, want %d", i, v, s.val)
			}
			if _, ok := lookupU64(t, c.Maps["m"], uint32(2)); ok {
				t.Errorf("step %d: m[2] exists in a map of 1 entry", i)
			}
		}
	})
}

func TestMapInsertDelete(t *testing.T) {
	_, warns := compileMaps(t, "insert_delete", 1)
	if len(warns) != 1 || warns[0].Severity != "warning" || warns[0].Line != 23 ||
		warns[0].Msg != "all element of an array already exist; insert() will have no effect" {
		t.Errorf("warnings: %v", warns)
	}
	withMaps(t, "insert_delete", func(t *testing.T, c *ebpf.Collection) {
		runProg(t, c.Programs["ops"])
		want := []int64{0, -int64(unix.EEXIST), 5, 0, 6, 0, -int64(unix.ENOENT), -int64(unix.EEXIST)}
		for i, w := range want {
			var v int64
			if err := c.Maps["out"].Lookup(int32(i), &v); err != nil {
				t.Fatal(err)
			}
			if v != w {
				t.Errorf("result %d = %d, want %d", i, v, w)
			}
		}
	})
}

func TestMapQueueStack(t *testing.T) {
	withMaps(t, "queue_stack", func(t *testing.T, c *ebpf.Collection) {
		if c.Maps["q"].KeySize() != 0 || c.Maps["s"].KeySize() != 0 {
			t.Errorf("key sizes %d, %d, want 0", c.Maps["q"].KeySize(), c.Maps["s"].KeySize())
		}
		runProg(t, c.Programs["qs"])
		want := []int64{-int64(unix.E2BIG), 0, 20, 30, 30, 20, 20, 10, -int64(unix.ENOENT)}
		for i, w := range want {
			var v int64
			if err := c.Maps["out"].Lookup(int32(i), &v); err != nil {
				t.Fatal(err)
			}
			if v != w {
				t.Errorf("result %d = %d, want %d", i, v, w)
			}
		}
		for _, w := range []uint32{30, 40} {
			var v uint32
			if err := c.Maps["q"].LookupAndDelete(nil, &v); err != nil || v != w {
				t.Errorf("queue: popped %d (%v), want %d", v, err, w)
			}
		}
		var v uint32
		if err := c.Maps["s"].LookupAndDelete(nil, &v); !errors.Is(err, ebpf.ErrKeyNotExist) {
			t.Errorf("stack not empty: %d, %v", v, err)
		}
	})
}

func TestMapLPMTrie(t *testing.T) {
	type key struct {
		Prefix uint32
		Addr   [4]byte
	}
	withMaps(t, "lpm", func(t *testing.T, c *ebpf.Collection) {
		if f := c.Maps["routes"].Flags(); f&unix.BPF_F_NO_PREALLOC == 0 {
			t.Errorf("BPF_LPM_TRIE flags %#x lack BPF_F_NO_PREALLOC", f)
		}
		put(t, c.Maps["routes"], key{8, [4]byte{10}}, uint32(1))
		put(t, c.Maps["routes"], key{16, [4]byte{10, 1}}, uint32(2))
		put(t, c.Maps["routes"], key{24, [4]byte{10, 1, 2}}, uint32(3))
		for _, q := range []struct {
			addr [4]byte
			want uint32
		}{{[4]byte{10, 1, 2, 3}, 3}, {[4]byte{10, 1, 9, 9}, 2}, {[4]byte{10, 9, 9, 9}, 1}, {[4]byte{11, 0, 0, 1}, 0xffffffff}} {
			put(t, c.Maps["query"], int32(0), key{32, q.addr})
			runProg(t, c.Programs["route"])
			var got uint32
			if err := c.Maps["out"].Lookup(int32(0), &got); err != nil {
				t.Fatal(err)
			}
			if got != q.want {
				t.Errorf("%v: got %#x, want %#x", q.addr, got, q.want)
			}
		}
	})
}

func TestMapTailCall(t *testing.T) {
	withMaps(t, "tail_call", func(t *testing.T, c *ebpf.Collection) {
		if r := runProg(t, c.Programs["caller"]); r != 7 {
			t.Errorf("empty slot: returned %d, want 7", r)
		}
		put(t, c.Maps["jumps"], uint32(2), c.Programs["callee"])
		if r := runProg(t, c.Programs["caller"]); r != 42 {
			t.Errorf("tail call: returned %d, want 42", r)
		}
	})
}

func TestMapOfMaps(t *testing.T) {
	elf, _ := compileMaps(t, "of_maps", 1)
	spec, err := ebpf.LoadCollectionSpecFromReader(bytes.NewReader(elf))
	if err != nil {
		t.Fatal(err)
	}
	for outer, inner := range map[string]string{"outer_array": "inner_array", "outer_hash": "inner_hash"} {
		o, in := spec.Maps[outer], spec.Maps[inner]
		if o.InnerMap == nil || o.InnerMap.Type != in.Type || o.InnerMap.KeySize != in.KeySize ||
			o.InnerMap.ValueSize != in.ValueSize || o.InnerMap.MaxEntries != in.MaxEntries || o.ValueSize != 4 {
			t.Errorf("%s: inner template %+v, value size %d; want the spec of %s, %+v", outer, o.InnerMap, o.ValueSize, inner, in)
		}
	}
	withMaps(t, "of_maps", func(t *testing.T, c *ebpf.Collection) {
		if r := runProg(t, c.Programs["of_maps"]); r != 0 {
			t.Errorf("empty outer maps: returned %d", r)
		}
		put(t, c.Maps["inner_array"], int32(1), uint64(70))
		put(t, c.Maps["outer_array"], int32(1), c.Maps["inner_array"])
		// Any map compatible with the template will do.
		other, err := ebpf.NewMap(&ebpf.MapSpec{Type: ebpf.Hash, KeySize: 4, ValueSize: 8, MaxEntries: 4})
		if err != nil {
			t.Fatal(err)
		}
		defer other.Close()
		put(t, other, uint32(9), uint64(7))
		put(t, c.Maps["outer_hash"], uint32(9), other)
		if r := runProg(t, c.Programs["of_maps"]); r != 77 {
			t.Errorf("returned %d, want 70 + 7", r)
		}
	})
}

func TestMapRedirect(t *testing.T) {
	withMaps(t, "redirect", func(t *testing.T, c *ebpf.Collection) {
		for which, want := range []uint32{2, 1, 3} { // XDP_PASS, XDP_DROP, XDP_TX: the fallbacks
			put(t, c.Maps["cfg"], int32(0), uint32(which))
			if r := runProg(t, c.Programs["redirect"]); r != want {
				t.Errorf("map %d, empty: returned %d, want %d", which, r, want)
			}
		}
		put(t, c.Maps["devs"], uint32(0), uint32(1)) // lo
		put(t, c.Maps["cfg"], int32(0), uint32(0))
		if r := runProg(t, c.Programs["redirect"]); r != 4 {
			t.Errorf("devmap: returned %d, want XDP_REDIRECT", r)
		}
	})
}

func TestMapTaskStorage(t *testing.T) {
	withMaps(t, "task_storage", func(t *testing.T, c *ebpf.Collection) {
		// The storage belongs to the thread that runs the program.
		runtime.LockOSThread()
		defer runtime.UnlockOSThread()
		run := func(del uint32) uint32 {
			put(t, c.Maps["cfg"], int32(0), del)
			r, err := c.Programs["task"].Run(&ebpf.RunOptions{Context: make([]byte, 8)})
			if err != nil {
				t.Fatalf("BPF_PROG_TEST_RUN: %v", err)
			}
			return r
		}
		for i, s := range []struct{ del, want uint32 }{{0, 1}, {0, 2}, {1, 1000}, {1, 2000}, {0, 1}} {
			if r := run(s.del); r != s.want {
				t.Errorf("step %d: returned %d, want %d", i, r, s.want)
			}
		}
	})
}

func TestMapTracing(t *testing.T) {
	withMaps(t, "tracing", func(t *testing.T, c *ebpf.Collection) {
		runtime.LockOSThread()
		defer runtime.UnlockOSThread()
		if n := c.Maps["stacks"].MaxEntries(); n != 128 {
			t.Errorf("BPF_STACK_TRACE(stacks, 100): max_entries %d, want 128", n)
		}
		attr := unix.PerfEventAttr{Type: unix.PERF_TYPE_SOFTWARE, Config: unix.PERF_COUNT_SW_TASK_CLOCK}
		attr.Size = uint32(unsafe.Sizeof(attr))
		pfd, err := unix.PerfEventOpen(&attr, 0, -1, -1, unix.PERF_FLAG_FD_CLOEXEC)
		if err != nil {
			t.Skipf("perf_event_open: %v", err)
		}
		defer unix.Close(pfd)
		if err := c.Maps["counters"].Put(int32(0), uint32(pfd)); err != nil {
			t.Fatalf("perf array: %v", err)
		}
		// The root of cgroup v2, if mounted: check_current_task is then 1,
		// else the slot is empty and the helper fails.
		underRoot := false
		if root := cgroup2Root(); root != "" {
			cg, err := os.Open(root)
			if err != nil {
				t.Fatal(err)
			}
			defer cg.Close()
			if err := c.Maps["cgroups"].Put(int32(0), uint32(cg.Fd())); err != nil {
				t.Fatalf("cgroup array: %v", err)
			}
			underRoot = true
		}
		if _, err := c.Programs["trace"].Run(&ebpf.RunOptions{Context: make([]byte, 8)}); err != nil {
			t.Fatalf("BPF_PROG_TEST_RUN: %v", err)
		}
		out := make([]int64, 4)
		for i := range out {
			if err := c.Maps["out"].Lookup(int32(i), &out[i]); err != nil {
				t.Fatal(err)
			}
		}
		if out[0] < 0 {
			t.Errorf("get_stackid: %d", out[0])
		} else {
			var ips [127]uint64
			if err := c.Maps["stacks"].Lookup(int32(out[0]), &ips); err != nil || ips[0] == 0 {
				t.Errorf("stack %d: %v, %x", out[0], err, ips[:2])
			}
		}
		if out[1] < 0 {
			t.Errorf("perf_read: %d", out[1])
		}
		if out[2] != 1 {
			t.Errorf("perf_counter_value: %d, want 0 with a value enabled", out[2])
		}
		if underRoot && out[3] != 1 || !underRoot && out[3] >= 0 {
			t.Errorf("check_current_task (cgroup v2 root in the array: %v): %d", underRoot, out[3])
		}
	})
}

// cgroup2Root is where cgroup v2 is mounted, or "".
func cgroup2Root() string {
	b, _ := os.ReadFile("/proc/mounts")
	for _, ln := range strings.Split(string(b), "\n") {
		if f := strings.Fields(ln); len(f) > 2 && f[2] == "cgroup2" {
			return f[1]
		}
	}
	return ""
}

func TestMapCgroupAndSkStorage(t *testing.T) {
	withMaps(t, "cgroup_storage", func(t *testing.T, c *ebpf.Collection) {
		if _, err := c.Programs["count"].Run(&ebpf.RunOptions{Data: testPacket, Repeat: 3}); err != nil {
			t.Fatalf("BPF_PROG_TEST_RUN: %v", err)
		}
		out := make([]uint64, 5)
		for i := range out {
			if err := c.Maps["out"].Lookup(int32(i), &out[i]); err != nil {
				t.Fatal(err)
			}
		}
		// skb->len excludes the Ethernet header here.
		if l := uint64(len(testPacket) - 14); out[0] != 3 || out[1] != 3*l || out[2] != 30 {
			t.Errorf("cgroup storage after 3 runs: packets %d, bytes %d, percpu %d; want 3, %d, 30", out[0], out[1], out[2], 3*l)
		}
		if out[3] != 1 || out[4] != 0 {
			t.Errorf("sk storage: packets %d, delete %d; want 1, 0", out[3], int64(out[4]))
		}
	})
}

// TestMapPinned: BPF_TABLE_PINNED maps are pinned by name in the pin
// directory the loader is given, and reused by the next load.
func TestMapPinned(t *testing.T) {
	requireBPF(t)
	if err := ensureBPFFS(); err != nil {
		t.Skip(err)
	}
	elf, _ := compileMaps(t, "pinned", 1)
	spec, err := ebpf.LoadCollectionSpecFromReader(bytes.NewReader(elf))
	if err != nil {
		t.Fatal(err)
	}
	pinned := []string{"bccc_pin_hash", "bccc_pin_hashf", "bccc_pin_queue", "bccc_pin_xsk"}
	for _, n := range pinned {
		if spec.Maps[n].Pinning != ebpf.PinByName {
			t.Errorf("%s: pinning %v", n, spec.Maps[n].Pinning)
		}
	}
	if spec.Maps["bccc_unpinned"].Pinning != ebpf.PinNone || spec.Maps["bccc_pin_hashf"].Flags != unix.BPF_F_NO_PREALLOC {
		t.Errorf("bccc_unpinned pinning %v, bccc_pin_hashf flags %#x", spec.Maps["bccc_unpinned"].Pinning, spec.Maps["bccc_pin_hashf"].Flags)
	}
	dir, err := os.MkdirTemp("/sys/fs/bpf", "bccc_pin_test_")
	if err != nil {
		t.Skip(err)
	}
	defer os.RemoveAll(dir)
	load := func() *ebpf.Collection {
		c, err := ebpf.NewCollectionWithOptions(spec, ebpf.CollectionOptions{Maps: ebpf.MapOptions{PinPath: dir}})
		if err != nil {
			t.Fatal(err)
		}
		return c
	}
	c1 := load()
	defer c1.Close()
	for _, n := range pinned {
		if _, err := os.Stat(filepath.Join(dir, n)); err != nil {
			t.Errorf("%s not pinned: %v", n, err)
		}
	}
	runProg(t, c1.Programs["pinned"])
	c2 := load()
	defer c2.Close()
	runProg(t, c2.Programs["pinned"])
	if v, _ := lookupU64(t, c2.Maps["bccc_pin_hash"], uint32(1)); v != 2 {
		t.Errorf("pinned map not shared: %d, want 2", v)
	}
	if v, _ := lookupU64(t, c2.Maps["bccc_unpinned"], uint32(1)); v != 1 {
		t.Errorf("unpinned map: %d, want 1", v)
	}
	// libbpf pins in its default directory, /sys/fs/bpf.
	for _, n := range pinned {
		os.Remove(filepath.Join("/sys/fs/bpf", n))
	}
	bpftoolLoad(t, "pinned", elf)
	for _, n := range pinned {
		if _, err := os.Stat(filepath.Join("/sys/fs/bpf", n)); err != nil {
			if _, e := os.Stat("/usr/sbin/bpftool"); e == nil {
				t.Errorf("libbpf did not pin %s: %v", n, err)
			}
		}
		os.Remove(filepath.Join("/sys/fs/bpf", n))
	}
}

// TestMapInodeStorage: inode storage works only in LSM programs. The map
// is created and the helper calls checked; the program is loaded when the
// kernel allows LSM programs.
func TestMapInodeStorage(t *testing.T) {
	requireBPF(t)
	elf, _ := compileMaps(t, "inode_storage", 1)
	spec, err := ebpf.LoadCollectionSpecFromReader(bytes.NewReader(elf))
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range []string{"inode_counts", "inode_table"} {
		ms := spec.Maps[n]
		if ms.Type != ebpf.InodeStorage || ms.MaxEntries != 0 || ms.KeySize != 4 {
			t.Errorf("%s: %+v", n, ms)
		}
		m, err := ebpf.NewMap(ms)
		if err != nil {
			t.Fatalf("%s: %v", n, err)
		}
		m.Close()
	}
	if f := spec.Maps["inode_counts"].Flags; f != unix.BPF_F_NO_PREALLOC {
		t.Errorf("BPF_INODE_STORAGE flags %#x", f)
	}
	calls := map[asm.BuiltinFunc]int{}
	for _, ins := range spec.Programs["inode_store"].Instructions {
		if ins.IsBuiltinCall() {
			calls[asm.BuiltinFunc(ins.Constant)]++
		}
	}
	if calls[asm.FnInodeStorageGet] != 2 || calls[asm.FnInodeStorageDelete] != 2 {
		t.Errorf("helper calls: %v", calls)
	}
	c, err := ebpf.NewCollection(spec)
	if err != nil {
		if strings.Contains(err.Error(), "operation not permitted") {
			t.Logf("LSM programs do not load here: %v", err)
			return
		}
		t.Fatal(err)
	}
	c.Close()
}
