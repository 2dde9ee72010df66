package rewrite

import (
	"fmt"
	"strings"

	"github.com/cilium/ebpf"
	"modernc.org/cc/v4"
)

// mapKinds are BCC's map type strings (the X of section "maps/X"), as in
// BCC's BTypeVisitor::VisitVarDecl. "histogram" is resolved by key type.
var mapKinds = map[string]ebpf.MapType{
	"hash":                  ebpf.Hash,
	"array":                 ebpf.Array,
	"percpu_hash":           ebpf.PerCPUHash,
	"percpu_array":          ebpf.PerCPUArray,
	"lru_hash":              ebpf.LRUHash,
	"lru_percpu_hash":       ebpf.LRUCPUHash,
	"lpm_trie":              ebpf.LPMTrie,
	"histogram":             ebpf.Hash,
	"prog":                  ebpf.ProgramArray,
	"perf_output":           ebpf.PerfEventArray,
	"perf_array":            ebpf.PerfEventArray,
	"ringbuf":               ebpf.RingBuf,
	"cgroup_array":          ebpf.CGroupArray,
	"stacktrace":            ebpf.StackTrace,
	"devmap":                ebpf.DevMap,
	"cpumap":                ebpf.CPUMap,
	"xskmap":                ebpf.XSKMap,
	"hash_of_maps":          ebpf.HashOfMaps,
	"array_of_maps":         ebpf.ArrayOfMaps,
	"sk_storage":            ebpf.SkStorage,
	"inode_storage":         ebpf.InodeStorage,
	"task_storage":          ebpf.TaskStorage,
	"sockmap":               ebpf.SockMap,
	"sockhash":              ebpf.SockHash,
	"cgroup_storage":        ebpf.CGroupStorage,
	"percpu_cgroup_storage": ebpf.PerCPUCGroupStorage,
	"queue":                 ebpf.Queue,
	"stack":                 ebpf.Stack,
}

// Map visibilities (BPF_TABLE_PUBLIC, BPF_TABLE_SHARED).
const (
	VisibilityPublic = "public" // BCC: section maps/export, visible process-wide
	VisibilityShared = "shared" // BCC: section maps/shared, visible in the maps namespace
)

// mapDecl is a variable of a map struct type, before cross references
// (inner maps, exports) are resolved.
type mapDecl struct {
	m      *Map
	export string // "" or the visibility __<name> gives map <name>
}

// sectionOf returns the section attribute of a declaration, if any.
func sectionOf(decl *cc.Declaration, id *cc.InitDeclarator) (string, bool) {
	var lists []*cc.AttributeSpecifierList
	for ds := decl.DeclarationSpecifiers; ds != nil; ds = ds.DeclarationSpecifiers {
		if ds.Case == cc.DeclarationSpecifiersAttr {
			lists = append(lists, ds.AttributeSpecifierList)
		}
	}
	lists = append(lists, id.AttributeSpecifierList)
	for _, l := range lists {
		for ; l != nil; l = l.AttributeSpecifierList {
			if l.AttributeSpecifier == nil {
				continue
			}
			for v := l.AttributeSpecifier.AttributeValueList; v != nil; v = v.AttributeValueList {
				av := v.AttributeValue
				if av == nil || av.Case != cc.AttributeValueExpr {
					continue
				}
				if n := av.Token.SrcStr(); n != "section" && n != "__section__" {
					continue
				}
				if av.ArgumentExpressionList == nil || av.ArgumentExpressionList.AssignmentExpression == nil {
					continue
				}
				if s, ok := av.ArgumentExpressionList.AssignmentExpression.Value().(cc.StringValue); ok {
					return strings.TrimRight(string(s), "\x00"), true
				}
			}
		}
	}
	return "", false
}

