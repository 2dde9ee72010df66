package bcc

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/cilium/ebpf"
	"github.com/cilium/ebpf/asm"
	"github.com/cilium/ebpf/btf"
)

// TraceLine is one line of the trace pipe, split as BCC's trace_fields:
//
//	<task>-<pid> [<cpu>] <flags> <ts>: <sym>: <msg>
type TraceLine struct {
	Task  string
	PID   int
	CPU   int
	Flags string
	TS    float64 // seconds
	Sym   string  // what wrote it: "bpf_trace_printk", ...
	Msg   string
	Raw   string
}

// traceRE: the task name may hold spaces and dashes, the pid is the last
// "-digits" before the CPU field; newer kernels may add "(tgid)".
var traceRE = regexp.MustCompile(`^\s*(.*?)-(\d+)\s+(?:\(\s*[-\d]+\)\s+)?\[(\d+)\]\s+(\S+\s+)?(\d+\.\d+):\s+([^:]*):\s?(.*)$`)

// ParseTraceLine splits a trace pipe line; ok is false for lines that are
// not events (the continuation of a multi-line message, "CPU:" notices).
func ParseTraceLine(s string) (TraceLine, bool) {
	s = strings.TrimRight(s, "\n")
	m := traceRE.FindStringSubmatch(s)
	if m == nil {
		return TraceLine{Raw: s, Msg: s}, false
	}
	pid, _ := strconv.Atoi(m[2])
	cpu, _ := strconv.Atoi(m[3])
	ts, _ := strconv.ParseFloat(m[5], 64)
	return TraceLine{Task: m[1], PID: pid, CPU: cpu, Flags: strings.TrimSpace(m[4]), TS: ts, Sym: m[6], Msg: m[7], Raw: s}, true
}

// TracePipe reads bpf_trace_printk lines from the kernel's trace pipe.
//
// The top-level trace_pipe admits one reader at a time (Linux 6.6 and
// later answer EBUSY to the others) and reading consumes, so
// OpenTracePipe reads from a tracefs instance of its own with the
// bpf_trace/bpf_trace_printk event enabled: the same lines, without
// taking them from BCC tools or cat trace_pipe running at the same time.
type TracePipe struct {
	f        *os.File
	r        *bufio.Reader
	mu       sync.Mutex
	instance string // the tracefs instance directory, removed on Close
}

// TracePipePath is the top-level trace pipe: tracefs's trace_pipe, under
// /sys/kernel/tracing or /sys/kernel/debug/tracing.
func TracePipePath() string {
	return filepath.Join(tracefsDir(), "trace_pipe")
}

var instanceSeq atomic.Int64

// OpenTracePipe opens a private trace pipe for bpf_trace_printk lines (a
// tracefs instance "bccc-PID-N", removed by Close); where instances or the
// bpf_trace_printk event are missing, the top-level trace pipe.
func OpenTracePipe() (*TracePipe, error) {
	dir := filepath.Join(tracefsDir(), "instances")
	removeStaleInstances(dir)
	inst := filepath.Join(dir, fmt.Sprintf("bccc-%d-%d", os.Getpid(), instanceSeq.Add(1)))
	if err := os.Mkdir(inst, 0o755); err != nil {
		return OpenGlobalTracePipe()
	}
	enable := filepath.Join(inst, "events/bpf_trace/bpf_trace_printk/enable")
	if err := os.WriteFile(enable, []byte("1\n"), 0o644); err != nil {
		os.Remove(inst)
		return OpenGlobalTracePipe()
	}
	f, err := os.Open(filepath.Join(inst, "trace_pipe"))
	if err != nil {
		os.Remove(inst)
		return OpenGlobalTracePipe()
	}
	return &TracePipe{f: f, r: bufio.NewReaderSize(f, 64<<10), instance: inst}, nil
}

