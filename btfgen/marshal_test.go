package btfgen_test

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync/atomic"
	"syscall"
	"testing"

	"github.com/cilium/ebpf"
	"github.com/cilium/ebpf/asm"
	"github.com/cilium/ebpf/btf"
	"github.com/google/go-cmp/cmp"

	"github.com/bccc-dev/bccc/btfgen"
	"github.com/bccc-dev/bccc/object"
)

var (
	intT  = &btf.Int{Name: "int", Size: 4, Encoding: btf.Signed}
	longT = &btf.Int{Name: "long", Size: 8, Encoding: btf.Signed}
	u32   = &btf.Int{Name: "unsigned int", Size: 4}
	u64   = &btf.Int{Name: "unsigned long long", Size: 8}
	xdpMd = &btf.Struct{Name: "xdp_md", Size: 24, Members: []btf.Member{
		{Name: "data", Type: u32, Offset: 0},
		{Name: "data_end", Type: u32, Offset: 32},
		{Name: "data_meta", Type: u32, Offset: 64},
		{Name: "ingress_ifindex", Type: u32, Offset: 96},
		{Name: "rx_queue_index", Type: u32, Offset: 128},
		{Name: "egress_ifindex", Type: u32, Offset: 160},
	}}
)

func fn(name string, linkage btf.FuncLinkage, ret btf.Type, params ...btf.FuncParam) *btf.Func {
	return &btf.Func{Name: name, Linkage: linkage, Type: &btf.FuncProto{Return: ret, Params: params}}
}

func slots(insns asm.Instructions) uint32 { return uint32(insns.Size() / asm.InstructionSize) }

const (
	rodataVal   = 100
	rodataAHigh = 7
	mapKey      = 1
	srcFile     = "/src/prog.c"
)

// program is the XDP + subprogram object of the object package's tests,
// with BTF for every function, a BTF-defined hash map, .rodata and a line
// record on (almost) every instruction.
type program struct {
	file  *object.File
	types []btf.Type
	secs  []btfgen.SectionExt
	lines map[string][]string // program name -> line texts it executes
}

// lineAt builds instructions and their line records side by side.
type lineAt struct {
	insns asm.Instructions
	lines []btfgen.LineInfo
	base  uint32 // slot offset of insns[0] in the section
}

func (l *lineAt) add(line uint32, text string, insns ...asm.Instruction) {
	if text != "" {
		l.lines = append(l.lines, btfgen.LineInfo{
			InsnOff: l.base + slots(l.insns), File: srcFile, Text: text, Line: line, Col: 5,
		})
	}
	l.insns = append(l.insns, insns...)
}

