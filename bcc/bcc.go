// Package bcc is a Go counterpart of BCC's Python BPF class, on top of
// cilium/ebpf: it compiles BCC-dialect C with bccc, loads the object,
// attaches its programs by their BCC names or sections, and reads the
// results — tables decoded with their BTF types, BCC's histograms, the
// trace pipe, perf and ring buffers.
//
//	b, err := bcc.New(`BPF_HASH(counts, u32, u64);
//	TRACEPOINT_PROBE(syscalls, sys_enter_getpid) { ... }`, "-DMAX=10")
//	defer b.Close()
//	err = b.AttachAll()           // kprobe__, TRACEPOINT_PROBE, ... by section
//	kvs, err := b.Table("counts").Decoded() // keys and values from BTF
//	line, err := b.TraceFields(time.Second)
//	err = bcc.PrintLog2Hist(os.Stdout, b.Table("dist"), "usecs")
package bcc

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"sort"
	"strings"
	"sync"

	"github.com/bccc-dev/bccc"
	"github.com/cilium/ebpf"
	"github.com/cilium/ebpf/btf"
	"github.com/cilium/ebpf/link"
)

// Options are BPF(text=..., src_file=..., cflags=[...]) and what bccc adds.
type Options struct {
	// Text is the program text (BPF(text=...)); File is read when Text is
	// empty (BPF(src_file=...)). File also names the source in diagnostics.
	Text string
	File string
	// Cflags are BCC's cflags: -DNAME[=VALUE], -D NAME, -IDIR, -I DIR.
	// Warning and optimisation flags (-w, -W..., -O..., -g, -f..., -std=...)
	// are accepted and ignored; anything else is an error.
	Cflags []string
	// Progs are bccc's --prog NAME=TYPE[:TARGET] for functions not named by
	// BCC's conventions.
	Progs []string
	// BTF is the kernel BTF file for kernel types and tracepoint structs
	// without tracefs (bccc's --btf; default /sys/kernel/btf/vmlinux), for
	// programs built for a kernel other than the running one. Tracefs is
	// a directory of events/CAT/EVT/format files (--tracefs; default the
	// mounted tracefs), the only source of tracepoint structs when set.
	// Each, when set, overrides Compile's.
	BTF     string
	Tracefs string
	// Compile is passed to bccc.Compile; Cflags and Progs are added to it.
	Compile bccc.Options
	// LogLevel is the verifier log level asked for when loading (0: a log
	// only on failure).
	LogLevel ebpf.LogLevel
}

// BPF is one compiled and loaded program text, as BCC's Python BPF object.
type BPF struct {
	File       string
	Source     []byte
	Object     *bccc.Object
	Warnings   []bccc.Diagnostic
	Spec       *ebpf.CollectionSpec
	Collection *ebpf.Collection

	info    *sourceInfo
	formats []*traceFormat

	mu       sync.Mutex
	links    []*attached
	tables   map[string]*Table
	trace    *TracePipe
	events   *eventQueue
	closed   bool
	eventTyp map[string]btf.Type

	// PerfPageCount is the size of each per-CPU perf buffer opened by
	// OpenPerfBuffer, in pages (BCC's page_cnt; default 8).
	PerfPageCount int
	// OnLost, when set, is called from Poll with the number of perf
	// records the kernel dropped for a table.
	OnLost func(table string, lost uint64)
}

// New compiles and loads a program text with BCC's cflags, as
// BPF(text=text, cflags=cflags).
func New(text string, cflags ...string) (*BPF, error) {
	return NewWithOptions(Options{Text: text, Cflags: cflags})
}

// NewFile compiles and loads a source file, as BPF(src_file=path, cflags=cflags).
func NewFile(path string, cflags ...string) (*BPF, error) {
	return NewWithOptions(Options{File: path, Cflags: cflags})
}

