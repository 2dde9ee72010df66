package bcc

import (
	"bufio"
	"bytes"
	"debug/elf"
	"debug/gosym"
	"encoding/binary"
	"errors"
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
	"sync"
	"syscall"

	"github.com/cilium/ebpf"
)

// Symbol is what an address resolves to: the symbol containing it, the
// module (kernel module, "kernel", or the path of the mapped file) and
// the distance from the symbol's start.
type Symbol struct {
	Name   string
	Module string
	Addr   uint64 // the symbol's start (in the address space asked about)
	Offset uint64
}

// String is BCC's sym(..., show_module=True, show_offset=True) form:
// "name+0x1f [module]".
func (s Symbol) String() string { return s.format(true, true) }

func (s Symbol) format(module, offset bool) string {
	r := s.Name
	if offset {
		r += "+0x" + strconv.FormatUint(s.Offset, 16)
	}
	if module && s.Module != "" {
		r += " [" + s.Module + "]"
	}
	return r
}

// unknown is what BCC prints for an address it cannot resolve.
const unknown = "[unknown]"

// symEntry is one symbol of a sorted table. size 0 means "up to the next
// symbol" (kallsyms has no sizes).
type symEntry struct {
	addr, size uint64
	name       string
	module     string
	global     bool
}

// lookup finds the symbol containing addr in entries sorted by address:
// the last one starting at or below addr, if addr is within its size. Of
// aliases (one address, several names) the first global one is chosen,
// else the first: "vfs_read", not a local alias of it.
func lookup(entries []symEntry, addr uint64) (symEntry, bool) {
	i := sort.Search(len(entries), func(i int) bool { return entries[i].addr > addr }) - 1
	if i < 0 {
		return symEntry{}, false
	}
	for i > 0 && entries[i-1].addr == entries[i].addr {
		i--
	}
	for j := i; j < len(entries) && entries[j].addr == entries[i].addr; j++ {
		if entries[j].global {
			i = j
			break
		}
	}
	e := entries[i]
	if e.size != 0 && addr-e.addr >= e.size {
		return symEntry{}, false
	}
	return e, true
}

// KernelSymbols is the kernel's symbol table, from /proc/kallsyms.
type KernelSymbols struct {
	syms []symEntry // sorted by address

	nameOnce sync.Once
	byName   map[string]uint64 // made on first Addr: most users never ask
}

// LoadKernelSymbols reads /proc/kallsyms. Without the privilege to see
// addresses (kptr_restrict) every address reads 0, which is an error.
func LoadKernelSymbols() (*KernelSymbols, error) {
	data, err := os.ReadFile("/proc/kallsyms")
	if err != nil {
		return nil, fmt.Errorf("bcc: kernel symbols: %w", err)
	}
	ks := &KernelSymbols{syms: make([]symEntry, 0, bytes.Count(data, []byte{'\n'}))}
	modules := map[string]string{} // one string per module, not per symbol
	for len(data) > 0 {
		// "ffffffff81000000 T _stext" or "ffffffffc0a01000 t name\t[module]"
		line := data
		if i := bytes.IndexByte(data, '\n'); i >= 0 {
			line, data = data[:i], data[i+1:]
		} else {
			data = nil
		}
		sp := bytes.IndexByte(line, ' ')
		if sp < 0 || len(line) < sp+4 {
			continue
		}
		addr, err := strconv.ParseUint(string(line[:sp]), 16, 64)
		if err != nil || addr == 0 {
			continue
		}
		typ, rest := line[sp+1], line[sp+3:]
		e := symEntry{addr: addr, module: "kernel", global: typ >= 'A' && typ <= 'Z'}
		if tab := bytes.IndexByte(rest, '\t'); tab >= 0 {
			mod := bytes.Trim(rest[tab+1:], "[] ")
			m, ok := modules[string(mod)]
			if !ok {
				m = string(mod)
				modules[m] = m
			}
			e.module, rest = m, rest[:tab]
		}
		e.name = string(rest)
		ks.syms = append(ks.syms, e)
	}
	if len(ks.syms) == 0 {
		return nil, errors.New("bcc: /proc/kallsyms shows no addresses (needs root, or kernel.kptr_restrict=0)")
	}
	// Stable: aliases keep kallsyms's order for Lookup to choose from.
	sort.SliceStable(ks.syms, func(i, j int) bool { return ks.syms[i].addr < ks.syms[j].addr })
	return ks, nil
}