// mapOf recognises a map variable by the __bccc_map member of its type and
// reads what BCC reads from it: the section "maps/<type>[$<inner>][:<pin>]",
// key, leaf, max_entries and flags.
func mapOf(decl *cc.Declaration, id *cc.InitDeclarator) (*mapDecl, error) {
	d := id.Declarator
	st, ok := d.Type().(*cc.StructType)
	if !ok {
		return nil, nil
	}
	if st.FieldByName("__bccc_map") == nil {
		return nil, nil
	}
	sec, ok := sectionOf(decl, id)
	if !ok || !strings.HasPrefix(sec, "maps") {
		return nil, &Error{d.Position(), fmt.Sprintf("map %s has no maps/<type> section", d.Name())}
	}
	arrLen := func(name string) int64 {
		f := st.FieldByName(name)
		if f == nil {
			return 0
		}
		if pt, ok := f.Type().(*cc.PointerType); ok {
			if at, ok := pt.Elem().(*cc.ArrayType); ok {
				return at.Len()
			}
		}
		return 0
	}
	m := &Map{Name: d.Name(), Decl: d,
		MaxEntries: uint32(arrLen("__bccc_max_entries") - 1), Flags: uint32(arrLen("__bccc_flags") - 1)}
	if f := st.FieldByName("key"); f != nil {
		m.Key = f.Type()
	}
	if f := st.FieldByName("leaf"); f != nil {
		m.Value = f.Type()
	}
	// BCC checks the members first: incomplete, then zero-sized types.
	for _, kv := range []struct {
		t    cc.Type
		what string
	}{{m.Key, "key"}, {m.Value, "leaf"}} {
		if kv.t == nil {
			continue
		}
		if kv.t.IsIncomplete() {
			return nil, &Error{d.Position(), fmt.Sprintf("map %s: unknown type %s for the %s", m.Name, kv.t, kv.what)}
		}
		if kv.t.Size() <= 0 {
			return nil, &Error{d.Position(), fmt.Sprintf("map %s: invalid zero-sized %s", m.Name, kv.what)}
		}
	}
	// The pin path comes after the first ':', then "$<inner>" (BCC's order).
	if i := strings.IndexByte(sec, ':'); i >= 0 {
		m.Pin = sec[i+1:]
		sec = sec[:i]
		if m.Pin == "" {
			return nil, &Error{d.Position(), fmt.Sprintf("map %s: empty pin path", m.Name)}
		}
	}
	if i := strings.IndexByte(sec, '$'); i >= 0 {
		info := sec[i+1:]
		sec = sec[:i]
		if sec == "maps/array_of_maps" || sec == "maps/hash_of_maps" {
			m.InnerName = info
		}
	}
	switch sec {
	case "maps/export", "maps/shared":
		vis := VisibilityPublic
		if sec == "maps/shared" {
			vis = VisibilityShared
		}
		return &mapDecl{m: m, export: vis}, nil
	case "maps/extern":
		return nil, &Error{d.Position(), fmt.Sprintf("map %s: reference to undefined table (BPF_TABLE(\"extern\") binds to a table of another BCC module; an ELF object has none: declare the map here, and have the loader share it)", m.Name)}
	}
	kind := strings.TrimPrefix(sec, "maps/")
	t, ok := mapKinds[kind]
	if !ok || !strings.HasPrefix(sec, "maps/") {
		return nil, &Error{d.Position(), fmt.Sprintf("unsupported map type: %s", sec)}
	}
	m.Kind, m.Type = kind, t
	switch kind {
	case "histogram":
		// BCC: an array when the key is canonically int, else a hash.
		if m.Key != nil && m.Key.Kind() == cc.Int {
			m.Type = ebpf.Array
		}
		if m.Value == nil || m.Value.Kind() != cc.ULongLong && m.Value.Kind() != cc.ULong {
			return nil, &Error{d.Position(), fmt.Sprintf("histogram leaf type must be u64, got %v", m.Value)}
		}
	case "perf_output":
		// BCC sets max_entries to the number of possible CPUs; 0 asks
		// the loader to do the same.
		m.MaxEntries = 0
	case "ringbuf":
		// BCC forces key and value sizes to 0.
		m.Key, m.Value = nil, nil
	case "queue", "stack":
		m.Key = nil
	case "array_of_maps", "hash_of_maps":
		if m.InnerName == "" {
			return nil, &Error{d.Position(), fmt.Sprintf("map %s: a map of maps needs its inner map: %s$<inner>", m.Name, sec)}
		}
	}
	return &mapDecl{m: m}, nil
}

// resolveMaps links inner maps and exports once every map is known.
func resolveMaps(m *Model, decls []*mapDecl) []error {
	var errs []error
	byName := map[string]*Map{}
	for _, md := range decls {
		if md.export == "" {
			byName[md.m.Name] = md.m
		}
	}
	for _, md := range decls {
		mp := md.m
		if md.export != "" {
			target := byName[strings.TrimPrefix(mp.Name, "__")]
			if !strings.HasPrefix(mp.Name, "__") || target == nil {
				errs = append(errs, &Error{mp.Decl.Position(), fmt.Sprintf("%s: reference to undefined table", mp.Name)})
				continue
			}
			target.Visibility = md.export
			continue
		}
		if mp.InnerName != "" {
			in := byName[mp.InnerName]
			switch {
			case in == nil:
				errs = append(errs, &Error{mp.Decl.Position(), fmt.Sprintf("map %s: inner map %s is not declared in this program", mp.Name, mp.InnerName)})
				continue
			case in == mp || in.InnerName != "":
				errs = append(errs, &Error{mp.Decl.Position(), fmt.Sprintf("map %s: inner map %s is itself a map of maps (only one level is supported)", mp.Name, mp.InnerName)})
				continue
			}
			mp.Inner = in
		}
		m.Maps = append(m.Maps, mp)
		m.MapOf[mp.Decl] = mp
	}
	return errs
}
