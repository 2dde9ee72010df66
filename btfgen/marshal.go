package btfgen

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/cilium/ebpf/btf"
)

// FuncInfo places a function's BTF at an instruction of an ELF section.
type FuncInfo struct {
	InsnOff uint32 // 8-byte slots from section start
	Func    *btf.Func
}

// LineInfo attaches a source line to an instruction of an ELF section.
type LineInfo struct {
	InsnOff    uint32 // 8-byte slots from section start
	File, Text string
	Line, Col  uint32
}

// SectionExt is the .BTF.ext content of one ELF section.
// CoreRelo is one CO-RE relocation: the instruction whose immediate or
// offset the loader rewrites, the local root type, the access string
// ("0:2:1": the first object, member 2, member 1 of that) and the kind
// (0: field byte offset).
type CoreRelo struct {
	InsnOff uint32 // 8-byte slots from section start
	Type    btf.Type
	Access  string
	Kind    uint32
}

type SectionExt struct {
	Name  string // ELF section name
	Funcs []FuncInfo
	Lines []LineInfo
	Cores []CoreRelo
}

const (
	btfMagic      = 0xeB9F
	btfHeaderLen  = 24
	extHeaderLen  = 32 // with the CO-RE relocation fields
	funcInfoSize  = 8
	lineInfoSize  = 16
	coreReloSize  = 16
	insnSize      = 8
	maxLineNumber = 1<<22 - 1
	maxLineCol    = 1<<10 - 1
)

