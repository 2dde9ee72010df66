package main

// bccc run: compile, load and attach a BCC program, stream what it prints
// and sends, and print its maps — a BCC Python script's usual loop.

import (
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/bccc-dev/bccc"
	"github.com/bccc-dev/bccc/bcc"
	"github.com/cilium/ebpf"
	"github.com/cilium/ebpf/asm"
)

const runUsage = `usage: bccc run [flags] prog.c
  Compiles prog.c, loads it, attaches its programs by BCC's conventions
  (kprobe__FN, kretprobe__FN, TRACEPOINT_PROBE, RAW_TRACEPOINT_PROBE,
  KFUNC_PROBE, KRETFUNC_PROBE, LSM_PROBE, syscall__NAME (to the syscall's
  kernel function, which a BCC script attaches itself), or
  --prog NAME=TYPE:TARGET; --prog NAME=PERF_EVENT programs sample the CPU
  clock of every CPU, --perf-freq times a second, as BCC's profile), streams
  its bpf_trace_printk lines and its perf and ring buffer events, and
  prints its maps every -i seconds and at the end (Ctrl-C, SIGTERM or
  --duration), as a BCC tool would:
    - histograms (BPF_HISTOGRAM, --hist, --linear) are always printed, as
      BCC's print_log2_hist and print_linear_hist;
    - maps named with --print are printed as MAP[KEY] = VALUE lines;
    - a program that prints nothing itself (no bpf_trace_printk, no perf or
      ring buffer) has its other hash and array maps printed too, except
      those holding in-flight state: maps it deletes entries from (start,
      inflight: a timestamp kept from entry to exit) and one-entry per-CPU
      arrays (scratch space).
  A probe that cannot be attached (no kprobes in the kernel, no such
  function or tracepoint) is an error, exit status 1, unless -k is given.
flags:
  --prog NAME=TYPE[:TARGET]  program type and attach point (as bccc compile)
  -I dir, -D name[=value]    preprocessor flags (BCC's cflags)
  --online-cpus N            what bpf_num_cpus() compiles to (default: the CPUs online)
  -i SECONDS                 print the maps every SECONDS
  --duration SECONDS         stop after SECONDS
  --json                     one JSON object per line
  -k, --keep-going           run what could be attached when some probes cannot be
  --xdp DEV                  attach the XDP programs to network device DEV
  --perf-freq HZ             samples a second of PERF_EVENT programs (default 49)
  --print MAP                print MAP (repeatable)
  --hist MAP                 print MAP as a log2 histogram
  --linear MAP               print MAP as a linear histogram
  --event MAP=TYPE           decode MAP's perf/ring buffer records as TYPE
  --all-trace                print every trace pipe line, not only this program's
`

type runFlags struct {
	file      string
	opts      bccc.Options
	interval  time.Duration
	duration  time.Duration
	json      bool
	keepGoing bool
	allTrace  bool
	xdp       string
	perfFreq  uint64
	print     map[string]bool
	hist      map[string]bool
	linear    map[string]bool
	events    map[string]string
}

