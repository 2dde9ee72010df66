package parse

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/cilium/ebpf/btf"
)

// writeBTF marshals types as a raw BTF file.
func writeBTF(t *testing.T, types ...btf.Type) (string, *btf.Builder) {
	t.Helper()
	b, err := btf.NewBuilder(nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, ty := range types {
		if _, err := b.Add(ty); err != nil {
			t.Fatal(err)
		}
	}
	data, err := b.Marshal(nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "btf")
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return path, b
}

// TestTraceBTFSynthetic: the answers on a small BTF with each case the
// fallback meets, duplicate names included (which match nothing, as with
// cilium/ebpf's TypeByName).
func TestTraceBTFSynthetic(t *testing.T) {
	u32 := &btf.Int{Name: "unsigned int", Size: 4}
	s32 := &btf.Int{Name: "int", Size: 4, Encoding: btf.Signed}
	void := &btf.Pointer{Target: (*btf.Void)(nil)}
	ent := &btf.Struct{Name: "trace_entry", Size: 8, Members: []btf.Member{{Name: "type", Type: u32}, {Name: "pid", Type: s32, Offset: 32}}}
	rec := &btf.Struct{Name: "trace_event_raw_cls", Size: 16, Members: []btf.Member{{Name: "ent", Type: ent}, {Name: "x", Type: u32, Offset: 64}}}
	glue := &btf.FuncProto{Return: (*btf.Void)(nil), Params: []btf.FuncParam{{Name: "__data", Type: void}, {Name: "x", Type: u32}}}
	evt := &btf.FuncProto{Return: (*btf.Void)(nil), Params: []btf.FuncParam{{Type: void}, {Type: u32}}}
	types := []btf.Type{
		u32, void, // added first: the builder numbers these as asked
		rec,
		&btf.Func{Name: "__bpf_trace_cls", Type: glue, Linkage: btf.StaticFunc},
		&btf.Typedef{Name: "btf_trace_evt", Type: &btf.Pointer{Target: evt}},
		&btf.Typedef{Name: "btf_trace_notproto", Type: u32},
		// Two records of one name, and glue with no record: no class.
		&btf.Struct{Name: "trace_event_raw_dup", Size: 8, Members: []btf.Member{{Name: "ent", Type: ent}}},
		&btf.Struct{Name: "trace_event_raw_dup", Size: 12, Members: []btf.Member{{Name: "ent", Type: ent}, {Name: "y", Type: u32, Offset: 64}}},
		&btf.Func{Name: "__bpf_trace_dup", Type: glue, Linkage: btf.StaticFunc},
		&btf.Func{Name: "__bpf_trace_norec", Type: glue, Linkage: btf.StaticFunc},
		// A record-like name of another kind, and names for Count.
		&btf.Union{Name: "trace_event_raw_union", Size: 4, Members: []btf.Member{{Name: "x", Type: u32}}},
		&btf.Struct{Name: "syscall_trace_exit", Size: 8},
		&btf.Func{Name: "__x64_sys_read", Type: glue, Linkage: btf.GlobalFunc},
		&btf.Typedef{Name: "twice", Type: u32},
		&btf.Struct{Name: "twice", Size: 4},
	}
	path, b := writeBTF(t, types...)
	id := func(ty btf.Type) btf.TypeID {
		i, err := b.Add(ty)
		if err != nil {
			t.Fatal(err)
		}
		return i
	}
	kb, err := LoadTraceBTF(path)
	if err != nil {
		t.Fatal(err)
	}

	st, err := kb.Record("cls")
	if err != nil || st == nil {
		t.Fatalf("Record(cls) = %v, %v", st, err)
	}
	if st.Name != rec.Name || st.Size != 16 || len(st.Members) != 2 || st.Members[1].Name != "x" || st.Members[1].Offset != 64 {
		t.Errorf("Record(cls) = %+v, want %+v", st, rec)
	}
	for _, n := range []string{"dup", "union", "none", "norec"} {
		if st, err := kb.Record(n); st != nil || err != nil {
			t.Errorf("Record(%s) = %v, %v; want none", n, st, err)
		}
	}

	args, ok := kb.EventArgs("evt")
	if want := []btf.TypeID{id(void), id(u32)}; !ok || !slices.Equal(args, want) {
		t.Errorf("EventArgs(evt) = %v, %v; want %v", args, ok, want)
	}
	if args, ok := kb.EventArgs("notproto"); !ok || args != nil {
		t.Errorf("EventArgs(notproto) = %v, %v; want no prototype", args, ok)
	}
	if _, ok := kb.EventArgs("cls"); ok {
		t.Error("EventArgs(cls): found an event that has no typedef")
	}

	want := map[string][]btf.TypeID{"cls": {id(void), id(u32)}}
	if got := kb.Classes(); !reflect.DeepEqual(got, want) {
		t.Errorf("Classes() = %v, want %v", got, want)
	}

	if got := kb.Count("__x64_sys_read", "twice", "sys_read", "__x64_sys_rea"); !reflect.DeepEqual(got, map[string]int{"__x64_sys_read": 1, "twice": 2}) {
		t.Errorf("Count = %v", got)
	}
	if st, err := kb.Struct("syscall_trace_exit"); err != nil || st == nil || st.Size != 8 {
		t.Errorf("Struct(syscall_trace_exit) = %v, %v", st, err)
	}
	// "twice" is one struct (and a typedef): found; "trace_event_raw_dup"
	// is two structs: not.
	if st, err := kb.Struct("twice"); err != nil || st == nil {
		t.Errorf("Struct(twice) = %v, %v", st, err)
	}
	if st, err := kb.Struct("trace_event_raw_dup"); err != nil || st != nil {
		t.Errorf("Struct(trace_event_raw_dup) = %v, %v; want none", st, err)
	}

	if _, err := LoadTraceBTF(filepath.Join(t.TempDir(), "missing")); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("LoadTraceBTF(missing) = %v", err)
	}
}