func buildProgram(t *testing.T) *program {
	t.Helper()
	p := &program{lines: map[string][]string{}}

	// .text: sub2, sub, cb.
	fSub2 := fn("sub2", btf.StaticFunc, intT, btf.FuncParam{Name: "x", Type: intT})
	fSub := fn("sub", btf.StaticFunc, intT, btf.FuncParam{Name: "x", Type: intT})
	fCb := fn("cb", btf.StaticFunc, longT,
		btf.FuncParam{Name: "idx", Type: u32}, btf.FuncParam{Name: "ctx", Type: &btf.Pointer{Target: &btf.Void{}}})
	text := &lineAt{}
	text.add(2, "static int sub2(int x) { return x * 2; /* L-sub2 */ }",
		asm.Mov.Reg(asm.R0, asm.R1).WithSymbol("sub2"), asm.Mul.Imm(asm.R0, 2), asm.Return())
	subOff := slots(text.insns)
	text.add(4, "int y = x + sub2(3); /* L-sub-call */",
		asm.Mov.Reg(asm.R6, asm.R1).WithSymbol("sub"),
		asm.Mov.Imm(asm.R1, 3),
		asm.Call.Label("sub2"),
		asm.Add.Reg(asm.R6, asm.R0))
	text.add(5, "return val + y + (a >> 32); /* L-sub-rodata */",
		asm.LoadImm(asm.R2, 0, asm.DWord).WithReference("val"),
		asm.LoadMem(asm.R0, asm.R2, 0, asm.Word),
		asm.Add.Reg(asm.R0, asm.R6),
		asm.LoadImm(asm.R3, 4, asm.DWord).WithReference("a"),
		asm.LoadMem(asm.R3, asm.R3, 0, asm.Word),
		asm.Add.Reg(asm.R0, asm.R3),
		asm.Return())
	cbOff := slots(text.insns)
	// No line for cb: Marshal must synthesize one at its start.
	text.add(0, "", asm.Mov.Imm(asm.R0, 0).WithSymbol("cb"), asm.Return())

	// xdp: xdp_prog, xdp_loop.
	fProg := fn("xdp_prog", btf.GlobalFunc, intT, btf.FuncParam{Name: "ctx", Type: &btf.Pointer{Target: xdpMd}})
	fLoop := fn("xdp_loop", btf.GlobalFunc, intT, btf.FuncParam{Name: "ctx", Type: &btf.Pointer{Target: xdpMd}})
	xdp := &lineAt{}
	xdp.add(10, "u64 v = sub(5); /* L-prog-call */",
		asm.Mov.Imm(asm.R1, 5).WithSymbol("xdp_prog"),
		asm.Call.Label("sub"),
		asm.Mov.Reg(asm.R7, asm.R0))
	xdp.add(11, "u32 k = 1;", asm.StoreImm(asm.R10, -4, mapKey, asm.Word))
	xdp.add(12, "counts.update(&k, &v); /* L-prog-update */",
		asm.StoreMem(asm.R10, -16, asm.R7, asm.DWord),
		asm.LoadMapPtr(asm.R1, 0).WithReference("counts"),
		asm.Mov.Reg(asm.R2, asm.R10),
		asm.Add.Imm(asm.R2, -4),
		asm.Mov.Reg(asm.R3, asm.R10),
		asm.Add.Imm(asm.R3, -16),
		asm.Mov.Imm(asm.R4, 0),
		asm.FnMapUpdateElem.Call())
	xdp.add(13, "u64 *p = counts.lookup(&k);",
		asm.LoadMapPtr(asm.R1, 0).WithReference("counts"),
		asm.Mov.Reg(asm.R2, asm.R10),
		asm.Add.Imm(asm.R2, -4),
		asm.FnMapLookupElem.Call())
	xdp.add(14, "if (!p) return 0;", asm.JEq.Imm(asm.R0, 0, "fail"))
	xdp.add(15, "return *p + 1; /* L-prog-return */",
		asm.LoadMem(asm.R0, asm.R0, 0, asm.DWord), asm.Add.Imm(asm.R0, 1), asm.Return())
	xdp.add(14, "if (!p) return 0;", asm.Mov.Imm(asm.R0, 0).WithSymbol("fail"), asm.Return())
	loopOff := slots(xdp.insns)
	xdp.add(20, "return bpf_loop(3, cb, NULL, 0); /* L-loop */",
		asm.Mov.Imm(asm.R1, 3).WithSymbol("xdp_loop"),
		asm.LoadImm(asm.R2, 0, asm.DWord).WithReference("cb"),
		asm.Mov.Imm(asm.R3, 0),
		asm.Mov.Imm(asm.R4, 0),
		asm.FnLoop.Call(),
		asm.Return())

	p.lines["xdp_prog"] = []string{"L-prog-call", "L-prog-update", "L-prog-return", "L-sub-call", "L-sub-rodata", "L-sub2"}
	p.lines["xdp_loop"] = []string{"L-loop"}

	// Maps and .rodata.
	def := btfgen.MapDef(uint32(ebpf.Hash), u32, u64, 16, 0)
	counts := &btf.Var{Name: "counts", Type: def, Linkage: btf.GlobalVar}
	maps := &btf.Datasec{Name: ".maps", Size: def.Size, Vars: []btf.VarSecinfo{{Type: counts, Size: def.Size}}}
	aVar := &btf.Var{Name: "a", Type: &btf.Const{Type: u64}, Linkage: btf.GlobalVar}
	valVar := &btf.Var{Name: "val", Type: &btf.Const{Type: u32}, Linkage: btf.GlobalVar}
	rodataSec := &btf.Datasec{Name: ".rodata", Size: 12, Vars: []btf.VarSecinfo{
		{Type: aVar, Offset: 0, Size: 8},
		{Type: valVar, Offset: 8, Size: 4},
	}}
	rodata := make([]byte, 12)
	binary.LittleEndian.PutUint32(rodata[0:], 1)
	binary.LittleEndian.PutUint32(rodata[4:], rodataAHigh)
	binary.LittleEndian.PutUint32(rodata[8:], rodataVal)

	p.types = []btf.Type{fProg, fLoop, fSub2, fSub, fCb, maps, rodataSec}
	p.secs = []btfgen.SectionExt{
		{Name: "xdp", Funcs: []btfgen.FuncInfo{{0, fProg}, {loopOff, fLoop}}, Lines: xdp.lines},
		{Name: ".text", Funcs: []btfgen.FuncInfo{{0, fSub2}, {subOff, fSub}, {cbOff, fCb}}, Lines: text.lines},
	}
	btfData, ext, err := btfgen.Marshal(p.types, p.secs)
	if err != nil {
		t.Fatal(err)
	}
	p.file = &object.File{
		License: "GPL",
		Sections: []*object.ProgSection{
			{Name: "xdp", Insns: xdp.insns, Funcs: []object.Func{
				{Name: "xdp_prog", Offset: 0, Size: uint64(loopOff)},
				{Name: "xdp_loop", Offset: uint64(loopOff), Size: uint64(slots(xdp.insns) - loopOff)},
			}},
			{Name: ".text", Insns: text.insns, Funcs: []object.Func{
				{Name: "sub2", Offset: 0, Size: uint64(subOff)},
				{Name: "sub", Offset: uint64(subOff), Size: uint64(cbOff - subOff)},
				{Name: "cb", Offset: uint64(cbOff), Size: uint64(slots(text.insns) - cbOff)},
			}},
		},
		Maps:       []object.Var{{Name: "counts", Size: uint64(def.Size)}},
		MapsSize:   uint64(def.Size),
		Rodata:     rodata,
		RodataVars: []object.Var{{Name: "a", Size: 8}, {Name: "val", Offset: 8, Size: 4}},
		BTF:        btfData,
		BTFExt:     ext,
	}
	return p
}

