package fuzz

// TestDifferential: random-program differential testing. For each seed
// fuzz/gen generates a UB-free program in the testdata/exec format
//
//	static u64 test(u64 a, u64 b, u64 c, u64 d)
//
// which is built natively with gcc (the reference) and with bccc into an
// XDP program (the exec harness's wrapper: inputs from an array map, the
// result to another), at -mcpu=v1 and v3 with optimisation and at v1
// without, loaded into the kernel and run with BPF_PROG_TEST_RUN on ten
// input vectors. The native side is also built with UBSan at -O0 with a
// poisoned stack (testdata/exec/native_main.c's EXEC_POISON_STACK), which
// must not fire and must agree with the plain build: that checks the
// generator's promise of defined behaviour on the vectors used.
//
// A mismatch, a compile error or a verifier rejection writes the program
// to /tmp/bccc-difftest-fail-<seed>.c (with the failure in a comment at
// the top) and reports the seed, the configuration, the vector and the
// expected and actual results, or the diagnostics or verifier log tail.
//
//	go test ./fuzz -run TestDifferential                    # seeds 1..150
//	go test ./fuzz -run TestDifferential -difftest.n=2000   # or: make difftest
//	go test ./fuzz -run TestDifferential -difftest.seed=1234 -difftest.n=1 -v  # one program
//	go test ./fuzz -run TestDifferential -difftest.dump=/tmp/progs            # keep the programs

import (
	"bufio"
	"bytes"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/bccc-dev/bccc"
	"github.com/bccc-dev/bccc/fuzz/gen"
	"github.com/cilium/ebpf"
	"github.com/cilium/ebpf/rlimit"
)

var (
	difftestN    = flag.Int("difftest.n", 150, "TestDifferential: number of generated programs")
	difftestSeed = flag.Uint64("difftest.seed", 1, "TestDifferential: first seed")
	difftestDump = flag.String("difftest.dump", "", "TestDifferential: also write every generated program to this directory")
)

// difftestWrapper is appended to every program for the BPF side (the same
// as exec_test.go's): inputs from __exec_in_map, the result to
// __exec_out_map, return 2 (XDP_PASS) when test() ran.
const difftestWrapper = `
struct __exec_in { u64 v[4]; };
BPF_ARRAY(__exec_in_map, struct __exec_in, 1);
BPF_ARRAY(__exec_out_map, u64, 1);
int exec_entry(struct xdp_md *ctx) {
    int k = 0;
    struct __exec_in *in = __exec_in_map.lookup(&k);
    if (!in)
        return 1;
    u64 r = test(in->v[0], in->v[1], in->v[2], in->v[3]);
    __exec_out_map.update(&k, &r);
    return 2;
}
`

type difftestConfig struct {
	name  string
	cpu   int
	noOpt bool
}

var difftestConfigs = []difftestConfig{
	{"v1", 1, false},
	{"v3", 3, false},
	{"v1-O0", 1, true},
}

// The native builds: the reference, and the UB check.
var (
	difftestPlainFlags = []string{"-std=gnu11", "-O1", "-fno-strict-aliasing", "-w"}
	difftestUBSanFlags = []string{
		"-std=gnu11", "-O0", "-fno-strict-aliasing", "-w", "-DEXEC_POISON_STACK",
		"-fsanitize=undefined", "-fno-sanitize-recover=all",
		"-Werror=div-by-zero", "-Werror=shift-count-overflow", "-Werror=shift-count-negative",
		"-Werror=shift-negative-value", "-Werror=shift-overflow=2", "-Werror=sequence-point",
		"-Werror=return-type", "-Werror=implicit-function-declaration", "-Werror=int-conversion",
		"-Werror=incompatible-pointer-types",
	}
	difftestUBSanEnv = []string{"UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1"}
)

// splitmix64, for the seeded input vectors.
type splitmix struct{ s uint64 }

func (r *splitmix) next() uint64 {
	r.s += 0x9e3779b97f4a7c15
	z := r.s
	z = (z ^ z>>30) * 0xbf58476d1ce4e5b9
	z = (z ^ z>>27) * 0x94d049bb133111eb
	return z ^ z>>31
}

var difftestEdges = []uint64{
	0, 1, 2, 0x7f, 0x80, 0xff, 0x7fff, 0x8000, 0xffff, 0x7fffffff, 0x80000000, 0xffffffff,
	0x100000000, 0x7fffffffffffffff, 0x8000000000000000, ^uint64(0), ^uint64(1), 0xffffffff80000000,
}

