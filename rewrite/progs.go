package rewrite

import (
	"fmt"
	"strings"

	"github.com/cilium/ebpf"
)

// progKind is one BCC program type name (as in BCC's Python BPF.KPROBE …)
// with its kernel type and libbpf section. Targets are appended as "/T",
// to targeted when set: libbpf names some kinds differently with an attach
// type (cgroup/skb but cgroup_skb/ingress, cgroup/sock_create but
// cgroup/post_bind4), and rejects sections missing from its table.
type progKind struct {
	typ      ebpf.ProgramType
	section  string
	targeted string
}

var progKinds = map[string]progKind{
	"KPROBE":                  {ebpf.Kprobe, "kprobe", ""},
	"KRETPROBE":               {ebpf.Kprobe, "kretprobe", ""},
	"UPROBE":                  {ebpf.Kprobe, "uprobe", ""},
	"URETPROBE":               {ebpf.Kprobe, "uretprobe", ""},
	"TRACEPOINT":              {ebpf.TracePoint, "tracepoint", ""},
	"RAW_TRACEPOINT":          {ebpf.RawTracepoint, "raw_tracepoint", ""},
	"XDP":                     {ebpf.XDP, "xdp", ""},
	"SOCKET_FILTER":           {ebpf.SocketFilter, "socket", ""},
	"SCHED_CLS":               {ebpf.SchedCLS, "tc", ""},
	"SCHED_ACT":               {ebpf.SchedACT, "action", ""},
	"PERF_EVENT":              {ebpf.PerfEvent, "perf_event", ""},
	"CGROUP_SKB":              {ebpf.CGroupSKB, "cgroup/skb", "cgroup_skb"},
	"CGROUP_SOCK":             {ebpf.CGroupSock, "cgroup/sock_create", "cgroup"},
	"CGROUP_SOCK_ADDR":        {ebpf.CGroupSockAddr, "cgroup/connect4", "cgroup"},
	"CGROUP_SOCKOPT":          {ebpf.CGroupSockopt, "cgroup/getsockopt", "cgroup"},
	"CGROUP_DEVICE":           {ebpf.CGroupDevice, "cgroup/dev", ""},
	"CGROUP_SYSCTL":           {ebpf.CGroupSysctl, "cgroup/sysctl", ""},
	"SOCK_OPS":                {ebpf.SockOps, "sockops", ""},
	"SK_SKB":                  {ebpf.SkSKB, "sk_skb", ""},
	"SK_MSG":                  {ebpf.SkMsg, "sk_msg", ""},
	"SK_LOOKUP":               {ebpf.SkLookup, "sk_lookup", ""},
	"LWT_IN":                  {ebpf.LWTIn, "lwt_in", ""},
	"LWT_OUT":                 {ebpf.LWTOut, "lwt_out", ""},
	"LWT_XMIT":                {ebpf.LWTXmit, "lwt_xmit", ""},
	"LWT_SEG6LOCAL":           {ebpf.LWTSeg6Local, "lwt_seg6local", ""},
	"FLOW_DISSECTOR":          {ebpf.FlowDissector, "flow_dissector", ""},
	"LSM":                     {ebpf.LSM, "lsm", ""},
	"TRACING":                 {ebpf.Tracing, "fentry", ""},
	"SYSCALL":                 {ebpf.Syscall, "syscall", ""},
	"RAW_TRACEPOINT_WRITABLE": {ebpf.RawTracepointWritable, "raw_tracepoint.w", ""},
}

type progSpec struct{ name, kind, target string }

func parseProgFlag(s string) (progSpec, error) {
	name, rest, ok := strings.Cut(s, "=")
	if !ok || name == "" || rest == "" {
		return progSpec{}, fmt.Errorf("--prog %q: want NAME=TYPE[:TARGET]", s)
	}
	kind, target, _ := strings.Cut(rest, ":")
	kind = strings.ToUpper(kind)
	if _, ok := progKinds[kind]; !ok {
		return progSpec{}, fmt.Errorf("--prog %q: unknown program type %s (known: %s)", s, kind, knownKinds())
	}
	return progSpec{name, kind, target}, nil
}

func knownKinds() string {
	var ks []string
	for k := range progKinds {
		ks = append(ks, k)
	}
	sortStrings(ks)
	return strings.Join(ks, ", ")
}

func (s progSpec) apply(p *Prog, arch string) error {
	k := progKinds[s.kind]
	p.Type = k.typ
	p.Section = k.section
	t := s.target
	if s.kind == "TRACEPOINT" {
		t = strings.Replace(t, ":", "/", 1)
	}
	if t == "" && (s.kind == "LSM" || s.kind == "TRACING") {
		// Both loaders need the BTF name of the attach point to load these.
		return fmt.Errorf("--prog %s=%s needs a target: %s=%s:FUNCTION", s.name, s.kind, s.name, s.kind)
	}
	if sec, ok := tracingSection(s.kind, t); ok {
		p.Section = sec
	} else if t != "" && k.targeted != "" {
		p.Section = k.targeted + "/" + t
	} else if t != "" {
		p.Section += "/" + t
	}
	if s.kind == "KPROBE" || s.kind == "UPROBE" {
		p.ArgRegs = kprobeArgs(arch)
	}
	return nil
}

// conventional applies BCC's naming conventions (DIALECT §3): probes on a
// syscall's wrapper (syscall__NAME, kprobe__sys_NAME, kprobe____x64_sys_NAME)
// get the syscall's arguments (syscall.go); the names the BPF_PROG-style
// macros make get BTF-attached sections (btfprogs.go).
func conventional(p *Prog, arch string) bool {
	n := p.Name
	switch {
	case strings.HasPrefix(n, "syscall__") && len(n) > len("syscall__"):
		syscallProbe(p, syscallSymbol("sys_"+n[len("syscall__"):], arch), arch)
	case strings.HasPrefix(n, "kprobe__"):
		fn := syscallSymbol(n[len("kprobe__"):], arch)
		if isSyscallEntry(fn, arch) {
			syscallProbe(p, fn, arch)
			break
		}
		p.Type, p.Section = ebpf.Kprobe, "kprobe/"+fn
		p.ArgRegs = kprobeArgs(arch)
	case strings.HasPrefix(n, "kretprobe__"):
		p.Type, p.Section = ebpf.Kprobe, "kretprobe/"+syscallSymbol(n[len("kretprobe__"):], arch)
	case strings.HasPrefix(n, "tracepoint__"):
		cat, evt, ok := strings.Cut(n[len("tracepoint__"):], "__")
		if !ok {
			return false
		}
		p.Type, p.Section = ebpf.TracePoint, "tracepoint/"+cat+"/"+evt
	case strings.HasPrefix(n, "raw_tracepoint__"):
		p.Type, p.Section = ebpf.RawTracepoint, "raw_tracepoint/"+n[len("raw_tracepoint__"):]
	default:
		return btfConvention(p)
	}
	return true
}

// kprobeArgs gives the struct pt_regs offsets of the registers that hold
// the first six function arguments, as BCC binds extra kprobe__ parameters.
func kprobeArgs(arch string) []int64 {
	if arch == "arm64" {
		return []int64{0, 8, 16, 24, 32, 40} // regs[0..5]
	}
	return []int64{112, 104, 96, 88, 72, 64} // di si dx cx r8 r9
}