// removeStaleInstances removes the instances of bccc processes that have
// exited without closing them.
func removeStaleInstances(dir string) {
	ents, _ := os.ReadDir(dir)
	for _, e := range ents {
		var pid, n int
		if _, err := fmt.Sscanf(e.Name(), "bccc-%d-%d", &pid, &n); err != nil || pid <= 0 {
			continue
		}
		if _, err := os.Stat(fmt.Sprintf("/proc/%d", pid)); err == nil {
			continue
		}
		os.Remove(filepath.Join(dir, e.Name()))
	}
}

// OpenGlobalTracePipe opens the top-level trace pipe, as BCC's
// trace_print reads it: every line of the system's tracing, taken from
// any other reader.
func OpenGlobalTracePipe() (*TracePipe, error) {
	f, err := os.Open(TracePipePath())
	if errors.Is(err, syscall.EBUSY) {
		return nil, fmt.Errorf("bcc: the trace pipe %s is being read by another process (the kernel allows one reader): %w", TracePipePath(), err)
	}
	if err != nil {
		return nil, fmt.Errorf("bcc: opening the trace pipe (is tracefs mounted?): %w", err)
	}
	return &TracePipe{f: f, r: bufio.NewReaderSize(f, 64<<10)}, nil
}

// ReadLine returns the next line without its newline, waiting at most
// timeout (0: forever); os.ErrDeadlineExceeded (wrapped) when none came,
// os.ErrClosed after Close.
func (t *TracePipe) ReadLine(timeout time.Duration) (string, error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	if timeout > 0 {
		t.f.SetReadDeadline(time.Now().Add(timeout))
	} else {
		t.f.SetReadDeadline(time.Time{})
	}
	line, err := t.r.ReadString('\n')
	if err != nil {
		if line != "" && errors.Is(err, os.ErrDeadlineExceeded) {
			// Keep a partial line for the next call.
			t.r = bufio.NewReaderSize(io.MultiReader(strings.NewReader(line), t.f), 64<<10)
		}
		return "", err
	}
	return strings.TrimSuffix(line, "\n"), nil
}

// Close stops the reader (a blocked ReadLine returns) and removes its
// tracefs instance.
func (t *TracePipe) Close() error {
	err := t.f.Close()
	if t.instance != "" {
		t.mu.Lock() // a ReadLine in progress returns before the instance goes
		defer t.mu.Unlock()
		os.WriteFile(filepath.Join(t.instance, "events/bpf_trace/bpf_trace_printk/enable"), []byte("0\n"), 0o644)
		if rerr := os.Remove(t.instance); rerr != nil && err == nil {
			err = rerr
		}
		t.instance = ""
	}
	return err
}

// Instance is the tracefs instance the pipe reads ("" for the top-level
// trace pipe).
func (t *TracePipe) Instance() string { return t.instance }

// TracePipe returns the BPF's trace pipe reader (see OpenTracePipe),
// opened when the BPF was created if the program calls bpf_trace_printk,
// else now. Close closes it.
func (b *BPF) TracePipe() (*TracePipe, error) { return b.tracePipe() }

// UsesTracePrintk reports whether a program calls bpf_trace_printk or
// bpf_trace_vprintk.
func (b *BPF) UsesTracePrintk() bool {
	for _, p := range b.Spec.Programs {
		for _, ins := range p.Instructions {
			if ins.IsBuiltinCall() && (ins.Constant == int64(asm.FnTracePrintk) || ins.Constant == int64(asm.FnTraceVprintk)) {
				return true
			}
		}
	}
	return false
}

func (b *BPF) tracePipe() (*TracePipe, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.closed {
		return nil, os.ErrClosed
	}
	if b.trace == nil {
		tp, err := OpenTracePipe()
		if err != nil {
			return nil, err
		}
		b.trace = tp
	}
	return b.trace, nil
}

// TraceReadLine is BCC's trace_readline: the next raw line of the trace
// pipe (bpf_trace_printk lines of every BPF program; see OpenTracePipe),
// waiting at most timeout (0: until one comes or the BPF is closed).
func (b *BPF) TraceReadLine(timeout time.Duration) (string, error) {
	tp, err := b.tracePipe()
	if err != nil {
		return "", err
	}
	return tp.ReadLine(timeout)
}

