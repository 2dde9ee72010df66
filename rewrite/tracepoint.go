package rewrite

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
)

// Tracepoint argument structs (DIALECT §6): every tracepoint a program
// names, through TRACEPOINT_PROBE(cat, evt) or struct
// tracepoint__cat__evt, gets a struct generated from the event's tracefs
// format file, with the fields at the offsets the kernel gives.

var tpUse = regexp.MustCompile(`TRACEPOINT_PROBE\s*\(\s*(\w+)\s*,\s*(\w+)\s*\)|struct\s+tracepoint__(\w+?)__(\w+)`)

// DefaultTracefs lists where tracefs is usually mounted.
var DefaultTracefs = []string{"/sys/kernel/tracing", "/sys/kernel/debug/tracing"}

// TracepointStructs returns C definitions for the tracepoint structs the
// source uses. dir overrides the tracefs location (for reproducible builds
// a directory holding events/<cat>/<evt>/format files). Events without a
// readable format file come from the running kernel's BTF.
func TracepointStructs(src []byte, dir string) (string, error) {
	return TracepointStructsBTF(src, dir, "")
}

// TracepointStructsBTF is TracepointStructs with the BTF of the fallback
// (tracepoint_btf.go) at btfPath ("": the running kernel's).
func TracepointStructsBTF(src []byte, dir, btfPath string) (string, error) {
	seen := map[string]bool{}
	var names [][2]string
	for _, m := range tpUse.FindAllSubmatch(src, -1) {
		cat, evt := string(m[1]), string(m[2])
		if cat == "" {
			cat, evt = string(m[3]), string(m[4])
		}
		k := cat + "/" + evt
		if !seen[k] {
			seen[k] = true
			names = append(names, [2]string{cat, evt})
		}
	}
	if len(names) == 0 {
		return "", nil
	}
	sort.Slice(names, func(i, j int) bool { return names[i][0]+names[i][1] < names[j][0]+names[j][1] })
	dirs := DefaultTracefs
	if dir != "" {
		dirs = []string{dir}
	}
	var b strings.Builder
	for _, n := range names {
		var data []byte
		var err error
		for _, d := range dirs {
			data, err = os.ReadFile(filepath.Join(d, "events", n[0], n[1], "format"))
			if err == nil {
				break
			}
		}
		if err != nil {
			f, berr := formatFromBTF(btfPath, n[0], n[1])
			if berr != nil {
				return "", fmt.Errorf("tracepoint %s:%s: cannot read its format file (%v), and %v: mount tracefs (mount -t tracefs tracefs /sys/kernel/tracing) or pass --tracefs DIR", n[0], n[1], err, berr)
			}
			data = []byte(f)
		}
		def, err := tracepointStruct(n[0], n[1], string(data))
		if err != nil {
			return "", fmt.Errorf("tracepoint %s:%s: %v", n[0], n[1], err)
		}
		b.WriteString(def)
	}
	return b.String(), nil
}

var tpField = regexp.MustCompile(`field:(.+?);\s*offset:(\d+);\s*size:(\d+);\s*signed:(\d+);`)

// tracepointStruct builds one struct. Like BCC, the common fields become
// one u64 __do_not_use__; field types are kept where their size matches
// the format, else replaced by an integer of the format's size; pointers
// keep their type (forward-declaring structs), __data_loc fields become
// int data_loc_NAME.
func tracepointStruct(cat, evt, format string) (string, error) {
	var b, fwd strings.Builder
	fmt.Fprintf(&b, "struct tracepoint__%s__%s {\n", cat, evt)
	off := 0
	pad := 0
	common := false
	for _, m := range tpField.FindAllStringSubmatch(format, -1) {
		decl := strings.TrimSpace(m[1])
		o, _ := strconv.Atoi(m[2])
		size, _ := strconv.Atoi(m[3])
		signed := m[4] == "1"
		name, typ, arr := splitDecl(decl)
		if strings.HasPrefix(name, "common_") {
			if !common {
				b.WriteString("\tu64 __do_not_use__;\n")
				common = true
				off = 8
			}
			continue
		}
		if o < off {
			continue // overlapping field: keep the first
		}
		if o > off {
			fmt.Fprintf(&b, "\tchar __pad_%d[%d];\n", pad, o-off)
			pad++
		}
		switch {
		case strings.HasPrefix(typ, "__data_loc"):
			fmt.Fprintf(&b, "\tint data_loc_%s;\n", name)
			size = 4
		case strings.Contains(typ, "*") && size == 8:
			t := typ
			if s, ok := structName(typ); ok {
				fmt.Fprintf(&fwd, "struct %s;\n", s)
			} else if !basicPointer(typ) {
				t = "void *"
			}
			fmt.Fprintf(&b, "\t%s %s;\n", t, name)
		case arr > 0:
			elem := size / arr
			et := intType(elem, signed)
			if strings.Contains(typ, "char") && elem == 1 {
				et = "char"
			}
			fmt.Fprintf(&b, "\t%s %s[%d];\n", et, name, arr)
		case arr == 0 && strings.Contains(decl, "[]"):
			fmt.Fprintf(&b, "\tchar %s[0];\n", name)
			size = 0
		default:
			fmt.Fprintf(&b, "\t%s %s;\n", intType(size, signed), name)
		}
		off = o + size
	}
	if !common {
		return "", fmt.Errorf("no fields in the format file")
	}
	b.WriteString("};\n")
	return fwd.String() + b.String(), nil
}

// splitDecl splits "const char * filename" or "char comm[16]" into the
// name, the type and the array length (-1 if not an array).
func splitDecl(decl string) (name, typ string, arr int) {
	arr = -1
	if i := strings.Index(decl, "["); i >= 0 {
		j := strings.Index(decl[i:], "]")
		if j > 0 {
			if n, err := strconv.Atoi(strings.TrimSpace(decl[i+1 : i+j])); err == nil {
				arr = n
			} else {
				arr = 0
			}
		}
		rest := strings.TrimSpace(decl[:i])
		// "__data_loc char[] filename": the brackets follow the type.
		if strings.HasPrefix(rest, "__data_loc") || i+j+1 < len(decl) && strings.TrimSpace(decl[i+j+1:]) != "" {
			fields := strings.Fields(decl[i+j+1:])
			if len(fields) > 0 {
				return fields[len(fields)-1], rest, -1
			}
		}
		decl = rest
	}
	decl = strings.TrimSpace(decl)
	k := strings.LastIndexAny(decl, " *")
	if k < 0 {
		return decl, "int", arr
	}
	return decl[k+1:], strings.TrimSpace(decl[:k+1]), arr
}

func structName(typ string) (string, bool) {
	f := strings.Fields(strings.ReplaceAll(typ, "*", " "))
	for i, w := range f {
		if w == "struct" && i+1 < len(f) {
			return f[i+1], true
		}
	}
	return "", false
}

func basicPointer(typ string) bool {
	for _, w := range strings.Fields(strings.ReplaceAll(typ, "*", " ")) {
		switch w {
		case "const", "volatile", "unsigned", "signed", "char", "short", "int", "long", "void",
			"u8", "u16", "u32", "u64", "s8", "s16", "s32", "s64", "__u8", "__u16", "__u32", "__u64":
		default:
			return false
		}
	}
	return true
}

func intType(size int, signed bool) string {
	p := "u"
	if signed {
		p = "s"
	}
	switch size {
	case 1, 2, 4, 8:
		return fmt.Sprintf("%s%d", p, size*8)
	}
	return "u8"
}