func parseRunFlags(args []string) (*runFlags, error) {
	f := &runFlags{perfFreq: 49, print: map[string]bool{}, hist: map[string]bool{}, linear: map[string]bool{}, events: map[string]string{}}
	f.opts.Defines = map[string]string{}
	for i := 0; i < len(args); i++ {
		a := args[i]
		name, val, hasVal := a, "", false
		if strings.HasPrefix(a, "--") || a == "-i" || strings.HasPrefix(a, "-i=") {
			name, val, hasVal = strings.Cut(a, "=")
		}
		arg := func() (string, error) {
			if hasVal {
				return val, nil
			}
			if i+1 >= len(args) {
				return "", fmt.Errorf("%s needs an argument", name)
			}
			i++
			return args[i], nil
		}
		seconds := func() (time.Duration, error) {
			v, err := arg()
			if err != nil {
				return 0, err
			}
			s, err := strconv.ParseFloat(v, 64)
			if err != nil || s < 0 {
				return 0, fmt.Errorf("%s %s: want a number of seconds", name, v)
			}
			return time.Duration(s * float64(time.Second)), nil
		}
		var err error
		switch {
		case name == "--prog" || name == "-prog":
			var v string
			if v, err = arg(); err == nil {
				f.opts.Progs = append(f.opts.Progs, v)
			}
		case a == "-I":
			var v string
			if v, err = arg(); err == nil {
				f.opts.IncludeDirs = append(f.opts.IncludeDirs, v)
			}
		case strings.HasPrefix(a, "-I"):
			f.opts.IncludeDirs = append(f.opts.IncludeDirs, a[2:])
		case a == "-D":
			var v string
			if v, err = arg(); err == nil {
				define(f.opts.Defines, v)
			}
		case strings.HasPrefix(a, "-D"):
			define(f.opts.Defines, a[2:])
		case name == "-i" || name == "--interval":
			f.interval, err = seconds()
		case name == "--duration":
			f.duration, err = seconds()
		case name == "--json":
			f.json = true
		case name == "-k" || name == "--keep-going":
			f.keepGoing = true
		case name == "--all-trace":
			f.allTrace = true
		case name == "--xdp":
			f.xdp, err = arg()
		case name == "--perf-freq":
			var v string
			if v, err = arg(); err == nil {
				if f.perfFreq, err = strconv.ParseUint(v, 10, 64); err != nil || f.perfFreq == 0 {
					err = fmt.Errorf("--perf-freq %s: want a number of samples a second", v)
				}
			}
		case name == "--print" || name == "--hist" || name == "--linear":
			var v string
			if v, err = arg(); err == nil {
				map[string]map[string]bool{"--print": f.print, "--hist": f.hist, "--linear": f.linear}[name][v] = true
			}
		case name == "--event":
			var v string
			if v, err = arg(); err == nil {
				m, t, ok := strings.Cut(v, "=")
				if !ok || m == "" || t == "" {
					err = fmt.Errorf("--event %q: want MAP=TYPE", v)
				}
				f.events[m] = t
			}
		case name == "--online-cpus":
			var v string
			if v, err = arg(); err == nil {
				f.opts.OnlineCPUs, err = parseOnlineCPUs(v)
			}
		case name == "--tracefs":
			f.opts.Tracefs, err = arg()
		case name == "-h" || name == "--help":
			return nil, errHelp
		case strings.HasPrefix(a, "-") && a != "-":
			err = fmt.Errorf("unknown flag %s", a)
		default:
			if f.file != "" {
				err = fmt.Errorf("more than one input file (%s, %s)", f.file, a)
			}
			f.file = a
		}
		if err != nil {
			return nil, err
		}
	}
	if f.file == "" {
		return nil, errors.New("no input file")
	}
	return f, nil
}

var errHelp = errors.New("help")

// output serialises the lines of the trace, event and map printers.
type output struct {
	mu   sync.Mutex
	w    io.Writer
	json bool
	err  error
}

func (o *output) line(text string, obj map[string]any) {
	o.mu.Lock()
	defer o.mu.Unlock()
	if o.err != nil {
		return
	}
	if o.json {
		b, err := json.Marshal(obj)
		if err != nil {
			b, _ = json.Marshal(map[string]any{"type": "error", "error": err.Error()})
		}
		_, o.err = fmt.Fprintf(o.w, "%s\n", b)
		return
	}
	_, o.err = io.WriteString(o.w, text)
}

