package gen

import (
	"flag"
	"fmt"
	"sort"
	"strings"
	"testing"
)

var dumpSeed = flag.Int("gen.dump", -1, "print the program for this seed")

func TestDeterministic(t *testing.T) {
	for seed := uint64(1); seed <= 50; seed++ {
		a, b := Generate(seed), Generate(seed)
		if a != b {
			t.Fatalf("seed %d: two runs differ", seed)
		}
		if !strings.Contains(a, "static u64 test(u64 a, u64 b, u64 c, u64 d)") {
			t.Fatalf("seed %d: no test function", seed)
		}
	}
	if Generate(1) == Generate(2) {
		t.Fatal("seeds 1 and 2 give the same program")
	}
}

func TestDump(t *testing.T) {
	if *dumpSeed < 0 {
		t.Skip("-gen.dump not given")
	}
	fmt.Print(Generate(uint64(*dumpSeed)))
}

// TestOperatorCoverage reports how often each operator is emitted in each
// promoted type over many programs (go test -v -run TestOperatorCoverage).
func TestOperatorCoverage(t *testing.T) {
	counts := map[string]int{}
	opHook = func(op string, ty Scalar) {
		sign := "u"
		if ty.Signed {
			sign = "s"
		}
		counts[fmt.Sprintf("%-3s %s%d", op, sign, ty.W)]++
	}
	defer func() { opHook = nil }()
	lines := 0
	const n = 500
	var lineCounts []int
	for seed := uint64(1); seed <= n; seed++ {
		l := strings.Count(Generate(seed), "\n")
		lines += l
		lineCounts = append(lineCounts, l)
	}
	sort.Ints(lineCounts)
	var keys []string
	for k := range counts {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var b strings.Builder
	for _, k := range keys {
		fmt.Fprintf(&b, "%s: %d\n", k, counts[k])
	}
	t.Logf("%d programs, %.1f lines on average (median %d, 90th percentile %d, max %d); binary operators by promoted type:\n%s",
		n, float64(lines)/n, lineCounts[n/2], lineCounts[n*9/10], lineCounts[n-1], b.String())
	for _, k := range []string{"/   s32", "/   s64", "%   s32", "%   s64", "<<  s32", ">>  s32", "*   s32", "*   s64", "+   s32", "-   s64"} {
		if counts[k] == 0 {
			t.Errorf("%q never generated", k)
		}
	}
}