func elfBytes(t *testing.T, f *object.File) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := object.Write(&buf, f); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

type btfHeader struct {
	Magic            uint16
	Version, Flags   uint8
	HdrLen           uint32
	TypeOff, TypeLen uint32
	StrOff, StrLen   uint32
}

type extHeader struct {
	Magic            uint16
	Version, Flags   uint8
	HdrLen           uint32
	FuncOff, FuncLen uint32
	LineOff, LineLen uint32
	COREOff, CORELen uint32
}

func stringsOf(t *testing.T, data []byte) (btfHeader, []byte) {
	t.Helper()
	var h btfHeader
	if _, err := binary.Decode(data, binary.LittleEndian, &h); err != nil {
		t.Fatal(err)
	}
	start := h.HdrLen + h.StrOff
	if int(start+h.StrLen) != len(data) {
		t.Fatalf("string section %d+%d, blob %d", start, h.StrLen, len(data))
	}
	return h, data[start:]
}

func strAt(tab []byte, off uint32) string {
	n := bytes.IndexByte(tab[off:], 0)
	return string(tab[off : off+uint32(n)])
}

// TestEncoding checks the raw bytes: headers, byte offsets, string reuse
// and the synthesized line at a function start.
func TestEncoding(t *testing.T) {
	f1 := fn("f1", btf.GlobalFunc, intT)
	f2 := fn("f2", btf.StaticFunc, intT)
	plain, _, err := btfgen.Marshal([]btf.Type{f1, f2}, nil)
	if err != nil {
		t.Fatal(err)
	}
	_, plainTab := stringsOf(t, plain)

	secs := []btfgen.SectionExt{{
		Name:  "xdp",
		Funcs: []btfgen.FuncInfo{{InsnOff: 5, Func: f2}, {InsnOff: 0, Func: f1}},
		Lines: []btfgen.LineInfo{
			{InsnOff: 3, File: "a.c", Text: "int", Line: 3, Col: 2000}, // "int" is already a type name
			{InsnOff: 0, File: "a.c", Text: "f1 body", Line: 1, Col: 1},
			{InsnOff: 3, File: "a.c", Text: "dropped", Line: 9},
			{InsnOff: 6, File: "a.c", Text: "f2 second", Line: 7, Col: 3},
		},
	}}
	data, ext, err := btfgen.Marshal([]btf.Type{f1, f2}, secs)
	if err != nil {
		t.Fatal(err)
	}
	h, tab := stringsOf(t, data)
	if h.Magic != 0xeB9F || h.Version != 1 || h.HdrLen != 24 {
		t.Fatalf("BTF header %+v", h)
	}
	if !bytes.HasPrefix(tab, plainTab) {
		t.Fatal("existing strings were not kept in place")
	}
	added := strings.Split(strings.TrimSuffix(string(tab[len(plainTab):]), "\x00"), "\x00")
	if diff := cmp.Diff([]string{"xdp", "a.c", "f1 body", "f2 second"}, added); diff != "" {
		t.Errorf("appended strings (-want +got):\n%s", diff)
	}

	var eh extHeader
	if _, err := binary.Decode(ext, binary.LittleEndian, &eh); err != nil {
		t.Fatal(err)
	}
	want := extHeader{Magic: 0xeB9F, Version: 1, HdrLen: 32,
		FuncOff: 0, FuncLen: 4 + 8 + 2*8,
		LineOff: 4 + 8 + 2*8, LineLen: 4 + 8 + 4*16,
		COREOff: 4 + 8 + 2*8 + 4 + 8 + 4*16, CORELen: 0}
	if eh != want {
		t.Fatalf("ext header\n got %+v\nwant %+v", eh, want)
	}
	if len(ext) != 32+int(eh.FuncLen+eh.LineLen) {
		t.Fatalf("ext length %d", len(ext))
	}
	u := func(off uint32) uint32 { return binary.LittleEndian.Uint32(ext[32+off:]) }
	if u(0) != 8 || strAt(tab, u(4)) != "xdp" || u(8) != 2 {
		t.Errorf("func_info header: %d %q %d", u(0), strAt(tab, u(4)), u(8))
	}
	// Records sorted, offsets in bytes, type IDs of f1 and f2.
	spec, err := btf.LoadSpecFromReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	for i, w := range []struct {
		off  uint32
		name string
	}{{0, "f1"}, {40, "f2"}} {
		rec := 12 + uint32(i)*8
		typ, err := spec.TypeByID(btf.TypeID(u(rec + 4)))
		if err != nil {
			t.Fatal(err)
		}
		if u(rec) != w.off || typ.TypeName() != w.name {
			t.Errorf("func_info %d: off %d type %v", i, u(rec), typ)
		}
	}
	lo := eh.LineOff
	if u(lo) != 16 || strAt(tab, u(lo+4)) != "xdp" || u(lo+8) != 4 {
		t.Fatalf("line_info header: %d %q %d", u(lo), strAt(tab, u(lo+4)), u(lo+8))
	}
	type line struct {
		Off        uint32
		File, Text string
		Line, Col  uint32
	}
	var got []line
	for i := uint32(0); i < 4; i++ {
		r := lo + 12 + i*16
		got = append(got, line{u(r), strAt(tab, u(r+4)), strAt(tab, u(r+8)), u(r+12) >> 10, u(r+12) & 0x3ff})
	}
	wantLines := []line{
		{0, "a.c", "f1 body", 1, 1},
		{24, "a.c", "int", 3, 1023},    // first of two at one offset; column clamped
		{40, "a.c", "f2 second", 7, 3}, // synthesized at f2's start from its first line
		{48, "a.c", "f2 second", 7, 3},
	}
	if diff := cmp.Diff(wantLines, got); diff != "" {
		t.Errorf("line_info (-want +got):\n%s", diff)
	}
}