// Lookup returns the symbol containing addr.
func (ks *KernelSymbols) Lookup(addr uint64) (Symbol, bool) {
	e, ok := lookup(ks.syms, addr)
	if !ok {
		return Symbol{}, false
	}
	return Symbol{Name: e.name, Module: e.module, Addr: e.addr, Offset: addr - e.addr}, true
}

// Resolve returns the name of the symbol containing addr and the offset
// of addr in it.
func (ks *KernelSymbols) Resolve(addr uint64) (name string, offset uint64, ok bool) {
	s, ok := ks.Lookup(addr)
	return s.Name, s.Offset, ok
}

// Addr returns a symbol's address (BCC's ksymname); of several symbols
// of one name, a global one.
func (ks *KernelSymbols) Addr(name string) (uint64, bool) {
	ks.nameOnce.Do(func() {
		ks.byName = make(map[string]uint64, len(ks.syms))
		for _, e := range ks.syms {
			if _, seen := ks.byName[e.name]; !seen || e.global {
				ks.byName[e.name] = e.addr
			}
		}
	})
	a, ok := ks.byName[name]
	return a, ok
}

// Len is the number of symbols.
func (ks *KernelSymbols) Len() int { return len(ks.syms) }

var kernelSyms struct {
	sync.Mutex
	ks    *KernelSymbols
	stamp string
}

// CachedKernelSymbols loads /proc/kallsyms once; later calls share it
// (see RefreshKernelSymbols).
func CachedKernelSymbols() (*KernelSymbols, error) {
	kernelSyms.Lock()
	defer kernelSyms.Unlock()
	if kernelSyms.ks != nil {
		return kernelSyms.ks, nil
	}
	return refreshKernelSymbols()
}

// RefreshKernelSymbols re-reads the shared table, for kernel modules and
// BPF programs loaded since it was read.
func RefreshKernelSymbols() (*KernelSymbols, error) {
	kernelSyms.Lock()
	defer kernelSyms.Unlock()
	return refreshKernelSymbols()
}

func refreshKernelSymbols() (*KernelSymbols, error) {
	stamp := kernelStamp()
	ks, err := LoadKernelSymbols()
	if err != nil {
		return nil, err
	}
	kernelSyms.ks, kernelSyms.stamp = ks, stamp
	return ks, nil
}

// kernelStamp changes when kallsyms gains code beyond the core kernel's:
// the loaded modules (name and address) and the newest BPF program (IDs
// only grow). Cheap next to reading kallsyms.
func kernelStamp() string {
	var b strings.Builder
	if mods, err := os.ReadFile("/proc/modules"); err == nil {
		for _, line := range strings.Split(string(mods), "\n") {
			if f := strings.Fields(line); len(f) >= 6 {
				b.WriteString(f[0] + "@" + f[5] + " ")
			}
		}
	}
	var id ebpf.ProgramID
	for {
		next, err := ebpf.ProgramGetNextID(id)
		if err != nil {
			break
		}
		id = next
	}
	b.WriteString("prog " + strconv.FormatUint(uint64(id), 10))
	return b.String()
}

// staleDistance is how far past the nearest symbol an address must be to
// suspect the shared table is stale: no kernel function is this long.
const staleDistance = 1 << 20

// kernelLookup resolves through the shared table. An address the table
// does not explain (before every symbol, far past the nearest, or in BPF
// code: the code of a module or BPF program loaded since, such as the
// caller's own programs in their stacks) re-reads kallsyms if modules or
// programs were loaded since it was read.
func kernelLookup(addr uint64) (Symbol, bool) {
	ks, err := CachedKernelSymbols()
	if err != nil {
		return Symbol{}, false
	}
	s, ok := ks.Lookup(addr)
	// BPF code (programs, dispatchers, trampolines: module "bpf") comes
	// and goes, so an address there is checked against newer programs.
	if ok && s.Offset < staleDistance && s.Module != "bpf" {
		return s, true
	}
	kernelSyms.Lock()
	if kernelStamp() != kernelSyms.stamp {
		refreshKernelSymbols() // on failure the old table stays
	}
	ks = kernelSyms.ks
	kernelSyms.Unlock()
	return ks.Lookup(addr)
}

