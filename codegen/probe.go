package codegen

import (
	"strconv"
	"strings"

	"github.com/bccc-dev/bccc/parse"
	"github.com/bccc-dev/bccc/rewrite"
	"github.com/cilium/ebpf"
	"github.com/cilium/ebpf/asm"
	"modernc.org/cc/v4"
)

// Implicit probe reads (DIALECT §2.5, first cut). In tracing programs a
// read through a pointer to a kernel type, or through a pointer that was
// itself read from kernel memory, becomes bpf_probe_read_kernel into a
// stack temporary, as BCC rewrites it. Taking an address (&p->field) reads
// nothing. BTF-typed programs (fentry, LSM, iterators) read kernel memory
// directly; their loads carry the CO-RE relocation on the offset.

const helperProbeReadKernel = 113

// probeReadsFor reports program types whose kernel pointers need probe reads.
func probeReadsFor(t ebpf.ProgramType) bool {
	switch t {
	case ebpf.Kprobe, ebpf.TracePoint, ebpf.RawTracepoint, ebpf.PerfEvent, ebpf.RawTracepointWritable:
		return true
	}
	return false
}

// seedsParam reports whether a bound parameter of type t of program p is
// a kernel pointer (DIALECT §5.2 rule 1): in BCC every extra kprobe
// parameter whose type is not fundamental is one, whatever it points to
// (loff_t *ppos, struct scatterlist **sgs, a struct the program declares
// itself), not only pointers to kernel types. Uprobe arguments are user
// addresses, which bpf_probe_read_kernel cannot read: they are left to the
// program's explicit bpf_probe_read_user. (Probes on syscall wrappers
// bind their user-space arguments apart, syscall_args.go.) BCC seeds
// struct, union and enum parameters too; only a pointer can be
// dereferenced, so only pointers are marked here.
func seedsParam(p *rewrite.Prog, t cc.Type) bool {
	if p.Type != ebpf.Kprobe || strings.HasPrefix(p.Section, "uprobe") {
		return false
	}
	return isPointer(t)
}

// isKernelType reports types declared from kernel BTF, other than the UAPI
// program contexts.
func isKernelType(t cc.Type) bool {
	var tag cc.Token
	switch x := t.(type) {
	case *cc.StructType:
		tag = x.Tag()
	case *cc.UnionType:
		tag = x.Tag()
	default:
		return false
	}
	return tag.Position().Filename == parse.KernelTypesSource && !uapiContexts[tag.SrcStr()]
}

// uapiContexts are the structs program contexts are declared as. Some
// (bpf_perf_event_data) come from kernel BTF rather than the bundled UAPI
// header, but the verifier rewrites loads from them: they are read directly,
// at their fixed UAPI offsets, never probe-read or CO-RE relocated.
var uapiContexts = map[string]bool{
	"pt_regs": true, "user_pt_regs": true, "bpf_perf_event_data": true,
	"bpf_raw_tracepoint_args": true, "xdp_md": true, "__sk_buff": true,
	"bpf_sock_ops": true, "bpf_sock_addr": true, "bpf_sock": true,
	"sk_msg_md": true, "sk_reuseport_md": true, "bpf_cgroup_dev_ctx": true,
	"bpf_sysctl": true, "bpf_sockopt": true, "bpf_sk_lookup": true,
	"bpf_flow_keys": true,
}

// probeLoad reads a w-byte scalar of type t from kernel memory at a.
func (l *lowerer) probeLoad(a addr, t cc.Type) Operand {
	w := width(t)
	tmp := slotAddr(l.f.newSlot("probe", 8, 8))
	src := l.kernelPtr(a)
	l.emitCall(helperProbeReadKernel, l.m.AST.Long, R(l.ptrOf(tmp)), I(w), R(src))
	tmp.space = SpaceStack
	v := l.load(tmp, t)
	if isPointer(t) && !v.IsImm {
		l.extRegs[v.Reg] = true
	}
	return v
}

// kernelPtr is the kernel address a as a register (not marked: probe
// reads take it as a plain scalar argument).
func (l *lowerer) kernelPtr(a addr) VReg {
	core := a.core.reloc()
	if !a.core.covers(a.off) {
		core = nil
	}
	if a.off == 0 && core == nil {
		return a.base
	}
	r := l.f.newVReg()
	l.emit(&Inst{Op: OpBin, Dst: r, A: R(a.base), B: I(a.off), Alu: asm.Add, Core: core})
	l.extRegs[r] = true
	return r
}

// coreAccess follows a chain of member and constant index accesses from a
// pointer to a kernel type, for a CO-RE field offset relocation: the
// loader rewrites the offset to the running kernel's layout.
type coreAccess struct {
	root cc.Type // the pointed-to kernel type
	cur  cc.Type // the type reached
	path []int   // access string: 0, then member and array indices
	off  int64   // the byte offset the path accounts for
}

