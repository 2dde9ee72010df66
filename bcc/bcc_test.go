package bcc

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"os"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/cilium/ebpf"
	"github.com/cilium/ebpf/btf"
)

// requireBPF skips the test when the bpf syscall is not permitted here.
func requireBPF(t *testing.T) {
	t.Helper()
	m, err := ebpf.NewMap(&ebpf.MapSpec{Type: ebpf.Array, KeySize: 4, ValueSize: 4, MaxEntries: 1})
	if err != nil {
		if errors.Is(err, os.ErrPermission) || strings.Contains(err.Error(), "operation not permitted") {
			t.Skipf("bpf syscall not permitted here: %v", err)
		}
		t.Fatalf("creating a test map: %v", err)
	}
	m.Close()
}

func requireTracefs(t *testing.T) {
	t.Helper()
	if _, err := os.Stat(TracePipePath()); err != nil {
		t.Skipf("no trace pipe: %v", err)
	}
}

func pidFlag() string { return "-DTARGET_PID=" + strconv.Itoa(os.Getpid()) }

func u32(v uint32) []byte { return binary.NativeEndian.AppendUint32(nil, v) }
func u64(v uint64) []byte { return binary.NativeEndian.AppendUint64(nil, v) }

const countProg = `
BPF_HASH(counts, u32, u64);
BPF_ARRAY(raw_hits, u64, 1);

TRACEPOINT_PROBE(syscalls, sys_enter_getpid)
{
	u32 pid = bpf_get_current_pid_tgid() >> 32;
	if (pid != TARGET_PID)
		return 0;
	counts.increment(pid);
	bpf_trace_printk("bcc-test getpid from %d\n", pid);
	return 0;
}

RAW_TRACEPOINT_PROBE(sys_enter)
{
	u32 pid = bpf_get_current_pid_tgid() >> 32;
	if (pid != TARGET_PID)
		return 0;
	raw_hits.increment(0);
	return 0;
}
`

// TestTracepointCountsAndPrints loads a tracepoint program that counts
// getpid calls per process into a BPF_HASH and prints a line for each,
// attaches it (and a raw tracepoint) by convention, and reads both back.
func TestTracepointCountsAndPrints(t *testing.T) {
	requireBPF(t)
	requireTracefs(t)
	b, err := New(countProg, pidFlag())
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	if err := b.AttachAll(); err != nil {
		t.Fatal(err)
	}
	got := fmt.Sprint(b.Attachments())
	for _, want := range []string{"tracepoint__syscalls__sys_enter_getpid (tracepoint syscalls:sys_enter_getpid)", "raw_tracepoint__sys_enter (raw_tracepoint sys_enter)"} {
		if !strings.Contains(got, want) {
			t.Errorf("attachments %s lack %s", got, want)
		}
	}
	pid := uint64(os.Getpid()) // os.Getpid calls getpid: once, before counting
	counts := b.Table("counts")
	if err := counts.Clear(); err != nil {
		t.Fatal(err)
	}
	for i := 0; i < 5; i++ {
		syscall.Getpid()
	}
	v, err := counts.Lookup(u32(uint32(pid)))
	if err != nil {
		t.Fatal(err)
	}
	if n := binary.NativeEndian.Uint64(v); n != 5 {
		t.Errorf("counts[%d] = %d after 5 getpid calls", pid, n)
	}
	kvs, err := counts.Decoded()
	if err != nil {
		t.Fatal(err)
	}
	if len(kvs) != 1 || kvs[0].Key != pid || kvs[0].Value != uint64(5) {
		t.Errorf("decoded counts = %v", kvs)
	}
	raw, err := b.Table("raw_hits").Lookup(u32(0))
	if err != nil || binary.NativeEndian.Uint64(raw) == 0 {
		t.Errorf("raw tracepoint sys_enter: hits %x, %v", raw, err)
	}

	// The lines printed above are in the trace pipe (opened by New); other
	// programs' bpf_trace_printk lines may come first.
	want := fmt.Sprintf("bcc-test getpid from %d", pid)
	tp, err := b.TracePipe()
	if err != nil {
		t.Fatal(err)
	}
	if tp.Instance() == "" {
		t.Logf("no tracefs instances: reading the shared trace pipe")
	}
	deadline := time.Now().Add(10 * time.Second)
	for {
		l, err := b.TraceFields(100 * time.Millisecond)
		if err == nil && l.Msg == want {
			if l.PID == 0 || l.Sym != "bpf_trace_printk" || l.TS == 0 {
				t.Errorf("trace line fields: %+v", l)
			}
			if !b.OwnsTraceMessage(l.Msg) || b.OwnsTraceMessage("something else") {
				t.Errorf("OwnsTraceMessage does not tell this program's lines (formats %q)", b.TraceFormats())
			}
			break
		}
		if err != nil && !errors.Is(err, os.ErrDeadlineExceeded) {
			t.Fatal(err)
		}
		if time.Now().After(deadline) {
			t.Fatalf("no %q in the trace pipe", want)
		}
	}
}

