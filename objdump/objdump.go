// Package objdump prints a BPF ELF object for people and golden tests:
// its maps, a BTF summary, and each program's instructions with the
// source lines of the line info and the map or symbol each load refers to.
package objdump

import (
	"fmt"
	"io"
	"sort"

	"github.com/cilium/ebpf"
	"github.com/cilium/ebpf/btf"
)

// Dump reads an ELF object and writes its listing.
func Dump(r io.ReaderAt, w io.Writer) error {
	spec, err := ebpf.LoadCollectionSpecFromReader(r)
	if err != nil {
		return err
	}
	var names []string
	for n := range spec.Maps {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		m := spec.Maps[n]
		fmt.Fprintf(w, "map %s: type=%s key=%d value=%d max_entries=%d flags=%#x", n, m.Type, m.KeySize, m.ValueSize, m.MaxEntries, m.Flags)
		if m.Key != nil && m.Value != nil {
			fmt.Fprintf(w, " btf=%s/%s", typeName(m.Key), typeName(m.Value))
		}
		fmt.Fprintln(w)
	}
	if spec.Types != nil {
		var lines []string
		for t := range spec.Types.All() {
			switch x := t.(type) {
			case *btf.Func:
				lines = append(lines, fmt.Sprintf("btf func %s %s", x.Name, typeName(x.Type)))
			case *btf.Datasec:
				for _, v := range x.Vars {
					lines = append(lines, fmt.Sprintf("btf %s %s off=%d size=%d", x.Name, v.Type.TypeName(), v.Offset, v.Size))
				}
			}
		}
		sort.Strings(lines)
		for _, l := range lines {
			fmt.Fprintln(w, l)
		}
	}
	names = names[:0]
	for n := range spec.Programs {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		p := spec.Programs[n]
		fmt.Fprintf(w, "\nprogram %s: section=%s type=%s license=%q\n", n, p.SectionName, p.Type, p.License)
		slot := 0
		for _, ins := range p.Instructions {
			if src := ins.Source(); src != nil {
				if l, ok := src.(*btf.Line); ok {
					fmt.Fprintf(w, "; %d: %s\n", l.LineNumber(), l.Line())
				} else {
					fmt.Fprintf(w, "; %s\n", src)
				}
			}
			ref := ""
			if r := ins.Reference(); r != "" {
				ref = "  <" + r + ">"
			}
			if c := btf.CORERelocationMetadata(&ins); c != nil {
				ref += "  ; CO-RE " + c.String()
			}
			fmt.Fprintf(w, "%5d: %v%s\n", slot, ins, ref)
			slot += int(ins.Size() / 8)
		}
	}
	return nil
}

// typeName prints a BTF type briefly: its name, or its kind and what it
// points to.
func typeName(t btf.Type) string {
	switch x := t.(type) {
	case *btf.Pointer:
		return "*" + typeName(x.Target)
	case *btf.FuncProto:
		s := "("
		for i, p := range x.Params {
			if i > 0 {
				s += ", "
			}
			s += typeName(p.Type)
		}
		return s + ") " + typeName(x.Return)
	case *btf.Array:
		return fmt.Sprintf("[%d]%s", x.Nelems, typeName(x.Type))
	case *btf.Const:
		return "const " + typeName(x.Type)
	case *btf.Void:
		return "void"
	}
	if t.TypeName() != "" {
		return t.TypeName()
	}
	return fmt.Sprintf("%T", t)[5:]
}