func runCmd(args []string, stdout, stderr io.Writer) int {
	f, err := parseRunFlags(args)
	if err == errHelp {
		fmt.Fprint(stdout, runUsage)
		return 0
	}
	if err != nil {
		fmt.Fprintf(stderr, "bccc: error: %v\nusage: bccc run [flags] prog.c (bccc run -h lists the flags)\n", err)
		return 1
	}
	b, err := bcc.NewWithOptions(bcc.Options{File: f.file, Compile: f.opts})
	if b != nil {
		for _, w := range b.Warnings {
			fmt.Fprintln(stderr, w.String())
		}
	}
	if err != nil {
		var ce *bccc.Error
		if errors.As(err, &ce) {
			fmt.Fprintln(stderr, ce.Error())
		} else {
			fmt.Fprintf(stderr, "bccc: error: %s\n", strings.TrimPrefix(err.Error(), "bcc: "))
		}
		return 1
	}
	defer b.Close()
	fail := func(format string, a ...any) int {
		fmt.Fprintf(stderr, "bccc: error: "+format+"\n", a...)
		return 1
	}
	for m, t := range f.events {
		if err := b.SetEventType(m, t); err != nil {
			return fail("--event %s=%s: %v", m, t, strings.TrimPrefix(err.Error(), "bcc: "))
		}
	}
	for _, set := range []map[string]bool{f.print, f.hist, f.linear} {
		for m := range set {
			if b.Table(m) == nil {
				return fail("no map %s (maps: %s)", m, strings.Join(b.TableNames(), ", "))
			}
		}
	}
	for m := range f.print {
		if t := b.Table(m); !t.IsHistogram() && !f.hist[m] && !f.linear[m] && !printable[t.Type()] {
			return fail("--print %s: cannot print a %s map (bccc run prints hash and array maps and histograms)", m, t.Type())
		}
	}
	shown := shownMaps(b, f)
	out := &output{w: stdout, json: f.json}

	// Buffers are opened before attaching, so no event is missed.
	for _, name := range b.TableNames() {
		t := b.Table(name)
		var err error
		switch t.Type() {
		case ebpf.PerfEventArray:
			err = b.OpenPerfBuffer(name, eventPrinter(out, t))
		case ebpf.RingBuf:
			err = b.OpenRingBuffer(name, eventPrinter(out, t))
		default:
			continue
		}
		if err != nil {
			return fail("%s", strings.TrimPrefix(err.Error(), "bcc: "))
		}
	}
	// The trace pipe is read for programs that write to it: a tracefs
	// instance of this run's own (see bcc.OpenTracePipe), or the shared
	// trace pipe where instances are missing.
	var tp *bcc.TracePipe
	if b.UsesTracePrintk() {
		if tp, err = b.TracePipe(); err != nil {
			return fail("%s", strings.TrimPrefix(err.Error(), "bcc: "))
		}
	}

	// Attach.
	attachErr := b.AttachAll()
	for _, name := range b.ProgramNames() {
		var err error
		switch ps := b.Spec.Programs[name]; {
		case isSyscallProg(name, ps):
			// BCC's AttachAll leaves syscall__NAME to the user, who attaches
			// it to get_syscall_fnname(NAME). bccc run has no user code and
			// does it: a kprobe on the function its section names, the
			// syscall function it was compiled for (--target-arch).
			err = b.AttachKprobe(strings.TrimPrefix(ps.SectionName, "kprobe/"), name)
		case ps.Type == ebpf.XDP:
			if f.xdp != "" {
				err = b.AttachXDP(f.xdp, name, 0)
			}
		case ps.Type == ebpf.PerfEvent:
			err = b.AttachPerfEvent(bcc.PerfTypeSoftware, bcc.PerfSWCPUClock, 0, f.perfFreq, -1, -1, name)
		}
		attachErr = errors.Join(attachErr, err)
	}
	if attachErr != nil {
		sev := "error"
		if f.keepGoing {
			sev = "warning"
		}
		for _, line := range attachLines(attachErr) {
			fmt.Fprintf(stderr, "bccc: %s: %s\n", sev, line)
		}
		if !f.keepGoing {
			if ok := b.Attachments(); len(ok) > 0 {
				fmt.Fprintf(stderr, "bccc: note: -k runs the programs that could be attached (%s)\n", progNames(ok))
			}
			return 1
		}
	}
	attached := b.Attachments()
	_, manual := b.AutoAttachable()
	for _, name := range manual {
		if b.Spec.Programs[name].Type == ebpf.PerfEvent || f.xdp != "" && b.Spec.Programs[name].Type == ebpf.XDP ||
			isSyscallProg(name, b.Spec.Programs[name]) {
			continue
		}
		hint := "bccc run attaches kprobes, tracepoints, raw tracepoints, fentry/fexit, LSM, uprobes, perf events and XDP programs"
		switch sec := b.Spec.Programs[name].SectionName; {
		case b.Spec.Programs[name].Type == ebpf.XDP:
			hint = "--xdp DEV attaches it"
		case strings.HasPrefix(sec, "uprobe") || strings.HasPrefix(sec, "uretprobe"):
			hint = "give its target with --prog " + name + "=UPROBE:BINARY:SYMBOL"
		}
		fmt.Fprintf(stderr, "bccc: warning: %s (section %s) is loaded but not attached (%s)\n",
			name, b.Spec.Programs[name].SectionName, hint)
	}
	if len(attached) == 0 {
		return fail("no program attached")
	}
	var names []string
	for _, a := range attached {
		names = append(names, a.String())
	}
	fmt.Fprintf(stderr, "bccc: attached %s; Ctrl-C to stop\n", strings.Join(names, ", "))

	// Stream.
	var stopping atomic.Bool
	var wg sync.WaitGroup
	if tp != nil {
		wg.Add(1)
		go func() {
			defer wg.Done()
			streamTrace(tp, b, out, f.allTrace, &stopping)
		}()
	}
	if hasBuffers(b) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for !stopping.Load() {
				if _, err := b.Poll(100 * time.Millisecond); err != nil {
					return
				}
			}
			// What arrived before the end (new records may keep coming:
			// half a second at most).
			for end := time.Now().Add(500 * time.Millisecond); time.Now().Before(end); {
				if n, err := b.Poll(20 * time.Millisecond); err != nil || n == 0 {
					return
				}
			}
		}()
	}
	sig := make(chan os.Signal, 1)
	signal.Notify(sig, syscall.SIGINT, syscall.SIGTERM)
	defer signal.Stop(sig)
	var end <-chan time.Time
	if f.duration > 0 {
		t := time.NewTimer(f.duration)
		defer t.Stop()
		end = t.C
	}
	var tick <-chan time.Time
	if f.interval > 0 {
		t := time.NewTicker(f.interval)
		defer t.Stop()
		tick = t.C
	}
	status := 0
