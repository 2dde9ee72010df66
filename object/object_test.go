package object_test

import (
	"bytes"
	"debug/elf"
	"encoding/binary"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sync/atomic"
	"syscall"
	"testing"

	"github.com/cilium/ebpf"
	"github.com/cilium/ebpf/asm"
	"github.com/cilium/ebpf/btf"
	"github.com/cilium/ebpf/link"

	"github.com/bccc-dev/bccc/object"
)

// Values placed in .rodata by testFile: "a" is a u64 at offset 0 whose upper
// half is 7, "val" is a u32 at offset 8 holding 100.
const (
	rodataVal   = 100
	rodataAHigh = 7
	mapKey      = 1
)

// subResult is what the .text subprogram "sub" returns for argument x:
// val + x + sub2(3) + high half of a.
func subResult(x uint64) uint64 { return rodataVal + x + 2*3 + rodataAHigh }

// mapsBTF builds the .BTF section for one BTF-defined hash map "counts"
// (u32 -> u64, 16 entries) and the .rodata datasec, following libbpf's
// conventions, with a hand-made builder (the btfgen package has its own
// tests which use this package).
func mapsBTF(t *testing.T) []byte {
	t.Helper()
	intT := &btf.Int{Name: "int", Size: 4, Encoding: btf.Signed}
	idxT := &btf.Int{Name: "__ARRAY_SIZE_TYPE__", Size: 4}
	u32 := &btf.Int{Name: "unsigned int", Size: 4}
	u64 := &btf.Int{Name: "unsigned long long", Size: 8}
	uintMember := func(name string, v uint32, off int) btf.Member {
		return btf.Member{
			Name:   name,
			Type:   &btf.Pointer{Target: &btf.Array{Type: intT, Index: idxT, Nelems: v}},
			Offset: btf.Bits(off * 64),
		}
	}
	def := &btf.Struct{Size: 32, Members: []btf.Member{
		uintMember("type", uint32(ebpf.Hash), 0),
		{Name: "key", Type: &btf.Pointer{Target: u32}, Offset: 64},
		{Name: "value", Type: &btf.Pointer{Target: u64}, Offset: 128},
		uintMember("max_entries", 16, 3),
	}}
	mapVar := &btf.Var{Name: "counts", Type: def, Linkage: btf.GlobalVar}
	maps := &btf.Datasec{Name: ".maps", Size: 32, Vars: []btf.VarSecinfo{{Type: mapVar, Offset: 0, Size: 32}}}

	constU64 := &btf.Const{Type: u64}
	constU32 := &btf.Const{Type: u32}
	aVar := &btf.Var{Name: "a", Type: constU64, Linkage: btf.GlobalVar}
	valVar := &btf.Var{Name: "val", Type: constU32, Linkage: btf.GlobalVar}
	rodata := &btf.Datasec{Name: ".rodata", Size: 12, Vars: []btf.VarSecinfo{
		{Type: aVar, Offset: 0, Size: 8},
		{Type: valVar, Offset: 8, Size: 4},
	}}

	b, err := btf.NewBuilder([]btf.Type{maps, rodata}, nil)
	if err != nil {
		t.Fatal(err)
	}
	raw, err := b.Marshal(nil, &btf.MarshalOptions{Order: binary.LittleEndian})
	if err != nil {
		t.Fatal(err)
	}
	return raw
}

func textSection() *object.ProgSection {
	// sub2(x) = 2*x at offset 0; sub(x) at offset 3 calls sub2 and reads
	// two .rodata variables, one of them with an addend.
	insns := asm.Instructions{
		asm.Mov.Reg(asm.R0, asm.R1).WithSymbol("sub2"),
		asm.Mul.Imm(asm.R0, 2),
		asm.Return(),

		asm.Mov.Reg(asm.R6, asm.R1).WithSymbol("sub"),
		asm.Mov.Imm(asm.R1, 3),
		asm.Call.Label("sub2"),
		asm.Add.Reg(asm.R6, asm.R0),
		asm.LoadImm(asm.R2, 0, asm.DWord).WithReference("val"),
		asm.LoadMem(asm.R0, asm.R2, 0, asm.Word),
		asm.Add.Reg(asm.R0, asm.R6),
		asm.LoadImm(asm.R3, 4, asm.DWord).WithReference("a"),
		asm.LoadMem(asm.R3, asm.R3, 0, asm.Word),
		asm.Add.Reg(asm.R0, asm.R3),
		asm.Return(),
	}
	return &object.ProgSection{
		Name: ".text",
		Funcs: []object.Func{
			{Name: "sub2", Offset: 0, Size: 3},
			{Name: "sub", Offset: 3, Size: 13},
		},
		Insns: insns,
	}
}