func TestParseTraceLine(t *testing.T) {
	for _, c := range []struct {
		in   string
		want TraceLine
	}{
		{"           <...>-1234    [002] d..31  5460.123456: bpf_trace_printk: hello: x=1",
			TraceLine{Task: "<...>", PID: 1234, CPU: 2, Flags: "d..31", TS: 5460.123456, Sym: "bpf_trace_printk", Msg: "hello: x=1"}},
		{"  Web Content-mt-77 (     70) [000] .... 12.5: bpf_trace_printk: hi",
			TraceLine{Task: "Web Content-mt", PID: 77, CPU: 0, Flags: "....", TS: 12.5, Sym: "bpf_trace_printk", Msg: "hi"}},
	} {
		got, ok := ParseTraceLine(c.in)
		c.want.Raw = c.in
		if !ok || got != c.want {
			t.Errorf("ParseTraceLine(%q) = %+v, %v; want %+v", c.in, got, ok, c.want)
		}
	}
	if _, ok := ParseTraceLine("CPU:2 [LOST 10 EVENTS]"); ok {
		t.Error("a lost-events notice parsed as an event")
	}
}

const eventProg = `
struct event_t {
	u32 pid;
	u32 kind;
	u64 magic;
	char comm[16];
};

BPF_PERF_OUTPUT(events);
BPF_RINGBUF_OUTPUT(rb, 8);
BPF_RINGBUF_OUTPUT(rb2, 8);

TRACEPOINT_PROBE(syscalls, sys_enter_getpid)
{
	u32 pid = bpf_get_current_pid_tgid() >> 32;
	if (pid != TARGET_PID)
		return 0;
	struct event_t e = {};
	e.pid = pid;
	e.kind = 1;
	e.magic = 0x1122334455667788ULL;
	bpf_get_current_comm(&e.comm, sizeof(e.comm));
	events.perf_submit(args, &e, sizeof(e));
	e.kind = 2;
	rb.ringbuf_output(&e, sizeof(e), 0);
	struct event_t *r = rb2.ringbuf_reserve(sizeof(*r));
	if (r) {
		r->pid = pid;
		r->kind = 3;
		r->magic = 7;
		__builtin_memcpy(r->comm, e.comm, sizeof(r->comm));
		rb2.ringbuf_submit(r, 0);
	}
	return 0;
}
`

