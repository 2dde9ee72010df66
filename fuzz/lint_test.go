package fuzz

import (
	"bytes"
	"encoding/binary"
	"os"
	"path/filepath"
	"regexp"
	"testing"

	"github.com/bccc-dev/bccc"
	"github.com/bccc-dev/bccc/verifier"
	"github.com/cilium/ebpf"
	"github.com/cilium/ebpf/asm"
)

// lintMaps are the maps a fuzzed program may reference.
var lintMaps = map[string]*ebpf.MapSpec{
	"hash":  {Name: "hash", Type: ebpf.Hash, KeySize: 4, ValueSize: 16, MaxEntries: 8},
	"array": {Name: "array", Type: ebpf.Array, KeySize: 4, ValueSize: 64, MaxEntries: 4},
	"ring":  {Name: "ring", Type: ebpf.RingBuf, MaxEntries: 4096},
}

var lintMapNames = []string{"hash", "array", "ring"}

var lintTypes = []ebpf.ProgramType{ebpf.XDP, ebpf.Kprobe, ebpf.TracePoint, ebpf.SocketFilter, ebpf.SchedCLS, ebpf.CGroupSKB, ebpf.RawTracepoint, ebpf.PerfEvent}

// FuzzLint: whatever instruction stream the analyser is given, it ends
// within its budget and never panics.
func FuzzLint(f *testing.F) {
	files, _ := filepath.Glob("../testdata/load/*.c")
	lint, _ := filepath.Glob("../testdata/lint/*.c")
	for _, file := range append(files, lint...) {
		src, err := os.ReadFile(file)
		if err != nil {
			continue
		}
		obj, _, err := bccc.Compile(file, src, bccc.Options{Progs: progFlagsOf(src)})
		if err != nil {
			continue
		}
		spec, err := ebpf.LoadCollectionSpecFromReader(bytes.NewReader(obj.ELF))
		if err != nil {
			continue
		}
		for _, p := range spec.Programs {
			var b bytes.Buffer
			if err := p.Instructions.Marshal(&b, binary.LittleEndian); err == nil {
				f.Add(b.Bytes(), uint8(0))
			}
		}
	}
	f.Fuzz(func(t *testing.T, code []byte, typ uint8) {
		if len(code) == 0 || len(code)%8 != 0 || len(code) > 1<<14 {
			return
		}
		var insns asm.Instructions
		r := bytes.NewReader(code)
		for r.Len() > 0 {
			var ins asm.Instruction
			if err := ins.Unmarshal(r, binary.LittleEndian, ""); err != nil {
				return
			}
			if ins.IsLoadFromMap() {
				ins = ins.WithReference(lintMapNames[uint32(ins.Constant)%3])
			}
			insns = append(insns, ins)
		}
		p := &ebpf.ProgramSpec{Name: "f", Type: lintTypes[int(typ)%len(lintTypes)], Instructions: insns, License: "GPL"}
		for _, fd := range verifier.CheckProgram(p, lintMaps, verifier.Options{Budget: 50_000, Slices: typ&0x80 != 0}) {
			if fd.Message == "" || fd.Class == "" {
				t.Fatalf("finding without a message or class: %+v", fd)
			}
		}
	})
}

var progLine = regexp.MustCompile(`(?m)^// @prog (\S+)`)

// progFlagsOf reads a test program's "// @prog NAME=TYPE" lines.
func progFlagsOf(src []byte) []string {
	var out []string
	for _, m := range progLine.FindAllSubmatch(src, -1) {
		out = append(out, string(m[1]))
	}
	return out
}