// callAndStore calls sub(x), stores the result under key mapKey in "counts",
// looks it up again and returns the looked-up value + 1.
func callAndStore(sym string, x int32) asm.Instructions {
	return asm.Instructions{
		asm.Mov.Imm(asm.R1, x).WithSymbol(sym),
		asm.Call.Label("sub"),
		asm.Mov.Reg(asm.R7, asm.R0),
		asm.StoreImm(asm.R10, -4, mapKey, asm.Word),
		asm.StoreMem(asm.R10, -16, asm.R7, asm.DWord),
		asm.LoadMapPtr(asm.R1, 0).WithReference("counts"),
		asm.Mov.Reg(asm.R2, asm.R10),
		asm.Add.Imm(asm.R2, -4),
		asm.Mov.Reg(asm.R3, asm.R10),
		asm.Add.Imm(asm.R3, -16),
		asm.Mov.Imm(asm.R4, 0),
		asm.FnMapUpdateElem.Call(),
		asm.LoadMapPtr(asm.R1, 0).WithReference("counts"),
		asm.Mov.Reg(asm.R2, asm.R10),
		asm.Add.Imm(asm.R2, -4),
		asm.FnMapLookupElem.Call(),
		asm.JEq.Imm(asm.R0, 0, sym+"_fail"),
		asm.LoadMem(asm.R0, asm.R0, 0, asm.DWord),
		asm.Add.Imm(asm.R0, 1),
		asm.Return(),
		asm.Mov.Imm(asm.R0, 0).WithSymbol(sym + "_fail"),
		asm.Return(),
	}
}

func slots(insns asm.Instructions) uint64 { return insns.Size() / asm.InstructionSize }

// testFile is the object used by most tests: an "xdp" section with two
// programs, a tracepoint and a kprobe, subprograms in .text, one map and
// .rodata.
func testFile(t *testing.T) *object.File {
	xdp := callAndStore("xdp_prog", 5)
	pass := asm.Instructions{
		asm.Mov.Imm(asm.R0, 2).WithSymbol("xdp_pass"), // XDP_PASS
		asm.Return(),
	}
	xdpFuncs := []object.Func{
		{Name: "xdp_prog", Offset: 0, Size: slots(xdp)},
		{Name: "xdp_pass", Offset: slots(xdp), Size: slots(pass)},
	}
	xdp = append(xdp, pass...)

	tp := callAndStore("tp_getpid", 9)
	kp := asm.Instructions{
		asm.LoadMem(asm.R0, asm.R1, 0, asm.DWord).WithSymbol("kp_openat2"),
		asm.Mov.Imm(asm.R0, 0),
		asm.Return(),
	}

	rodata := make([]byte, 12)
	binary.LittleEndian.PutUint32(rodata[0:], 1)
	binary.LittleEndian.PutUint32(rodata[4:], rodataAHigh)
	binary.LittleEndian.PutUint32(rodata[8:], rodataVal)

	return &object.File{
		License: "GPL",
		Sections: []*object.ProgSection{
			{Name: "xdp", Funcs: xdpFuncs, Insns: xdp},
			{Name: "tracepoint/syscalls/sys_enter_getpid", Funcs: []object.Func{{Name: "tp_getpid", Size: slots(tp)}}, Insns: tp},
			{Name: "kprobe/do_sys_openat2", Funcs: []object.Func{{Name: "kp_openat2", Size: slots(kp)}}, Insns: kp},
			textSection(),
		},
		Maps:       []object.Var{{Name: "counts", Offset: 0, Size: 32}},
		MapsSize:   32,
		Rodata:     rodata,
		RodataVars: []object.Var{{Name: "a", Offset: 0, Size: 8}, {Name: "val", Offset: 8, Size: 4}},
		BTF:        mapsBTF(t),
	}
}

