package bcc

import (
	"bytes"
	"debug/elf"
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"
)

// USDTProbe is one statically defined probe of an ELF file, from its
// .note.stapsdt section (<sys/sdt.h>'s STAP_PROBEn / DTRACE_PROBEn).
type USDTProbe struct {
	Path           string
	Provider, Name string
	// Addr is the probe's address and Offset its file offset, where a
	// uprobe is placed.
	Addr, Offset uint64
	// Semaphore is the address of the probe's "is enabled" counter (0:
	// none) and SemaphoreOffset its file offset, which the kernel
	// increments while a uprobe is attached (uprobe ref_ctr_offset).
	Semaphore, SemaphoreOffset uint64
	// ArgSpec is the note's argument string ("-4@%edi 8@-16(%rbp)"), Args
	// its parse.
	ArgSpec string
	Args    []USDTArg
	// Machine is the ELF machine: the arguments' register names are its.
	Machine elf.Machine
}

// USDTArgKind is where an argument's value is at the probe.
type USDTArgKind int

const (
	USDTConst USDTArgKind = iota // the value is Value
	USDTReg                      // the value is in register Reg
	USDTMem                      // at Reg + Value (+ Index*Scale), or Symbol + Value
)

// USDTArg is one probe argument.
type USDTArg struct {
	Size   int // bytes: 1, 2, 4 or 8
	Signed bool
	Kind   USDTArgKind
	Value  int64  // the constant, or the memory displacement
	Reg    string // struct pt_regs member of the (base) register: "di", "bp", "regs[0]"
	Index  string // x86 index register (a pt_regs member), or ""
	Scale  int
	// Symbol is set for x86 rip-relative operands (a global variable);
	// SymbolAddr is its address in the file.
	Symbol     string
	SymbolAddr uint64
}

// CType is the C type of the argument's value: s32, u64, ...
func (a USDTArg) CType() string {
	t := "u"
	if a.Signed {
		t = "s"
	}
	return t + strconv.Itoa(a.Size*8)
}

// USDTProbes reads every probe of an executable or library.
func USDTProbes(path string) ([]USDTProbe, error) {
	f, err := elf.Open(path)
	if err != nil {
		return nil, fmt.Errorf("bcc: usdt: %w", err)
	}
	defer f.Close()
	notes := f.Section(".note.stapsdt")
	if notes == nil {
		return nil, nil
	}
	data, err := notes.Data()
	if err != nil {
		return nil, fmt.Errorf("bcc: usdt: %s: %w", path, err)
	}
	// The note holds link-time addresses; a prelinked file moved them all
	// by the distance its .stapsdt.base section moved.
	var baseAddr uint64
	hasBase := false
	if s := f.Section(".stapsdt.base"); s != nil {
		baseAddr, hasBase = s.Addr, true
	}
	var syms []elf.Symbol
	symsRead := false
	var probes []USDTProbe
	for len(data) >= 12 {
		bo := f.ByteOrder
		namesz, descsz, typ := bo.Uint32(data), bo.Uint32(data[4:]), bo.Uint32(data[8:])
		nameEnd := 12 + align4(namesz)
		descEnd := nameEnd + align4(descsz)
		if uint64(descEnd) > uint64(len(data)) {
			return nil, fmt.Errorf("bcc: usdt: %s: truncated .note.stapsdt", path)
		}
		name := string(bytes.TrimRight(data[12:12+namesz], "\x00"))
		desc := data[nameEnd : nameEnd+descsz]
		data = data[descEnd:]
		const ntStapsdt = 3
		if name != "stapsdt" || typ != ntStapsdt {
			continue
		}
		p, err := parseStapsdt(f, desc)
		if err != nil {
			return nil, fmt.Errorf("bcc: usdt: %s: %w", path, err)
		}
		p.Path, p.Machine = path, f.Machine
		if hasBase {
			p.Addr += baseAddr - p.base
			if p.Semaphore != 0 {
				p.Semaphore += baseAddr - p.base
			}
		}
		if p.Offset, err = fileOffset(f, p.Addr); err != nil {
			return nil, fmt.Errorf("bcc: usdt: %s: probe %s:%s: %w", path, p.Provider, p.Name, err)
		}
		if p.Semaphore != 0 {
			if p.SemaphoreOffset, err = fileOffset(f, p.Semaphore); err != nil {
				return nil, fmt.Errorf("bcc: usdt: %s: semaphore of %s:%s: %w", path, p.Provider, p.Name, err)
			}
		}
		if p.Args, err = parseUSDTArgs(f.Machine, p.ArgSpec); err != nil {
			return nil, fmt.Errorf("bcc: usdt: %s: probe %s:%s: %w", path, p.Provider, p.Name, err)
		}
		for i := range p.Args {
			a := &p.Args[i]
			if a.Symbol == "" {
				continue
			}
			if !symsRead {
				syms, _ = f.Symbols()
				dyn, _ := f.DynamicSymbols()
				syms, symsRead = append(syms, dyn...), true
			}
			for _, s := range syms {
				if s.Name == a.Symbol && s.Section != elf.SHN_UNDEF {
					a.SymbolAddr = s.Value
					break
				}
			}
			if a.SymbolAddr == 0 {
				return nil, fmt.Errorf("bcc: usdt: %s: probe %s:%s: argument %d: no symbol %s", path, p.Provider, p.Name, i+1, a.Symbol)
			}
		}
		probes = append(probes, p.USDTProbe)
	}
	return probes, nil
}

