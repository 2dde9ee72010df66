package verifier

import (
	"fmt"
	"strings"

	"github.com/cilium/ebpf"
)

// ctxField is a field of a context structure and who may touch it.
type ctxField struct {
	name      string
	off, size int64
	kind      kind // what a full read gives: a scalar or a packet pointer
	noRead    []ebpf.ProgramType
	write     []ebpf.ProgramType
}

var (
	skbTypes    = []ebpf.ProgramType{ebpf.SocketFilter, ebpf.SchedCLS, ebpf.SchedACT, ebpf.CGroupSKB, ebpf.LWTIn, ebpf.LWTOut, ebpf.LWTXmit, ebpf.LWTSeg6Local, ebpf.SkSKB}
	tcTypes     = []ebpf.ProgramType{ebpf.SchedCLS, ebpf.SchedACT}
	cbWriters   = []ebpf.ProgramType{ebpf.SocketFilter, ebpf.SchedCLS, ebpf.SchedACT, ebpf.CGroupSKB, ebpf.LWTIn, ebpf.LWTOut, ebpf.LWTXmit, ebpf.LWTSeg6Local, ebpf.SkSKB}
	markWriters = []ebpf.ProgramType{ebpf.SchedCLS, ebpf.SchedACT, ebpf.CGroupSKB, ebpf.LWTXmit}
	notSockInfo = []ebpf.ProgramType{ebpf.SocketFilter, ebpf.SchedCLS, ebpf.SchedACT, ebpf.LWTIn, ebpf.LWTOut, ebpf.LWTXmit, ebpf.LWTSeg6Local}
	noPktPtr    = []ebpf.ProgramType{ebpf.SocketFilter}
)

// skbFields is struct __sk_buff.
var skbFields = []ctxField{
	{name: "len", off: 0, size: 4},
	{name: "pkt_type", off: 4, size: 4},
	{name: "mark", off: 8, size: 4, write: markWriters},
	{name: "queue_mapping", off: 12, size: 4, write: tcTypes},
	{name: "protocol", off: 16, size: 4},
	{name: "vlan_present", off: 20, size: 4},
	{name: "vlan_tci", off: 24, size: 4},
	{name: "vlan_proto", off: 28, size: 4},
	{name: "priority", off: 32, size: 4, write: markWriters},
	{name: "ingress_ifindex", off: 36, size: 4},
	{name: "ifindex", off: 40, size: 4},
	{name: "tc_index", off: 44, size: 4, write: append([]ebpf.ProgramType{ebpf.SkSKB}, tcTypes...)},
	{name: "cb[0]", off: 48, size: 4, write: cbWriters},
	{name: "cb[1]", off: 52, size: 4, write: cbWriters},
	{name: "cb[2]", off: 56, size: 4, write: cbWriters},
	{name: "cb[3]", off: 60, size: 4, write: cbWriters},
	{name: "cb[4]", off: 64, size: 4, write: cbWriters},
	{name: "hash", off: 68, size: 4},
	{name: "tc_classid", off: 72, size: 4, write: tcTypes, noRead: []ebpf.ProgramType{ebpf.SocketFilter, ebpf.CGroupSKB, ebpf.LWTIn, ebpf.LWTOut, ebpf.LWTXmit, ebpf.LWTSeg6Local, ebpf.SkSKB}},
	{name: "data", off: 76, size: 4, kind: kPacket, noRead: noPktPtr},
	{name: "data_end", off: 80, size: 4, kind: kPacketEnd, noRead: noPktPtr},
	{name: "napi_id", off: 84, size: 4},
	{name: "family", off: 88, size: 4, noRead: notSockInfo},
	{name: "remote_ip4", off: 92, size: 4, noRead: notSockInfo},
	{name: "local_ip4", off: 96, size: 4, noRead: notSockInfo},
	{name: "remote_ip6", off: 100, size: 16, noRead: notSockInfo},
	{name: "local_ip6", off: 116, size: 16, noRead: notSockInfo},
	{name: "remote_port", off: 132, size: 4, noRead: notSockInfo},
	{name: "local_port", off: 136, size: 4, noRead: notSockInfo},
	{name: "data_meta", off: 140, size: 4, kind: kPacketMeta, noRead: []ebpf.ProgramType{ebpf.SocketFilter, ebpf.CGroupSKB, ebpf.LWTIn, ebpf.LWTOut, ebpf.LWTXmit, ebpf.LWTSeg6Local, ebpf.SkSKB}},
	{name: "flow_keys", off: 144, size: 8, kind: kBTF, noRead: skbTypes},
	{name: "tstamp", off: 152, size: 8, write: []ebpf.ProgramType{ebpf.SchedCLS, ebpf.SchedACT, ebpf.CGroupSKB}, noRead: []ebpf.ProgramType{ebpf.SocketFilter, ebpf.LWTIn, ebpf.LWTOut, ebpf.LWTXmit, ebpf.LWTSeg6Local, ebpf.SkSKB}},
	{name: "wire_len", off: 160, size: 4, noRead: []ebpf.ProgramType{ebpf.SocketFilter, ebpf.LWTIn, ebpf.LWTOut, ebpf.LWTXmit, ebpf.LWTSeg6Local, ebpf.SkSKB}},
	{name: "gso_segs", off: 164, size: 4},
	{name: "sk", off: 168, size: 8, kind: kSocket},
	{name: "gso_size", off: 176, size: 4},
	{name: "tstamp_type", off: 180, size: 1},
	{name: "hwtstamp", off: 184, size: 8, noRead: []ebpf.ProgramType{ebpf.SocketFilter, ebpf.LWTIn, ebpf.LWTOut, ebpf.LWTXmit, ebpf.LWTSeg6Local, ebpf.SkSKB}},
}

