package rewrite

import (
	"fmt"
	"strings"

	"github.com/bccc-dev/bccc/parse"
	"github.com/cilium/ebpf/btf"
)

// Without tracefs, a tracepoint's record layout can come from vmlinux BTF
// (DIALECT §6): struct trace_event_raw_CLASS is the record of the events
// of a class, and the class of an event that is its own (TRACE_EVENT) has
// its name. It is rewritten here as the format file tracefs would show, so
// both sources go through tracepointStruct and give the same struct.
// Events of a shared class (DEFINE_EVENT) are matched to it in
// tracepoint_class.go. Syscall entry events have no BTF record: their
// argument names are in tracefs only. parse.TraceBTF answers from the raw
// records (a millisecond, where decoding all of vmlinux took ~0.3 s).

// formatFromBTF gives the "field:…; offset:…; size:…; signed:…;" lines of
// event cat:evt from the BTF at btfPath ("" is the running kernel's).
func formatFromBTF(btfPath, cat, evt string) (string, error) {
	kb, err := parse.LoadTraceBTF(btfPath)
	if err != nil {
		return "", err
	}
	var st *btf.Struct
	if cat == "syscalls" {
		st, err = syscallRecord(kb, evt)
	} else {
		st, err = eventRecord(kb, evt)
	}
	if err != nil {
		return "", err
	}
	return recordFormat(st), nil
}

// recordFormat writes record st as a format file.
func recordFormat(st *btf.Struct) string {
	var b strings.Builder
	field := func(decl string, off uint32, t btf.Type) {
		size, _ := btf.Sizeof(t)
		fmt.Fprintf(&b, "\tfield:%s;\toffset:%d;\tsize:%d;\tsigned:%d;\n", decl, off, size, b2i(signed(t)))
	}
	for _, m := range st.Members {
		off := m.Offset.Bytes()
		switch {
		case m.Name == "ent":
			// struct trace_entry: the common_* fields.
			if ent, ok := btf.UnderlyingType(m.Type).(*btf.Struct); ok {
				for _, c := range ent.Members {
					field(cType(c.Type)+" common_"+c.Name, off+c.Offset.Bytes(), c.Type)
				}
			}
		case m.Name == "__data":
			// The dynamic area that __data_loc fields point into.
		case m.Name == "nr" && st.Name == "syscall_trace_exit":
			field("int __syscall_nr", off, m.Type)
		case strings.HasPrefix(m.Name, "__data_loc_"):
			field("__data_loc char[] "+m.Name[len("__data_loc_"):], off, m.Type)
		case strings.HasPrefix(m.Name, "__rel_loc_"):
			field("__rel_loc char[] "+m.Name[len("__rel_loc_"):], off, m.Type)
		default:
			if a, ok := btf.UnderlyingType(m.Type).(*btf.Array); ok {
				field(fmt.Sprintf("%s %s[%d]", cType(a.Type), m.Name, a.Nelems), off, m.Type)
				continue
			}
			field(cType(m.Type)+" "+m.Name, off, m.Type)
		}
	}
	return "format:\n" + b.String()
}

// syscallRecord is the record of syscalls:sys_exit_NAME, the same for
// every syscall. Entry records name each syscall's arguments, which only
// tracefs knows.
func syscallRecord(kb *parse.TraceBTF, evt string) (*btf.Struct, error) {
	name, ok := strings.CutPrefix(evt, "sys_exit_")
	if !ok {
		return nil, fmt.Errorf("kernel BTF does not name the arguments of syscall entry events")
	}
	// The syscall exists if one of its entry points is the only type of
	// its name.
	var names []string
	for _, p := range []string{"__x64_sys_", "__arm64_sys_", "__s390x_sys_", "__riscv_sys_", "sys_"} {
		names = append(names, p+name)
	}
	found := false
	for _, n := range kb.Count(names...) {
		found = found || n == 1
	}
	if !found {
		return nil, fmt.Errorf("kernel BTF has no syscall %s", name)
	}
	st, err := kb.Struct("syscall_trace_exit")
	if err != nil {
		return nil, err
	}
	if st == nil {
		return nil, fmt.Errorf("kernel BTF has no syscall %s", name)
	}
	return st, nil
}

// cType spells t the way format files do, as far as tracepointStruct
// reads it: typedef and integer names, "struct x *", "const char *".
func cType(t btf.Type) string {
	switch x := t.(type) {
	case *btf.Const:
		return "const " + cType(x.Type)
	case *btf.Volatile:
		return "volatile " + cType(x.Type)
	case *btf.Pointer:
		return cType(x.Target) + " *"
	case *btf.Struct:
		return "struct " + x.Name
	case *btf.Union:
		return "union " + x.Name
	case *btf.Enum:
		return "enum " + x.Name
	case *btf.Void:
		return "void"
	case *btf.Typedef:
		return x.Name
	case *btf.Int:
		return x.Name
	}
	return "void"
}

// signed is the format file's "signed:" of a field.
func signed(t btf.Type) bool {
	switch x := btf.UnderlyingType(t).(type) {
	case *btf.Int:
		return x.Encoding&btf.Signed != 0
	case *btf.Enum:
		return x.Signed
	case *btf.Array:
		return signed(x.Type)
	}
	return false
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}