loop:
	for {
		select {
		case <-sig:
			break loop
		case <-end:
			break loop
		case <-tick:
			if err := printMaps(b, f, shown, out); err != nil {
				fmt.Fprintf(stderr, "bccc: error: %v\n", err)
				status = 1
				break loop
			}
		}
	}
	stopping.Store(true)
	wg.Wait()
	if err := printMaps(b, f, shown, out); err != nil {
		fmt.Fprintf(stderr, "bccc: error: %v\n", err)
		status = 1
	}
	if out.err != nil {
		fmt.Fprintf(stderr, "bccc: error: writing the output: %v\n", out.err)
		status = 1
	}
	return status
}

// isSyscallProg: a syscall__NAME program in its kprobe section, which
// bccc run attaches itself (bcc's AttachAll does not, as BCC's Python).
func isSyscallProg(name string, ps *ebpf.ProgramSpec) bool {
	return strings.HasPrefix(name, "syscall__") && strings.HasPrefix(ps.SectionName, "kprobe/") && len(ps.SectionName) > len("kprobe/")
}

func hasBuffers(b *bcc.BPF) bool {
	for _, name := range b.TableNames() {
		switch b.Table(name).Type() {
		case ebpf.PerfEventArray, ebpf.RingBuf:
			return true
		}
	}
	return false
}

// streamTrace prints the program's trace pipe lines: those whose message
// matches one of its bpf_trace_printk formats (all when the formats are
// unknown, or with --all-trace), and the continuation lines of a printed
// multi-line message. Once stopping, it reads on until the pipe has been
// quiet for 100ms (at most half a second), so the last lines are not lost.
func streamTrace(tp *bcc.TracePipe, b *bcc.BPF, out *output, all bool, stopping *atomic.Bool) {
	printing := false
	var stopAt time.Time
	for {
		s, err := tp.ReadLine(100 * time.Millisecond)
		if stopping.Load() && stopAt.IsZero() {
			stopAt = time.Now()
		}
		if err != nil {
			if errors.Is(err, os.ErrDeadlineExceeded) {
				if !stopAt.IsZero() {
					return
				}
				continue
			}
			return
		}
		if !stopAt.IsZero() && time.Since(stopAt) > 500*time.Millisecond {
			return
		}
		if s == "" {
			continue
		}
		l, ok := bcc.ParseTraceLine(s)
		if !ok {
			if printing && !strings.HasPrefix(s, "CPU:") {
				out.line(s+"\n", map[string]any{"type": "trace", "msg": s})
			}
			continue
		}
		printing = all || b.OwnsTraceMessage(l.Msg)
		if printing {
			out.line(s+"\n", map[string]any{"type": "trace", "task": l.Task, "pid": l.PID, "cpu": l.CPU,
				"flags": l.Flags, "ts": l.TS, "msg": l.Msg})
		}
	}
}

func eventPrinter(out *output, t *bcc.Table) func([]byte) {
	return func(data []byte) {
		v, err := t.Event(data)
		if err != nil {
			out.line(fmt.Sprintf("%s: %x\n", t.Name, data), map[string]any{"type": "event", "map": t.Name, "raw": hex.EncodeToString(data)})
			return
		}
		out.line(fmt.Sprintf("%s: %s\n", t.Name, bcc.Format(v)), map[string]any{"type": "event", "map": t.Name, "data": jsonValue(v)})
	}
}