// NewWithOptions compiles and loads with all the options.
func NewWithOptions(o Options) (*BPF, error) {
	name := o.File
	var src []byte
	if o.Text != "" {
		src = []byte(o.Text)
		if name == "" {
			name = "<text>"
		}
	} else {
		if o.File == "" {
			return nil, errors.New("bcc: no program text and no source file")
		}
		var err error
		if src, err = os.ReadFile(o.File); err != nil {
			return nil, err
		}
	}
	copts, err := compileOptions(o)
	if err != nil {
		return nil, err
	}
	obj, warns, err := bccc.Compile(name, src, copts)
	if err != nil {
		return nil, err
	}
	spec, err := ebpf.LoadCollectionSpecFromReader(bytes.NewReader(obj.ELF))
	if err != nil {
		return nil, fmt.Errorf("bcc: reading the compiled object: %w", err)
	}
	b := &BPF{File: name, Source: src, Object: obj, Warnings: warns, Spec: spec,
		tables: map[string]*Table{}, eventTyp: map[string]btf.Type{}, PerfPageCount: 8}
	b.formats = traceFormats(spec)
	// What the ELF does not say (BCC map kinds, the types of perf and ring
	// buffer events) comes from the source; failing that is not an error.
	b.info = analyzeSource(name, src, copts)
	// The ELF symbol is the function name; the kernel knows the program
	// by BCC's name for it (bpftool prog, /proc/PID/fdinfo).
	for fn, p := range spec.Programs {
		p.Name = KernelProgName(fn)
	}
	coll, err := ebpf.NewCollectionWithOptions(spec, ebpf.CollectionOptions{Programs: ebpf.ProgramOptions{LogLevel: o.LogLevel}})
	if err != nil {
		return nil, loadError(err, spec)
	}
	b.Collection = coll
	if b.UsesTracePrintk() {
		// Open now, as BCC's trace_print finds the lines printed since
		// the probes were attached; failing that, TraceFields says why.
		b.trace, _ = OpenTracePipe()
	}
	return b, nil
}

// compileOptions are the options of both compiles of the source (the
// object, and analyzeSource's), from o without changing o.
func compileOptions(o Options) (bccc.Options, error) {
	copts := o.Compile
	defs := map[string]string{}
	for k, v := range copts.Defines {
		defs[k] = v
	}
	copts.Defines = defs
	copts.IncludeDirs = append([]string(nil), copts.IncludeDirs...)
	if err := applyCflags(&copts, o.Cflags); err != nil {
		return bccc.Options{}, err
	}
	copts.Progs = append(append([]string(nil), copts.Progs...), o.Progs...)
	if o.BTF != "" {
		copts.BTF = o.BTF
	}
	if o.Tracefs != "" {
		copts.Tracefs = o.Tracefs
	}
	return copts, nil
}

// loadError shortens cilium/ebpf's load errors: the verifier's last lines
// instead of its whole log.
func loadError(err error, spec *ebpf.CollectionSpec) error {
	var ve *ebpf.VerifierError
	if errors.As(err, &ve) {
		return fmt.Errorf("bcc: the kernel rejected the program: %v", err)
	}
	if errors.Is(err, os.ErrPermission) && os.Geteuid() == 0 {
		// Root, so not a missing capability: the kernel (or a security
		// module) refuses this kind of program.
		for name, p := range spec.Programs {
			if !strings.Contains(err.Error(), "program "+name+":") {
				continue
			}
			if p.Type == ebpf.Tracing || p.Type == ebpf.LSM {
				return fmt.Errorf("bcc: the kernel refused to load %s (section %s) although this process is root: "+
					"this kernel does not allow fentry/fexit/fmod_ret/LSM programs here (BPF trampolines; LSM also needs bpf in the lsm= list): %w", name, p.SectionName, err)
			}
			return fmt.Errorf("bcc: the kernel refused to load %s (section %s) although this process is root: %w", name, p.SectionName, err)
		}
	}
	if errors.Is(err, os.ErrPermission) {
		return fmt.Errorf("bcc: loading needs root (CAP_BPF and CAP_PERFMON): %w", err)
	}
	return fmt.Errorf("bcc: loading: %w", err)
}

