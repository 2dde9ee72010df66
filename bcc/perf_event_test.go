package bcc

import (
	"encoding/binary"
	"os"
	"reflect"
	"testing"
	"time"
)

const perfProg = `
BPF_HASH(samples, u32, u64);

int on_sample(struct bpf_perf_event_data *ctx)
{
	u32 pid = bpf_get_current_pid_tgid() >> 32;
	if (pid == TARGET_PID)
		samples.increment(pid);
	return 0;
}
`

// burnCPU spins for d, so a CPU clock event samples this process.
func burnCPU(d time.Duration) {
	x := 0
	for end := time.Now().Add(d); time.Now().Before(end); {
		for i := 0; i < 1e5; i++ {
			x += i
		}
	}
	_ = x
}

// TestAttachPerfEvent samples the CPU clock at 1000 Hz on every CPU while
// the test burns CPU: the program counts samples of this process.
func TestAttachPerfEvent(t *testing.T) {
	requireBPF(t)
	b, err := NewWithOptions(Options{Text: perfProg, Cflags: []string{pidFlag()}, Progs: []string{"on_sample=PERF_EVENT"}})
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	if err := b.AttachPerfEvent(PerfTypeSoftware, PerfSWCPUClock, 0, 1000, -1, -1, "on_sample"); err != nil {
		t.Fatal(err)
	}
	att := b.Attachments()
	if len(att) != 1 || att[0].Kind != "perf_event" || att[0].Target != "software:0 freq=1000 cpu=all" {
		t.Errorf("attachments: %v", att)
	}
	burnCPU(200 * time.Millisecond)
	n := readU64(t, b, "samples", uint32(os.Getpid()))
	if n == 0 {
		t.Fatalf("no CPU clock sample of pid %d", os.Getpid())
	}
	t.Logf("%d samples in 200ms at 1000 Hz", n)

	// Detached, the events are closed and the count stops.
	if err := b.Detach("on_sample"); err != nil {
		t.Fatal(err)
	}
	if len(b.Attachments()) != 0 {
		t.Errorf("still attached: %v", b.Attachments())
	}
	before := readU64(t, b, "samples", uint32(os.Getpid()))
	burnCPU(50 * time.Millisecond)
	if after := readU64(t, b, "samples", uint32(os.Getpid())); after != before {
		t.Errorf("%d samples after Detach", after-before)
	}
}

func readU64(t *testing.T, b *BPF, table string, key uint32) uint64 {
	t.Helper()
	v, err := b.Table(table).Lookup(u32(key))
	if err != nil {
		t.Fatalf("%s[%d]: %v", table, key, err)
	}
	return binary.NativeEndian.Uint64(v)
}

func TestAttachPerfEventErrors(t *testing.T) {
	requireBPF(t)
	b, err := NewWithOptions(Options{Text: perfProg, Cflags: []string{pidFlag()}, Progs: []string{"on_sample=PERF_EVENT"}})
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	for _, c := range []struct {
		period, freq uint64
		cpu          int
		fn, want     string
	}{
		{0, 0, -1, "on_sample", "cannot attach on_sample to perf_event software:0 period=0 cpu=all: give one of sample_period and sample_freq"},
		{0, 99, -1, "nosuch", "cannot attach nosuch to perf_event software:0 freq=99 cpu=all: no program nosuch (programs: on_sample)"},
		{0, 99, 1 << 20, "on_sample", "cannot attach on_sample to perf_event software:0 freq=99 cpu=1048576: perf_event_open on CPU 1048576: "},
	} {
		err := b.AttachPerfEvent(PerfTypeSoftware, PerfSWCPUClock, c.period, c.freq, -1, c.cpu, c.fn)
		if err == nil || len(err.Error()) < len(c.want) || err.Error()[:len(c.want)] != c.want {
			t.Errorf("got %v\nwant %s", err, c.want)
		}
	}
	if len(b.Attachments()) != 0 {
		t.Errorf("attached after errors: %v", b.Attachments())
	}
}

func TestPerfCPUList(t *testing.T) {
	for s, want := range map[string][]int{"0": {0}, "0-3": {0, 1, 2, 3}, "0,2-3,7": {0, 2, 3, 7}} {
		if got, err := parseCPUList(s); err != nil || !reflect.DeepEqual(got, want) {
			t.Errorf("%q: %v %v, want %v", s, got, err, want)
		}
	}
	for _, s := range []string{"", "a", "3-1", "0,"} {
		if _, err := parseCPUList(s); err == nil {
			t.Errorf("%q: no error", s)
		}
	}
}
