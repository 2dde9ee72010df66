package parse

import (
	"os"
	"runtime"
	"strconv"
	"strings"
)

// onlineCPUs is the count bpf_num_cpus() compiles to: n when the caller
// gives one, else the CPUs online on this machine, as BCC counts them when
// it compiles.
func onlineCPUs(n int) int {
	if n > 0 {
		return n
	}
	b, err := os.ReadFile("/sys/devices/system/cpu/online")
	if err != nil {
		return runtime.NumCPU()
	}
	if c := countCPUList(strings.TrimSpace(string(b))); c > 0 {
		return c
	}
	return runtime.NumCPU()
}

// countCPUList counts the CPUs in a kernel CPU list such as "0-3,6,8-9";
// 0 if it does not parse.
func countCPUList(s string) int {
	n := 0
	for _, part := range strings.Split(s, ",") {
		lo, hi, isRange := strings.Cut(part, "-")
		a, err := strconv.Atoi(lo)
		if err != nil {
			return 0
		}
		b := a
		if isRange {
			if b, err = strconv.Atoi(hi); err != nil || b < a {
				return 0
			}
		}
		n += b - a + 1
	}
	return n
}