// CoreReloc is the relocation an instruction carries: the offset in its
// immediate is that of Access within Type.
type CoreReloc struct {
	Type   cc.Type
	Access string
	Kind   uint32 // 0: field byte offset; see coreKinds
}

// CO-RE relocation kinds (libbpf's enum bpf_core_relo_kind).
const (
	coreFieldByteOffset = 0
	coreFieldByteSize   = 1
	coreFieldExists     = 2
	coreFieldLShiftU64  = 4
	coreFieldRShiftU64  = 5
	coreTypeExists      = 8
	coreTypeSize        = 9
	coreEnumvalExists   = 10
	coreEnumvalValue    = 11
)

// coreBuiltin lowers bpf_core_field_exists/size, bpf_core_type_exists/size
// and bpf_core_enum_value_exists/value: a constant that the loader
// rewrites for the running kernel. The argument is not evaluated.
func (l *lowerer) coreBuiltin(x *cc.PostfixExpression, name string, args []cc.ExpressionNode) Operand {
	if len(args) < 2 {
		l.errorf(x, "%s: missing argument", name)
	}
	kind, ok := constOf(args[0])
	if !ok {
		l.errorf(x, "%s: the kind must be a constant", name)
	}
	r := l.f.newVReg()
	var rel *CoreReloc
	var local int64
	switch name {
	case "__bccc_core_field":
		lv := l.lvalue(args[1])
		if lv.a.core == nil || !lv.a.core.covers(lv.a.off) {
			l.errorf(args[1], "bpf_core_field_*: the argument must be a member of a kernel type reached through a pointer (p->field)")
		}
		rel = lv.a.core.reloc()
		local = 1
		if kind == coreFieldByteSize {
			local = lv.t.Size()
		}
	case "__bccc_core_type":
		t := pointee(args[1].Type())
		if t == nil {
			l.errorf(args[1], "bpf_core_type_*: want a type")
		}
		t = l.completer.Complete(t)
		rel = &CoreReloc{Type: t, Access: "0"}
		local = 1
		if kind == coreTypeSize {
			local = t.Size()
		}
	case "__bccc_core_enum":
		t := pointee(args[1].Type())
		et, ok := t.(*cc.EnumType)
		if !ok || len(args) < 3 {
			l.errorf(x, "bpf_core_enum_value*: want an enum type and one of its enumerators")
		}
		v, _ := constOf(args[2])
		idx := -1
		for i, e := range et.Enumerators() {
			if ev, ok := constOf(e.ConstantExpression); ok && ev == v || e.Value() != nil && valueEq(e.Value(), v) {
				idx = i
				break
			}
		}
		if idx < 0 {
			l.errorf(args[2], "bpf_core_enum_value*: not an enumerator of %s", t)
		}
		rel = &CoreReloc{Type: t, Access: itoa(idx)}
		local = 1
		if kind == coreEnumvalValue {
			local = v
		}
	}
	rel.Kind = uint32(kind)
	l.emit(&Inst{Op: OpConst, Dst: r, Imm: local, Core: rel})
	return R(r)
}

func valueEq(v cc.Value, n int64) bool {
	switch x := v.(type) {
	case cc.Int64Value:
		return int64(x) == n
	case cc.UInt64Value:
		return int64(x) == n
	}
	return false
}

// as is r with another kind, for the several relocations of one access.
func (r *CoreReloc) as(kind uint32) *CoreReloc {
	c := *r
	c.Kind = kind
	return &c
}

// btfPointers reports whether the program being lowered reads kernel
// types through BTF pointers with plain loads (fentry, LSM, iterators,
// tp_btf), which CO-RE relocates. Elsewhere a kernel type reached without
// probe reads is more likely a header laid over packet or map data.
func (l *lowerer) btfPointers() bool {
	for _, p := range l.m.Progs {
		if p.Name == l.f.Name {
			switch p.Type {
			case ebpf.Tracing, ebpf.LSM, ebpf.StructOps, ebpf.Extension:
				return true
			}
			return false
		}
	}
	return false
}

// directCore is the relocation for a plain load or store of size bytes at
// a in a BTF-typed program: the loader rewrites the instruction's offset.
// Only a whole scalar field qualifies; libbpf also checks that the access
// has the field's size.
func (l *lowerer) directCore(a addr, size uint8) *CoreReloc {
	if a.slot >= 0 || a.sym != "" || a.space == SpaceKernel || a.space == SpacePacket || !a.core.covers(a.off) || !l.btfPointers() {
		return nil
	}
	if t := a.core.cur; isAggregate(t) || width(t) != int64(size) {
		return nil
	}
	return a.core.reloc()
}

