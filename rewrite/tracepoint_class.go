package rewrite

import (
	"fmt"
	"sort"
	"strings"
	"sync"

	"github.com/cilium/ebpf/btf"
)

// BTF does not say which class an event belongs to. Every event of a class
// has the class's prototype, which BTF has twice: btf_trace_EVT (the raw
// tracepoint's type) and __bpf_trace_CLASS (the class's BPF glue). An
// event whose prototype (argument types) is that of exactly one class with
// a record struct belongs to it. When several classes share the prototype
// and their records differ, only tracefs can tell: names are no guide
// (matching by name gets block_rq_issue and a dozen others wrong on 6.18).

// eventRecord finds the record struct of event evt.
func eventRecord(spec *btf.Spec, evt string) (*btf.Struct, error) {
	var st *btf.Struct
	if spec.TypeByName("trace_event_raw_"+evt, &st) == nil {
		return st, nil
	}
	var td *btf.Typedef
	if spec.TypeByName("btf_trace_"+evt, &td) != nil {
		return nil, fmt.Errorf("kernel BTF has no tracepoint %s", evt)
	}
	proto := funcProto(td.Type)
	var match []string
	for name, c := range classesOf(spec) {
		if sameArgs(c.proto, proto) {
			match = append(match, name)
			st = c.record
		}
	}
	switch len(match) {
	case 1:
		return st, nil
	case 0:
		return nil, fmt.Errorf("kernel BTF has no record struct for tracepoint %s", evt)
	}
	sort.Strings(match)
	if sameRecords(spec, match) {
		return st, nil
	}
	return nil, fmt.Errorf("kernel BTF cannot tell which record tracepoint %s has (its arguments fit the classes %s)", evt, strings.Join(match, ", "))
}

type traceClass struct {
	proto  *btf.FuncProto
	record *btf.Struct
}

var classCache sync.Map // *btf.Spec: map[string]traceClass

// classesOf lists the classes that have both glue and a record struct.
func classesOf(spec *btf.Spec) map[string]traceClass {
	if m, ok := classCache.Load(spec); ok {
		return m.(map[string]traceClass)
	}
	m := map[string]traceClass{}
	for t, err := range spec.All() {
		if err != nil {
			break
		}
		fn, ok := t.(*btf.Func)
		if !ok || !strings.HasPrefix(fn.Name, "__bpf_trace_") {
			continue
		}
		name := fn.Name[len("__bpf_trace_"):]
		var st *btf.Struct
		if p := funcProto(fn.Type); p != nil && spec.TypeByName("trace_event_raw_"+name, &st) == nil {
			m[name] = traceClass{p, st}
		}
	}
	classCache.Store(spec, m)
	return m
}

func funcProto(t btf.Type) *btf.FuncProto {
	if p, ok := t.(*btf.Pointer); ok {
		t = p.Target
	}
	fp, _ := t.(*btf.FuncProto)
	return fp
}

// sameArgs compares argument types, after the first (the glue's __data).
// Names differ: the typedef's arguments have none.
func sameArgs(a, b *btf.FuncProto) bool {
	if a == nil || b == nil || len(a.Params) != len(b.Params) {
		return false
	}
	for i := 1; i < len(a.Params); i++ {
		if a.Params[i].Type != b.Params[i].Type {
			return false
		}
	}
	return true
}

// sameRecords: the classes' records give the same format.
func sameRecords(spec *btf.Spec, classes []string) bool {
	cs := classesOf(spec)
	first := recordFormat(cs[classes[0]].record)
	for _, c := range classes[1:] {
		if recordFormat(cs[c].record) != first {
			return false
		}
	}
	return true
}
