package main

import (
	"fmt"
	"io"
	"sort"

	"github.com/cilium/ebpf"
	"github.com/cilium/ebpf/btf"
)

// objdump prints maps and the disassembly of every program, with the
// source line of each line-info record and map names on map loads.
func objdump(r io.ReaderAt, w io.Writer) error {
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
		fmt.Fprintf(w, "map %s: type=%s key=%d value=%d max_entries=%d flags=%#x\n", n, m.Type, m.KeySize, m.ValueSize, m.MaxEntries, m.Flags)
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
					fmt.Fprintf(w, "; %s:%d: %s\n", l.FileName(), l.LineNumber(), l.Line())
				} else {
					fmt.Fprintf(w, "; %s\n", src)
				}
			}
			ref := ""
			if r := ins.Reference(); r != "" {
				ref = "  <" + r + ">"
			}
			fmt.Fprintf(w, "%5d: %v%s\n", slot, ins, ref)
			slot += int(ins.Size() / 8)
		}
	}
	return nil
}