// xdpFields is struct xdp_md: every field is a 4-byte read.
var xdpFields = []ctxField{
	{name: "data", off: 0, size: 4, kind: kPacket},
	{name: "data_end", off: 4, size: 4, kind: kPacketEnd},
	{name: "data_meta", off: 8, size: 4, kind: kPacketMeta},
	{name: "ingress_ifindex", off: 12, size: 4},
	{name: "rx_queue_index", off: 16, size: 4},
	{name: "egress_ifindex", off: 20, size: 4},
}

func has(list []ebpf.ProgramType, t ebpf.ProgramType) bool {
	for _, x := range list {
		if x == t {
			return true
		}
	}
	return false
}

const (
	ptRegsSize      = 168      // struct pt_regs on x86_64
	perfTraceSize   = 2048     // PERF_MAX_TRACE_SIZE
	rawTPArgs       = 12       // MAX_BPF_FUNC_ARGS
	perfEventCtxEnd = 168 + 16 // struct bpf_perf_event_data
)

// ctxAccess checks a context access at offset off; a read returns what
// the field holds.
func (c *checker) ctxAccess(p *path, off, size int64, write bool, val reg) (reg, *failure) {
	t := c.prog.Type
	bad := func(why string) (reg, *failure) {
		verb := "read"
		if write {
			verb = "write"
		}
		return reg{}, fail("context", ctxNote(t), []int{1},
			"invalid %s of the program context (%s) at offset %d size %d: %s", verb, ctxName(t), off, size, why)
	}
	result := scalarReg(rangeScalar(0, widthMax(size)))
	if off < 0 || off%size != 0 {
		return bad("misaligned or negative offset")
	}
	switch t {
	case ebpf.Kprobe:
		if write {
			return bad("the registers are read-only")
		}
		if off+size > ptRegsSize {
			return bad("past the end of struct pt_regs")
		}
		return result, nil
	case ebpf.TracePoint:
		if write {
			return bad("tracepoint arguments are read-only")
		}
		if off+size > perfTraceSize {
			return bad("past the end of the tracepoint record")
		}
		return result, nil
	case ebpf.RawTracepoint:
		if write {
			return bad("raw tracepoint arguments are read-only")
		}
		if off+size > rawTPArgs*8 {
			return bad("past the last of the 12 arguments")
		}
		return result, nil
	case ebpf.PerfEvent:
		if write {
			return bad("the perf event data is read-only")
		}
		if off+size > perfEventCtxEnd {
			return bad("past the end of struct bpf_perf_event_data")
		}
		if off < ptRegsSize && size != 8 {
			return bad("registers are read 8 bytes at a time")
		}
		return result, nil
	case ebpf.Tracing, ebpf.LSM, ebpf.StructOps, ebpf.Extension:
		if size == 8 {
			return reg{kind: kBTF}, nil
		}
		return result, nil
	case ebpf.XDP:
		if write {
			return bad("struct xdp_md is read-only")
		}
		if off == 20 && c.prog.AttachType != ebpf.AttachXDPDevMap {
			return bad("egress_ifindex is only known to programs attached to a devmap")
		}
		return c.fieldAccess(xdpFields, t, off, size, write, true, bad)
	}
	if has(skbTypes, t) {
		return c.fieldAccess(skbFields, t, off, size, write, false, bad)
	}
	return result, nil // a context the lint does not model
}