// Ksym is BCC's BPF.ksym: the name of the kernel symbol containing addr,
// with "+0xOFF" and " [module]" when asked, or "[unknown]".
func Ksym(addr uint64, showModule, showOffset bool) string {
	return Sym(addr, -1, showModule, showOffset)
}

// Ksymname is BCC's BPF.ksymname: a kernel symbol's address, or -1.
func Ksymname(name string) int64 {
	ks, err := CachedKernelSymbols()
	if err != nil {
		return -1
	}
	if a, ok := ks.Addr(name); ok {
		return int64(a)
	}
	return -1
}

// Sym is BCC's BPF.sym: the symbol containing addr in process pid (a
// negative pid means the kernel), or "[unknown]". Per-process tables are
// cached, as BCC caches them per pid.
func Sym(addr uint64, pid int, showModule, showOffset bool) string {
	var s Symbol
	var ok bool
	if pid < 0 {
		s, ok = kernelLookup(addr)
	} else {
		s, ok = CachedProcessSymbols(pid).Lookup(addr)
	}
	if !ok {
		return unknown
	}
	return s.format(showModule, showOffset)
}

// Ksym and Sym on a BPF are the package functions, as BCC's static methods.
func (b *BPF) Ksym(addr uint64, showModule, showOffset bool) string {
	return Ksym(addr, showModule, showOffset)
}

func (b *BPF) Sym(addr uint64, pid int, showModule, showOffset bool) string {
	return Sym(addr, pid, showModule, showOffset)
}

// StackAddrs reads one stack of a BPF_STACK_TRACE table (the id
// get_stackid returned) as instruction addresses, innermost first: BCC's
// table.walk(stack_id).
func (t *Table) StackAddrs(stackID int64) ([]uint64, error) {
	if t.Spec.Type != ebpf.StackTrace {
		return nil, fmt.Errorf("bcc: table %s is a %s, not a stack trace table", t.Name, t.Spec.Type)
	}
	const buildID = 1 << 5 // BPF_F_STACK_BUILD_ID: entries are not addresses
	if t.Spec.Flags&buildID != 0 {
		return nil, fmt.Errorf("bcc: table %s holds build-id stacks, not addresses", t.Name)
	}
	if stackID < 0 {
		// get_stackid's errors: -EFAULT (no stack), -EEXIST (collision
		// without BPF_F_REUSE_STACKID), -ENOMEM (table full).
		return nil, fmt.Errorf("bcc: table %s: stack id %d is an error (%w)", t.Name, stackID, syscall.Errno(-stackID))
	}
	v, err := t.Lookup(binary.NativeEndian.AppendUint32(nil, uint32(stackID)))
	if err != nil {
		return nil, err
	}
	var addrs []uint64
	for i := 0; i+8 <= len(v); i += 8 {
		a := binary.NativeEndian.Uint64(v[i:])
		if a == 0 {
			break
		}
		addrs = append(addrs, a)
	}
	return addrs, nil
}

// ProcessSymbols resolves addresses of one process from its memory map
// (/proc/PID/maps) and the ELF symbol tables (.symtab and .dynsym) of the
// files mapped, read through /proc/PID/root so that a process in another
// mount namespace resolves against its own files.
type ProcessSymbols struct {
	Pid int

	start string // see processStart
	mu    sync.Mutex
	maps  []mapping // sorted by start
}

type mapping struct {
	start, end, off uint64
	path            string // as in /proc/PID/maps
	open            string // the name to open it by
}

// LoadProcessSymbols reads the memory map of pid; the symbol tables of
// the files are read when first needed and shared by every process.
func LoadProcessSymbols(pid int) (*ProcessSymbols, error) {
	ps := &ProcessSymbols{Pid: pid}
	if err := ps.Refresh(); err != nil {
		return nil, err
	}
	return ps, nil
}