// difftestVectors are the ten inputs for seed's program: six fixed edge
// vectors (including INT_MIN / -1 at 32 and 64 bits) and four drawn from
// the seed: full-width, small signed, and two mixing edge values, small
// values and powers of two.
func difftestVectors(seed uint64) [][4]uint64 {
	m1 := ^uint64(0)
	v := [][4]uint64{
		{0, 0, 0, 0},
		{m1, m1, m1, m1},
		{0x80000000, 0x7fffffff, 0xffffffff, 1},
		{0x8000000000000000, 0x7fffffffffffffff, m1, 0},
		{0xffffffff80000000, m1, 0x8000000000000000, m1},
		{0xff, 0x80, 0xffff, 0x8000},
	}
	r := splitmix{seed * 0x51afd7ed558ccd}
	for i := 0; i < 4; i++ {
		var x [4]uint64
		for j := range x {
			switch k := r.next() % 4; {
			case i == 0:
				x[j] = r.next()
			case i == 1:
				x[j] = uint64(int64(r.next()%601) - 300)
			case k == 0:
				x[j] = difftestEdges[r.next()%uint64(len(difftestEdges))]
			case k == 1:
				x[j] = uint64(int64(r.next()%33) - 16)
			case k == 2:
				x[j] = 1<<(r.next()%64) - r.next()%2
			default:
				x[j] = r.next()
			}
		}
		v = append(v, x)
	}
	return v
}

// --- native side ---

type difftestNative struct {
	gcc     string
	execDir string // testdata/exec, for native_wrap.c and the prelude
	dir     string
	plainO  string // native_main.c, compiled per flag set
	ubsanO  string
}

type nativeResult struct {
	done chan struct{}
	want []uint64
	err  error // a build failure, or UB found: a generator bug
}

func (n *difftestNative) gccRun(args ...string) error {
	out, err := exec.Command(n.gcc, args...).CombinedOutput()
	if err != nil {
		return fmt.Errorf("gcc %s: %v\n%s", strings.Join(args, " "), err, out)
	}
	return nil
}

func (n *difftestNative) setup() error {
	n.plainO = filepath.Join(n.dir, "main.o")
	n.ubsanO = filepath.Join(n.dir, "main-ubsan.o")
	main := filepath.Join(n.execDir, "native_main.c")
	if err := n.gccRun(append(append([]string{}, difftestPlainFlags...), "-c", main, "-o", n.plainO)...); err != nil {
		return err
	}
	return n.gccRun(append(append([]string{}, difftestUBSanFlags...), "-c", main, "-o", n.ubsanO)...)
}

func (n *difftestNative) build(prog, bin string, flags []string, mainObj string) error {
	args := append([]string{}, flags...)
	args = append(args, "-I", n.execDir, "-DEXEC_PROGRAM="+strconv.Quote(prog),
		filepath.Join(n.execDir, "native_wrap.c"), mainObj, "-o", bin)
	return n.gccRun(args...)
}