// KernelProgName is the name BCC gives a program function in the kernel
// (libbpf.c's bcc_prog_load): the function name without its attach prefix
// (kprobe__, kretprobe__, tracepoint__, raw_tracepoint__, kfunc__MOD__,
// kretfunc__MOD__, kmod_ret__, lsm__, bpf_iter__), cut to 15 characters,
// the kernel's limit (BPF_OBJ_NAME_LEN less the NUL).
func KernelProgName(fn string) string {
	name := fn
	for _, p := range []string{"kprobe__", "kretprobe__", "tracepoint__", "raw_tracepoint__", "kmod_ret__", "lsm__", "bpf_iter__"} {
		if strings.HasPrefix(fn, p) {
			name = fn[len(p):]
			break
		}
	}
	for _, p := range []string{"kfunc__", "kretfunc__"} {
		if strings.HasPrefix(fn, p) {
			// kfunc__vmlinux__vfs_read: the module is cut too; without
			// one, BCC keeps the whole name.
			if i := strings.Index(fn[len(p):], "__"); i >= 0 {
				name = fn[len(p)+i+2:]
			}
		}
	}
	if len(name) > 15 {
		name = name[:15]
	}
	return name
}

func applyCflags(o *bccc.Options, flags []string) error {
	for i := 0; i < len(flags); i++ {
		f := flags[i]
		arg := func() (string, error) {
			if i+1 >= len(flags) {
				return "", fmt.Errorf("bcc: cflag %s needs an argument", f)
			}
			i++
			return flags[i], nil
		}
		switch {
		case f == "-D":
			v, err := arg()
			if err != nil {
				return err
			}
			define(o.Defines, v)
		case strings.HasPrefix(f, "-D"):
			define(o.Defines, f[2:])
		case f == "-I":
			v, err := arg()
			if err != nil {
				return err
			}
			o.IncludeDirs = append(o.IncludeDirs, v)
		case strings.HasPrefix(f, "-I"):
			o.IncludeDirs = append(o.IncludeDirs, f[2:])
		case f == "-w", strings.HasPrefix(f, "-W"), strings.HasPrefix(f, "-O"), f == "-g",
			strings.HasPrefix(f, "-f"), strings.HasPrefix(f, "-std="):
		default:
			return fmt.Errorf("bcc: unsupported cflag %q (supported: -D, -I; -w, -W*, -O*, -g, -f*, -std= are ignored)", f)
		}
	}
	return nil
}

func define(m map[string]string, s string) {
	k, v, _ := strings.Cut(s, "=")
	m[k] = v
}

// Program returns a loaded program by its C function name (BCC's
// load_func: programs are loaded when the BPF is created). The kernel
// knows it by BCC's name for it, KernelProgName (bpftool prog list).
func (b *BPF) Program(name string) *ebpf.Program {
	if b.Collection == nil {
		return nil
	}
	return b.Collection.Programs[name]
}

// ProgramNames lists the programs, sorted.
func (b *BPF) ProgramNames() []string {
	var r []string
	for n := range b.Spec.Programs {
		r = append(r, n)
	}
	sort.Strings(r)
	return r
}

// TableNames lists the maps declared by the program (not .rodata and the
// like), sorted.
func (b *BPF) TableNames() []string {
	var r []string
	for n := range b.Spec.Maps {
		if strings.HasPrefix(n, ".") {
			continue
		}
		r = append(r, n)
	}
	sort.Strings(r)
	return r
}

// Close detaches every probe, stops the buffers and the trace pipe reader,
// and unloads programs and maps.
func (b *BPF) Close() error {
	b.mu.Lock()
	if b.closed {
		b.mu.Unlock()
		return nil
	}
	b.closed = true
	links := b.links
	b.links = nil
	tp := b.trace
	b.trace = nil
	ev := b.events
	b.events = nil
	b.mu.Unlock()
	var errs []error
	for i := len(links) - 1; i >= 0; i-- {
		if err := links[i].link.Close(); err != nil {
			errs = append(errs, fmt.Errorf("detaching %s: %w", links[i].Attachment, err))
		}
	}
	if tp != nil {
		tp.Close()
	}
	if ev != nil {
		ev.close()
	}
	if b.Collection != nil {
		b.Collection.Close()
	}
	return errors.Join(errs...)
}

type attached struct {
	Attachment
	link link.Link
}
