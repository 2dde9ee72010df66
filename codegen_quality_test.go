package bccc_test

import (
	"bytes"
	"github.com/bccc-dev/bccc/verifier"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/bccc-dev/bccc"
	"github.com/cilium/ebpf"
	"github.com/cilium/ebpf/asm"
)

// Code quality: instruction counts and frame sizes of known programs, so
// that a change making them worse shows up. The limits are what bccc
// produced when they were set (bench/compare.sh measures them against
// clang-19); lower them when the code gets better.

// progStats compiles src and returns, per program, its instruction slots
// and the number of stack bytes it touches below R10.
func progStats(t *testing.T, name string, src []byte, opts bccc.Options) (slots, stack map[string]int) {
	t.Helper()
	obj, _, err := bccc.Compile(name, src, opts)
	if err != nil {
		t.Fatal(err)
	}
	spec, err := ebpf.LoadCollectionSpecFromReader(bytes.NewReader(obj.ELF))
	if err != nil {
		t.Fatal(err)
	}
	slots, stack = map[string]int{}, map[string]int{}
	for pn, p := range spec.Programs {
		n, low := 0, 0
		fp := map[asm.Register]bool{} // registers holding r10 + constant
		for _, ins := range p.Instructions {
			n += int(ins.Size() / asm.InstructionSize)
			if c := ins.OpCode.Class(); (c == asm.LdXClass || c == asm.StClass || c == asm.StXClass) && (ins.Src == asm.R10 || ins.Dst == asm.R10) {
				low = min(low, int(ins.Offset))
			}
			switch {
			case ins.OpCode.ALUOp() == asm.Mov && ins.OpCode.Source() == asm.RegSource && ins.Src == asm.R10:
				fp[ins.Dst] = true
			case ins.OpCode.ALUOp() == asm.Add && ins.OpCode.Source() == asm.ImmSource && fp[ins.Dst]:
				low = min(low, int(ins.Constant))
				delete(fp, ins.Dst)
			default:
				delete(fp, ins.Dst)
			}
		}
		slots[pn], stack[pn] = n, -low
	}
	return slots, stack
}

var benchFn = regexp.MustCompile(`@bench fn=(\w+) type=(\w+)`)

// TestCodegenQualityBench: the instruction slots of the bench corpus stay
// at or below what they were when bench/compare.sh last measured them.
func TestCodegenQualityBench(t *testing.T) {
	limits := map[string]int{
		"perf_event/report_exec": 22,
		"ringbuf/note_close":     23,
		"tracepoint_openat/tracepoint__syscalls__sys_enter_openat": 44,
		"count_by_pid/count_writes":                                27,
		"xdp_count/count_protocols":                                23,
		"hello/say_hello":                                          6,
		"raw_tp/raw_tracepoint__sys_enter":                         14,
		"histogram/tracepoint__syscalls__sys_exit_read":            48,
		"big/tracepoint__raw_syscalls__sys_enter":                  125,
		"big/tracepoint__raw_syscalls__sys_exit":                   228,
		"big/tracepoint__sched__sched_process_exit":                9,
	}
	files, _ := filepath.Glob("bench/corpus/*.c")
	if len(files) == 0 {
		t.Skip("no bench corpus")
	}
	seen := 0
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var progs []string
		for _, m := range benchFn.FindAllStringSubmatch(string(src), -1) {
			if !strings.HasPrefix(m[1], "tracepoint__") && !strings.HasPrefix(m[1], "raw_tracepoint__") && !strings.HasPrefix(m[1], "kprobe__") {
				progs = append(progs, m[1]+"="+m[2])
			}
		}
		slots, _ := progStats(t, f, src, bccc.Options{Progs: progs, Tracefs: "testdata/tracefs"})
		name := strings.TrimSuffix(filepath.Base(f), ".c")
		for pn, n := range slots {
			lim, ok := limits[name+"/"+pn]
			if !ok {
				continue
			}
			seen++
			if n > lim {
				t.Errorf("%s/%s: %d instruction slots, more than %d", name, pn, n, lim)
			}
		}
	}
	if seen != len(limits) {
		t.Errorf("checked %d of the %d programs with limits", seen, len(limits))
	}
}

// sharedFrame inlines ten helpers with a 64-byte local array each, and
// uses compound literals in separate scopes: 700 bytes of locals, of which
// no two live at the same time except a helper's array and the caller's
// accumulator, so the frame fits in 512 bytes only when slots are shared.
const sharedFrame = `
BPF_ARRAY(res, u64, 1);

static __always_inline u64 table(u32 i, u64 seed)
{
	u64 t[8];
#pragma unroll
	for (int j = 0; j < 8; j++)
		t[j] = seed * (j + 1);
	return t[i & 7];
}

struct quad { u64 a, b, c, d; };

static __always_inline u64 pick(struct quad *q, u32 i)
{
	u64 *p = &q->a;
	return p[i & 3];
}

int f(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data;
	void *end = (void *)(long)ctx->data_end;
	if (data + 1 > end)
		return 0;
	u32 i = *(u8 *)data;
	u64 acc = 0;
	acc += table(i, 1);
	acc += table(i + 1, 2);
	acc += table(i + 2, 3);
	acc += table(i + 3, 4);
	acc += table(i + 4, 5);
	acc += table(i + 5, 6);
	acc += table(i + 6, 7);
	acc += table(i + 7, 8);
	acc += table(i, 9);
	acc += table(i, 10);
	if (i & 1) {
		acc += pick(&(struct quad){1, 2, 3, 4}, i);
	} else {
		acc += pick(&(struct quad){10, 20, 30, 40}, i);
	}
	acc += pick(&(struct quad){100, 200, 300, 400}, i + 1);
	int k = 0;
	res.update(&k, &acc);
	return 2;
}
`