// Refresh re-reads the memory map, for libraries mapped since.
func (ps *ProcessSymbols) Refresh() error {
	maps, err := readMaps(ps.Pid)
	if err != nil {
		return err
	}
	ps.mu.Lock()
	ps.maps = maps
	ps.mu.Unlock()
	return nil
}

func readMaps(pid int) ([]mapping, error) {
	f, err := os.Open(fmt.Sprintf("/proc/%d/maps", pid))
	if err != nil {
		return nil, fmt.Errorf("bcc: symbols of pid %d: %w", pid, err)
	}
	defer f.Close()
	var maps []mapping
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 4096), 1<<20)
	for sc.Scan() {
		// "start-end perms offset dev inode path", path may hold spaces.
		fields := strings.SplitN(sc.Text(), " ", 6)
		if len(fields) < 6 {
			continue
		}
		path := strings.TrimLeft(fields[5], " ")
		if !strings.HasPrefix(path, "/") {
			continue // anonymous, [heap], [stack], [vdso]
		}
		lo, hi, _ := strings.Cut(fields[0], "-")
		start, err1 := strconv.ParseUint(lo, 16, 64)
		end, err2 := strconv.ParseUint(hi, 16, 64)
		off, err3 := strconv.ParseUint(fields[2], 16, 64)
		if err1 != nil || err2 != nil || err3 != nil {
			continue
		}
		m := mapping{start: start, end: end, off: off, path: path}
		if p, ok := strings.CutSuffix(path, " (deleted)"); ok {
			// The file is gone from its directory but still mapped.
			m.path = p
			m.open = fmt.Sprintf("/proc/%d/map_files/%s", pid, fields[0])
		} else {
			m.open = fmt.Sprintf("/proc/%d/root%s", pid, path)
		}
		maps = append(maps, m)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("bcc: reading the maps of pid %d: %w", pid, err)
	}
	sort.Slice(maps, func(i, j int) bool { return maps[i].start < maps[j].start })
	return maps, nil
}

func (ps *ProcessSymbols) mappingOf(addr uint64) (mapping, bool) {
	ps.mu.Lock()
	defer ps.mu.Unlock()
	i := sort.Search(len(ps.maps), func(i int) bool { return ps.maps[i].start > addr }) - 1
	if i < 0 || addr >= ps.maps[i].end {
		return mapping{}, false
	}
	return ps.maps[i], true
}

// Lookup returns the symbol containing addr; Module is the file's path.
// An address outside every mapping re-reads the map once.
func (ps *ProcessSymbols) Lookup(addr uint64) (Symbol, bool) {
	m, ok := ps.mappingOf(addr)
	if !ok {
		if ps.Refresh() != nil {
			return Symbol{}, false
		}
		if m, ok = ps.mappingOf(addr); !ok {
			return Symbol{}, false
		}
	}
	es, err := elfSymbolsOf(m.open)
	if err != nil {
		return Symbol{}, false
	}
	vaddr, ok := es.vaddr(addr - m.start + m.off)
	if !ok {
		return Symbol{}, false
	}
	e, ok := lookup(es.syms, vaddr)
	if !ok {
		return Symbol{}, false
	}
	off := vaddr - e.addr
	return Symbol{Name: e.name, Module: m.path, Addr: addr - off, Offset: off}, true
}

// Resolve returns the name of the symbol containing addr and the offset
// of addr in it.
func (ps *ProcessSymbols) Resolve(addr uint64) (name string, offset uint64, ok bool) {
	s, ok := ps.Lookup(addr)
	return s.Name, s.Offset, ok
}

var processSyms struct {
	sync.Mutex
	byPid map[int]*ProcessSymbols
}

// CachedProcessSymbols returns the shared table of pid, made on first
// use, and made again when the pid has been reused by another process.
// It is never nil: a process whose map cannot be read resolves nothing
// until a later Lookup succeeds in reading it.
func CachedProcessSymbols(pid int) *ProcessSymbols {
	start := processStart(pid)
	processSyms.Lock()
	defer processSyms.Unlock()
	if ps := processSyms.byPid[pid]; ps != nil && ps.start == start {
		return ps
	}
	if processSyms.byPid == nil {
		processSyms.byPid = map[int]*ProcessSymbols{}
	}
	ps := &ProcessSymbols{Pid: pid, start: start}
	ps.Refresh()
	processSyms.byPid[pid] = ps
	return ps
}

