// Package object writes relocatable BPF ELF objects (ET_REL, EM_BPF) that
// both cilium/ebpf and libbpf load.
//
// Everything that goes into the file has been decided by earlier stages: the
// instructions of every program section, the layout of .maps and .rodata, and
// the encoded .BTF and .BTF.ext. Write lays the sections out, builds the
// symbol table and turns instruction references (asm.Instruction.Reference)
// into relocations:
//
//   - ld_imm64 referencing a map: R_BPF_64_64 against the map's GLOBAL
//     STT_OBJECT symbol, imm 0.
//   - ld_imm64 referencing a .rodata variable: R_BPF_64_64 against the
//     .rodata section symbol, imm = variable offset + addend (the addend is
//     the low 32 bits of the instruction's constant, or the high 32 bits
//     when Src is asm.PseudoMapValue, as built by asm.LoadMapValue). Both
//     loaders add the instruction's imm to a section symbol's value, while a
//     relocation against the variable's own symbol makes cilium/ebpf ignore
//     the imm, so an addend would be lost there.
//   - ld_imm64 referencing a function in .text (a callback for bpf_loop and
//     friends): R_BPF_64_64 against the .text section symbol, imm = the
//     function's byte offset, Src = asm.PseudoFunc.
//   - a bpf-to-bpf call (Src asm.PseudoCall) referencing a function in .text:
//     R_BPF_64_32 against the .text section symbol, imm = function slot - 1
//     (clang's encoding for static functions; both loaders compute the
//     target as sym_value/8 + imm + 1 and look the function symbol up there).
//
// Other references (jumps to labels, calls to a function symbol in the same
// section) are resolved inside the section by asm.Instructions.Marshal.
package object

import (
	"bytes"
	"debug/elf"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"strings"

	"github.com/cilium/ebpf/asm"
)

// File is everything the ELF needs, already decided by earlier stages.
type File struct {
	License    string         // contents of section "license" (NUL-terminated in the file)
	Sections   []*ProgSection // executable sections in order; at most one named ".text" (subprograms)
	Maps       []Var          // GLOBAL STT_OBJECT symbols in section ".maps" (BTF-defined maps)
	MapsSize   uint64         // size of ".maps" (all zeros); 0 and no Maps => no section
	Rodata     []byte         // contents of ".rodata"; nil => no section
	RodataVars []Var          // symbols in .rodata (GLOBAL STT_OBJECT)
	BTF        []byte         // contents of ".BTF" (nil => omitted)
	BTFExt     []byte         // contents of ".BTF.ext" (nil => omitted)
}

// ProgSection is one executable ELF section.
type ProgSection struct {
	Name  string           // e.g. "xdp", "tracepoint/syscalls/sys_enter_getpid", "kprobe/do_sys_open", ".text"
	Funcs []Func           // functions in this section, in order of Offset
	Insns asm.Instructions // the whole section's code
}

// Func is one function (program or subprogram) inside a ProgSection. It
// gets a GLOBAL STT_FUNC symbol.
type Func struct {
	Name   string
	Offset uint64 // in 8-byte instruction slots from section start
	Size   uint64 // in 8-byte slots
}

// Var is a data symbol: a map in .maps or a variable in .rodata. Offset
// and Size are in bytes.
type Var struct {
	Name         string
	Offset, Size uint64
}

// TextSection is the name of the section holding subprograms.
const TextSection = ".text"

// ELF relocation types for BPF.
const (
	rBPF64_64 = 1  // R_BPF_64_64: ld_imm64 (map, data or function address)
	rBPF64_32 = 10 // R_BPF_64_32: call, imm in instruction slots
)

const (
	ehdrSize = 64
	shdrSize = 64
	symSize  = 24
	relSize  = 16
)

type section struct {
	name    string
	typ     elf.SectionType
	flags   elf.SectionFlag
	data    []byte
	align   uint64
	entsize uint64
	link    uint32
	info    uint32
	nameOff uint32
	offset  uint64
}

type reloc struct {
	off  uint64 // byte offset in section
	sym  uint32 // symbol index
	kind uint32
}

type strtab struct {
	buf bytes.Buffer
	idx map[string]uint32
}

func newStrtab() *strtab {
	t := &strtab{idx: map[string]uint32{"": 0}}
	t.buf.WriteByte(0)
	return t
}