// TraceFields is BCC's trace_fields: the next event line of the trace
// pipe, split (blank lines and "CPU:" notices are skipped). It waits at
// most timeout (0: until a line comes or the BPF is closed).
func (b *BPF) TraceFields(timeout time.Duration) (TraceLine, error) {
	var deadline time.Time
	if timeout > 0 {
		deadline = time.Now().Add(timeout)
	}
	for {
		left := time.Duration(0)
		if timeout > 0 {
			if left = time.Until(deadline); left <= 0 {
				return TraceLine{}, os.ErrDeadlineExceeded
			}
		}
		s, err := b.TraceReadLine(left)
		if err != nil {
			return TraceLine{}, err
		}
		if l, ok := ParseTraceLine(s); ok {
			return l, nil
		}
	}
}

// TracePrint is BCC's trace_print: it copies the trace pipe (see
// OpenTracePipe) to w, line by line, until the BPF is closed (then it returns nil) or w fails.
// Blank lines are left out.
func (b *BPF) TracePrint(w io.Writer) error {
	for {
		s, err := b.TraceReadLine(0)
		if err != nil {
			if errors.Is(err, os.ErrClosed) {
				return nil
			}
			return err
		}
		if s == "" {
			continue
		}
		if _, err := fmt.Fprintln(w, s); err != nil {
			return err
		}
	}
}

// traceFormat is one bpf_trace_printk format of the program, as a
// pattern for the messages it prints.
type traceFormat struct {
	format string
	re     *regexp.Regexp
}

var convRE = regexp.MustCompile(`%%|%[-+ #0]*\d*(?:\.\d+)?(?:hh|h|ll|l|z|j|t)?[diouxXcs]|%p[a-zA-Z0-9]*|%`)

// traceFormats reads the strings of .rodata — where bccc puts the formats
// of bpf_trace_printk — into patterns: each conversion matches anything.
func traceFormats(spec *ebpf.CollectionSpec) []*traceFormat {
	m := spec.Maps[".rodata"]
	if m == nil || len(m.Contents) != 1 {
		return nil
	}
	data, _ := m.Contents[0].Value.([]byte)
	ds, _ := m.Value.(*btf.Datasec)
	if data == nil || ds == nil {
		return nil
	}
	var r []*traceFormat
	for _, v := range ds.Vars {
		if int(v.Offset+v.Size) > len(data) || v.Size == 0 {
			continue
		}
		s := data[v.Offset : v.Offset+v.Size]
		i := bytes.IndexByte(s, 0)
		if i < 0 {
			continue
		}
		s = s[:i]
		// Multi-line formats print several lines; the first is the event
		// line's message.
		first, _, _ := strings.Cut(string(s), "\n")
		if first == "" {
			continue
		}
		var pat strings.Builder
		pat.WriteString(`^`)
		last := 0
		for _, loc := range convRE.FindAllStringIndex(first, -1) {
			pat.WriteString(regexp.QuoteMeta(first[last:loc[0]]))
			if first[loc[0]:loc[1]] == "%%" {
				pat.WriteString("%")
			} else {
				pat.WriteString(`.*?`)
			}
			last = loc[1]
		}
		pat.WriteString(regexp.QuoteMeta(first[last:]))
		pat.WriteString(`\s*$`)
		re, err := regexp.Compile(pat.String())
		if err != nil {
			continue
		}
		r = append(r, &traceFormat{string(s), re})
	}
	return r
}

// TraceFormats returns the bpf_trace_printk formats found in the object.
func (b *BPF) TraceFormats() []string {
	var r []string
	for _, f := range b.formats {
		r = append(r, f.format)
	}
	return r
}

// OwnsTraceMessage reports whether a trace pipe message may come from this
// program: it matches one of its bpf_trace_printk formats. Without known
// formats every message is taken to be the program's.
func (b *BPF) OwnsTraceMessage(msg string) bool {
	if len(b.formats) == 0 {
		return true
	}
	for _, f := range b.formats {
		if f.re.MatchString(msg) {
			return true
		}
	}
	return false
}