// FindUSDTProbe returns the probe name of provider ("" for any provider)
// in the file at path.
func FindUSDTProbe(path, provider, name string) (USDTProbe, error) {
	probes, err := USDTProbes(path)
	if err != nil {
		return USDTProbe{}, err
	}
	var have []string
	for _, p := range probes {
		if p.Name == name && (provider == "" || p.Provider == provider) {
			return p, nil
		}
		have = append(have, p.Provider+":"+p.Name)
	}
	return USDTProbe{}, fmt.Errorf("bcc: usdt: no probe %s:%s in %s (probes: %s)", provider, name, path, strings.Join(have, ", "))
}

func align4(n uint32) uint32 { return (n + 3) &^ 3 }

type stapsdtNote struct {
	USDTProbe
	base uint64
}

// parseStapsdt decodes a note's description: the probe, base and
// semaphore addresses, then provider, name and arguments as C strings.
func parseStapsdt(f *elf.File, desc []byte) (stapsdtNote, error) {
	var n stapsdtNote
	size := 8
	if f.Class == elf.ELFCLASS32 {
		size = 4
	}
	if len(desc) < 3*size {
		return n, errors.New("short stapsdt note")
	}
	word := func(b []byte) uint64 {
		if size == 4 {
			return uint64(f.ByteOrder.Uint32(b))
		}
		return f.ByteOrder.Uint64(b)
	}
	n.Addr, n.base, n.Semaphore = word(desc), word(desc[size:]), word(desc[2*size:])
	strs := strings.Split(string(desc[3*size:]), "\x00")
	if len(strs) < 3 {
		return n, errors.New("stapsdt note without provider, name and arguments")
	}
	n.Provider, n.Name, n.ArgSpec = strs[0], strs[1], strs[2]
	return n, nil
}

// fileOffset turns a link-time address into a file offset through the
// loadable segment that holds it.
func fileOffset(f *elf.File, addr uint64) (uint64, error) {
	for _, p := range f.Progs {
		if p.Type == elf.PT_LOAD && addr >= p.Vaddr && addr < p.Vaddr+p.Filesz {
			return addr - p.Vaddr + p.Off, nil
		}
	}
	return 0, fmt.Errorf("address %#x is in no loadable segment", addr)
}

var (
	// x86: "$5", "%edi", "-20(%rbp)", "8(%rax,%rdx,8)", "counter(%rip)", "counter+8(%rip)".
	x86Const = regexp.MustCompile(`^\$(-?(?:0x[0-9a-fA-F]+|\d+))$`)
	x86Reg   = regexp.MustCompile(`^%(\w+)$`)
	x86Mem   = regexp.MustCompile(`^(-?(?:0x[0-9a-fA-F]+|\d+))?\(%(\w+)(?:,%(\w+)(?:,(\d+))?)?\)$`)
	x86Sym   = regexp.MustCompile(`^([A-Za-z_.$][\w.$]*)([+-](?:0x[0-9a-fA-F]+|\d+))?\(%rip\)$`)
	// arm64: "x0", "w1", "sp", "[sp, 16]", "[x29, -8]", "[x0]", "42".
	armReg   = regexp.MustCompile(`^([xw]\d+|sp)$`)
	armMem   = regexp.MustCompile(`^\[([xw]\d+|sp)(?:\s*,\s*(-?\d+))?\]$`)
	armConst = regexp.MustCompile(`^-?\d+$`)
)