func (t *strtab) add(s string) uint32 {
	if off, ok := t.idx[s]; ok {
		return off
	}
	off := uint32(t.buf.Len())
	t.buf.WriteString(s)
	t.buf.WriteByte(0)
	t.idx[s] = off
	return off
}

type symbol struct {
	name  string
	info  uint8
	shndx uint16
	value uint64
	size  uint64
}

func symInfo(bind elf.SymBind, typ elf.SymType) uint8 {
	return uint8(bind)<<4 | uint8(typ)&0xf
}

// target describes what a reference name resolves to.
type target struct {
	kind   int // targetMap, targetRodata, targetText
	v      Var
	fn     Func
	symIdx uint32 // filled in once symbols are laid out
}

const (
	targetMap = iota + 1
	targetRodata
	targetText
)

// Write encodes f as a relocatable BPF ELF object.
func Write(w io.Writer, f *File) error {
	b, err := Marshal(f)
	if err != nil {
		return err
	}
	_, err = w.Write(b)
	return err
}

// Marshal is like Write but returns the encoded object.
func Marshal(f *File) ([]byte, error) {
	if f == nil {
		return nil, errors.New("object: nil File")
	}
	if strings.IndexByte(f.License, 0) >= 0 {
		return nil, errors.New("object: license contains NUL")
	}

	// Validate names and collect reference targets.
	targets := make(map[string]*target)
	globalNames := make(map[string]bool)
	claim := func(what, name string) error {
		if name == "" {
			return fmt.Errorf("object: %s with empty name", what)
		}
		if strings.IndexByte(name, 0) >= 0 {
			return fmt.Errorf("object: %s %q: name contains NUL", what, name)
		}
		if globalNames[name] {
			return fmt.Errorf("object: duplicate symbol %q (%s)", name, what)
		}
		globalNames[name] = true
		return nil
	}

	var text *ProgSection
	secNames := make(map[string]bool)
	for _, ps := range f.Sections {
		if ps == nil {
			return nil, errors.New("object: nil ProgSection")
		}
		if ps.Name == "" || strings.IndexByte(ps.Name, 0) >= 0 {
			return nil, fmt.Errorf("object: invalid section name %q", ps.Name)
		}
		if secNames[ps.Name] {
			return nil, fmt.Errorf("object: duplicate section %q", ps.Name)
		}
		if reservedSection(ps.Name) {
			return nil, fmt.Errorf("object: program section name %q is reserved", ps.Name)
		}
		secNames[ps.Name] = true
		if ps.Name == TextSection {
			text = ps
		}
		if len(ps.Insns) == 0 {
			return nil, fmt.Errorf("object: section %q has no instructions", ps.Name)
		}
		if len(ps.Funcs) == 0 {
			return nil, fmt.Errorf("object: section %q has no functions", ps.Name)
		}
		slots := ps.Insns.Size() / asm.InstructionSize
		starts := insnStarts(ps.Insns)
		var end uint64
		for i, fn := range ps.Funcs {
			if err := claim("function", fn.Name); err != nil {
				return nil, err
			}
			if fn.Size == 0 {
				return nil, fmt.Errorf("object: section %q: function %q has size 0", ps.Name, fn.Name)
			}
			if i > 0 && fn.Offset < end {
				return nil, fmt.Errorf("object: section %q: function %q overlaps the previous one or is out of order", ps.Name, fn.Name)
			}
			end = fn.Offset + fn.Size
			if fn.Offset > slots || end > slots || end < fn.Offset {
				return nil, fmt.Errorf("object: section %q: function %q (slots %d+%d) exceeds the section (%d slots)", ps.Name, fn.Name, fn.Offset, fn.Size, slots)
			}
			if !starts[fn.Offset] || (end < slots && !starts[end]) {
				return nil, fmt.Errorf("object: section %q: function %q does not start and end on instruction boundaries", ps.Name, fn.Name)
			}
		}
	}
	if text != nil {
		for _, fn := range text.Funcs {
			targets[fn.Name] = &target{kind: targetText, fn: fn}
		}
	}

	hasMaps := f.MapsSize > 0 || len(f.Maps) > 0
	for _, m := range f.Maps {
		if err := claim("map", m.Name); err != nil {
			return nil, err
		}
		if m.Size == 0 {
			return nil, fmt.Errorf("object: map %q has size 0", m.Name)
		}
		if m.Offset+m.Size > f.MapsSize || m.Offset+m.Size < m.Offset {
			return nil, fmt.Errorf("object: map %q (%d+%d) exceeds .maps size %d", m.Name, m.Offset, m.Size, f.MapsSize)
		}
		targets[m.Name] = &target{kind: targetMap, v: m}
	}
	if f.Rodata == nil && len(f.RodataVars) > 0 {
		return nil, errors.New("object: .rodata variables without .rodata contents")
	}
	for _, v := range f.RodataVars {
		if err := claim(".rodata variable", v.Name); err != nil {
			return nil, err
		}
		if v.Offset+v.Size > uint64(len(f.Rodata)) || v.Offset+v.Size < v.Offset {
			return nil, fmt.Errorf("object: .rodata variable %q (%d+%d) exceeds .rodata size %d", v.Name, v.Offset, v.Size, len(f.Rodata))
		}
		targets[v.Name] = &target{kind: targetRodata, v: v}
	}
	if uint64(len(f.Rodata)) > math.MaxUint32 {
		return nil, errors.New("object: .rodata exceeds 4 GiB")
	}

	// Section layout: [0] null, program sections, license, .maps, .rodata,
	// .BTF, .BTF.ext, .rel sections, .symtab, .strtab, .shstrtab.
	var secs []*section
	addSec := func(s *section) uint16 {
		secs = append(secs, s)
		return uint16(len(secs)) // index including the null section
	}
	progIdx := make([]uint16, len(f.Sections))
	var textIdx uint16
	for i, ps := range f.Sections {
		progIdx[i] = addSec(&section{
			name:  ps.Name,
			typ:   elf.SHT_PROGBITS,
			flags: elf.SHF_ALLOC | elf.SHF_EXECINSTR,
			align: 8,
		})
		if ps == text {
			textIdx = progIdx[i]
		}
	}
	addSec(&section{
		name:  "license",
		typ:   elf.SHT_PROGBITS,
		flags: elf.SHF_ALLOC | elf.SHF_WRITE,
		data:  append([]byte(f.License), 0),
		align: 1,
	})
	var mapsIdx uint16
	if hasMaps {
		mapsIdx = addSec(&section{
			name:  ".maps",
			typ:   elf.SHT_PROGBITS,
			flags: elf.SHF_ALLOC | elf.SHF_WRITE,
			data:  make([]byte, f.MapsSize),
			align: 8,
		})
	}
	var rodataIdx uint16
	if f.Rodata != nil {
		rodataIdx = addSec(&section{
			name:  ".rodata",
			typ:   elf.SHT_PROGBITS,
			flags: elf.SHF_ALLOC,
			data:  f.Rodata,
			align: 8,
		})
	}
	if f.BTF != nil {
		addSec(&section{name: ".BTF", typ: elf.SHT_PROGBITS, data: f.BTF, align: 4})
	}
	if f.BTFExt != nil {
		addSec(&section{name: ".BTF.ext", typ: elf.SHT_PROGBITS, data: f.BTFExt, align: 4})
	}

	// Symbols: null, local section symbols, then globals.
	syms := []symbol{{}}
	var textSym, rodataSym uint32
	if textIdx != 0 {
		textSym = uint32(len(syms))
		syms = append(syms, symbol{info: symInfo(elf.STB_LOCAL, elf.STT_SECTION), shndx: textIdx})
	}
	if rodataIdx != 0 {
		rodataSym = uint32(len(syms))
		syms = append(syms, symbol{info: symInfo(elf.STB_LOCAL, elf.STT_SECTION), shndx: rodataIdx})
	}
	firstGlobal := uint32(len(syms))
	for i, ps := range f.Sections {
		for _, fn := range ps.Funcs {
			syms = append(syms, symbol{
				name:  fn.Name,
				info:  symInfo(elf.STB_GLOBAL, elf.STT_FUNC),
				shndx: progIdx[i],
				value: fn.Offset * asm.InstructionSize,
				size:  fn.Size * asm.InstructionSize,
			})
		}
	}
	for _, m := range f.Maps {
		targets[m.Name].symIdx = uint32(len(syms))
		syms = append(syms, symbol{
			name:  m.Name,
			info:  symInfo(elf.STB_GLOBAL, elf.STT_OBJECT),
			shndx: mapsIdx,
			value: m.Offset,
			size:  m.Size,
		})
	}
	for _, v := range f.RodataVars {
		syms = append(syms, symbol{
			name:  v.Name,
			info:  symInfo(elf.STB_GLOBAL, elf.STT_OBJECT),
			shndx: rodataIdx,
			value: v.Offset,
			size:  v.Size,
		})
	}

	// Encode the code and collect relocations.
	relIdx := make([][]reloc, len(f.Sections))
	for i, ps := range f.Sections {
		code, rels, err := encodeSection(ps, targets, textSym, rodataSym)
		if err != nil {
			return nil, err
		}
		secs[progIdx[i]-1].data = code
		relIdx[i] = rels
	}

	// Relocation sections; their link (the symtab index) is known once all
	// of them are placed.
	type relSec struct {
		s    *section
		rels []reloc
	}
	var relSecs []relSec
	for i, ps := range f.Sections {
		if len(relIdx[i]) == 0 {
			continue
		}
		s := &section{
			name:    ".rel" + ps.Name,
			typ:     elf.SHT_REL,
			align:   8,
			entsize: relSize,
			info:    uint32(progIdx[i]),
		}
		addSec(s)
		relSecs = append(relSecs, relSec{s, relIdx[i]})
	}
	symtab := &section{name: ".symtab", typ: elf.SHT_SYMTAB, align: 8, entsize: symSize, info: firstGlobal}
	symtabIdx := addSec(symtab)
	strs := &section{name: ".strtab", typ: elf.SHT_STRTAB, align: 1}
	strtabIdx := addSec(strs)
	shstrs := &section{name: ".shstrtab", typ: elf.SHT_STRTAB, align: 1}
	shstrtabIdx := addSec(shstrs)
	symtab.link = uint32(strtabIdx)

	for _, rs := range relSecs {
		rs.s.link = uint32(symtabIdx)
		var buf bytes.Buffer
		for _, r := range rs.rels {
			binary.Write(&buf, binary.LittleEndian, elf.Rel64{
				Off:  r.off,
				Info: uint64(r.sym)<<32 | uint64(r.kind),
			})
		}
		rs.s.data = buf.Bytes()
	}

	st := newStrtab()
	var symBuf bytes.Buffer
	for _, s := range syms {
		binary.Write(&symBuf, binary.LittleEndian, elf.Sym64{
			Name:  st.add(s.name),
			Info:  s.info,
			Shndx: s.shndx,
			Value: s.value,
			Size:  s.size,
		})
	}
	symtab.data = symBuf.Bytes()
	strs.data = st.buf.Bytes()

	sh := newStrtab()
	for _, s := range secs {
		if s != shstrs {
			s.nameOff = sh.add(s.name)
		}
	}
	shstrs.nameOff = sh.add(shstrs.name)
	shstrs.data = sh.buf.Bytes()

	// Lay out the file: header, section contents, section headers.
	off := uint64(ehdrSize)
	for _, s := range secs {
		off = alignUp(off, s.align)
		s.offset = off
		off += uint64(len(s.data))
	}
	shoff := alignUp(off, 8)
	shnum := len(secs) + 1
	if shnum >= int(elf.SHN_LORESERVE) {
		return nil, fmt.Errorf("object: too many sections (%d)", shnum)
	}

	out := make([]byte, shoff+uint64(shnum)*shdrSize)
	hdr := elf.Header64{
		Type:      uint16(elf.ET_REL),
		Machine:   uint16(elf.EM_BPF),
		Version:   uint32(elf.EV_CURRENT),
		Shoff:     shoff,
		Ehsize:    ehdrSize,
		Shentsize: shdrSize,
		Shnum:     uint16(shnum),
		Shstrndx:  shstrtabIdx,
	}
	copy(hdr.Ident[:], elf.ELFMAG)
	hdr.Ident[elf.EI_CLASS] = byte(elf.ELFCLASS64)
	hdr.Ident[elf.EI_DATA] = byte(elf.ELFDATA2LSB)
	hdr.Ident[elf.EI_VERSION] = byte(elf.EV_CURRENT)
	hdr.Ident[elf.EI_OSABI] = byte(elf.ELFOSABI_NONE)
	if _, err := binary.Encode(out[:ehdrSize], binary.LittleEndian, hdr); err != nil {
		return nil, fmt.Errorf("object: encode header: %w", err)
	}
	for i, s := range secs {
		copy(out[s.offset:], s.data)
		shdr := elf.Section64{
			Name:      s.nameOff,
			Type:      uint32(s.typ),
			Flags:     uint64(s.flags),
			Off:       s.offset,
			Size:      uint64(len(s.data)),
			Link:      s.link,
			Info:      s.info,
			Addralign: s.align,
			Entsize:   s.entsize,
		}
		at := shoff + uint64(i+1)*shdrSize
		if _, err := binary.Encode(out[at:at+shdrSize], binary.LittleEndian, shdr); err != nil {
			return nil, fmt.Errorf("object: encode section header: %w", err)
		}
	}
	return out, nil
}