func TestMarshalErrors(t *testing.T) {
	f1 := fn("f1", btf.GlobalFunc, intT)
	for name, secs := range map[string][]btfgen.SectionExt{
		"two funcs at one offset": {{Name: "xdp", Funcs: []btfgen.FuncInfo{{0, f1}, {0, fn("f2", btf.GlobalFunc, intT)}}}},
		"lines without funcs":     {{Name: "xdp", Lines: []btfgen.LineInfo{{InsnOff: 0, Line: 1}}}},
		"nil func":                {{Name: "xdp", Funcs: []btfgen.FuncInfo{{0, nil}}}},
		"empty name":              {{Funcs: []btfgen.FuncInfo{{0, f1}}}},
		"duplicate section":       {{Name: "xdp", Funcs: []btfgen.FuncInfo{{0, f1}}}, {Name: "xdp", Funcs: []btfgen.FuncInfo{{0, f1}}}},
		"NUL in text":             {{Name: "xdp", Funcs: []btfgen.FuncInfo{{0, f1}}, Lines: []btfgen.LineInfo{{Text: "a\x00b"}}}},
		"line too large":          {{Name: "xdp", Funcs: []btfgen.FuncInfo{{0, f1}}, Lines: []btfgen.LineInfo{{Line: 1 << 22}}}},
	} {
		if _, _, err := btfgen.Marshal([]btf.Type{f1}, secs); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
}

func TestMapDef(t *testing.T) {
	def := btfgen.MapDef(uint32(ebpf.Array), u32, nil, 0, 0)
	var names []string
	for _, m := range def.Members {
		names = append(names, m.Name)
	}
	if diff := cmp.Diff([]string{"type", "key"}, names); diff != "" || def.Size != 16 {
		t.Errorf("sparse def: %v size %d", diff, def.Size)
	}
	def = btfgen.MapDef(uint32(ebpf.Hash), u32, u64, 64, 1)
	names = nil
	for i, m := range def.Members {
		names = append(names, m.Name)
		if m.Offset != btf.Bits(64*i) {
			t.Errorf("member %s at %d", m.Name, m.Offset)
		}
	}
	if diff := cmp.Diff([]string{"type", "key", "value", "max_entries", "map_flags"}, names); diff != "" || def.Size != 40 {
		t.Errorf("full def: %v size %d", diff, def.Size)
	}
	arr := def.Members[3].Type.(*btf.Pointer).Target.(*btf.Array)
	if arr.Nelems != 64 || arr.Type.TypeName() != "int" {
		t.Errorf("max_entries encoded as %v", arr)
	}
}

// TestRoundTrip reads the object back with cilium/ebpf's BTF reader.
func TestRoundTrip(t *testing.T) {
	p := buildProgram(t)
	raw := elfBytes(t, p.file)
	spec, ext, err := btf.LoadSpecAndExtInfosFromReader(bytes.NewReader(raw))
	if err != nil {
		t.Fatal(err)
	}
	if ext == nil {
		t.Fatal("no ext infos")
	}
	for _, sec := range p.secs {
		fos, los, _ := ext.Section(sec.Name)
		if len(fos) != len(sec.Funcs) {
			t.Fatalf("%s: %d func infos, want %d", sec.Name, len(fos), len(sec.Funcs))
		}
		for i, fi := range sec.Funcs {
			if uint32(fos[i].Offset) != fi.InsnOff || fos[i].Func.Name != fi.Func.Name {
				t.Errorf("%s: func %d: %d %s, want %d %s", sec.Name, i, fos[i].Offset, fos[i].Func.Name, fi.InsnOff, fi.Func.Name)
			}
			if fos[i].Func.Linkage != fi.Func.Linkage {
				t.Errorf("%s: linkage %v", fi.Func.Name, fos[i].Func.Linkage)
			}
		}
		// The records read back equal the input plus an empty one
		// synthesized at the start of cb (which has no lines) in .text.
		type line struct {
			Off        uint32
			File, Text string
			Line, Col  uint32
		}
		var got, want []line
		for _, lo := range los {
			got = append(got, line{uint32(lo.Offset), lo.Line.FileName(), lo.Line.Line(), lo.Line.LineNumber(), lo.Line.LineColumn()})
		}
		for _, l := range sec.Lines {
			want = append(want, line{l.InsnOff, l.File, l.Text, l.Line, l.Col})
		}
		if sec.Name == ".text" {
			want = append(want, line{Off: sec.Funcs[2].InsnOff})
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("%s lines (-want +got):\n%s", sec.Name, diff)
		}
	}
	var maps *btf.Datasec
	if err := spec.TypeByName(".maps", &maps); err != nil {
		t.Fatal(err)
	}
	if len(maps.Vars) != 1 || maps.Vars[0].Type.TypeName() != "counts" {
		t.Errorf(".maps datasec: %v", maps.Vars)
	}

	cs, err := ebpf.LoadCollectionSpecFromReader(bytes.NewReader(raw))
	if err != nil {
		t.Fatal(err)
	}
	m := cs.Maps["counts"]
	if m == nil || m.Type != ebpf.Hash || m.KeySize != 4 || m.ValueSize != 8 || m.MaxEntries != 16 {
		t.Fatalf("map spec: %+v", m)
	}
	if m.Key.TypeName() != "unsigned int" || m.Value.TypeName() != "unsigned long long" {
		t.Errorf("map key/value types %v %v", m.Key, m.Value)
	}
	ins := cs.Programs["xdp_prog"].Instructions[0]
	if f := btf.FuncMetadata(&ins); f == nil || f.Name != "xdp_prog" {
		t.Errorf("first instruction lacks func metadata: %v", f)
	}
	if src := ins.Source(); src == nil || !strings.Contains(src.String(), "L-prog-call") {
		t.Errorf("first instruction source %v", src)
	}
}

// TestLoadWithLineInfo loads the object into the kernel and checks that
// the verifier log shows the attached source lines, so the line info
// reached the kernel; then runs the programs.
func TestLoadWithLineInfo(t *testing.T) {
	p := buildProgram(t)
	raw := elfBytes(t, p.file)
	spec, err := ebpf.LoadCollectionSpecFromReader(bytes.NewReader(raw))
	if err != nil {
		t.Fatal(err)
	}
	coll, err := ebpf.NewCollectionWithOptions(spec, ebpf.CollectionOptions{
		Programs: ebpf.ProgramOptions{LogLevel: ebpf.LogLevelInstruction},
	})
	if errors.Is(err, syscall.EPERM) || errors.Is(err, os.ErrPermission) {
		t.Skipf("bpf syscall not permitted here (needs root or CAP_BPF): %v", err)
	}
	if err != nil {
		var ve *ebpf.VerifierError
		if errors.As(err, &ve) {
			t.Fatalf("%+v", ve)
		}
		t.Fatal(err)
	}
	defer coll.Close()

	for prog, markers := range p.lines {
		log := coll.Programs[prog].VerifierLog
		for _, m := range markers {
			if !strings.Contains(log, m) {
				t.Errorf("%s: verifier log lacks line %q:\n%s", prog, m, log)
			}
		}
		if !strings.Contains(log, "@ "+filepath.Base(srcFile)+":") && !strings.Contains(log, "@ "+srcFile+":") {
			t.Errorf("%s: verifier log lacks the file name:\n%s", prog, log)
		}
		info, err := coll.Programs[prog].Info()
		if err != nil {
			t.Fatal(err)
		}
		if id, ok := info.BTFID(); !ok || id == 0 {
			t.Errorf("%s: loaded without BTF", prog)
		}
	}

	want := uint32(rodataVal + 5 + 6 + rodataAHigh)
	ret, err := coll.Programs["xdp_prog"].Run(&ebpf.RunOptions{Data: make([]byte, 64)})
	if err != nil {
		t.Fatal(err)
	}
	if ret != want+1 {
		t.Errorf("xdp_prog returned %d, want %d", ret, want+1)
	}
	var v uint64
	if err := coll.Maps["counts"].Lookup(uint32(mapKey), &v); err != nil || v != uint64(want) {
		t.Errorf("counts[1] = %d (%v), want %d", v, err, want)
	}
	ret, err = coll.Programs["xdp_loop"].Run(&ebpf.RunOptions{Data: make([]byte, 64)})
	if err != nil || ret != 3 {
		t.Errorf("xdp_loop returned %d (%v), want 3", ret, err)
	}

	bpftoolLoadAll(t, raw, map[string]uint32{"xdp_prog": want + 1, "xdp_loop": 3})
}

var pinSeq atomic.Int64

// bpftoolLoadAll loads the object with libbpf (through bpftool) when
// bpftool is installed, checks that the loaded programs carry line info and
// runs the given programs, expecting the given return values.
func bpftoolLoadAll(t *testing.T, raw []byte, runs map[string]uint32) {
	t.Helper()
	bpftool, err := exec.LookPath("bpftool")
	if err != nil {
		t.Log("bpftool not installed: skipping the libbpf load")
		return
	}
	var st syscall.Statfs_t
	if err := syscall.Statfs("/sys/fs/bpf", &st); err != nil || st.Type != 0xcafe4a11 {
		t.Log("/sys/fs/bpf is not a bpffs mount: skipping the libbpf load")
		return
	}
	dir := t.TempDir()
	obj := filepath.Join(dir, "obj.o")
	in := filepath.Join(dir, "in.bin")
	if err := os.WriteFile(obj, raw, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(in, make([]byte, 64), 0o644); err != nil {
		t.Fatal(err)
	}
	pin := fmt.Sprintf("/sys/fs/bpf/bccc-btfgen-test-%d-%d", os.Getpid(), pinSeq.Add(1))
	defer os.RemoveAll(pin)
	out, err := exec.Command(bpftool, "-d", "prog", "loadall", obj, pin).CombinedOutput()
	if err != nil {
		if bytes.Contains(out, []byte("Operation not permitted")) {
			t.Skipf("bpftool: bpf not permitted: %s", out)
		}
		t.Fatalf("bpftool prog loadall: %v\n%s", err, out)
	}
	for prog, want := range runs {
		path := filepath.Join(pin, prog)
		out, err := exec.Command(bpftool, "prog", "run", "pinned", path, "data_in", in).CombinedOutput()
		if err != nil {
			t.Fatalf("bpftool prog run %s: %v\n%s", prog, err, out)
		}
		var got uint32
		if _, err := fmt.Sscanf(string(out), "Return value: %d", &got); err != nil {
			t.Fatalf("bpftool prog run %s: unexpected output %q", prog, out)
		}
		if got != want {
			t.Errorf("bpftool prog run %s: returned %d, want %d", prog, got, want)
		}
		// The kernel's copy of the line info shows in the dump.
		out, err = exec.Command(bpftool, "prog", "dump", "xlated", "pinned", path, "linum").CombinedOutput()
		if err != nil {
			t.Fatalf("bpftool prog dump %s: %v\n%s", prog, err, out)
		}
		if !bytes.Contains(out, []byte("/* L-")) && !bytes.Contains(out, []byte("L-")) {
			t.Errorf("bpftool dump of %s shows no source lines:\n%s", prog, out)
		}
	}
}
