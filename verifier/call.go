package verifier

import (
	"math"

	"github.com/cilium/ebpf"
	"github.com/cilium/ebpf/asm"
)

func (c *checker) call(p *path, ins asm.Instruction) *failure {
	st := p.st
	if !ins.IsBuiltinCall() {
		// A call to another BPF function or a kfunc: not modelled;
		// assume it returns some number.
		for r := asm.R1; r <= asm.R5; r++ {
			st.regs[r] = reg{}
		}
		st.regs[0] = scalarReg(unknownScalar())
		return nil
	}
	fn := asm.BuiltinFunc(ins.Constant)
	name := helperName(fn)
	if f := c.helperAllowed(fn, name); f != nil {
		return f
	}
	pr := protos[fn]
	var mapArg *mapInfo
	var released uint32
	for i, k := range pr.args {
		r := asm.R1 + asm.Register(i)
		a := st.regs[r]
		if a.kind == notInit {
			return fail("argument", "pass every argument the helper takes", []int{int(r)},
				"argument %d of %s is uninitialized (r%d)", i+1, name, r)
		}
		var next reg
		if i+1 < len(pr.args) {
			next = st.regs[r+1]
		}
		f := c.checkArg(p, name, i, k, a, next, mapArg, pr)
		if f != nil {
			return f
		}
		if k == argMap {
			mapArg = a.m
		}
		if pr.release && (k == argRingbufMem || k == argSocket) {
			released = a.ref
		}
	}
	if released != 0 {
		st.release(released)
		// Every copy of the released pointer is gone.
		st.forEachReg(func(r *reg) {
			if r.isPtr() && r.ref == released {
				*r = reg{}
			}
		})
	}
	for r := asm.R1; r <= asm.R5; r++ {
		st.regs[r] = reg{}
	}
	switch pr.ret {
	case retVoid:
		st.regs[0] = reg{}
	case retMapValueOrNull, retMapValue:
		st.regs[0] = reg{kind: kMapValue, m: mapArg, maybeNull: pr.ret == retMapValueOrNull, id: c.newID(), origin: p.pc}
		switch {
		case mapArg == nil:
			st.regs[0] = scalarReg(unknownScalar())
		case mapArg.spec.Type == ebpf.ArrayOfMaps || mapArg.spec.Type == ebpf.HashOfMaps:
			// The value of a map of maps is the inner map.
			st.regs[0].kind = kMap
			st.regs[0].m = c.innerMap(mapArg)
		}
	case retMemOrNull:
		id := c.newID()
		st.regs[0] = reg{kind: kMem, maybeNull: true, id: id, ref: id, size: c.lastSize, origin: p.pc}
		st.refs = append(st.refs, ref{id: id, origin: p.pc, what: "ring buffer reservation"})
	case retSocketOrNull:
		id := c.newID()
		st.regs[0] = reg{kind: kSocket, maybeNull: true, id: id, ref: id, origin: p.pc}
		st.refs = append(st.refs, ref{id: id, origin: p.pc, what: "socket reference"})
	case retBTF:
		st.regs[0] = reg{kind: kBTF, origin: p.pc}
	case retSocketOrNullNoRef:
		st.regs[0] = reg{kind: kSocket, maybeNull: true, id: c.newID(), origin: p.pc}
	default:
		st.regs[0] = scalarReg(unknownScalar())
	}
	return nil
}

// innerMap describes the maps a map of maps holds, from its template.
func (c *checker) innerMap(m *mapInfo) *mapInfo {
	name := m.name + ".inner"
	if in, ok := c.maps[name]; ok {
		return in
	}
	spec := m.spec.InnerMap
	if spec == nil {
		spec = &ebpf.MapSpec{Name: name}
	}
	in := &mapInfo{name: name, spec: spec}
	c.maps[name] = in
	return in
}