// encodeSection marshals one program section, turning references to maps,
// .rodata variables and .text functions into relocations.
func encodeSection(ps *ProgSection, targets map[string]*target, textSym, rodataSym uint32) ([]byte, []reloc, error) {
	insns := make(asm.Instructions, len(ps.Insns))
	copy(insns, ps.Insns)

	var rels []reloc
	var off uint64 // byte offset
	for i := range insns {
		ins := &insns[i]
		ref := ins.Reference()
		at := off
		off += ins.Size()
		if ref == "" {
			continue
		}
		t := targets[ref]
		switch {
		case ins.OpCode.IsDWordLoad():
			if t == nil {
				return nil, nil, fmt.Errorf("object: section %q: instruction %d: ld_imm64 references unknown symbol %q", ps.Name, i, ref)
			}
			switch t.kind {
			case targetMap:
				ins.Constant = 0
				ins.Src = asm.R0
				rels = append(rels, reloc{at, t.symIdx, rBPF64_64})
			case targetRodata:
				var addend int64
				if ins.Src == asm.PseudoMapValue {
					addend = int64(uint32(uint64(ins.Constant) >> 32))
				} else {
					addend = int64(int32(uint32(ins.Constant)))
				}
				v := int64(t.v.Offset) + addend
				if v < 0 || v > math.MaxUint32 {
					return nil, nil, fmt.Errorf("object: section %q: instruction %d: offset %d into %q out of range", ps.Name, i, addend, ref)
				}
				ins.Constant = v
				ins.Src = asm.R0
				rels = append(rels, reloc{at, rodataSym, rBPF64_64})
			case targetText:
				ins.Constant = int64(t.fn.Offset * asm.InstructionSize)
				ins.Src = asm.PseudoFunc
				rels = append(rels, reloc{at, textSym, rBPF64_64})
			}
		case ins.IsFunctionCall():
			if t == nil || t.kind != targetText {
				// A call to a function in this section: resolved by Marshal.
				continue
			}
			ins.Constant = int64(t.fn.Offset) - 1
			rels = append(rels, reloc{at, textSym, rBPF64_32})
		default:
			// Jumps to labels: resolved by Marshal.
			continue
		}
		*ins = ins.WithReference("")
	}

	var buf bytes.Buffer
	buf.Grow(int(off))
	if err := insns.Marshal(&buf, binary.LittleEndian); err != nil {
		return nil, nil, fmt.Errorf("object: section %q: %w", ps.Name, err)
	}
	if uint64(buf.Len()) != off {
		return nil, nil, fmt.Errorf("object: section %q: encoded %d bytes, expected %d", ps.Name, buf.Len(), off)
	}
	return buf.Bytes(), rels, nil
}

// insnStarts reports which slot offsets start an instruction (including the
// end of the stream).
func insnStarts(insns asm.Instructions) map[uint64]bool {
	starts := make(map[uint64]bool, len(insns)+1)
	var slot uint64
	for _, ins := range insns {
		starts[slot] = true
		slot += ins.Size() / asm.InstructionSize
	}
	starts[slot] = true
	return starts
}

func reservedSection(name string) bool {
	switch name {
	case "license", ".maps", ".rodata", ".BTF", ".BTF.ext", ".symtab", ".strtab", ".shstrtab":
		return true
	}
	return strings.HasPrefix(name, ".rel")
}

func alignUp(v, a uint64) uint64 {
	if a <= 1 {
		return v
	}
	return (v + a - 1) &^ (a - 1)
}