// Marshal encodes types (and everything they reach) as .BTF, and
// func_info/line_info per section as .BTF.ext.
//
// types typically holds: the *btf.Func of every program and subprogram, a
// *btf.Datasec ".maps" whose VarSecinfos point to *btf.Var for each map (the
// map's anonymous struct per libbpf's BTF-defined map convention, see
// MapDef), optionally a *btf.Datasec ".rodata", and other vars as needed.
// A *btf.Func named in secs need not be in types; it is added.
//
// Within a section, records are sorted by InsnOff. Two FuncInfos at the same
// offset are an error; of several LineInfos at one offset the first wins.
// Every FuncInfo gets a line record at its offset: when secs has none there,
// one is synthesized as a copy of the function's first line record, or an
// empty line (no file, no text, line 0) when the function has none. Sections with no FuncInfo and no LineInfo
// are left out (consumers reject empty subsections); a section with lines
// but no functions is an error.
//
// extData is nil when secs is empty. Offsets in .BTF.ext are in bytes, as
// in ELF files (the kernel's own format counts instructions).
func Marshal(types []btf.Type, secs []SectionExt) (btfData, extData []byte, err error) {
	b, err := btf.NewBuilder(nil, nil)
	if err != nil {
		return nil, nil, fmt.Errorf("btfgen: %w", err)
	}
	for _, t := range types {
		if _, err := b.Add(t); err != nil {
			return nil, nil, fmt.Errorf("btfgen: add %v: %w", t, err)
		}
	}

	type coreRecord struct {
		off, typeID uint32
		access      string
		kind        uint32
	}
	type secRecords struct {
		name  string
		funcs []funcRecord
		lines []LineInfo
		cores []coreRecord
	}
	var recs []secRecords
	seen := make(map[string]bool)
	for _, sec := range secs {
		if sec.Name == "" {
			return nil, nil, errors.New("btfgen: .BTF.ext section with empty name")
		}
		if seen[sec.Name] {
			return nil, nil, fmt.Errorf("btfgen: duplicate .BTF.ext section %q", sec.Name)
		}
		seen[sec.Name] = true
		if len(sec.Funcs) == 0 && len(sec.Lines) == 0 {
			continue
		}
		if len(sec.Funcs) == 0 {
			return nil, nil, fmt.Errorf("btfgen: section %q has line info but no func info", sec.Name)
		}
		funcs := make([]funcRecord, 0, len(sec.Funcs))
		for _, fi := range sec.Funcs {
			if fi.Func == nil {
				return nil, nil, fmt.Errorf("btfgen: section %q: nil Func at instruction %d", sec.Name, fi.InsnOff)
			}
			if fi.InsnOff > math.MaxUint32/insnSize {
				return nil, nil, fmt.Errorf("btfgen: section %q: func %s: instruction offset %d too large", sec.Name, fi.Func.Name, fi.InsnOff)
			}
			id, err := b.Add(fi.Func)
			if err != nil {
				return nil, nil, fmt.Errorf("btfgen: section %q: func %s: %w", sec.Name, fi.Func.Name, err)
			}
			funcs = append(funcs, funcRecord{fi.InsnOff, uint32(id), fi.Func.Name})
		}
		slices.SortStableFunc(funcs, func(a, b funcRecord) int { return cmpU32(a.off, b.off) })
		for i := 1; i < len(funcs); i++ {
			if funcs[i].off == funcs[i-1].off {
				return nil, nil, fmt.Errorf("btfgen: section %q: functions %s and %s both at instruction %d", sec.Name, funcs[i-1].name, funcs[i].name, funcs[i].off)
			}
		}
		lines, err := sectionLines(sec, funcs)
		if err != nil {
			return nil, nil, err
		}
		var cores []coreRecord
		for _, c := range sec.Cores {
			id, err := b.Add(c.Type)
			if err != nil {
				return nil, nil, fmt.Errorf("btfgen: section %q: CO-RE type: %w", sec.Name, err)
			}
			cores = append(cores, coreRecord{c.InsnOff, uint32(id), c.Access, c.Kind})
		}
		recs = append(recs, secRecords{sec.Name, funcs, lines, cores})
	}

	btfData, err = b.Marshal(nil, &btf.MarshalOptions{Order: binary.LittleEndian})
	if err != nil {
		return nil, nil, fmt.Errorf("btfgen: marshal BTF: %w", err)
	}
	if len(secs) == 0 {
		return btfData, nil, nil
	}

	st, err := newStringAppender(btfData)
	if err != nil {
		return nil, nil, err
	}

	var fbuf, lbuf, cbuf bytes.Buffer
	le := binary.LittleEndian
	put := func(w *bytes.Buffer, vs ...uint32) {
		for _, v := range vs {
			w.Write(le.AppendUint32(nil, v))
		}
	}
	put(&fbuf, funcInfoSize)
	put(&lbuf, lineInfoSize)
	put(&cbuf, coreReloSize)
	ncore := 0
	for _, r := range recs {
		name, err := st.add(r.name)
		if err != nil {
			return nil, nil, err
		}
		put(&fbuf, name, uint32(len(r.funcs)))
		for _, f := range r.funcs {
			put(&fbuf, f.off*insnSize, f.typeID)
		}
		put(&lbuf, name, uint32(len(r.lines)))
		for _, l := range r.lines {
			file, err := st.add(l.File)
			if err != nil {
				return nil, nil, err
			}
			text, err := st.add(l.Text)
			if err != nil {
				return nil, nil, err
			}
			put(&lbuf, l.InsnOff*insnSize, file, text, l.Line<<10|min(l.Col, maxLineCol))
		}
		if len(r.cores) > 0 {
			put(&cbuf, name, uint32(len(r.cores)))
			for _, c := range r.cores {
				acc, err := st.add(c.access)
				if err != nil {
					return nil, nil, err
				}
				put(&cbuf, c.off*insnSize, c.typeID, acc, c.kind)
				ncore++
			}
		}
	}
	btfData = st.finish()

	coreLen := 0
	if ncore > 0 {
		coreLen = cbuf.Len()
	}
	ext := make([]byte, extHeaderLen, extHeaderLen+fbuf.Len()+lbuf.Len()+coreLen)
	le.PutUint16(ext[0:], btfMagic)
	ext[2] = 1 // version
	ext[3] = 0 // flags
	le.PutUint32(ext[4:], extHeaderLen)
	le.PutUint32(ext[8:], 0)                   // func_info_off
	le.PutUint32(ext[12:], uint32(fbuf.Len())) // func_info_len
	le.PutUint32(ext[16:], uint32(fbuf.Len())) // line_info_off
	le.PutUint32(ext[20:], uint32(lbuf.Len())) // line_info_len
	le.PutUint32(ext[24:], uint32(fbuf.Len()+lbuf.Len()))
	le.PutUint32(ext[28:], uint32(coreLen)) // core_relo_len
	ext = append(ext, fbuf.Bytes()...)
	ext = append(ext, lbuf.Bytes()...)
	if ncore > 0 {
		ext = append(ext, cbuf.Bytes()...)
	}
	return btfData, ext, nil
}

type funcRecord struct {
	off, typeID uint32
	name        string
}

