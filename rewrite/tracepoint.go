package rewrite

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"modernc.org/token"
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
// a directory holding events/<cat>/<evt>/format files). Without dir,
// events without a readable format file come from the running kernel's
// BTF.
func TracepointStructs(src []byte, dir string) (string, error) {
	return TracepointStructsBTF(src, dir, "")
}

// TracepointStructsBTF is TracepointStructs with the BTF of the fallback
// (tracepoint_btf.go) at btfPath ("": the running kernel's). Errors are
// *Error at the first use of the event (Pos has no file name).
//
// An event missing from dir is an error, not a BTF fallback: --tracefs
// asks for the layouts of a known kernel, and the build host's BTF may
// not be that kernel's. DIALECT §6 and BCC agree: with no format file,
// BCC generates no struct and the compile fails.
func TracepointStructsBTF(src []byte, dir, btfPath string) (string, error) {
	type use struct {
		cat, evt string
		at       int // offset in src of the first use
	}
	seen := map[string]bool{}
	var uses []use
	for _, m := range tpUse.FindAllSubmatchIndex(src, -1) {
		g := m[2:6] // TRACEPOINT_PROBE(cat, evt), else struct tracepoint__cat__evt
		if g[0] < 0 {
			g = m[6:10]
		}
		cat, evt := string(src[g[0]:g[1]]), string(src[g[2]:g[3]])
		k := cat + "/" + evt
		if !seen[k] {
			seen[k] = true
			uses = append(uses, use{cat, evt, m[0]})
		}
	}
	if len(uses) == 0 {
		return "", nil
	}
	sort.Slice(uses, func(i, j int) bool { return uses[i].cat+uses[i].evt < uses[j].cat+uses[j].evt })
	var b strings.Builder
	for _, u := range uses {
		fail := func(format string, args ...any) error {
			return &Error{Pos: offsetPos(src, u.at), Msg: fmt.Sprintf("tracepoint %s:%s: ", u.cat, u.evt) + fmt.Sprintf(format, args...)}
		}
		var data []byte
		if dir != "" {
			path := filepath.Join(dir, "events", u.cat, u.evt, "format")
			var err error
			if data, err = os.ReadFile(path); errors.Is(err, fs.ErrNotExist) {
				return "", fail("no format file in %s", path)
			} else if err != nil {
				return "", fail("%v", err)
			}
		} else {
			var err error
			for _, d := range DefaultTracefs {
				if data, err = os.ReadFile(filepath.Join(d, "events", u.cat, u.evt, "format")); err == nil {
					break
				}
			}
			if err != nil {
				f, berr := formatFromBTF(btfPath, u.cat, u.evt)
				if berr != nil {
					return "", fail("cannot read its format file (%v), and %v: mount tracefs (mount -t tracefs tracefs /sys/kernel/tracing) or pass --tracefs DIR", err, berr)
				}
				data = []byte(f)
			}
		}
		def, err := tracepointStruct(u.cat, u.evt, string(data))
		if err != nil {
			return "", fail("%v", err)
		}
		b.WriteString(def)
	}
	return b.String(), nil
}

// offsetPos is the line and (byte) column of offset at in src.
func offsetPos(src []byte, at int) token.Position {
	line := 1 + bytes.Count(src[:at], []byte("\n"))
	return token.Position{Line: line, Column: at - bytes.LastIndexByte(src[:at], '\n')}
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
