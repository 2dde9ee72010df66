package codegen

import (
	"fmt"
	"slices"

	"github.com/bccc-dev/bccc/rewrite"
	"github.com/cilium/ebpf"
	"modernc.org/cc/v4"
	"modernc.org/token"
)

// Warning is a positioned diagnostic that does not stop compilation.
type Warning struct {
	Pos token.Position
	Msg string
}

// warnf records a warning once per position and text (an inlined static
// function is lowered once per call).
func (l *lowerer) warnf(n cc.Node, format string, args ...any) {
	pos := l.pos
	if n != nil {
		if p := n.Position(); p.IsValid() {
			pos = p
		}
	}
	w := Warning{pos, fmt.Sprintf(format, args...)}
	if !slices.Contains(l.warnings, w) {
		l.warnings = append(l.warnings, w)
	}
}

// Map types whose elements BPF programs may not look up, update or delete
// with the map_*_elem helpers (the kernel's check_map_func_compatibility):
// they have dedicated helpers, or none.
var (
	noLookup = []ebpf.MapType{ebpf.ProgramArray, ebpf.PerfEventArray, ebpf.RingBuf, ebpf.StackTrace,
		ebpf.CGroupArray, ebpf.CGroupStorage, ebpf.PerCPUCGroupStorage, ebpf.CPUMap, ebpf.Queue, ebpf.Stack,
		ebpf.SkStorage, ebpf.InodeStorage, ebpf.TaskStorage}
	// Besides those: maps of maps and XDP redirect maps are read-only.
	noUpdate = append([]ebpf.MapType{ebpf.ArrayOfMaps, ebpf.HashOfMaps, ebpf.DevMap, ebpf.DevMapHash, ebpf.XSKMap}, noLookup...)
)

// methodMaps are the map types a method's helper accepts; methods absent
// from it follow noLookup / noUpdate.
var methodMaps = map[string][]ebpf.MapType{
	"call":                 {ebpf.ProgramArray},
	"get_stackid":          {ebpf.StackTrace},
	"perf_submit":          {ebpf.PerfEventArray},
	"perf_submit_skb":      {ebpf.PerfEventArray},
	"perf_read":            {ebpf.PerfEventArray},
	"perf_counter_value":   {ebpf.PerfEventArray},
	"check_current_task":   {ebpf.CGroupArray},
	"redirect_map":         {ebpf.DevMap, ebpf.DevMapHash, ebpf.CPUMap, ebpf.XSKMap},
	"sock_map_update":      {ebpf.SockMap},
	"sock_hash_update":     {ebpf.SockHash},
	"msg_redirect_hash":    {ebpf.SockHash},
	"sk_redirect_hash":     {ebpf.SockHash},
	"sk_storage_get":       {ebpf.SkStorage},
	"sk_storage_delete":    {ebpf.SkStorage},
	"inode_storage_get":    {ebpf.InodeStorage},
	"inode_storage_delete": {ebpf.InodeStorage},
	"task_storage_get":     {ebpf.TaskStorage},
	"task_storage_delete":  {ebpf.TaskStorage},
	"get_local_storage":    {ebpf.CGroupStorage, ebpf.PerCPUCGroupStorage},
	"push":                 {ebpf.Queue, ebpf.Stack},
	"pop":                  {ebpf.Queue, ebpf.Stack},
	"peek":                 {ebpf.Queue, ebpf.Stack},
	"ringbuf_output":       {ebpf.RingBuf},
	"ringbuf_reserve":      {ebpf.RingBuf},
	"ringbuf_query":        {ebpf.RingBuf},
}

// checkMethod rejects a method the kernel does not allow on the map's
// type. The macros' structs list only allowed methods; BPF_TABLE's struct
// has BCC's whole table set whatever the type, so the rest is checked
// here rather than left to the verifier.
func (l *lowerer) checkMethod(x cc.Node, m *rewrite.Map, method string) {
	if method == "get_stackid" && m.Type != ebpf.StackTrace {
		l.errorf(x, "get_stackid only available on stacktrace maps")
	}
	if ts, ok := methodMaps[method]; ok {
		if !slices.Contains(ts, m.Type) {
			l.errorf(x, "%s.%s: %s is not available on %s maps (%v)", m.Name, method, method, m.Kind, m.Type)
		}
		return
	}
	var bad []ebpf.MapType
	switch method {
	case "lookup":
		bad = noLookup
	case "update", "insert", "delete", "lookup_or_init", "lookup_or_try_init":
		bad = noUpdate
	case "increment", "atomic_increment":
		bad = noLookup
		if m.Type == ebpf.Hash {
			bad = noUpdate
		}
	}
	if slices.Contains(bad, m.Type) {
		l.errorf(x, "%s.%s: %s is not available on %s maps (%v): the kernel allows only %s", m.Name, method, method, m.Kind, m.Type, allowedMethods(m.Type))
	}
}

// allowedMethods names the methods that work on a map type, for errors.
func allowedMethods(t ebpf.MapType) string {
	var r []string
	for _, meth := range []string{"lookup", "update", "delete"} {
		bad := noUpdate
		if meth == "lookup" {
			bad = noLookup
		}
		if !slices.Contains(bad, t) {
			r = append(r, meth)
		}
	}
	for meth, ts := range methodMaps {
		if slices.Contains(ts, t) {
			r = append(r, meth)
		}
	}
	slices.Sort(r)
	if len(r) == 0 {
		return "no methods"
	}
	s := r[0]
	for _, x := range r[1:] {
		s += ", " + x
	}
	return s
}