func cmpU32(a, b uint32) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// sectionLines validates and sorts a section's line records and makes sure
// there is one at every function start.
func sectionLines(sec SectionExt, funcs []funcRecord) ([]LineInfo, error) {
	lines := slices.Clone(sec.Lines)
	for _, l := range lines {
		if l.InsnOff > math.MaxUint32/insnSize {
			return nil, fmt.Errorf("btfgen: section %q: line %d: instruction offset %d too large", sec.Name, l.Line, l.InsnOff)
		}
		if l.Line > maxLineNumber {
			return nil, fmt.Errorf("btfgen: section %q: line number %d exceeds %d", sec.Name, l.Line, maxLineNumber)
		}
		if strings.IndexByte(l.File, 0) >= 0 || strings.IndexByte(l.Text, 0) >= 0 {
			return nil, fmt.Errorf("btfgen: section %q: line %d contains NUL", sec.Name, l.Line)
		}
	}
	slices.SortStableFunc(lines, func(a, b LineInfo) int { return cmpU32(a.InsnOff, b.InsnOff) })
	lines = slices.CompactFunc(lines, func(a, b LineInfo) bool { return a.InsnOff == b.InsnOff })

	var extra []LineInfo
	for i, f := range funcs {
		j, found := slices.BinarySearchFunc(lines, f.off, func(l LineInfo, off uint32) int { return cmpU32(l.InsnOff, off) })
		if found {
			continue
		}
		// Copy the function's first line; a function without lines of its
		// own gets an empty one (no file, no text, line 0).
		var l LineInfo
		end := uint32(math.MaxUint32)
		if i+1 < len(funcs) {
			end = funcs[i+1].off
		}
		if j < len(lines) && lines[j].InsnOff < end {
			l = lines[j]
		}
		l.InsnOff = f.off
		extra = append(extra, l)
	}
	if len(extra) > 0 {
		lines = append(lines, extra...)
		slices.SortStableFunc(lines, func(a, b LineInfo) int { return cmpU32(a.InsnOff, b.InsnOff) })
	}
	return lines, nil
}

// stringAppender adds strings to the end of the string section of encoded
// BTF, reusing the offsets of strings already present.
type stringAppender struct {
	data  []byte // the BTF blob; strings are its tail
	start int    // offset of the string section in data
	index map[string]uint32
}

func newStringAppender(data []byte) (*stringAppender, error) {
	if len(data) < btfHeaderLen {
		return nil, errors.New("btfgen: BTF too short")
	}
	le := binary.LittleEndian
	if le.Uint16(data[0:]) != btfMagic {
		return nil, errors.New("btfgen: bad BTF magic")
	}
	hdrLen := le.Uint32(data[4:])
	strOff, strLen := le.Uint32(data[16:]), le.Uint32(data[20:])
	start := int(hdrLen) + int(strOff)
	if start+int(strLen) != len(data) {
		return nil, errors.New("btfgen: BTF string section is not at the end of the blob")
	}
	s := &stringAppender{data: data, start: start, index: make(map[string]uint32)}
	tab := data[start:]
	if len(tab) == 0 {
		s.data = append(s.data, 0)
		tab = s.data[start:]
	}
	if tab[0] != 0 || tab[len(tab)-1] != 0 {
		return nil, errors.New("btfgen: malformed BTF string section")
	}
	for off := 0; off < len(tab); {
		n := bytes.IndexByte(tab[off:], 0)
		str := string(tab[off : off+n])
		if _, ok := s.index[str]; !ok {
			s.index[str] = uint32(off)
		}
		off += n + 1
	}
	return s, nil
}

func (s *stringAppender) add(str string) (uint32, error) {
	if off, ok := s.index[str]; ok {
		return off, nil
	}
	if strings.IndexByte(str, 0) >= 0 {
		return 0, fmt.Errorf("btfgen: string %q contains NUL", str)
	}
	off := len(s.data) - s.start
	if off+len(str)+1 > math.MaxUint32 {
		return 0, errors.New("btfgen: BTF string section too large")
	}
	s.data = append(s.data, str...)
	s.data = append(s.data, 0)
	s.index[str] = uint32(off)
	return uint32(off), nil
}

// finish updates str_len in the header and returns the blob.
func (s *stringAppender) finish() []byte {
	binary.LittleEndian.PutUint32(s.data[20:], uint32(len(s.data)-s.start))
	return s.data
}