// checkArg checks argument i (0-based) of a helper against its contract.
func (c *checker) checkArg(p *path, name string, i int, k argKind, a, next reg, m *mapInfo, pr proto) *failure {
	r := i + 1
	regs := []int{r}
	bad := func(note, format string, args ...any) *failure {
		return fail("argument", note, regs, "argument %d of %s: "+format, append([]any{r, name}, args...)...)
	}
	switch k {
	case argAny:
		if a.maybeNull && a.ref != 0 {
			return nil
		}
	case argMap:
		if a.kind != kMap {
			return bad("pass the map itself", "expected a map, got %s", a)
		}
		if len(pr.maps) > 0 && !hasMapType(pr.maps, a.m.spec.Type) {
			return bad("use a map of the kind this helper works on", "%s cannot be used with map '%s' of type %s", name, a.m.name, a.m.spec.Type)
		}
		switch a.m.spec.Type {
		case ebpf.PerfEventArray, ebpf.RingBuf, ebpf.ProgramArray, ebpf.StackTrace:
			if name == "bpf_map_lookup_elem" || name == "bpf_map_update_elem" || name == "bpf_map_delete_elem" {
				if !(a.m.spec.Type == ebpf.ProgramArray && name != "bpf_map_lookup_elem") && !(a.m.spec.Type == ebpf.StackTrace && name == "bpf_map_lookup_elem") {
					return bad("", "%s cannot be used with map '%s' of type %s", name, a.m.name, a.m.spec.Type)
				}
			}
		}
	case argKey, argValue, argUninitVal:
		if m == nil {
			return nil
		}
		size := int64(m.spec.KeySize)
		what := "key"
		if k != argKey {
			size, what = int64(m.spec.ValueSize), "value"
		}
		return c.checkMem(p, name, r, a, size, k == argUninitVal, what)
	case argMem, argMemOrNull, argOut:
		if k == argMemOrNull && a.kind == kScalar && a.v.isConst() && a.v.value() == 0 {
			return nil
		}
		if next.kind != kScalar {
			return nil // the size argument reports it
		}
		if next.v.smin < 0 {
			return fail("argument", "bound the size before the call: `if (len > sizeof(buf)) len = sizeof(buf);`", []int{r + 1},
				"argument %d of %s: the size may be negative (R%d min value is negative)", r+1, name, r+1)
		}
		if next.v.umax >= maxVarOff {
			return fail("argument", "bound the size before the call: `if (len > sizeof(buf)) len = sizeof(buf);`", []int{r + 1},
				"argument %d of %s: the size has no upper bound (unbounded memory access)", r+1, name)
		}
		size := int64(next.v.umax)
		if size == 0 && a.kind == kScalar && a.v.isConst() && a.v.value() == 0 {
			return nil
		}
		return c.checkMem(p, name, r, a, size, k == argOut, "buffer")
	case argSize, argSizeOrZero:
		if a.kind != kScalar {
			return bad("", "expected a size, got %s", a)
		}
		if k == argSize && a.v.umax == 0 {
			return bad("the size must be positive", "the size is zero (invalid zero-sized read)")
		}
		c.lastSize = int64(a.v.umax)
	case argCtx:
		if a.kind != kCtx {
			return bad("pass the program's context (ctx) unchanged", "expected the context, got %s", a)
		}
		if a.off != 0 {
			return bad("pass the program's context (ctx) unchanged", "expected the unmodified context, got ctx%+d (dereference of modified ctx ptr)", a.off)
		}
	case argAllocSize:
		if a.kind != kScalar || !a.v.isConst() {
			return bad("reserve a constant size, e.g. sizeof(struct event)", "the size must be a constant")
		}
		c.lastSize = int64(a.v.value())
	case argRingbufMem:
		if a.kind != kMem || a.ref == 0 {
			return bad("pass the pointer bpf_ringbuf_reserve returned", "expected a ring buffer reservation, got %s", a)
		}
		if a.maybeNull {
			return fail("null", "check the reservation: `if (!e) return 0;`", regs, "argument %d of %s: the reservation may be NULL", r, name)
		}
		if a.off != 0 || !a.v.isConst() || a.v.value() != 0 {
			return bad("pass the pointer bpf_ringbuf_reserve returned, not an address inside it", "expected the start of the reservation, got offset %d", a.off)
		}
	case argSocket:
		if a.kind != kSocket {
			return bad("", "expected a socket, got %s", a)
		}
		if a.maybeNull {
			return fail("null", "check the socket: `if (!sk) return 0;`", regs, "argument %d of %s: the socket may be NULL", r, name)
		}
	case argConstStr:
		if a.kind != kMapValue || !isRodata(a.m) {
			return bad("pass a string literal", "expected a constant string, got %s", a)
		}
	}
	return nil
}

func hasMapType(list []ebpf.MapType, t ebpf.MapType) bool {
	for _, x := range list {
		if x == t {
			return true
		}
	}
	return false
}