// parseUSDTArgs parses an argument string: space-separated
// "SIZE@OPERAND", SIZE negative for signed values.
func parseUSDTArgs(m elf.Machine, spec string) ([]USDTArg, error) {
	var args []USDTArg
	for i, field := range splitUSDTArgs(spec) {
		a := USDTArg{Size: 8}
		op := field
		if sz, rest, ok := strings.Cut(field, "@"); ok {
			n, err := strconv.Atoi(sz)
			if err != nil {
				return nil, fmt.Errorf("argument %d %q: bad size", i+1, field)
			}
			a.Signed, a.Size, op = n < 0, max(n, -n), rest
			switch a.Size {
			case 1, 2, 4, 8:
			default:
				return nil, fmt.Errorf("argument %d %q: size %d", i+1, field, a.Size)
			}
		}
		var err error
		switch m {
		case elf.EM_X86_64:
			err = parseX86Operand(&a, op)
		case elf.EM_AARCH64:
			err = parseARM64Operand(&a, op)
		default:
			err = fmt.Errorf("USDT arguments of %v are not supported", m)
		}
		if err != nil {
			return nil, fmt.Errorf("argument %d %q: %w", i+1, field, err)
		}
		args = append(args, a)
	}
	return args, nil
}

// splitUSDTArgs splits at spaces outside brackets (arm64's "[sp, 16]").
func splitUSDTArgs(spec string) []string {
	var r []string
	depth, start := 0, -1
	for i, c := range spec {
		switch {
		case c == '[':
			depth++
		case c == ']':
			depth--
		case c == ' ' && depth == 0:
			if start >= 0 {
				r = append(r, spec[start:i])
			}
			start = -1
			continue
		}
		if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		r = append(r, spec[start:])
	}
	return r
}

func parseInt(s string) int64 {
	v, _ := strconv.ParseInt(s, 0, 64)
	return v
}

func parseX86Operand(a *USDTArg, op string) error {
	if m := x86Const.FindStringSubmatch(op); m != nil {
		a.Kind, a.Value = USDTConst, parseInt(m[1])
		return nil
	}
	if m := x86Reg.FindStringSubmatch(op); m != nil {
		r, err := x86PtRegs(m[1])
		a.Kind, a.Reg = USDTReg, r
		return err
	}
	if m := x86Sym.FindStringSubmatch(op); m != nil {
		a.Kind, a.Symbol, a.Value = USDTMem, m[1], parseInt(m[2])
		return nil
	}
	if m := x86Mem.FindStringSubmatch(op); m != nil {
		a.Kind, a.Value = USDTMem, parseInt(m[1])
		var err error
		if a.Reg, err = x86PtRegs(m[2]); err != nil {
			return err
		}
		if m[3] != "" {
			if a.Index, err = x86PtRegs(m[3]); err != nil {
				return err
			}
			a.Scale = 1
			if m[4] != "" {
				a.Scale = int(parseInt(m[4]))
			}
		}
		return nil
	}
	return errors.New("unknown operand")
}

// x86PtRegs names the struct pt_regs member holding a register or its
// low part (%eax, %ax, %al are in ax).
func x86PtRegs(r string) (string, error) {
	switch r {
	case "rax", "eax", "ax", "al":
		return "ax", nil
	case "rbx", "ebx", "bx", "bl":
		return "bx", nil
	case "rcx", "ecx", "cx", "cl":
		return "cx", nil
	case "rdx", "edx", "dx", "dl":
		return "dx", nil
	case "rsi", "esi", "si", "sil":
		return "si", nil
	case "rdi", "edi", "di", "dil":
		return "di", nil
	case "rbp", "ebp", "bp", "bpl":
		return "bp", nil
	case "rsp", "esp", "sp", "spl":
		return "sp", nil
	case "rip":
		return "ip", nil
	}
	if strings.HasPrefix(r, "r") {
		// r8..r15 and their d, w, b parts.
		n := strings.TrimRight(r[1:], "dwb")
		if v, err := strconv.Atoi(n); err == nil && v >= 8 && v <= 15 {
			return "r" + n, nil
		}
	}
	return "", fmt.Errorf("register %%%s is not supported", r)
}

func parseARM64Operand(a *USDTArg, op string) error {
	reg := func(r string) string {
		if r == "sp" {
			return "sp"
		}
		return "regs[" + r[1:] + "]"
	}
	if m := armReg.FindStringSubmatch(op); m != nil {
		a.Kind, a.Reg = USDTReg, reg(m[1])
		return nil
	}
	if m := armMem.FindStringSubmatch(op); m != nil {
		a.Kind, a.Reg, a.Value = USDTMem, reg(m[1]), parseInt(m[2])
		return nil
	}
	if armConst.MatchString(op) {
		a.Kind, a.Value = USDTConst, parseInt(op)
		return nil
	}
	return errors.New("unknown operand")
}