func jsonValue(v any) any {
	switch x := v.(type) {
	case []byte:
		return hex.EncodeToString(x)
	case []any:
		r := make([]any, len(x))
		for i, e := range x {
			r[i] = jsonValue(e)
		}
		return r
	case bcc.Struct:
		r := make(bcc.Struct, len(x))
		for i, f := range x {
			r[i] = bcc.Field{Name: f.Name, Value: jsonValue(f.Value)}
		}
		return r
	}
	return v
}

// printable are the map types printed as key/value lines.
var printable = map[ebpf.MapType]bool{
	ebpf.Hash: true, ebpf.Array: true, ebpf.PerCPUHash: true, ebpf.PerCPUArray: true,
	ebpf.LRUHash: true, ebpf.LRUCPUHash: true, ebpf.LPMTrie: true,
}

// shownMaps are the maps bccc run prints (the rule of runUsage), sorted.
func shownMaps(b *bcc.BPF, f *runFlags) []string {
	quiet := hasBuffers(b) || b.UsesTracePrintk() // the program prints for itself
	state := stateMaps(b)
	var r []string
	for _, name := range b.TableNames() {
		t := b.Table(name)
		if f.print[name] || f.hist[name] || f.linear[name] || t.IsHistogram() ||
			!quiet && printable[t.Type()] && !state[name] {
			r = append(r, name)
		}
	}
	return r
}

// stateMaps are the maps that hold in-flight state rather than results:
// those a program deletes entries from (BCC tools' start, inflight,
// pending: a timestamp or argument kept from entry to exit) and one-entry
// per-CPU arrays (scratch space for a large event or key). The deletes are
// found in the instructions: bpf_map_delete_elem with r1 last loaded with
// the map (bccc loads the map pointer right before the call).
func stateMaps(b *bcc.BPF) map[string]bool {
	r := map[string]bool{}
	for name, m := range b.Spec.Maps {
		if m.Type == ebpf.PerCPUArray && m.MaxEntries == 1 {
			r[name] = true
		}
	}
	for _, p := range b.Spec.Programs {
		var holds [asm.R10 + 1]string // the map in each register, "" when unknown
		for _, ins := range p.Instructions {
			op := ins.OpCode
			switch {
			case ins.IsLoadFromMap():
				holds[ins.Dst] = ins.Reference()
			case ins.IsBuiltinCall():
				if asm.BuiltinFunc(ins.Constant) == asm.FnMapDeleteElem && holds[asm.R1] != "" {
					r[holds[asm.R1]] = true
				}
				clear(holds[asm.R0 : asm.R5+1])
			case op.Class() == asm.ALU64Class && op.ALUOp() == asm.Mov && op.Source() == asm.RegSource:
				holds[ins.Dst] = holds[ins.Src]
			case op.Class().IsALU() || op.Class().IsLoad():
				holds[ins.Dst] = ""
			}
		}
	}
	return r
}

