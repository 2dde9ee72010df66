package bccc_test

// Differential execution tests: every testdata/exec/*.c program defines
//
//	static u64 test(u64 a, u64 b, u64 c, u64 d)
//
// and is built twice: natively with gcc (the reference) and with bccc into
// an XDP program that reads a, b, c, d from an array map, calls test and
// writes the result to another map. The BPF program is run in the kernel
// with BPF_PROG_TEST_RUN for every input vector and its result compared
// with the native one.
//
// The native build is two translation units: testdata/exec/native_wrap.c,
// which includes native_prelude.h (the dialect's predefined types) and the
// program and exports exec_native_test(), and testdata/exec/native_main.c,
// which takes the input vectors as hex arguments and prints one result per
// line. Binaries are cached by content hash under
// $TMPDIR/bccc-exec-cache, so only changed programs are rebuilt.
//
// TestExecProgramsAreUBFree builds the same programs with UBSan and a
// poisoned stack at -O0, and with ASan+UBSan and UB-related warnings as
// errors at -O2, runs them on the same vectors and checks that they agree
// with the plain build: it is what keeps the corpus free of undefined
// behaviour, which would make a mismatch meaningless.
//
// Run: go test -run 'TestExec' .
// One program: go test -run 'TestExec/add_u8.c' . (or 'TestExec/add_u8.c/v3')

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/bccc-dev/bccc"
	"github.com/cilium/ebpf"
	"github.com/cilium/ebpf/rlimit"
)

const execDir = "testdata/exec"

