package parse

import "testing"

func TestCountCPUList(t *testing.T) {
	for s, want := range map[string]int{"0": 1, "0-3": 4, "0-3,6,8-9": 7, "": 0, "x": 0, "3-1": 0} {
		if got := countCPUList(s); got != want {
			t.Errorf("countCPUList(%q) = %d, want %d", s, got, want)
		}
	}
	if onlineCPUs(0) < 1 || onlineCPUs(5) != 5 {
		t.Errorf("onlineCPUs(0) = %d, onlineCPUs(5) = %d", onlineCPUs(0), onlineCPUs(5))
	}
}