func (c *checker) fieldAccess(fields []ctxField, t ebpf.ProgramType, off, size int64, write, exact bool, bad func(string) (reg, *failure)) (reg, *failure) {
	for _, f := range fields {
		if off < f.off || off >= f.off+f.size {
			continue
		}
		if off+size > f.off+f.size && !(f.size == 16) {
			return bad(fmt.Sprintf("the access crosses the end of field %s", f.name))
		}
		if write {
			if !has(f.write, t) {
				return bad(fmt.Sprintf("field %s is read-only in %s programs", f.name, progTypeName(t)))
			}
			if size != f.size && f.size != 16 {
				return bad(fmt.Sprintf("field %s must be written whole", f.name))
			}
			return reg{}, nil
		}
		if has(f.noRead, t) {
			return bad(fmt.Sprintf("field %s cannot be read in %s programs", f.name, progTypeName(t)))
		}
		if f.kind != kScalar && f.kind != notInit || exact || f.size == 8 {
			if size != f.size || off != f.off {
				return bad(fmt.Sprintf("field %s must be read with its own size (%d bytes)", f.name, f.size))
			}
		}
		switch f.kind {
		case kPacket, kPacketMeta:
			return reg{kind: f.kind, origin: -1}, nil
		case kPacketEnd:
			return reg{kind: kPacketEnd}, nil
		case kSocket:
			return reg{kind: kSocket, maybeNull: true, id: c.newID()}, nil
		case kBTF:
			return reg{kind: kBTF}, nil
		}
		return scalarReg(rangeScalar(0, widthMax(size))), nil
	}
	return bad("no field there")
}

func ctxName(t ebpf.ProgramType) string {
	switch t {
	case ebpf.Kprobe:
		return "struct pt_regs"
	case ebpf.TracePoint:
		return "the tracepoint record"
	case ebpf.RawTracepoint:
		return "struct bpf_raw_tracepoint_args"
	case ebpf.PerfEvent:
		return "struct bpf_perf_event_data"
	case ebpf.XDP:
		return "struct xdp_md"
	}
	if has(skbTypes, t) {
		return "struct __sk_buff"
	}
	return "ctx"
}

func ctxNote(t ebpf.ProgramType) string {
	switch t {
	case ebpf.XDP:
		return "read ctx->data, ctx->data_end and the other fields of struct xdp_md as 32-bit values, and only read them"
	case ebpf.Kprobe:
		return "read arguments with PT_REGS_PARM1(ctx)... or the probe's named parameters"
	case ebpf.RawTracepoint:
		return "a raw tracepoint has at most 12 arguments: ctx->args[0] to ctx->args[11]"
	}
	return "use the fields of " + ctxName(t) + " as declared"
}

// progTypeName is a program type as users know it.
func progTypeName(t ebpf.ProgramType) string {
	s := t.String()
	return strings.ToLower(s)
}