// execWrapper is appended to every program to make it a loadable XDP
// program: the inputs come from __exec_in_map, the result goes to
// __exec_out_map, and the return value 2 (XDP_PASS) says test() ran.
const execWrapper = `
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

// execCPUs are the -mcpu versions every program is compiled for.
var execCPUs = []int{1, 3}

// execVectors are the inputs every program is run on, natively and in the
// kernel.
var execVectors = execInputVectors()

func execInputVectors() [][4]uint64 {
	n := func(x int64) uint64 { return uint64(x) }
	v := [][4]uint64{
		{0, 0, 0, 0},
		{1, 1, 1, 1},
		{^uint64(0), ^uint64(0), ^uint64(0), ^uint64(0)},
		{0x80000000, 0x7fffffff, 0xffffffff, 1},
		{0x8000000000000000, 0x7fffffffffffffff, ^uint64(0), 0},
		{0xff, 0x80, 0xffff, 0x8000},
		{n(-1), n(-2), n(-7), 3},
		// INT_MIN / -1 at 32 and at 64 bits.
		{0xffffffff80000000, n(-1), 0x8000000000000000, n(-1)},
		{n(-7), 2, 7, n(-2)},
		{1000, 10, 3, 16},
		{0x7f, 0x7fff, 0x80000001, 0xfffffffe},
		{0x123456789abcdef0, 0x0fedcba987654321, 5, 63},
		{n(-8), 0x10, 0x100000000, 0xffffffff00000000},
		{2, 0x8000000000000001, 0x7fffffff80000000, 0x00000000ffff0000},
	}
	// A fixed-seed splitmix64 (not math/rand, whose streams may change):
	// half full-width values, half small signed values, which make loop
	// counts, divisors and indexes interesting.
	s := uint64(0x5eedbccc2024)
	next := func() uint64 {
		s += 0x9e3779b97f4a7c15
		z := s
		z = (z ^ z>>30) * 0xbf58476d1ce4e5b9
		z = (z ^ z>>27) * 0x94d049bb133111eb
		return z ^ z>>31
	}
	for i := 0; i < 8; i++ {
		var x [4]uint64
		for j := range x {
			x[j] = next()
			if i%2 == 1 {
				x[j] = uint64(int64(x[j]%601) - 300)
			}
		}
		v = append(v, x)
	}
	return v
}

// execPrograms lists testdata/exec/*.c, sorted.
func execPrograms(t *testing.T) []string {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(execDir, "*.c"))
	if err != nil {
		t.Fatal(err)
	}
	var progs []string
	for _, f := range files {
		switch filepath.Base(f) {
		case "native_main.c", "native_wrap.c":
			continue
		}
		progs = append(progs, f)
	}
	sort.Strings(progs)
	return progs
}

func TestExecCorpusSize(t *testing.T) {
	const min = 200
	if n := len(execPrograms(t)); n < min {
		t.Fatalf("testdata/exec has %d programs, want at least %d", n, min)
	}
}

// --- native side ---

// execNative builds and runs programs natively with one set of gcc flags.
type execNative struct {
	gcc      string
	flags    []string
	env      []string // extra environment for running the binaries
	cacheDir string
	keyBase  []byte // hash input shared by every program: gcc, flags, driver

	mainOnce sync.Once // native_main.c compiled once per flag set
	mainObj  string
	mainErr  error

	mu      sync.Mutex
	results map[string]*execResult
}

type execResult struct {
	once sync.Once
	out  []uint64
	err  error
}

// execPlainFlags build the reference binaries that TestExec compares with.
var execPlainFlags = []string{"-std=gnu11", "-O1", "-fno-strict-aliasing", "-w"}

// execCheckBuilds are the builds TestExecProgramsAreUBFree runs and
// compares with the plain one.
var execCheckBuilds = []struct {
	name  string
	flags []string
	env   []string
}{
	{
		// -O0 keeps every local in memory, so the stack poisoning of
		// native_main.c finds reads of uninitialised locals and padding.
		name: "UBSan -O0 with poisoned stack",
		flags: []string{
			"-std=gnu11", "-O0", "-g", "-fno-strict-aliasing", "-DEXEC_POISON_STACK",
			"-fsanitize=undefined", "-fsanitize=bounds-strict", "-fno-sanitize-recover=all",
		},
		env: []string{"UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1"},
	},
	{
		// ASan finds out-of-bounds accesses through pointers and
		// comparisons/differences of pointers into different objects;
		// the warnings need the optimiser's analyses.
		name: "ASan+UBSan -O2 with UB warnings as errors",
		flags: []string{
			"-std=gnu11", "-O2", "-g", "-fno-strict-aliasing", "-fno-omit-frame-pointer",
			"-fsanitize=address,undefined,pointer-compare,pointer-subtract",
			"-fno-sanitize-recover=all",
			"-Werror=uninitialized", "-Werror=maybe-uninitialized",
			"-Werror=array-bounds", "-Werror=shift-count-overflow",
			"-Werror=shift-count-negative", "-Werror=shift-negative-value",
			"-Werror=shift-overflow", "-Werror=overflow", "-Werror=div-by-zero",
			"-Werror=sequence-point", "-Werror=return-type",
			"-Werror=implicit-function-declaration", "-Werror=int-conversion",
			"-Werror=incompatible-pointer-types", "-Werror=stringop-overflow",
			"-Werror=aggressive-loop-optimizations",
		},
		env: []string{"ASAN_OPTIONS=detect_invalid_pointer_pairs=2:detect_leaks=0"},
	},
}

var (
	execGCCOnce sync.Once
	execGCCPath string
	execGCCVer  []byte
	execGCCErr  error
)

// requireExecGCC returns gcc's path and version, skipping if it is missing.
func requireExecGCC(t *testing.T) (string, []byte) {
	t.Helper()
	execGCCOnce.Do(func() {
		execGCCPath, execGCCErr = exec.LookPath("gcc")
		if execGCCErr != nil {
			return
		}
		execGCCVer, execGCCErr = exec.Command(execGCCPath, "--version").Output()
	})
	if execGCCErr != nil {
		t.Skipf("gcc not usable, native reference side unavailable: %v", execGCCErr)
	}
	return execGCCPath, execGCCVer
}

// execGCCSem bounds the number of gcc processes across all builds.
var execGCCSem = make(chan struct{}, max(2, runtime.NumCPU()))

func newExecNative(gcc string, ver []byte, flags, env []string) (*execNative, error) {
	cache := filepath.Join(os.TempDir(), "bccc-exec-cache")
	if err := os.MkdirAll(cache, 0o755); err != nil {
		return nil, err
	}
	h := sha256.New()
	fmt.Fprintf(h, "%s\x00%s\x00", ver, strings.Join(flags, "\x00"))
	for _, f := range []string{"native_prelude.h", "native_wrap.c", "native_main.c"} {
		b, err := os.ReadFile(filepath.Join(execDir, f))
		if err != nil {
			return nil, err
		}
		fmt.Fprintf(h, "%s\x00%d\x00", f, len(b))
		h.Write(b)
	}
	return &execNative{
		gcc:      gcc,
		flags:    flags,
		env:      env,
		cacheDir: cache,
		keyBase:  h.Sum(nil),
		results:  map[string]*execResult{},
	}, nil
}

// run returns the program's native results for execVectors, building the
// binary if it is not cached.
func (n *execNative) run(prog string) ([]uint64, error) {
	n.mu.Lock()
	r := n.results[prog]
	if r == nil {
		r = &execResult{}
		n.results[prog] = r
	}
	n.mu.Unlock()
	r.once.Do(func() {
		execGCCSem <- struct{}{}
		defer func() { <-execGCCSem }()
		var bin string
		bin, r.err = n.build(prog)
		if r.err == nil {
			r.out, r.err = n.exec(bin)
		}
	})
	return r.out, r.err
}

// compileAtomic runs gcc with args plus "-o" into a temporary file and
// renames it to out: rename is atomic, so concurrent test processes never
// see a partial file.
func (n *execNative) compileAtomic(out string, args ...string) error {
	tmp, err := os.CreateTemp(n.cacheDir, "build-*")
	if err != nil {
		return err
	}
	tmp.Close()
	defer os.Remove(tmp.Name())
	args = append(append([]string{}, n.flags...), args...)
	cmd := exec.Command(n.gcc, append(args, "-o", tmp.Name())...)
	if msg, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("gcc: %v\n%s", err, msg)
	}
	return os.Rename(tmp.Name(), out)
}

// mainObject returns native_main.c compiled with n's flags.
func (n *execNative) mainObject() (string, error) {
	n.mainOnce.Do(func() {
		n.mainObj = filepath.Join(n.cacheDir, hex.EncodeToString(n.keyBase)[:32]+"-main.o")
		if _, err := os.Stat(n.mainObj); err == nil {
			return
		}
		n.mainErr = n.compileAtomic(n.mainObj, "-c", filepath.Join(execDir, "native_main.c"))
	})
	return n.mainObj, n.mainErr
}

func (n *execNative) build(prog string) (string, error) {
	src, err := os.ReadFile(prog)
	if err != nil {
		return "", err
	}
	h := sha256.New()
	h.Write(n.keyBase)
	h.Write(src)
	bin := filepath.Join(n.cacheDir, hex.EncodeToString(h.Sum(nil))[:32])
	if _, err := os.Stat(bin); err == nil {
		return bin, nil
	}
	mainObj, err := n.mainObject()
	if err != nil {
		return "", err
	}
	abs, err := filepath.Abs(prog)
	if err != nil {
		return "", err
	}
	err = n.compileAtomic(bin,
		"-I", execDir,
		"-DEXEC_PROGRAM="+strconv.Quote(abs),
		filepath.Join(execDir, "native_wrap.c"),
		mainObj)
	if err != nil {
		return "", err
	}
	return bin, nil
}

func (n *execNative) exec(bin string) ([]uint64, error) {
	args := make([]string, 0, 4*len(execVectors))
	for _, v := range execVectors {
		for _, x := range v {
			args = append(args, strconv.FormatUint(x, 16))
		}
	}
	cmd := exec.Command(bin, args...)
	cmd.Env = append(os.Environ(), n.env...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	if err != nil || stderr.Len() > 0 {
		return nil, fmt.Errorf("native run: %v\n%s", err, stderr.Bytes())
	}
	var out []uint64
	sc := bufio.NewScanner(&stdout)
	for sc.Scan() {
		x, err := strconv.ParseUint(sc.Text(), 16, 64)
		if err != nil {
			return nil, fmt.Errorf("native output: %v", err)
		}
		out = append(out, x)
	}
	if len(out) != len(execVectors) {
		return nil, fmt.Errorf("native run printed %d results for %d vectors", len(out), len(execVectors))
	}
	return out, nil
}

var execPlain struct {
	once sync.Once
	n    *execNative
	err  error
}

// plainNative is shared by TestExec and TestExecProgramsAreUBFree, so a
// run of both builds and runs each reference binary once.
func plainNative(t *testing.T) *execNative {
	t.Helper()
	gcc, ver := requireExecGCC(t)
	execPlain.once.Do(func() { execPlain.n, execPlain.err = newExecNative(gcc, ver, execPlainFlags, nil) })
	if execPlain.err != nil {
		t.Fatal(execPlain.err)
	}
	return execPlain.n
}

// --- BPF side ---

var (
	execBPFOnce sync.Once
	execBPFErr  error
)

// requireExecBPF skips the test if the bpf syscall cannot be used.
func requireExecBPF(t *testing.T) {
	t.Helper()
	execBPFOnce.Do(func() {
		_ = rlimit.RemoveMemlock() // only needed on kernels before 5.11
		m, err := ebpf.NewMap(&ebpf.MapSpec{Type: ebpf.Array, KeySize: 4, ValueSize: 4, MaxEntries: 1})
		if err != nil {
			execBPFErr = err
			return
		}
		m.Close()
	})
	if execBPFErr != nil {
		if errors.Is(execBPFErr, os.ErrPermission) {
			t.Skipf("bpf syscall not permitted: %v", execBPFErr)
		}
		t.Skipf("bpf syscall unusable: %v", execBPFErr)
	}
}

func execBPFSource(prog string) ([]byte, error) {
	src, err := os.ReadFile(prog)
	if err != nil {
		return nil, err
	}
	if len(src) > 0 && src[len(src)-1] != '\n' {
		src = append(src, '\n')
	}
	return append(src, execWrapper...), nil
}

func TestExec(t *testing.T) {
	progs := execPrograms(t)
	nat := plainNative(t)
	requireExecBPF(t)
	for _, prog := range progs {
		t.Run(filepath.Base(prog), func(t *testing.T) {
			t.Parallel()
			want, err := nat.run(prog)
			if err != nil {
				t.Fatalf("native reference: %v", err)
			}
			src, err := execBPFSource(prog)
			if err != nil {
				t.Fatal(err)
			}
			for _, cpu := range execCPUs {
				t.Run(fmt.Sprintf("v%d", cpu), func(t *testing.T) {
					execRunBPF(t, prog, src, cpu, false, want)
				})
			}
			// Unoptimised code must compute the same (and still verify).
			t.Run("v1-O0", func(t *testing.T) {
				execRunBPF(t, prog, src, 1, true, want)
			})
		})
	}
}

func execRunBPF(t *testing.T, prog string, src []byte, cpu int, noOpt bool, want []uint64) {
	obj, warnings, err := bccc.Compile(prog, src, bccc.Options{
		Progs:      []string{"exec_entry=XDP"},
		CPU:        cpu,
		NoOptimize: noOpt,
		Debug:      execDebug(),
	})
	for _, w := range warnings {
		t.Logf("%s", w)
	}
	if err != nil {
		var ce *bccc.Error
		if errors.As(err, &ce) {
			var b strings.Builder
			for _, d := range ce.Diags {
				fmt.Fprintf(&b, "\n%s", d)
			}
			t.Fatalf("compile failed:%s", b.String())
		}
		t.Fatalf("compile failed: %v", err)
	}
	spec, err := ebpf.LoadCollectionSpecFromReader(bytes.NewReader(obj.ELF))
	if err != nil {
		t.Fatalf("reading ELF: %v", err)
	}
	coll, err := ebpf.NewCollectionWithOptions(spec, ebpf.CollectionOptions{})
	if err != nil {
		var ve *ebpf.VerifierError
		if errors.As(err, &ve) {
			t.Fatalf("load: %+v", ve)
		}
		t.Fatalf("load: %v", err)
	}
	defer coll.Close()
	p, in, out := coll.Programs["exec_entry"], coll.Maps["__exec_in_map"], coll.Maps["__exec_out_map"]
	if p == nil || in == nil || out == nil {
		t.Fatalf("collection lacks exec_entry, __exec_in_map or __exec_out_map: programs %v, maps %v",
			execKeys(coll.Programs), execKeys(coll.Maps))
	}
	data := make([]byte, 64)
	for i, v := range execVectors {
		if err := in.Put(uint32(0), v); err != nil {
			t.Fatalf("writing __exec_in_map: %v", err)
		}
		// Poison the output so a stale value can never pass.
		if err := out.Put(uint32(0), ^want[i]); err != nil {
			t.Fatalf("writing __exec_out_map: %v", err)
		}
		ret, err := p.Run(&ebpf.RunOptions{Data: data})
		if err != nil {
			t.Fatalf("vector %d %#x: BPF_PROG_TEST_RUN: %v", i, v, err)
		}
		if ret != 2 {
			t.Errorf("vector %d %#x: program returned %d, want 2", i, v, ret)
			continue
		}
		var got uint64
		if err := out.Lookup(uint32(0), &got); err != nil {
			t.Fatalf("reading __exec_out_map: %v", err)
		}
		if got != want[i] {
			t.Errorf("vector %d (a=%#x b=%#x c=%#x d=%#x): want %#x, got %#x",
				i, v[0], v[1], v[2], v[3], want[i], got)
		}
	}
}

func execKeys[V any](m map[string]V) []string {
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

// TestExecProgramsAreUBFree proves, as far as testing can, that the corpus
// has no undefined behaviour on the input vectors: each program is built
// with UBSan and ASan (any report fails), with its stack poisoned, and
// with UB-related warnings as errors, and the results of these builds
// must equal those of the plain -O1 reference build, which catches reads
// of uninitialised memory and other behaviour that varies with the
// optimiser.
func TestExecProgramsAreUBFree(t *testing.T) {
	progs := execPrograms(t)
	plain := plainNative(t)
	gcc, ver := requireExecGCC(t)
	var checks []*execNative
	for _, b := range execCheckBuilds {
		n, err := newExecNative(gcc, ver, b.flags, b.env)
		if err != nil {
			t.Fatal(err)
		}
		checks = append(checks, n)
	}
	for _, prog := range progs {
		t.Run(filepath.Base(prog), func(t *testing.T) {
			t.Parallel()
			want, err := plain.run(prog)
			if err != nil {
				t.Fatalf("plain build: %v", err)
			}
			for ci, check := range checks {
				name := execCheckBuilds[ci].name
				got, err := check.run(prog)
				if err != nil {
					t.Errorf("%s: %v", name, err)
					continue
				}
				bad := 0
				for i := range want {
					if got[i] == want[i] {
						continue
					}
					if bad++; bad <= 3 {
						v := execVectors[i]
						t.Errorf("vector %d (a=%#x b=%#x c=%#x d=%#x): plain -O1 build gives %#x, %s build %#x",
							i, v[0], v[1], v[2], v[3], want[i], name, got[i])
					}
				}
				if bad > 3 {
					t.Errorf("... and %d more vectors differ", bad-3)
				}
			}
		})
	}
}

// execDebug passes BCCC_DEBUG (e.g. "skip:cse,skip:coalesce") to the
// compiler, for bisecting a miscompile to a pass.
func execDebug() []string {
	if d := os.Getenv("BCCC_DEBUG"); d != "" {
		return strings.Split(d, ",")
	}
	return nil
}