// sharedFrameWant computes what sharedFrame stores, in Go.
func sharedFrameWant(i uint64) uint64 {
	table := func(i, seed uint64) uint64 { return seed * (i&7 + 1) }
	acc := uint64(0)
	for k := uint64(0); k < 8; k++ {
		acc += table(i+k, k+1)
	}
	acc += table(i, 9) + table(i, 10)
	if i&1 != 0 {
		acc += []uint64{1, 2, 3, 4}[i&3]
	} else {
		acc += []uint64{10, 20, 30, 40}[i&3]
	}
	return acc + []uint64{100, 200, 300, 400}[(i+1)&3]
}

// TestCodegenSharedSlots: the locals of different inlined calls and of
// compound literals in different scopes share stack bytes, and the program
// still computes the right values in the kernel.
func TestCodegenSharedSlots(t *testing.T) {
	src := []byte(sharedFrame)
	opts := bccc.Options{Progs: []string{"f=XDP"}}
	_, stack := progStats(t, "shared.c", src, opts)
	if stack["f"] > 128 {
		t.Errorf("frame of %d bytes, want at most 128", stack["f"])
	}
	tsrc, err := os.ReadFile("testdata/load/proto_headers.c")
	if err != nil {
		t.Fatal(err)
	}
	_, pstack := progStats(t, "proto_headers.c", tsrc, bccc.Options{Progs: progFlags(tsrc)})
	if pstack["cls"] > 16 {
		t.Errorf("proto_headers.c: frame of %d bytes, want at most 16", pstack["cls"])
	}
	requireBPF(t)
	for _, v := range codegenVariants {
		t.Run(v.name, func(t *testing.T) {
			o := v.opts
			o.Progs = opts.Progs
			coll := compileAndLoad(t, "shared.c", src, o)
			defer coll.Close()
			for _, i := range []uint64{0, 1, 2, 3, 6, 7, 200, 255} {
				ret, err := coll.Programs["f"].Run(&ebpf.RunOptions{Data: append([]byte{byte(i)}, make([]byte, 63)...)})
				if err != nil {
					t.Fatal(err)
				}
				if ret != 2 {
					t.Fatalf("i=%d: returned %d", i, ret)
				}
				var got uint64
				if err := coll.Maps["res"].Lookup(uint32(0), &got); err != nil {
					t.Fatal(err)
				}
				if want := sharedFrameWant(i); got != want {
					t.Errorf("i=%d: stored %d, want %d", i, got, want)
				}
			}
		})
	}
}

// sharedSpill keeps six map value pointers across a helper call, so two of
// them spill, and then fills a struct whose slot shares bytes with a spill
// slot: the kernel sees a stack word hold a pointer, then data.
const sharedSpill = `
BPF_ARRAY(arr, u64, 8);

struct quad { u64 a, b, c, d; };

int g(struct xdp_md *ctx)
{
	int k0 = 0, k1 = 1, k2 = 2, k3 = 3, k4 = 4, k5 = 5;
	u64 *p0 = arr.lookup(&k0), *p1 = arr.lookup(&k1), *p2 = arr.lookup(&k2);
	u64 *p3 = arr.lookup(&k3), *p4 = arr.lookup(&k4), *p5 = arr.lookup(&k5);
	if (!p0 || !p1 || !p2 || !p3 || !p4 || !p5)
		return 0;
	u64 t = bpf_ktime_get_ns();
	*p0 = 1; *p1 = 2; *p2 = 3; *p3 = 4; *p4 = 5; *p5 = 6 + (t & 0);
	struct quad q = {};
	q.a = *p0 + *p5;
	q.c = 9;
	int k6 = 6;
	arr.update(&k6, &q.a);
	int k7 = 7;
	arr.update(&k7, &q.c);
	return 2;
}
`

// TestCodegenSharedSpill: the lint agrees with the kernel on a stack slot
// reused from a spilled pointer for data, and the program runs right.
func TestCodegenSharedSpill(t *testing.T) {
	src := []byte(sharedSpill)
	for _, v := range codegenVariants {
		t.Run(v.name, func(t *testing.T) {
			o := v.opts
			o.Progs = []string{"g=XDP"}
			obj, _, err := bccc.Compile("spill.c", src, o)
			if err != nil {
				t.Fatal(err)
			}
			fs, err := bccc.Lint(obj.ELF, verifier.Options{})
			if err != nil {
				t.Fatal(err)
			}
			for _, fd := range fs {
				if fd.Severity == verifier.Error {
					t.Errorf("lint: %v", fd)
				}
			}
			requireBPF(t)
			coll := loadObject(t, "spill.c", obj.ELF)
			defer coll.Close()
			if ret, err := coll.Programs["g"].Run(&ebpf.RunOptions{Data: make([]byte, 64)}); err != nil || ret != 2 {
				t.Fatalf("run: %d, %v", ret, err)
			}
			for k, want := range map[uint32]uint64{0: 1, 5: 6, 6: 7, 7: 9} {
				var got uint64
				if err := coll.Maps["arr"].Lookup(k, &got); err != nil {
					t.Fatal(err)
				}
				if got != want {
					t.Errorf("arr[%d] = %d, want %d", k, got, want)
				}
			}
		})
	}
}