func runNative(bin string, env []string, vecs [][4]uint64) ([]uint64, error) {
	var args []string
	for _, v := range vecs {
		for _, x := range v {
			args = append(args, strconv.FormatUint(x, 16))
		}
	}
	cmd := exec.Command(bin, args...)
	cmd.Env = append(os.Environ(), env...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil || stderr.Len() > 0 {
		return nil, fmt.Errorf("%s: %v\n%s", filepath.Base(bin), err, stderr.Bytes())
	}
	var out []uint64
	sc := bufio.NewScanner(&stdout)
	for sc.Scan() {
		x, err := strconv.ParseUint(sc.Text(), 16, 64)
		if err != nil {
			return nil, fmt.Errorf("%s output: %v", filepath.Base(bin), err)
		}
		out = append(out, x)
	}
	if len(out) != len(vecs) {
		return nil, fmt.Errorf("%s printed %d results for %d vectors", filepath.Base(bin), len(out), len(vecs))
	}
	return out, nil
}

// native builds and runs one program both ways; err reports a build
// failure or undefined behaviour, which are generator bugs.
func (n *difftestNative) native(seed uint64, prog string, vecs [][4]uint64) ([]uint64, error) {
	plainBin := filepath.Join(n.dir, fmt.Sprintf("p%d", seed))
	ubsanBin := plainBin + "-ubsan"
	if err := n.build(prog, plainBin, difftestPlainFlags, n.plainO); err != nil {
		return nil, err
	}
	if err := n.build(prog, ubsanBin, difftestUBSanFlags, n.ubsanO); err != nil {
		return nil, fmt.Errorf("UB check build: %v", err)
	}
	want, err := runNative(plainBin, nil, vecs)
	if err != nil {
		return nil, err
	}
	checked, err := runNative(ubsanBin, difftestUBSanEnv, vecs)
	if err != nil {
		return nil, fmt.Errorf("UBSan / poisoned-stack build: %v", err)
	}
	for i := range want {
		if want[i] != checked[i] {
			return nil, fmt.Errorf("vector %d %#x: plain -O1 build gives %#x, UBSan -O0 build %#x (undefined behaviour?)",
				i, vecs[i], want[i], checked[i])
		}
	}
	os.Remove(plainBin)
	os.Remove(ubsanBin)
	return want, nil
}

// --- BPF side ---

// runBPF compiles src with cfg, loads and runs it on vecs, and returns a
// description of every failure.
func runBPF(src []byte, cfg difftestConfig, vecs [][4]uint64, want []uint64) []string {
	obj, _, err := bccc.Compile("difftest.c", src, bccc.Options{
		Progs:      []string{"exec_entry=XDP"},
		CPU:        cfg.cpu,
		NoOptimize: cfg.noOpt,
	})
	if err != nil {
		var ce *bccc.Error
		if errors.As(err, &ce) {
			var b strings.Builder
			for _, d := range ce.Diags {
				fmt.Fprintf(&b, "\n\t%s", d)
			}
			return []string{"bccc compile failed:" + b.String()}
		}
		return []string{"bccc compile failed: " + err.Error()}
	}
	spec, err := ebpf.LoadCollectionSpecFromReader(bytes.NewReader(obj.ELF))
	if err != nil {
		return []string{"reading ELF: " + err.Error()}
	}
	coll, err := ebpf.NewCollectionWithOptions(spec, ebpf.CollectionOptions{})
	if err != nil {
		var ve *ebpf.VerifierError
		if errors.As(err, &ve) {
			log := ve.Log
			if len(log) > 25 {
				log = log[len(log)-25:]
			}
			return []string{fmt.Sprintf("verifier rejected the program: %v\n\tlog tail:\n\t%s", ve.Cause, strings.Join(log, "\n\t"))}
		}
		return []string{"load: " + err.Error()}
	}
	defer coll.Close()
	p, in, out := coll.Programs["exec_entry"], coll.Maps["__exec_in_map"], coll.Maps["__exec_out_map"]
	if p == nil || in == nil || out == nil {
		return []string{"collection lacks exec_entry, __exec_in_map or __exec_out_map"}
	}
	var fails []string
	data := make([]byte, 64)
	for i, v := range vecs {
		if err := in.Put(uint32(0), v); err != nil {
			return append(fails, "writing __exec_in_map: "+err.Error())
		}
		if err := out.Put(uint32(0), ^want[i]); err != nil {
			return append(fails, "writing __exec_out_map: "+err.Error())
		}
		ret, err := p.Run(&ebpf.RunOptions{Data: data})
		if err != nil {
			return append(fails, fmt.Sprintf("vector %d: BPF_PROG_TEST_RUN: %v", i, err))
		}
		var got uint64
		if err := out.Lookup(uint32(0), &got); err != nil {
			return append(fails, "reading __exec_out_map: "+err.Error())
		}
		if ret != 2 || got != want[i] {
			fails = append(fails, fmt.Sprintf("vector %d (a=%#x b=%#x c=%#x d=%#x): want %#x, got %#x (return %d)",
				i, v[0], v[1], v[2], v[3], want[i], got, ret))
		}
	}
	return fails
}

func requireBPF(t *testing.T) {
	t.Helper()
	_ = rlimit.RemoveMemlock()
	m, err := ebpf.NewMap(&ebpf.MapSpec{Type: ebpf.Array, KeySize: 4, ValueSize: 4, MaxEntries: 1})
	if err != nil {
		if errors.Is(err, os.ErrPermission) {
			t.Skipf("bpf syscall not permitted (needs root or CAP_BPF): %v", err)
		}
		t.Skipf("bpf syscall unusable: %v", err)
	}
	m.Close()
}

func TestDifferential(t *testing.T) {
	gcc, err := exec.LookPath("gcc")
	if err != nil {
		t.Skipf("gcc not found, no native reference: %v", err)
	}
	requireBPF(t)
	execDir, err := filepath.Abs("../testdata/exec")
	if err != nil {
		t.Fatal(err)
	}
	nat := &difftestNative{gcc: gcc, execDir: execDir, dir: t.TempDir()}
	if err := nat.setup(); err != nil {
		t.Skipf("gcc cannot build the native driver (with UBSan): %v", err)
	}
	if *difftestDump != "" {
		if err := os.MkdirAll(*difftestDump, 0o755); err != nil {
			t.Fatal(err)
		}
	}

	n := *difftestN
	first := *difftestSeed
	srcs := make([]string, n)
	results := make([]*nativeResult, n)
	for i := range results {
		results[i] = &nativeResult{done: make(chan struct{})}
	}
	// Two gcc workers build and run the native side ahead of the BPF side.
	// They stop (and are waited for) when the test ends, even early.
	var next atomic.Int64
	var nativeTime atomic.Int64
	var stop atomic.Bool
	var workers sync.WaitGroup
	for w := 0; w < 2; w++ {
		workers.Add(1)
		go func() {
			defer workers.Done()
			for {
				i := int(next.Add(1) - 1)
				if i >= n {
					return
				}
				if stop.Load() {
					results[i].err = errors.New("test stopped")
					close(results[i].done)
					continue
				}
				seed := first + uint64(i)
				start := time.Now()
				src := gen.Generate(seed)
				srcs[i] = src
				prog := filepath.Join(nat.dir, fmt.Sprintf("p%d.c", seed))
				r := results[i]
				if err := os.WriteFile(prog, []byte(src), 0o644); err != nil {
					r.err = err
				} else {
					r.want, r.err = nat.native(seed, prog, difftestVectors(seed))
				}
				nativeTime.Add(int64(time.Since(start)))
				close(r.done)
			}
		}()
	}

	var mu sync.Mutex
	var failedSeeds []string
	passed := make([]atomic.Int64, len(difftestConfigs))
	var bpfTime atomic.Int64
	begin := time.Now()
	t.Cleanup(func() {
		stop.Store(true)
		workers.Wait()
		var b strings.Builder
		for ci, c := range difftestConfigs {
			fmt.Fprintf(&b, " %s %d/%d", c.name, passed[ci].Load(), n)
		}
		t.Logf("%d programs (seeds %d..%d) in %v: passed per configuration:%s; native build+run %v, bccc compile+load+run %v (CPU time over workers)",
			n, first, first+uint64(n)-1, time.Since(begin).Round(time.Millisecond), b.String(),
			time.Duration(nativeTime.Load()).Round(time.Millisecond), time.Duration(bpfTime.Load()).Round(time.Millisecond))
		if len(failedSeeds) > 0 {
			t.Logf("failing seeds: %s (programs in /tmp/bccc-difftest-fail-<seed>.c)", strings.Join(failedSeeds, " "))
		}
	})

	for i := 0; i < n; i++ {
		seed := first + uint64(i)
		r := results[i]
		// Sequential, in seed order: the gcc workers run ahead.
		t.Run(fmt.Sprintf("seed=%d", seed), func(t *testing.T) {
			<-r.done
			src := srcs[i]
			if *difftestDump != "" {
				os.WriteFile(filepath.Join(*difftestDump, fmt.Sprintf("p%d.c", seed)), []byte(src), 0o644)
			}
			vecs := difftestVectors(seed)
			var fails []string
			if r.err != nil {
				fails = append(fails, "native reference (generator bug): "+r.err.Error())
			} else {
				start := time.Now()
				bpfSrc := []byte(src + difftestWrapper)
				for ci, cfg := range difftestConfigs {
					f := runBPF(bpfSrc, cfg, vecs, r.want)
					if len(f) == 0 {
						passed[ci].Add(1)
					}
					for _, m := range f {
						fails = append(fails, cfg.name+": "+m)
					}
				}
				bpfTime.Add(int64(time.Since(start)))
			}
			if len(fails) == 0 {
				return
			}
			file := fmt.Sprintf("/tmp/bccc-difftest-fail-%d.c", seed)
			hdr := "/*\n * TestDifferential failure, seed " + strconv.FormatUint(seed, 10) + ":\n *\t" +
				strings.ReplaceAll(strings.ReplaceAll(strings.Join(fails, "\n"), "*/", "* /"), "\n", "\n *\t") + "\n */\n"
			if err := os.WriteFile(file, []byte(hdr+src), 0o644); err != nil {
				t.Errorf("writing %s: %v", file, err)
			}
			mu.Lock()
			failedSeeds = append(failedSeeds, strconv.FormatUint(seed, 10))
			mu.Unlock()
			t.Errorf("seed %d (program in %s):\n%s", seed, file, strings.Join(fails, "\n"))
		})
	}
}