func write(t *testing.T, f *object.File) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := object.Write(&buf, f); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestELFStructure(t *testing.T) {
	raw := write(t, testFile(t))
	ef, err := elf.NewFile(bytes.NewReader(raw))
	if err != nil {
		t.Fatal(err)
	}
	if ef.Class != elf.ELFCLASS64 || ef.Data != elf.ELFDATA2LSB || ef.Type != elf.ET_REL || ef.Machine != elf.EM_BPF {
		t.Fatalf("header: %v %v %v %v", ef.Class, ef.Data, ef.Type, ef.Machine)
	}
	wantSecs := map[string]struct {
		typ   elf.SectionType
		flags elf.SectionFlag
	}{
		"xdp":                                  {elf.SHT_PROGBITS, elf.SHF_ALLOC | elf.SHF_EXECINSTR},
		"tracepoint/syscalls/sys_enter_getpid": {elf.SHT_PROGBITS, elf.SHF_ALLOC | elf.SHF_EXECINSTR},
		"kprobe/do_sys_openat2":                {elf.SHT_PROGBITS, elf.SHF_ALLOC | elf.SHF_EXECINSTR},
		".text":                                {elf.SHT_PROGBITS, elf.SHF_ALLOC | elf.SHF_EXECINSTR},
		".maps":                                {elf.SHT_PROGBITS, elf.SHF_ALLOC | elf.SHF_WRITE},
		".rodata":                              {elf.SHT_PROGBITS, elf.SHF_ALLOC},
		"license":                              {elf.SHT_PROGBITS, elf.SHF_ALLOC | elf.SHF_WRITE},
		".BTF":                                 {elf.SHT_PROGBITS, 0},
		".relxdp":                              {elf.SHT_REL, 0},
		".reltracepoint/syscalls/sys_enter_getpid": {elf.SHT_REL, 0},
		".rel.text": {elf.SHT_REL, 0},
		".symtab":   {elf.SHT_SYMTAB, 0},
		".strtab":   {elf.SHT_STRTAB, 0},
		".shstrtab": {elf.SHT_STRTAB, 0},
	}
	for name, want := range wantSecs {
		s := ef.Section(name)
		if s == nil {
			t.Errorf("missing section %q", name)
			continue
		}
		if s.Type != want.typ || s.Flags != want.flags {
			t.Errorf("section %q: type %v flags %v, want %v %v", name, s.Type, s.Flags, want.typ, want.flags)
		}
	}
	if ef.Section(".relkprobe/do_sys_openat2") != nil {
		t.Error("unexpected relocation section for the kprobe")
	}
	lic, _ := ef.Section("license").Data()
	if string(lic) != "GPL\x00" {
		t.Errorf("license = %q", lic)
	}

	syms, err := ef.Symbols()
	if err != nil {
		t.Fatal(err)
	}
	bySym := map[string]elf.Symbol{}
	for _, s := range syms {
		if s.Name != "" {
			bySym[s.Name] = s
		}
	}
	for name, want := range map[string]struct {
		typ        elf.SymType
		sec        string
		off, bytes uint64
	}{
		"xdp_prog":   {elf.STT_FUNC, "xdp", 0, 24 * 8},
		"xdp_pass":   {elf.STT_FUNC, "xdp", 24 * 8, 2 * 8},
		"sub2":       {elf.STT_FUNC, ".text", 0, 3 * 8},
		"sub":        {elf.STT_FUNC, ".text", 3 * 8, 13 * 8},
		"kp_openat2": {elf.STT_FUNC, "kprobe/do_sys_openat2", 0, 3 * 8},
		"counts":     {elf.STT_OBJECT, ".maps", 0, 32},
		"val":        {elf.STT_OBJECT, ".rodata", 8, 4},
	} {
		s, ok := bySym[name]
		if !ok {
			t.Errorf("missing symbol %q", name)
			continue
		}
		if elf.ST_BIND(s.Info) != elf.STB_GLOBAL || elf.ST_TYPE(s.Info) != want.typ ||
			ef.Sections[s.Section].Name != want.sec || s.Value != want.off || s.Size != want.bytes {
			t.Errorf("symbol %q: bind %v type %v sec %q value %d size %d; want GLOBAL %v %q %d %d", name,
				elf.ST_BIND(s.Info), elf.ST_TYPE(s.Info), ef.Sections[s.Section].Name, s.Value, s.Size,
				want.typ, want.sec, want.off, want.bytes)
		}
	}

	// The .text relocations: one call (sub -> sub2) and two data loads.
	type rel struct {
		off  uint64
		typ  uint32
		sym  string
		insn uint64 // raw first 8 bytes of the instruction
	}
	relsOf := func(sec string) []rel {
		rs := ef.Section(".rel" + sec)
		data, _ := rs.Data()
		code, _ := ef.Section(sec).Data()
		var out []rel
		for i := 0; i+16 <= len(data); i += 16 {
			off := binary.LittleEndian.Uint64(data[i:])
			info := binary.LittleEndian.Uint64(data[i+8:])
			s := syms[info>>32-1]
			name := s.Name
			if elf.ST_TYPE(s.Info) == elf.STT_SECTION {
				name = "section " + ef.Sections[s.Section].Name
			}
			out = append(out, rel{off, uint32(info), name, binary.LittleEndian.Uint64(code[off:])})
		}
		return out
	}
	text := relsOf(".text")
	if len(text) != 3 {
		t.Fatalf(".rel.text: %+v", text)
	}
	imm := func(r rel) int32 { return int32(r.insn >> 32) }
	if r := text[0]; r.off != 5*8 || r.typ != 10 || r.sym != "section .text" || imm(r) != -1 {
		t.Errorf("call sub2: %+v imm %d", r, imm(r))
	}
	if r := text[1]; r.off != 7*8 || r.typ != 1 || r.sym != "section .rodata" || imm(r) != 8 {
		t.Errorf("load val: %+v imm %d", r, imm(r))
	}
	if r := text[2]; r.off != 11*8 || r.typ != 1 || r.sym != "section .rodata" || imm(r) != 4 {
		t.Errorf("load a+4: %+v imm %d", r, imm(r))
	}
	xdp := relsOf("xdp")
	if len(xdp) != 3 {
		t.Fatalf(".relxdp: %+v", xdp)
	}
	if r := xdp[0]; r.off != 8 || r.typ != 10 || r.sym != "section .text" || imm(r) != 2 {
		t.Errorf("call sub: %+v imm %d", r, imm(r))
	}
	for _, r := range xdp[1:] {
		if r.typ != 1 || r.sym != "counts" || imm(r) != 0 {
			t.Errorf("map load: %+v imm %d", r, imm(r))
		}
	}
}