// TestTraceBTFKernel compares every answer on the running kernel's BTF
// with cilium/ebpf's decoding of all of it.
func TestTraceBTFKernel(t *testing.T) {
	spec, err := LoadBTF("")
	if err != nil {
		t.Skipf("no kernel BTF: %v", err)
	}
	kb, err := LoadTraceBTF("")
	if err != nil {
		t.Fatal(err)
	}
	ids := func(p *btf.FuncProto) []btf.TypeID {
		out := []btf.TypeID{}
		for _, a := range p.Params {
			i, err := spec.TypeID(a.Type)
			if err != nil {
				t.Fatal(err)
			}
			out = append(out, i)
		}
		return out
	}
	unique := func(name string, typ any) bool { return spec.TypeByName(name, typ) == nil }
	wantClasses := map[string][]btf.TypeID{}
	records, events := 0, 0
	for ty, err := range spec.All() {
		if err != nil {
			t.Fatal(err)
		}
		switch x := ty.(type) {
		case *btf.Struct:
			name, ok := strings.CutPrefix(x.Name, "trace_event_raw_")
			if !ok {
				continue
			}
			st, err := kb.Record(name)
			if err != nil {
				t.Fatal(err)
			}
			var want *btf.Struct
			if !unique(x.Name, &want) {
				if st != nil {
					t.Errorf("Record(%s): found, but the name is not unique", name)
				}
				continue
			}
			records++
			if st == nil || st.Size != want.Size || len(st.Members) != len(want.Members) {
				t.Errorf("Record(%s) = %v, want %v", name, st, want)
				continue
			}
			for i, m := range st.Members {
				w := want.Members[i]
				sz, _ := btf.Sizeof(m.Type)
				wsz, _ := btf.Sizeof(w.Type)
				if m.Name != w.Name || m.Offset != w.Offset || sz != wsz {
					t.Errorf("Record(%s) member %d: %s at %d size %d, want %s at %d size %d", name, i, m.Name, m.Offset, sz, w.Name, w.Offset, wsz)
				}
			}
		case *btf.Typedef:
			name, ok := strings.CutPrefix(x.Name, "btf_trace_")
			if !ok {
				continue
			}
			args, found := kb.EventArgs(name)
			var td *btf.Typedef
			if !unique(x.Name, &td) {
				if found {
					t.Errorf("EventArgs(%s): found, but the name is not unique", name)
				}
				continue
			}
			events++
			var want []btf.TypeID
			if p, ok := td.Type.(*btf.Pointer); ok {
				if fp, ok := p.Target.(*btf.FuncProto); ok {
					want = ids(fp)
				}
			}
			if !found || !slices.Equal(args, want) || (args == nil) != (want == nil) {
				t.Errorf("EventArgs(%s) = %v, %v; want %v", name, args, found, want)
			}
		case *btf.Func:
			name, ok := strings.CutPrefix(x.Name, "__bpf_trace_")
			var rec *btf.Struct
			if ok && unique("trace_event_raw_"+name, &rec) {
				wantClasses[name] = ids(x.Type.(*btf.FuncProto))
			}
		}
	}
	if got := kb.Classes(); !reflect.DeepEqual(got, wantClasses) {
		t.Errorf("Classes() differ: %d classes, want %d", len(got), len(wantClasses))
	}
	t.Logf("%d records, %d events, %d classes", records, events, len(wantClasses))
	if records < 100 || events < 100 || len(wantClasses) < 100 {
		t.Errorf("too few trace types in kernel BTF for the comparison to mean much")
	}

	names := []string{"__x64_sys_read", "sys_read", "syscall_trace_exit", "task_struct", "int", "no_such_name_here"}
	got := kb.Count(names...)
	for _, n := range names {
		ts, _ := spec.AnyTypesByName(n)
		if got[n] != len(ts) {
			t.Errorf("Count(%s) = %d, want %d", n, got[n], len(ts))
		}
		st, err := kb.Struct(n)
		var want *btf.Struct
		if err != nil || (st != nil) != unique(n, &want) || st != nil && st.Size != want.Size {
			t.Errorf("Struct(%s) = %v, %v; want %v", n, st, err, want)
		}
	}
}
