// Command compare compiles the bench corpus with bccc and its libbpf twins
// with clang-19, and prints per program: compile time (whole process,
// median of -runs after a warm-up), peak RSS, instruction slots in the
// object, and the kernel's verified_insns, with bccc/clang ratios.
//
//	go run ./bench/compare [-runs 5] [-bccc bin/bccc] [-clang clang-19]
package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"syscall"
	"time"

	"github.com/cilium/ebpf"
	"github.com/cilium/ebpf/asm"
)

var (
	runs   = flag.Int("runs", 5, "timed runs per compiler and program (after one warm-up)")
	bcccB  = flag.String("bccc", "bin/bccc", "the bccc binary")
	clangB = flag.String("clang", "clang-19", "the clang binary")
	dir    = flag.String("dir", "bench", "directory holding corpus/ and corpus_libbpf/")
)

var benchLine = regexp.MustCompile(`(?m)^// @bench fn=(\S+) type=(\S+)(?: attach=(\S+))?`)

type result struct {
	ms, rssMB float64
	slots     map[string]int
	verified  map[string]int
	err       string
}

func main() {
	flag.Parse()
	tmp, err := os.MkdirTemp("", "bccc-compare-")
	if err != nil {
		fail(err)
	}
	defer os.RemoveAll(tmp)
	files, _ := filepath.Glob(filepath.Join(*dir, "corpus", "*.c"))
	sort.Strings(files)
	fmt.Printf("%-16s %-40s %9s %9s %6s %8s %8s %6s %8s %8s %6s\n", "program", "function", "bccc_ms", "clang_ms", "ratio", "bccc_in", "clang_in", "ratio", "bccc_vf", "clang_vf", "ratio")
	var sumB, sumC float64
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".c")
		src, _ := os.ReadFile(f)
		var progs []string
		for _, m := range benchLine.FindAllStringSubmatch(string(src), -1) {
			if !strings.HasPrefix(m[1], "tracepoint__") && !strings.HasPrefix(m[1], "raw_tracepoint__") && !strings.HasPrefix(m[1], "kprobe__") {
				progs = append(progs, "--prog", m[1]+"="+m[2])
			}
		}
		bObj := filepath.Join(tmp, name+".bccc.o")
		b := measure(append(append([]string{*bcccB, "compile"}, progs...), "-o", bObj, f), bObj)
		twin := filepath.Join(*dir, "corpus_libbpf", name+".bpf.c")
		cObj := filepath.Join(tmp, name+".clang.o")
		c := measure([]string{*clangB, "-O2", "-g", "-target", "bpf", "-D__TARGET_ARCH_x86", "-DBENCH_MIN_HEADERS",
			"-I" + filepath.Join(*dir, "corpus_libbpf"), "-c", twin, "-o", cObj}, cObj)
		if b.err != "" || c.err != "" {
			fmt.Printf("%-16s bccc: %s clang: %s\n", name, b.err, c.err)
			continue
		}
		sumB += b.ms
		sumC += c.ms
		var fns []string
		for fn := range c.slots {
			fns = append(fns, fn)
		}
		sort.Strings(fns)
		for _, fn := range fns {
			fmt.Printf("%-16s %-40s %9.1f %9.1f %6.3f %8d %8d %6.2f %8d %8d %6.2f\n", name, fn, b.ms, c.ms, b.ms/c.ms,
				b.slots[fn], c.slots[fn], ratio(b.slots[fn], c.slots[fn]), b.verified[fn], c.verified[fn], ratio(b.verified[fn], c.verified[fn]))
		}
		fmt.Printf("%-16s %-40s rss bccc %.1f MB, clang %.1f MB\n", "", "", b.rssMB, c.rssMB)
	}
	if sumC > 0 {
		fmt.Printf("total compile time: bccc %.1f ms, clang %.1f ms, ratio %.3f\n", sumB, sumC, sumB/sumC)
	}
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// measure runs a compiler once to warm up and then -runs times, and reads
// the object it wrote.
func measure(argv []string, obj string) result {
	var r result
	var times, rss []float64
	for i := 0; i <= *runs; i++ {
		cmd := exec.Command(argv[0], argv[1:]...)
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		start := time.Now()
		err := cmd.Run()
		el := time.Since(start)
		if err != nil {
			r.err = strings.TrimSpace(stderr.String() + " " + err.Error())
			return r
		}
		if i == 0 {
			continue
		}
		times = append(times, float64(el.Microseconds())/1000)
		if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
			rss = append(rss, float64(ru.Maxrss)/1024)
		}
	}
	r.ms, r.rssMB = median(times), median(rss)
	r.slots, r.verified = programs(obj)
	return r
}

func median(v []float64) float64 {
	if len(v) == 0 {
		return 0
	}
	sort.Float64s(v)
	return v[len(v)/2]
}

// programs returns each program's instruction slots and, loaded into the
// kernel, its verified_insns (0 when loading is not possible).
func programs(obj string) (map[string]int, map[string]int) {
	slots, verified := map[string]int{}, map[string]int{}
	spec, err := ebpf.LoadCollectionSpec(obj)
	if err != nil {
		return slots, verified
	}
	for name, p := range spec.Programs {
		slots[name] = int(p.Instructions.Size() / asm.InstructionSize)
	}
	coll, err := ebpf.NewCollection(spec)
	if err != nil {
		fmt.Fprintf(os.Stderr, "%s: not loaded: %v\n", obj, err)
		return slots, verified
	}
	defer coll.Close()
	for name, p := range coll.Programs {
		if info, err := p.Info(); err == nil {
			if n, ok := info.VerifiedInstructions(); ok {
				verified[name] = int(n)
			}
		}
	}
	return slots, verified
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, err)
	os.Exit(1)
}