func TestErrors(t *testing.T) {
	for name, mod := range map[string]func(f *object.File){
		"unknown ld_imm64 reference": func(f *object.File) {
			f.Sections[0].Insns[5] = f.Sections[0].Insns[5].WithReference("nope")
		},
		"duplicate symbol": func(f *object.File) {
			f.RodataVars[0].Name = "counts"
		},
		"function out of bounds": func(f *object.File) {
			f.Sections[2].Funcs[0].Size = 100
		},
		"function splits ld_imm64": func(f *object.File) {
			f.Sections[3].Funcs[1].Size = 5
		},
		"map outside .maps": func(f *object.File) {
			f.MapsSize = 16
		},
		"var outside .rodata": func(f *object.File) {
			f.RodataVars[1].Size = 8
		},
		"two .text": func(f *object.File) {
			f.Sections = append(f.Sections, textSection())
		},
		"unresolved jump": func(f *object.File) {
			f.Sections[2].Insns[1] = asm.Ja.Label("nowhere")
		},
	} {
		t.Run(name, func(t *testing.T) {
			f := testFile(t)
			mod(f)
			if err := object.Write(&bytes.Buffer{}, f); err == nil {
				t.Fatal("no error")
			} else {
				t.Log(err)
			}
		})
	}
}

// Write must not modify the caller's instructions.
func TestInputUnchanged(t *testing.T) {
	f := testFile(t)
	before := fmt.Sprint(f.Sections[0].Insns, f.Sections[3].Insns)
	write(t, f)
	if after := fmt.Sprint(f.Sections[0].Insns, f.Sections[3].Insns); after != before {
		t.Fatalf("instructions changed:\n%s\n%s", before, after)
	}
	if f.Sections[0].Insns[1].Reference() != "sub" {
		t.Fatal("reference dropped")
	}
}

// skipIfNoBPF skips the test when the bpf syscall is refused.
func skipIfNoBPF(t *testing.T, err error) {
	t.Helper()
	if errors.Is(err, syscall.EPERM) || errors.Is(err, os.ErrPermission) {
		t.Skipf("bpf syscall not permitted here (needs root or CAP_BPF): %v", err)
	}
}