// TestBufferEvents sends one struct through a perf buffer and two ring
// buffers (ringbuf_output and ringbuf_reserve/submit) and decodes them
// with the event types found in the source.
func TestBufferEvents(t *testing.T) {
	requireBPF(t)
	b, err := New(eventProg, pidFlag())
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	for _, name := range []string{"events", "rb", "rb2"} {
		typ := b.EventType(name)
		if st, ok := btf.UnderlyingType(typ).(*btf.Struct); !ok || st.Name != "event_t" || st.Size != 32 {
			t.Fatalf("event type of %s: %v", name, typ)
		}
	}
	got := map[string][]byte{}
	for _, name := range []string{"events", "rb", "rb2"} {
		name := name
		open := b.OpenRingBuffer
		if name == "events" {
			open = b.OpenPerfBuffer
		}
		if err := open(name, func(data []byte) { got[name] = data }); err != nil {
			t.Fatal(err)
		}
	}
	if err := b.AttachAll(); err != nil {
		t.Fatal(err)
	}
	syscall.Getpid()
	deadline := time.Now().Add(5 * time.Second)
	for len(got) < 3 && time.Now().Before(deadline) {
		if _, err := b.Poll(100 * time.Millisecond); err != nil {
			t.Fatal(err)
		}
	}
	comm, _ := os.ReadFile("/proc/self/comm")
	wantComm := strings.TrimSpace(string(comm))
	for name, kind := range map[string]uint64{"events": 1, "rb": 2, "rb2": 3} {
		data, ok := got[name]
		if !ok {
			t.Errorf("no event from %s", name)
			continue
		}
		if name == "events" && (len(data) < 32 || len(data) > 39) || name != "events" && len(data) != 32 {
			t.Errorf("%s: %d-byte record", name, len(data))
		}
		ev, err := b.Table(name).Event(data)
		if err != nil {
			t.Fatal(err)
		}
		st, ok := ev.(Struct)
		if !ok {
			t.Fatalf("%s event decoded as %T", name, ev)
		}
		magic := uint64(0x1122334455667788)
		if kind == 3 {
			magic = 7
		}
		want := fmt.Sprintf("{pid: %d, kind: %d, magic: %d, comm: %q}", os.Getpid(), kind, magic, wantComm)
		if st.String() != want {
			t.Errorf("%s event = %s, want %s", name, st, want)
		}
	}
	// The named type decodes the same.
	if v, err := b.DecodeType("struct event_t", got["rb"]); err != nil || v.(Struct).Get("kind") != uint64(2) {
		t.Errorf("DecodeType: %v, %v", v, err)
	}
}

// TestWriteLog2Hist checks the histogram text against BCC's format, worked
// out by hand from table.py's _print_log2_hist and _stars:
//
//   - header: 5 spaces, the label left-aligned in 19 columns, then
//     " : count     distribution";
//   - rows for slots 1..last non-empty slot: "%10d -> %-10d : %-8d |%-40s|"
//     with slot i covering 2^(i-1) .. 2^i-1, and slot 1 printed as 0 -> 1;
//   - the bar has floor(40*count/max) stars.
//
// The counts are the strlen example of BCC's reference guide (the seed
// document): 2106, 1172, 3892, 5096, 2201, 547 in slots 1..6, whose bars
// there have 16, 9, 30, 40, 17 and 4 stars; 40*2106/5096 = 16.5 → 16,
// 40*1172/5096 = 9.2 → 9, 40*3892/5096 = 30.5 → 30, 40*2201/5096 = 17.3 →
// 17, 40*547/5096 = 4.3 → 4.
func TestWriteLog2Hist(t *testing.T) {
	vals := make([]uint64, 65)
	copy(vals[1:], []uint64{2106, 1172, 3892, 5096, 2201, 547})
	var got bytes.Buffer
	if err := WriteLog2Hist(&got, vals, "strlen return:", false); err != nil {
		t.Fatal(err)
	}
	want := "" +
		"     strlen return:      : count     distribution\n" +
		"         0 -> 1          : 2106     |****************                        |\n" +
		"         2 -> 3          : 1172     |*********                               |\n" +
		"         4 -> 7          : 3892     |******************************          |\n" +
		"         8 -> 15         : 5096     |****************************************|\n" +
		"        16 -> 31         : 2201     |*****************                       |\n" +
		"        32 -> 63         : 547      |****                                    |\n"
	if got.String() != want {
		t.Errorf("got:\n%s\nwant:\n%s", got.String(), want)
	}

	// Leading zeros stripped; beyond slot 32 the wide format (20-digit
	// bounds, 29-column label, 20-star bars): slot 33 is 2^32 .. 2^33-1.
	vals = make([]uint64, 65)
	vals[3], vals[33] = 1, 2
	got.Reset()
	WriteLog2Hist(&got, vals, "ns", true)
	want = "" +
		"               ns                            : count     distribution\n" +
		"                   4 -> 7                    : 1        |**********          |\n" +
		strings.Repeat("", 0)
	var rest strings.Builder
	for i := 4; i <= 32; i++ {
		fmt.Fprintf(&rest, "%20d -> %-20d : 0        |                    |\n", uint64(1)<<(i-1), uint64(1)<<i-1)
	}
	want += rest.String() + "          4294967296 -> 8589934591           : 2        |********************|\n"
	if got.String() != want {
		t.Errorf("wide histogram: got:\n%s\nwant:\n%s", got.String(), want)
	}

	// Only slot 0, or nothing: BCC prints nothing at all.
	got.Reset()
	WriteLog2Hist(&got, []uint64{7}, "x", false)
	if got.Len() != 0 {
		t.Errorf("slot 0 only printed %q", got.String())
	}
}