// printMaps prints the shown maps, as BCC scripts do at their end:
//   - maps declared with BPF_HISTOGRAM (integer or {bucket, slot} keys,
//     u64 values) and --hist maps as print_log2_hist(MAP), --linear maps as
//     print_linear_hist(MAP);
//   - hash, array, LRU, LPM trie maps and their per-CPU variants as
//     "MAP[KEY] = VALUE" lines (values summed over CPUs), integer values
//     in increasing order, others by key; array entries that are all zero
//     are left out.
//
// With nothing to show, not even the time is printed.
func printMaps(b *bcc.BPF, f *runFlags, shown []string, out *output) error {
	if len(shown) == 0 {
		return nil
	}
	if !out.json {
		out.line(fmt.Sprintf("[%s]\n", time.Now().Format("15:04:05")), nil)
	}
	for _, name := range shown {
		t := b.Table(name)
		var err error
		if f.linear[name] || f.hist[name] || t.IsHistogram() {
			err = printHist(t, f.linear[name], out)
		} else {
			err = printKV(t, out)
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// attachLines are the attach failures, one line each: the program and
// why, without cilium/ebpf's chain of wrapped errors when the reason is
// known (a kernel without kprobes).
func attachLines(err error) []string {
	if j, ok := err.(interface{ Unwrap() []error }); ok { // AttachErrors, errors.Join
		var r []string
		for _, e := range j.Unwrap() {
			r = append(r, attachLines(e)...)
		}
		return r
	}
	var ae *bcc.AttachError
	if errors.As(err, &ae) && errors.Is(ae.Err, bcc.ErrKprobesUnsupported) {
		return []string{fmt.Sprintf("cannot attach %s: this kernel has no kprobe support (CONFIG_KPROBES)", ae.Prog)}
	}
	if errors.As(err, &ae) && errors.Is(ae.Err, bcc.ErrTrampolinesRefused) {
		return []string{fmt.Sprintf("cannot attach %s: this kernel refuses %s programs (BPF trampolines)", ae.Prog, ae.Kind)}
	}
	return []string{strings.ReplaceAll(err.Error(), "\n", "; ")}
}

func progNames(as []bcc.Attachment) string {
	var r []string
	for _, a := range as {
		r = append(r, a.Prog)
	}
	return strings.Join(r, ", ")
}

func printHist(t *bcc.Table, linear bool, out *output) error {
	secs, err := t.Histograms(linear)
	if err != nil {
		return err
	}
	if out.json {
		for _, s := range secs {
			var slots []map[string]any
			last := 0
			for i, v := range s.Vals {
				if v > 0 {
					last = i
				}
			}
			for i := 0; i <= last; i++ {
				if linear {
					slots = append(slots, map[string]any{"value": i, "count": s.Vals[i]})
				} else if i > 0 {
					low, high := uint64(1)<<uint(i-1), uint64(1)<<uint(i)-1
					if i == 1 {
						low = 0
					}
					slots = append(slots, map[string]any{"low": low, "high": high, "count": s.Vals[i]})
				}
			}
			kind := "log2"
			if linear {
				kind = "linear"
			}
			obj := map[string]any{"type": "histogram", "map": t.Name, "scale": kind, "slots": slots}
			if s.Bucket != nil {
				obj["bucket"] = jsonValue(s.Bucket)
			}
			out.line("", obj)
		}
		return nil
	}
	var sb strings.Builder
	if linear {
		err = t.PrintLinearHist(&sb, t.Name, bcc.HistOptions{})
	} else {
		err = t.PrintLog2Hist(&sb, t.Name, bcc.HistOptions{})
	}
	if err != nil {
		return err
	}
	if sb.Len() == 0 {
		sb.WriteString(t.Name + ": (empty)\n")
	}
	out.line(sb.String(), nil)
	return nil
}

func printKV(t *bcc.Table, out *output) error {
	items, err := t.Items()
	if err != nil {
		return err
	}
	type kv struct {
		k, v   any
		kb, vb []byte
	}
	var rows []kv
	isArray := t.Type() == ebpf.Array || t.Type() == ebpf.PerCPUArray
	for _, it := range items {
		if isArray && allZero(it.Value) {
			continue
		}
		k, err := t.DecodeKey(it.Key)
		if err != nil {
			return err
		}
		v, err := t.DecodeValue(it.Value)
		if err != nil {
			return err
		}
		rows = append(rows, kv{k, v, it.Key, it.Value})
	}
	sort.SliceStable(rows, func(i, j int) bool {
		a, aok := rows[i].v.(uint64)
		c, cok := rows[j].v.(uint64)
		if aok && cok && a != c {
			return a < c
		}
		ai, aok := rows[i].v.(int64)
		ci, cok := rows[j].v.(int64)
		if aok && cok && ai != ci {
			return ai < ci
		}
		return lessKey(rows[i].k, rows[j].k)
	})
	if out.json {
		entries := []map[string]any{}
		for _, r := range rows {
			entries = append(entries, map[string]any{"key": jsonValue(r.k), "value": jsonValue(r.v)})
		}
		out.line("", map[string]any{"type": "map", "map": t.Name, "entries": entries})
		return nil
	}
	var sb strings.Builder
	if len(rows) == 0 {
		sb.WriteString(t.Name + ": (empty)\n")
	}
	for _, r := range rows {
		fmt.Fprintf(&sb, "%s[%s] = %s\n", t.Name, bcc.Format(r.k), bcc.Format(r.v))
	}
	out.line(sb.String(), nil)
	return nil
}

func lessKey(a, b any) bool {
	switch x := a.(type) {
	case uint64:
		if y, ok := b.(uint64); ok {
			return x < y
		}
	case int64:
		if y, ok := b.(int64); ok {
			return x < y
		}
	}
	return bcc.Format(a) < bcc.Format(b)
}

func allZero(b []byte) bool {
	for _, c := range b {
		if c != 0 {
			return false
		}
	}
	return true
}