func TestLoadAndRun(t *testing.T) {
	raw := write(t, testFile(t))
	spec, err := ebpf.LoadCollectionSpecFromReader(bytes.NewReader(raw))
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"xdp_prog", "xdp_pass", "tp_getpid", "kp_openat2"} {
		if spec.Programs[name] == nil {
			t.Fatalf("program %q missing; have %v", name, spec.Programs)
		}
	}
	if p := spec.Programs["tp_getpid"]; p.Type != ebpf.TracePoint {
		t.Errorf("tp_getpid type %v", p.Type)
	}
	if p := spec.Programs["kp_openat2"]; p.Type != ebpf.Kprobe || p.AttachTo != "do_sys_openat2" {
		t.Errorf("kp_openat2 type %v attach %q", p.Type, p.AttachTo)
	}
	if m := spec.Maps["counts"]; m == nil || m.Type != ebpf.Hash || m.KeySize != 4 || m.ValueSize != 8 || m.MaxEntries != 16 {
		t.Fatalf("map counts: %+v", spec.Maps["counts"])
	}

	coll, err := ebpf.NewCollection(spec)
	skipIfNoBPF(t, err)
	if err != nil {
		var ve *ebpf.VerifierError
		if errors.As(err, &ve) {
			t.Fatalf("%+v", ve)
		}
		t.Fatal(err)
	}
	defer coll.Close()

	ret, err := coll.Programs["xdp_prog"].Run(&ebpf.RunOptions{Data: make([]byte, 64)})
	if err != nil {
		t.Fatal(err)
	}
	want := subResult(5)
	if uint64(ret) != want+1 {
		t.Errorf("xdp_prog returned %d, want %d", ret, want+1)
	}
	var got uint64
	if err := coll.Maps["counts"].Lookup(uint32(mapKey), &got); err != nil {
		t.Fatal(err)
	}
	if got != want {
		t.Errorf("counts[%d] = %d, want %d", mapKey, got, want)
	}
	ret, err = coll.Programs["xdp_pass"].Run(&ebpf.RunOptions{Data: make([]byte, 64)})
	if err != nil || ret != 2 {
		t.Errorf("xdp_pass: %d, %v", ret, err)
	}

	// The tracepoint really runs: attach it and call getpid.
	tp, err := link.Tracepoint("syscalls", "sys_enter_getpid", coll.Programs["tp_getpid"], nil)
	if err != nil {
		// Needs tracefs (or debugfs) mounted; loading is what this package
		// must get right.
		t.Logf("not attaching the tracepoint: %v", err)
	} else {
		syscall.Getpid()
		tp.Close()
		if err := coll.Maps["counts"].Lookup(uint32(mapKey), &got); err != nil {
			t.Fatal(err)
		}
		if want := subResult(9); got != want {
			t.Errorf("after getpid: counts[%d] = %d, want %d", mapKey, got, want)
		}
	}

	// libbpf links the same object: run xdp_prog through bpftool too.
	bpftoolLoadAll(t, raw, 4, map[string]uint64{"xdp_prog": want + 1, "xdp_pass": 2})
}

var pinSeq atomic.Int64

// bpftoolLoadAll loads every program of the object with libbpf (through
// bpftool), when bpftool is installed, checks that wantProgs programs were
// pinned, and runs the programs in runs (with BPF_PROG_TEST_RUN on 64 zero
// bytes) expecting the given return values.
func bpftoolLoadAll(t *testing.T, raw []byte, wantProgs int, runs map[string]uint64) {
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
	obj := filepath.Join(t.TempDir(), "obj.o")
	if err := os.WriteFile(obj, raw, 0o644); err != nil {
		t.Fatal(err)
	}
	pin := fmt.Sprintf("/sys/fs/bpf/bccc-object-test-%d-%d", os.Getpid(), pinSeq.Add(1))
	defer os.RemoveAll(pin)
	out, err := exec.Command(bpftool, "-d", "prog", "loadall", obj, pin).CombinedOutput()
	if err != nil {
		if bytes.Contains(out, []byte("Operation not permitted")) {
			t.Skipf("bpftool: bpf not permitted: %s", out)
		}
		t.Fatalf("bpftool prog loadall: %v\n%s", err, out)
	}
	ents, err := os.ReadDir(pin)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range ents {
		names = append(names, e.Name())
	}
	t.Logf("bpftool pinned %v", names)
	if len(names) != wantProgs {
		t.Fatalf("bpftool loaded %d programs, want %d:\n%s", len(names), wantProgs, out)
	}
	in := filepath.Join(t.TempDir(), "in.bin")
	if err := os.WriteFile(in, make([]byte, 64), 0o644); err != nil {
		t.Fatal(err)
	}
	for prog, want := range runs {
		out, err := exec.Command(bpftool, "prog", "run", "pinned", filepath.Join(pin, prog), "data_in", in).CombinedOutput()
		if err != nil {
			t.Fatalf("bpftool prog run %s: %v\n%s", prog, err, out)
		}
		var got uint64
		if _, err := fmt.Sscanf(string(out), "Return value: %d", &got); err != nil {
			t.Fatalf("bpftool prog run %s: unexpected output %q", prog, out)
		}
		if got != want {
			t.Errorf("bpftool prog run %s: returned %d, want %d", prog, got, want)
		}
	}
}