// TestWriteLinearHist: header 5 spaces + label in 13 columns; rows
// "        %-10d : %-8d |%-40s|" from 0 to the last non-empty value. The
// counts are the reference guide's kbytes example (3 → 6 stars since
// 40*3/19 = 6.3, 19 → 40).
func TestWriteLinearHist(t *testing.T) {
	var got bytes.Buffer
	WriteLinearHist(&got, []uint64{3, 0, 0, 0, 19, 0, 0}, "kbytes")
	want := "" +
		"     kbytes        : count     distribution\n" +
		"        0          : 3        |******                                  |\n" +
		"        1          : 0        |                                        |\n" +
		"        2          : 0        |                                        |\n" +
		"        3          : 0        |                                        |\n" +
		"        4          : 19       |****************************************|\n"
	if got.String() != want {
		t.Errorf("got:\n%s\nwant:\n%s", got.String(), want)
	}
}

func TestStars(t *testing.T) {
	for _, c := range []struct {
		val, max uint64
		n        int
	}{{0, 5, 0}, {1, 41, 0}, {1, 40, 1}, {5, 5, 40}, {2, 3, 26}, {1, 3, 13}, {1<<64 - 2, 1<<64 - 1, 40}} {
		if got := stars(c.val, c.max, 40); got != strings.Repeat("*", c.n) {
			t.Errorf("stars(%d, %d) = %d stars, want %d", c.val, c.max, len(got), c.n)
		}
	}
	// The last case: Python's 40*val/max rounds to 40.0 before the
	// comparison, so BCC draws a full bar, and so does stars.
	if got := stars(6, 5, 10); got != "*********+" {
		t.Errorf("stars over the max = %q", got)
	}
}

const tableProg = `
struct key_t {
	u32 pid;
	char comm[16];
};
struct val_t {
	u64 count;
	u32 flags;
	s32 delta;
};

BPF_HASH(h, struct key_t, struct val_t);
BPF_ARRAY(arr, u64, 4);
BPF_PERCPU_ARRAY(pc, u64, 2);
BPF_PERCPU_HASH(pch, u32, struct val_t);
BPF_HISTOGRAM(dist);

struct slot_key {
	u32 cpu;
	u64 slot;
};
BPF_HISTOGRAM(bydev, struct slot_key);

TRACEPOINT_PROBE(syscalls, sys_enter_getppid)
{
	struct key_t k = {};
	struct val_t zero = {};
	struct val_t *v = h.lookup_or_try_init(&k, &zero);
	if (v)
		v->count++;
	arr.increment(1);
	pc.increment(0);
	pch.update(&k.pid, &zero);
	dist.increment(bpf_log2l(5));
	struct slot_key sk = {};
	bydev.increment(sk);
	return 0;
}
`