// processStart is a process's start time (/proc/PID/stat's 22nd field),
// which tells two processes of one pid apart; "" if it cannot be read.
func processStart(pid int) string {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return ""
	}
	// The command name, field 2, is in parentheses and may hold spaces.
	i := bytes.LastIndexByte(b, ')')
	if i < 0 {
		return ""
	}
	f := strings.Fields(string(b[i+1:]))
	if len(f) < 20 {
		return ""
	}
	return f[19] // fields 3.. follow the name: field 22 is the 20th
}

// elfSymbols are one file's function and object symbols, by virtual
// address, and its loadable segments to turn file offsets into those.
type elfSymbols struct {
	syms  []symEntry
	loads []elf.ProgHeader
}

func (es *elfSymbols) vaddr(fileOff uint64) (uint64, bool) {
	for _, p := range es.loads {
		if fileOff >= p.Off && fileOff < p.Off+p.Filesz {
			return fileOff - p.Off + p.Vaddr, true
		}
	}
	return 0, false
}

type fileKey struct {
	path       string
	size, time int64
}

var elfCache struct {
	sync.Mutex
	files map[fileKey]*elfSymbols
}

// elfSymbolsOf reads (once per file version) the symbols of an ELF file.
func elfSymbolsOf(path string) (*elfSymbols, error) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	key := fileKey{path, st.Size(), st.ModTime().UnixNano()}
	elfCache.Lock()
	defer elfCache.Unlock()
	if es := elfCache.files[key]; es != nil {
		return es, nil
	}
	es, err := readELFSymbols(path)
	if err != nil {
		return nil, err
	}
	if elfCache.files == nil {
		elfCache.files = map[fileKey]*elfSymbols{}
	}
	elfCache.files[key] = es
	return es, nil
}

func readELFSymbols(path string) (*elfSymbols, error) {
	f, err := elf.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	es := &elfSymbols{}
	for _, p := range f.Progs {
		if p.Type == elf.PT_LOAD {
			es.loads = append(es.loads, p.ProgHeader)
		}
	}
	// A stripped file has only .dynsym; either table may be missing.
	static, _ := f.Symbols()
	dynamic, _ := f.DynamicSymbols()
	for _, s := range append(static, dynamic...) {
		switch elf.ST_TYPE(s.Info) {
		case elf.STT_FUNC, elf.STT_GNU_IFUNC, elf.STT_OBJECT:
		default:
			continue
		}
		if s.Section == elf.SHN_UNDEF || s.Value == 0 || s.Name == "" {
			continue
		}
		es.syms = append(es.syms, symEntry{addr: s.Value, size: s.Size, name: s.Name,
			global: elf.ST_BIND(s.Info) != elf.STB_LOCAL})
	}
	if len(static) == 0 {
		es.syms = append(es.syms, goFuncs(f)...)
	}
	sort.SliceStable(es.syms, func(i, j int) bool { return es.syms[i].addr < es.syms[j].addr })
	return es, nil
}

// goFuncs reads the functions of a Go binary from its pclntab, which is
// there even when the symbol table is stripped (-ldflags=-s, and go test
// and go run binaries).
func goFuncs(f *elf.File) []symEntry {
	pcln, text := f.Section(".gopclntab"), f.Section(".text")
	if pcln == nil || text == nil {
		return nil
	}
	data, err := pcln.Data()
	if err != nil {
		return nil
	}
	tab, err := gosym.NewTable(nil, gosym.NewLineTable(data, text.Addr))
	if err != nil {
		return nil
	}
	syms := make([]symEntry, 0, len(tab.Funcs))
	for _, fn := range tab.Funcs {
		syms = append(syms, symEntry{addr: fn.Entry, size: fn.End - fn.Entry, name: fn.Name, global: true})
	}
	return syms
}