// bitfieldCore is a bit-field read the way libbpf relocates one: load size
// bytes at off (from the start of the access's root type), then shift left
// by lsh and right by rsh in 64 bits (little-endian).
type bitfieldCore struct{ off, size, lsh, rsh int64 }

// bitfieldLayout places the load for a bits-wide field at bit bitOff of
// the root, whose declared type has typeSize bytes: a typeSize-aligned
// unit, doubled until it holds the whole field. These are the local values
// libbpf computes (and validates, for the right shift).
func bitfieldLayout(bitOff, bits, typeSize int64) (bitfieldCore, bool) {
	if bits <= 0 || bits > 64 || typeSize <= 0 || typeSize > 8 {
		return bitfieldCore{}, false
	}
	sz := typeSize
	off := bitOff / 8 / sz * sz
	for bitOff+bits-off*8 > sz*8 {
		if sz >= 8 {
			return bitfieldCore{}, false
		}
		sz *= 2
		off = bitOff / 8 / sz * sz
	}
	return bitfieldCore{off: off, size: sz, lsh: 64 - (bitOff + bits - off*8), rsh: 64 - bits}, true
}

func (c *coreAccess) covers(off int64) bool { return c != nil && c.off == off && len(c.path) > 1 }

func (c *coreAccess) reloc() *CoreReloc {
	if c == nil || len(c.path) < 2 {
		return nil
	}
	parts := make([]string, len(c.path))
	for i, p := range c.path {
		parts[i] = itoa(p)
	}
	return &CoreReloc{Type: c.root, Access: strings.Join(parts, ":")}
}

// member extends the chain by field f (possibly inside anonymous members),
// if the address so far is exactly what the chain describes.
func (c *coreAccess) member(off int64, f *cc.Field) *coreAccess {
	if c == nil || c.off != off {
		return nil
	}
	idx, ok := fieldPath(c.cur, f)
	if !ok {
		return nil
	}
	n := &coreAccess{root: c.root, cur: f.Type(), path: append(append([]int{}, c.path...), idx...), off: off + f.Offset()}
	return n
}

func (c *coreAccess) index(off, i int64, elem cc.Type) *coreAccess {
	if c == nil || c.off != off || c.cur.Kind() != cc.Array {
		return nil
	}
	return &coreAccess{root: c.root, cur: elem, path: append(append([]int{}, c.path...), int(i)), off: off + i*elem.Size()}
}

// fieldPath finds the member indices leading from struct or union t to f,
// through anonymous members.
func fieldPath(t cc.Type, f *cc.Field) ([]int, bool) {
	var n int
	var at func(int) *cc.Field
	switch x := t.(type) {
	case *cc.StructType:
		n, at = x.NumFields(), x.FieldByIndex
	case *cc.UnionType:
		n, at = x.NumFields(), x.FieldByIndex
	default:
		return nil, false
	}
	for i := 0; i < n; i++ {
		g := at(i)
		if g == nil {
			continue
		}
		if g == f || g.Name() == f.Name() && f.Name() != "" {
			return []int{i}, true
		}
		if g.Name() == "" {
			if sub, ok := fieldPath(g.Type(), f); ok {
				return append([]int{i}, sub...), true
			}
		}
	}
	return nil, false
}

func itoa(i int) string { return strconv.Itoa(i) }

// probeCopy reads n bytes of kernel memory at src into the stack at dst.
func (l *lowerer) probeCopy(dst, src addr, n int64) {
	l.emitCall(helperProbeReadKernel, l.m.AST.Long, R(l.ptrOf(dst)), I(n), R(l.kernelPtr(src)))
}

// Completer finds the definitions of structs and unions that cc/v4 hands
// out as incomplete forward references.
type Completer struct {
	byTag map[string]cc.Type
}

func NewCompleter(ast *cc.AST) *Completer {
	c := &Completer{byTag: map[string]cc.Type{}}
	for st := range ast.Structs {
		if st.Size() >= 0 {
			tag := st.Tag()
			if n := tag.SrcStr(); n != "" {
				c.byTag["struct "+n] = st
			}
		}
	}
	for un := range ast.Unions {
		if un.Size() >= 0 {
			tag := un.Tag()
			if n := tag.SrcStr(); n != "" {
				c.byTag["union "+n] = un
			}
		}
	}
	return c
}

// Complete returns the defined type for t, or t.
func (c *Completer) Complete(t cc.Type) cc.Type {
	if t == nil || t.Size() >= 0 {
		return t
	}
	switch x := t.(type) {
	case *cc.StructType:
		tag := x.Tag()
		if d := c.byTag["struct "+tag.SrcStr()]; d != nil {
			return d
		}
	case *cc.UnionType:
		tag := x.Tag()
		if d := c.byTag["union "+tag.SrcStr()]; d != nil {
			return d
		}
	}
	return t
}
