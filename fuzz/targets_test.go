package fuzz

import (
	"bytes"
	"encoding/binary"
	"testing"

	"github.com/bccc-dev/bccc/btfgen"
	"github.com/bccc-dev/bccc/object"
	"github.com/bccc-dev/bccc/parse"
	"github.com/cilium/ebpf"
	"github.com/cilium/ebpf/asm"
	"github.com/cilium/ebpf/btf"
)

// FuzzParse: the front end alone (preprocessor, parser, type checker on
// the freestanding configuration, header slicing) never panics or hangs.
func FuzzParse(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, src []byte) {
		if len(src) > 1<<16 {
			return
		}
		parse.Parse("fuzz.c", src, parse.Config{})
	})
}

// FuzzObject: whatever instructions, function sizes and line info the
// writer is given, it either refuses them or writes an object that
// cilium/ebpf reads back with the same programs and BTF.
func FuzzObject(f *testing.F) {
	f.Add([]byte{0xb7, 0, 0, 0, 2, 0, 0, 0, 0x95, 0, 0, 0, 0, 0, 0, 0}, uint8(2), "xdp")
	f.Add([]byte{0x95, 0, 0, 0, 0, 0, 0, 0}, uint8(1), "tracepoint/syscalls/sys_enter_getpid")
	f.Fuzz(func(t *testing.T, code []byte, nfuncs uint8, section string) {
		if len(code) == 0 || len(code)%8 != 0 || len(code) > 1<<12 || section == "" || len(section) > 64 {
			return
		}
		var insns asm.Instructions
		r := bytes.NewReader(code)
		for r.Len() > 0 {
			var ins asm.Instruction
			if err := ins.Unmarshal(r, binary.LittleEndian, ""); err != nil {
				return
			}
			if ins.IsFunctionCall() || ins.OpCode.IsDWordLoad() {
				return // references to symbols that do not exist
			}
			insns = append(insns, ins)
		}
		slots := uint64(insns.Size() / asm.InstructionSize)
		n := uint64(nfuncs%4) + 1
		var funcs []object.Func
		var fis []btfgen.FuncInfo
		var types []btf.Type
		for i := uint64(0); i < n; i++ {
			off := slots * i / n
			end := slots * (i + 1) / n
			if end <= off {
				return
			}
			name := "f" + string(rune('a'+i))
			funcs = append(funcs, object.Func{Name: name, Offset: off, Size: end - off})
			fn := &btf.Func{Name: name, Type: &btf.FuncProto{Return: &btf.Int{Name: "int", Size: 4, Encoding: btf.Signed}}, Linkage: btf.GlobalFunc}
			types = append(types, fn)
			fis = append(fis, btfgen.FuncInfo{InsnOff: uint32(off), Func: fn})
		}
		b, ext, err := btfgen.Marshal(types, []btfgen.SectionExt{{Name: section, Funcs: fis}})
		if err != nil {
			return
		}
		elf, err := object.Marshal(&object.File{License: "GPL", Sections: []*object.ProgSection{{Name: section, Funcs: funcs, Insns: insns}}, BTF: b, BTFExt: ext})
		if err != nil {
			return // refused with an error: fine
		}
		spec, err := ebpf.LoadCollectionSpecFromReader(bytes.NewReader(elf))
		if err != nil {
			// cilium may not know the section name; the object itself must
			// still be a valid ELF with BTF.
			if _, err := btf.LoadSpecFromReader(bytes.NewReader(elf)); err != nil {
				t.Fatalf("written object unreadable: %v", err)
			}
			return
		}
		for _, fn := range funcs {
			if _, ok := spec.Programs[fn.Name]; !ok && section != ".text" {
				t.Fatalf("program %s missing after the round trip", fn.Name)
			}
		}
	})
}