// TestTableRoundTrips: update, lookup, delete and clear on hash, array and
// per-CPU tables, with BTF-typed encoding and decoding; and histograms
// filled from user space printed as BCC does.
func TestTableRoundTrips(t *testing.T) {
	requireBPF(t)
	b, err := New(tableProg)
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()

	h := b.Table("h")
	if h == nil || b.Table("nope") != nil {
		t.Fatal("Table")
	}
	key, err := h.EncodeKey(map[string]any{"pid": 42, "comm": "bash"})
	if err != nil {
		t.Fatal(err)
	}
	val, err := h.EncodeValue(Struct{{"count", uint64(7)}, {"flags", 3}, {"delta", -2}})
	if err != nil {
		t.Fatal(err)
	}
	if err := h.Update(key, val); err != nil {
		t.Fatal(err)
	}
	got, err := h.Lookup(key)
	if err != nil || !bytes.Equal(got, val) {
		t.Fatalf("lookup = %x, %v; want %x", got, err, val)
	}
	kvs, err := h.Decoded()
	if err != nil {
		t.Fatal(err)
	}
	if s := fmt.Sprint(Format(kvs[0].Key), " ", Format(kvs[0].Value)); len(kvs) != 1 || s != `{pid: 42, comm: "bash"} {count: 7, flags: 3, delta: -2}` {
		t.Errorf("decoded %d items: %s", len(kvs), s)
	}
	if err := h.Delete(key); err != nil {
		t.Fatal(err)
	}
	if _, err := h.Lookup(key); !errors.Is(err, ebpf.ErrKeyNotExist) {
		t.Errorf("lookup after delete: %v", err)
	}
	for i := 0; i < 3; i++ {
		k, _ := h.EncodeKey(map[string]any{"pid": i})
		if err := h.Update(k, val); err != nil {
			t.Fatal(err)
		}
	}
	if err := h.Clear(); err != nil {
		t.Fatal(err)
	}
	if items, _ := h.Items(); len(items) != 0 {
		t.Errorf("%d items after clear", len(items))
	}
	if _, err := h.EncodeKey(map[string]any{"nosuch": 1}); err == nil {
		t.Error("encoding an unknown member did not fail")
	}

	arr := b.Table("arr")
	if err := arr.Update(u32(2), u64(99)); err != nil {
		t.Fatal(err)
	}
	items, err := arr.Items()
	if err != nil || len(items) != 4 || binary.NativeEndian.Uint64(items[2].Value) != 99 {
		t.Fatalf("array items %v, %v", items, err)
	}
	if err := arr.Delete(u32(2)); err != nil {
		t.Fatal(err)
	}
	if v, _ := arr.Lookup(u32(2)); binary.NativeEndian.Uint64(v) != 0 {
		t.Error("array delete did not zero the value")
	}
	if err := arr.Update(u32(1), u64(1)); err == nil {
		if err := arr.Clear(); err != nil {
			t.Fatal(err)
		}
		if v, _ := arr.Lookup(u32(1)); binary.NativeEndian.Uint64(v) != 0 {
			t.Error("array clear did not zero")
		}
	}
	if err := arr.Update(u32(1), u32(1)); err == nil {
		t.Error("a value of the wrong size was accepted")
	}

	pc := b.Table("pc")
	ncpu, _ := ebpf.PossibleCPU()
	per := make([][]byte, ncpu)
	for i := range per {
		per[i] = u64(uint64(i + 1))
	}
	if err := pc.UpdatePerCPU(u32(1), per); err != nil {
		t.Fatal(err)
	}
	sum, err := pc.Lookup(u32(1))
	if err != nil || binary.NativeEndian.Uint64(sum) != uint64(ncpu*(ncpu+1)/2) {
		t.Errorf("per-CPU sum %x, %v (cpus %d)", sum, err, ncpu)
	}
	vals, err := pc.LookupPerCPU(u32(1))
	if err != nil || len(vals) != ncpu || binary.NativeEndian.Uint64(vals[ncpu-1]) != uint64(ncpu) {
		t.Errorf("per-CPU values %x, %v", vals, err)
	}
	if err := pc.Clear(); err != nil {
		t.Fatal(err)
	}
	if sum, _ := pc.Lookup(u32(1)); binary.NativeEndian.Uint64(sum) != 0 {
		t.Error("per-CPU clear")
	}

	// Per-CPU struct values: integer members summed over CPUs.
	pch := b.Table("pch")
	per = per[:0]
	for i := 0; i < ncpu; i++ {
		v, err := pch.EncodeValue(map[string]any{"count": i + 1, "flags": 1, "delta": -1})
		if err != nil {
			t.Fatal(err)
		}
		per = append(per, v)
	}
	if err := pch.UpdatePerCPU(u32(9), per); err != nil {
		t.Fatal(err)
	}
	kvs, err = pch.Decoded()
	if err != nil {
		t.Fatal(err)
	}
	want := fmt.Sprintf("[{9 {count: %d, flags: %d, delta: %d}}]", ncpu*(ncpu+1)/2, ncpu, -ncpu)
	if got := fmt.Sprint(kvs); got != want {
		t.Errorf("per-CPU hash items %s, want %s", got, want)
	}

	// A BPF_HISTOGRAM filled by hand prints as TestWriteLog2Hist checks.
	dist := b.Table("dist")
	if !dist.IsHistogram() || arr.IsHistogram() || h.IsHistogram() {
		t.Errorf("IsHistogram: dist %v arr %v h %v (kind %q)", dist.IsHistogram(), arr.IsHistogram(), h.IsHistogram(), dist.Kind)
	}
	for slot, n := range map[uint32]uint64{1: 5, 3: 10} {
		if err := dist.Update(u32(slot), u64(n)); err != nil {
			t.Fatal(err)
		}
	}
	var out bytes.Buffer
	if err := PrintLog2Hist(&out, dist, "usecs"); err != nil {
		t.Fatal(err)
	}
	want = "" +
		"     usecs               : count     distribution\n" +
		"         0 -> 1          : 5        |********************                    |\n" +
		"         2 -> 3          : 0        |                                        |\n" +
		"         4 -> 7          : 10       |****************************************|\n"
	if out.String() != want {
		t.Errorf("PrintLog2Hist:\n%s\nwant:\n%s", out.String(), want)
	}
	out.Reset()
	PrintLinearHist(&out, dist, "slot")
	if !strings.HasPrefix(out.String(), "     slot          : count     distribution\n        0          : 0        |") {
		t.Errorf("PrintLinearHist:\n%s", out.String())
	}

	// A {bucket, slot} histogram prints one section per bucket.
	bydev := b.Table("bydev")
	if !bydev.IsHistogram() {
		t.Error("struct-keyed BPF_HISTOGRAM not recognised")
	}
	for _, e := range []struct {
		cpu  uint32
		slot uint64
		n    uint64
	}{{1, 2, 4}, {0, 1, 1}} {
		k, err := bydev.EncodeKey(map[string]any{"cpu": e.cpu, "slot": e.slot})
		if err != nil {
			t.Fatal(err)
		}
		if err := bydev.Update(k, u64(e.n)); err != nil {
			t.Fatal(err)
		}
	}
	out.Reset()
	if err := bydev.PrintLog2Hist(&out, "kbytes", HistOptions{SectionHeader: "cpu"}); err != nil {
		t.Fatal(err)
	}
	want = "" +
		"\ncpu = 0\n" +
		"     kbytes              : count     distribution\n" +
		"         0 -> 1          : 1        |****************************************|\n" +
		"\ncpu = 1\n" +
		"     kbytes              : count     distribution\n" +
		"         0 -> 1          : 0        |                                        |\n" +
		"         2 -> 3          : 4        |****************************************|\n"
	if out.String() != want {
		t.Errorf("sections:\n%q\nwant:\n%q", out.String(), want)
	}
}