// checkMem checks that size bytes at pointer a may be read (initialized)
// or written by a helper.
func (c *checker) checkMem(p *path, name string, r int, a reg, size int64, write bool, what string) *failure {
	regs := []int{r}
	bad := func(note, format string, args ...any) *failure {
		return fail("argument", note, regs, "argument %d of %s: "+format, append([]any{r, name}, args...)...)
	}
	if a.maybeNull {
		return fail("null", "check it first: `if (!ptr) return 0;`", regs, "argument %d of %s may be NULL (%s_or_null)", r, name, a.kind)
	}
	switch a.kind {
	case kStack:
		lo := a.off + a.v.smin
		hi := a.off + a.v.smax + size
		if lo < -stackSize || hi > 0 {
			return fail("bounds", "the buffer passed must be as large as the size passed", regs,
				"argument %d of %s: the %d-byte %s at fp%d is out of bounds of the stack", r, name, size, what, a.off)
		}
		if -lo > p.st.depth {
			p.st.depth = -lo
		}
		for i := lo; i < hi; i++ {
			if write {
				c.setByte(p.st, i, slotMisc)
				continue
			}
			if p.st.bytes[stackSize+i] == slotInvalid {
				f := fail("unprivileged", "initialize the whole "+what+" before the call, e.g. `= {}`", regs,
					"argument %d of %s: the %s at fp%d is not fully initialized (read of uninitialized stack, allowed only for privileged loaders)", r, name, what, i)
				if f := c.warn(*p, f); f != nil {
					return f
				}
				break
			}
		}
		return nil
	case kMapValue:
		vs := int64(a.m.spec.ValueSize)
		lo := a.off + a.v.smin
		hi := a.off + a.v.smax + size
		if lo < 0 || hi > vs || a.v.umax >= maxVarOff {
			return fail("bounds", "", regs, "argument %d of %s: %d bytes at offset %d are out of bounds of the value of %s (value_size=%d)", r, name, size, a.off, mapLabel(a.m), vs)
		}
		if write && readOnly(a.m) {
			return fail("readonly", "", regs, "argument %d of %s: writing into read-only map %s", r, name, a.m.name)
		}
		return nil
	case kPacket, kPacketMeta:
		if a.off+size > a.rng || a.off < 0 {
			return fail("packet", "compare the pointer plus the size against data_end before the call", regs,
				"argument %d of %s: packet access out of range (%d bytes at offset %d, %d checked)", r, name, size, a.off, a.rng)
		}
		return nil
	case kMem:
		if a.off+a.v.smin < 0 || a.off+int64(a.v.umax)+size > a.size {
			return fail("bounds", "", regs, "argument %d of %s: %d bytes out of bounds of the %d-byte reservation", r, name, size, a.size)
		}
		return nil
	case kCtx, kBTF, kSocket:
		return nil
	case kScalar:
		if a.v.isConst() && a.v.value() == 0 {
			return bad("pass the address of a buffer", "expected a pointer to memory, got NULL")
		}
		return bad("pass the address of a buffer", "expected a pointer to memory, got a number (%s)", a.v)
	}
	return bad("", "expected a pointer to memory, got %s", a)
}

// exit checks the return value and the references at the end of a path.
func (c *checker) exit(p *path) *failure {
	st := p.st
	if st.regs[0].kind == notInit {
		return fail("uninit", "return a value on every path", []int{0}, "the return value r0 is uninitialized (an uninitialized register)")
	}
	if len(st.refs) > 0 {
		r := st.refs[0]
		where := c.pos[r.origin]
		return fail("unreleased", "submit or discard it on every path (bpf_ringbuf_submit/bpf_ringbuf_discard), or release the socket with bpf_sk_release", nil,
			"the %s acquired at line %d is not released on this path (unreleased reference)", r.what, where.Line)
	}
	r0 := st.regs[0]
	if r0.isPtr() {
		if f := c.warn(*p, fail("unprivileged", "return a number, not an address", []int{0},
			"the return value r0 leaks a pointer (%s; rejected for unprivileged loaders)", r0)); f != nil {
			return f
		}
	}
	lo, hi, ok := c.returnRange()
	if !ok {
		return nil
	}
	if r0.kind != kScalar {
		return fail("retval", "return a number", []int{0}, "the return value is not a known value (%s); %s programs must return a number in [%d, %d]", r0, progTypeName(c.prog.Type), lo, hi)
	}
	if r0.v.smin < lo || r0.v.smax > hi {
		return fail("retval", "return one of the values the program type defines", []int{0},
			"return value %s is outside [%d, %d], the range %s programs must return", r0.v, lo, hi, progTypeName(c.prog.Type))
	}
	return nil
}

// returnRange is the range of return values a program type must keep to.
func (c *checker) returnRange() (int64, int64, bool) {
	switch c.prog.Type {
	case ebpf.CGroupSKB:
		if c.prog.AttachType == ebpf.AttachCGroupInetEgress {
			return 0, 3, true
		}
		return 0, 1, true
	case ebpf.CGroupSock, ebpf.SockOps, ebpf.CGroupDevice, ebpf.CGroupSysctl, ebpf.CGroupSockopt, ebpf.SkLookup, ebpf.Netfilter:
		return 0, 1, true
	case ebpf.CGroupSockAddr:
		return 0, 1, true
	}
	return 0, math.MaxInt64, false
}
