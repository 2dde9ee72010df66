package rewrite

import (
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/bccc-dev/bccc/parse"
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
func eventRecord(kb *parse.TraceBTF, evt string) (*btf.Struct, error) {
	if st, err := kb.Record(evt); st != nil || err != nil {
		return st, err
	}
	args, ok := kb.EventArgs(evt)
	if !ok {
		return nil, fmt.Errorf("kernel BTF has no tracepoint %s", evt)
	}
	var match []string
	for name, c := range kb.Classes() {
		if sameArgs(c, args) {
			match = append(match, name)
		}
	}
	if len(match) == 0 {
		return nil, fmt.Errorf("kernel BTF has no record struct for tracepoint %s", evt)
	}
	sort.Strings(match)
	first, err := kb.Record(match[0])
	if err != nil || len(match) == 1 {
		return first, err
	}
	want := recordFormat(first)
	for _, c := range match[1:] {
		st, err := kb.Record(c)
		if err != nil {
			return nil, err
		}
		if recordFormat(st) != want {
			return nil, fmt.Errorf("kernel BTF cannot tell which record tracepoint %s has (its arguments fit the classes %s)", evt, strings.Join(match, ", "))
		}
	}
	return first, nil
}

// sameArgs compares argument types, after the first (the glue's __data;
// the typedef's void *). Names differ: the typedef's arguments have none.
// A nil list is no prototype, which matches nothing.
func sameArgs(a, b []btf.TypeID) bool {
	return a != nil && b != nil && len(a) == len(b) && slices.Equal(a[min(1, len(a)):], b[min(1, len(b)):])
}