// TestKprobeUnsupported: on a kernel without kprobes, attaching one fails
// with a message that says so (and nothing else is left attached).
func TestKprobeUnsupported(t *testing.T) {
	requireBPF(t)
	if KprobesSupported() {
		t.Skip("this kernel has kprobes")
	}
	b, err := New("int kprobe__do_sys_openat2(struct pt_regs *ctx) { return 0; }\n")
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	err = b.AttachAll()
	if !errors.Is(err, ErrKprobesUnsupported) {
		t.Fatalf("AttachAll: %v", err)
	}
	want := "cannot attach kprobe__do_sys_openat2 to kprobe do_sys_openat2: kprobes are not supported by this kernel (CONFIG_KPROBES is off"
	if !strings.HasPrefix(err.Error(), want) || strings.Contains(err.Error(), "\n") {
		t.Errorf("error %q", err)
	}
	if err := b.AttachKretprobe("do_sys_openat2", "kprobe__do_sys_openat2"); !errors.Is(err, ErrKprobesUnsupported) {
		t.Errorf("AttachKretprobe: %v", err)
	}
	if len(b.Attachments()) != 0 {
		t.Error("something attached")
	}
}

func TestCflags(t *testing.T) {
	requireBPF(t)
	if _, err := New("int f(void *ctx) { return 0; }", "-bogus"); err == nil || !strings.Contains(err.Error(), "unsupported cflag") {
		t.Errorf("bad cflag: %v", err)
	}
	b, err := NewWithOptions(Options{Text: "BPF_ARRAY(a, u64, N);\nint kprobe__x(void *ctx) { return 0; }\n", Cflags: []string{"-D", "N=3", "-w", "-O2"}})
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	if n := b.Table("a").Map.MaxEntries(); n != 3 {
		t.Errorf("-D N=3 gave %d entries", n)
	}
}
