package verifier

import (
	"encoding/binary"
	"strconv"
	"strings"

	"github.com/cilium/ebpf"
	"github.com/cilium/ebpf/asm"
)

func sizeBytes(s asm.Size) int64 {
	switch s {
	case asm.Byte:
		return 1
	case asm.Half:
		return 2
	case asm.Word:
		return 4
	}
	return 8
}

func (c *checker) load(p *path, ins asm.Instruction) *failure {
	if f := c.readable(p.st, ins.Src); f != nil {
		return f
	}
	if b := p.st.regs[ins.Src]; ins.Src != asm.R10 && b.kind == kStack && b.v.isConst() {
		// A fixed read of the stack through a copy of fp is a fill (a
		// variable read gives an unknown number): the slot analyses
		// must know which slots it reads; if these are new, start again.
		at := b.off + int64(ins.Offset) + int64(b.v.value())
		m := slotsOf(slot(at), int16(max(at, -stackSize)), ins.OpCode.Size())
		if m&^c.stackVia[p.pc] != 0 {
			c.stackVia[p.pc] |= m
			c.restart = true
		}
	}
	size := sizeBytes(ins.OpCode.Size())
	r, f := c.access(p, ins.Src, int64(ins.Offset), size, false, reg{})
	if f != nil {
		return f
	}
	if ins.Dst == asm.R10 {
		return fail("frame", "", nil, "the frame pointer r10 is read-only")
	}
	if ins.OpCode.Mode() == asm.MemSXMode && r.kind == kScalar {
		r.v = r.v.sextN(int(size))
	}
	p.st.regs[ins.Dst] = r
	return nil
}

func (c *checker) store(p *path, ins asm.Instruction) *failure {
	if f := c.readable(p.st, ins.Dst); f != nil {
		return f
	}
	var val reg
	if ins.OpCode.Class() == asm.StXClass {
		if f := c.readable(p.st, ins.Src); f != nil {
			return f
		}
		val = p.st.regs[ins.Src]
	} else {
		val = constReg(uint64(ins.Constant))
	}
	_, f := c.access(p, ins.Dst, int64(ins.Offset), sizeBytes(ins.OpCode.Size()), true, val)
	return f
}

func (c *checker) atomic(p *path, ins asm.Instruction) *failure {
	if f := c.readable(p.st, ins.Dst); f != nil {
		return f
	}
	if f := c.readable(p.st, ins.Src); f != nil {
		return f
	}
	size := sizeBytes(ins.OpCode.Size())
	if p.st.regs[ins.Src].isPtr() {
		return fail("ptrarith", "", []int{int(ins.Src)}, "an atomic operation on a pointer value (r%d) is not allowed", ins.Src)
	}
	base := p.st.regs[ins.Dst]
	switch base.kind {
	case kCtx, kPacket, kPacketMeta, kSocket:
		return fail("atomic", "", []int{int(ins.Dst)}, "atomic operations on %s memory are not allowed", base.kind)
	}
	old, f := c.access(p, ins.Dst, int64(ins.Offset), size, false, reg{})
	if f != nil {
		return f
	}
	if _, f := c.access(p, ins.Dst, int64(ins.Offset), size, true, scalarReg(unknownScalar())); f != nil {
		return f
	}
	a := ins.OpCode.AtomicOp()
	switch {
	case a == asm.CmpXchg:
		if f := c.readable(p.st, asm.R0); f != nil {
			return f
		}
		p.st.regs[asm.R0] = scalarReg(old.v)
	case a&0x100 != 0:
		p.st.regs[ins.Src] = scalarReg(old.v)
	}
	return nil
}

// legacyLoad is LD_ABS and LD_IND (BCC's load_byte/half/word): a packet
// read through the skb in R6 that the kernel runs as a helper call, so it
// clobbers R1–R5, and that ends the program with 0 when the offset is
// outside the packet. The checks are the kernel's check_ld_abs, in its
// order.
func (c *checker) legacyLoad(p *path, ins asm.Instruction) *failure {
	st := p.st
	op := ins.OpCode
	mode := op.Mode()
	if mode != asm.AbsMode && mode != asm.IndMode || op.Size() == asm.DWord {
		return fail("opcode", "", nil, "unknown opcode %#02x: not a legacy packet load of 1, 2 or 4 bytes", uint8(op))
	}
	switch c.prog.Type {
	case ebpf.SocketFilter, ebpf.SchedCLS, ebpf.SchedACT:
	default:
		return fail("notallowed", "read the packet with bpf_skb_load_bytes, or in XDP through ctx->data checked against ctx->data_end", nil,
			"legacy packet loads (load_byte/half/word, BPF_LD_[ABS|IND]) are not allowed in %s programs, only in socket filter and tc programs", progTypeName(c.prog.Type))
	}
	if ins.Dst != asm.R0 || ins.Offset != 0 || mode == asm.AbsMode && ins.Src != asm.R0 {
		return fail("opcode", "", nil, "BPF_LD_[ABS|IND] uses reserved fields (dst r%d, src r%d, off %d)", ins.Dst, ins.Src, ins.Offset)
	}
	if st.regs[asm.R6].kind == notInit {
		return fail("uninit", "keep the program's context (its skb) in r6", []int{6},
			"register r6 is used before it is set: a legacy packet load reads the skb from r6")
	}
	if len(st.refs) > 0 {
		// The load may end the program, which would leak the reference.
		r := st.refs[0]
		return fail("unreleased", "release the reference before the packet load, or read the packet with bpf_skb_load_bytes", nil,
			"BPF_LD_[ABS|IND] would lead to reference leak: the %s acquired at line %d is held across a legacy packet load, which may end the program", r.what, c.pos[r.origin].Line)
	}
	r6 := st.regs[asm.R6]
	if r6.kind != kCtx {
		return fail("context", "keep the program's context (its skb) in r6", []int{6},
			"at the time of BPF_LD_ABS|IND R6 != pointer to skb: a legacy packet load needs the context in r6, which holds %s", r6)
	}
	if mode == asm.IndMode {
		if f := c.readable(st, ins.Src); f != nil {
			return f
		}
	}
	if r6.off != 0 || !r6.v.isConst() || r6.v.value() != 0 {
		return fail("context", "keep the unmodified context pointer in r6", []int{6},
			"dereference of modified ctx ptr R6 off=%d disallowed: a legacy packet load needs the context itself in r6", r6.off)
	}
	for r := asm.R1; r <= asm.R5; r++ {
		st.regs[r] = reg{}
	}
	// The kernel knows nothing of the value, not even its width.
	st.regs[asm.R0] = scalarReg(unknownScalar())
	return nil
}

// access checks a load (write false) or store of size bytes at base
// register b plus off; a load returns the value read.
func (c *checker) access(p *path, b asm.Register, off, size int64, write bool, val reg) (reg, *failure) {
	st := p.st
	base := st.regs[b]
	regs := []int{int(b)}
	if base.maybeNull {
		what := "pointer"
		switch base.kind {
		case kMapValue:
			what = "map value from the lookup"
		case kMem:
			what = "ring buffer reservation"
		case kSocket:
			what = "socket from the lookup"
		}
		return reg{}, fail("null", "check it first: `if (!ptr) return 0;`", regs,
			"the %s may be NULL: invalid mem access '%s_or_null' (r%d)", what, base.kind, b)
	}
	if write && val.isPtr() && base.kind != kStack {
		if f := c.warn(*p, fail("unprivileged", "store numbers, not addresses, where user space can read them", regs,
			"storing a pointer into %s leaks a pointer (rejected for unprivileged loaders)", base.kind)); f != nil {
			return reg{}, f
		}
	}
	switch base.kind {
	case kScalar:
		return reg{}, fail("notptr", "only pointers the verifier knows (stack, map values, context, packet) can be dereferenced; read kernel memory with bpf_probe_read_kernel", regs,
			"r%d is not a pointer: invalid mem access 'scalar'", b)
	case kStack:
		return c.stackAccess(p, base, b, off, size, write, val)
	case kMapValue:
		return c.mapValueAccess(base, b, off, size, write)
	case kCtx:
		if base.off != 0 || !base.v.isConst() || base.v.value() != 0 {
			return reg{}, fail("ptrarith", "read context fields directly from the context pointer: `ctx->field`", regs,
				"pointer arithmetic on the context: dereference of modified ctx ptr r%d off=%d disallowed", b, base.off)
		}
		return c.ctxAccess(p, off, size, write, val)
	case kPacket, kPacketMeta:
		return c.packetAccess(base, b, off, size, write)
	case kPacketEnd:
		return reg{}, fail("packet", "data_end marks the end of the packet; it cannot be read through", regs, "invalid packet access through pkt_end (r%d)", b)
	case kMem:
		lo := base.off + off + base.v.smin
		hi := base.off + off + int64(min(base.v.umax, maxVarOff)) + size
		if lo < 0 || hi > base.size || base.v.umax >= maxVarOff {
			return reg{}, fail("bounds", "keep the index below the reserved size", regs,
				"access out of bounds of the %d-byte memory in r%d: offset %d size %d", base.size, b, base.off+off, size)
		}
		return scalarReg(rangeScalar(0, widthMax(size))), nil
	case kSocket:
		if write {
			return reg{}, fail("readonly", "", regs, "cannot write into a socket (r%d): read-only", b)
		}
		return scalarReg(rangeScalar(0, widthMax(size))), nil
	case kMap:
		if write {
			return reg{}, fail("readonly", "", regs, "cannot write into a map pointer (r%d): read-only", b)
		}
		return scalarReg(rangeScalar(0, widthMax(size))), nil
	case kBTF:
		return scalarReg(rangeScalar(0, widthMax(size))), nil
	}
	return reg{}, fail("notptr", "", regs, "r%d is not a pointer", b)
}

func (c *checker) stackAccess(p *path, base reg, b asm.Register, off, size int64, write bool, val reg) (reg, *failure) {
	st := p.st
	lo := base.off + off + base.v.smin
	hi := base.off + off + base.v.smax + size
	if base.v.smin < -stackSize || base.v.smax > stackSize || lo < -stackSize || hi > 0 {
		return reg{}, fail("bounds", "keep stack accesses inside the function's locals; check the index against the array's size", []int{int(b)},
			"stack access out of bounds: offset %d size %d (the stack is fp-512 to fp)", base.off+off, size)
	}
	if -lo > st.depth {
		st.depth = -lo
	}
	if !base.v.isConst() {
		// Variable offset: every byte it may touch.
		if write {
			for i := lo; i < hi; i++ {
				c.setByte(st, i, slotMisc)
			}
			return reg{}, nil
		}
		for i := lo; i < hi; i++ {
			if st.bytes[stackSize+i] == slotInvalid {
				if f := c.warn(*p, fail("unprivileged", "initialize the whole buffer first (e.g. `= {}`)", []int{int(b)},
					"read of uninitialized stack at fp%d (allowed only for privileged loaders)", i)); f != nil {
					return reg{}, f
				}
				break
			}
		}
		return scalarReg(rangeScalar(0, widthMax(size))), nil
	}
	at := lo
	if write {
		if size == 8 && at%8 == 0 {
			for i := at; i < at+8; i++ {
				st.bytes[stackSize+i] = slotSpill
			}
			st.setSpill(slot(at), val)
			return reg{}, nil
		}
		kind := slotMisc
		if val.kind == kScalar && val.v.isConst() && val.v.value() == 0 {
			kind = slotZero
		}
		for i := at; i < at+size; i++ {
			c.setByte(st, i, kind)
		}
		return reg{}, nil
	}
	// A read.
	if size == 8 && at%8 == 0 {
		if r, ok := st.spilled(slot(at)); ok && st.bytes[stackSize+at] == slotSpill {
			return r, nil
		}
	}
	zero := true
	for i := at; i < at+size; i++ {
		switch st.bytes[stackSize+i] {
		case slotInvalid:
			zero = false
			if f := c.warn(*p, fail("unprivileged", "initialize the variable or buffer before reading it (e.g. `= {}`)", []int{int(b)},
				"read of uninitialized stack at fp%d (allowed only for privileged loaders)", i)); f != nil {
				return reg{}, f
			}
		case slotSpill:
			r, _ := st.spilled(slot(i))
			if r.isPtr() {
				return reg{}, fail("stack", "", []int{int(b)}, "invalid size of register fill: a part of a spilled pointer read at fp%d", at)
			}
			zero = false
		case slotMisc:
			zero = false
		}
	}
	if zero {
		return constReg(0), nil
	}
	// A narrow read of a spilled constant gives its bytes.
	if r, ok := st.spilled(slot(at)); ok && r.kind == kScalar && r.v.isConst() && slot(at) == slot(at+size-1) {
		allSpill := true
		for i := at; i < at+size; i++ {
			allSpill = allSpill && st.bytes[stackSize+i] == slotSpill
		}
		if allSpill {
			start := at + 8*int64(slot(at)+1) // the byte within the slot
			v := r.v.value() >> (8 * uint64(start))
			return constReg(v & widthMax(size)), nil
		}
	}
	if r, ok := st.spilled(slot(at)); ok && r.kind == kScalar && slot(at) == slot(at+size-1) && at == int64(-8*(slot(at)+1)) && r.v.umax <= widthMax(size) {
		return scalarReg(r.v), nil
	}
	return scalarReg(rangeScalar(0, widthMax(size))), nil
}

// setByte writes one stack byte; a spilled register partly overwritten is
// gone.
func (c *checker) setByte(st *state, at int64, k slotKind) {
	i := stackSize + at
	if st.bytes[i] == slotSpill {
		s := slot(at)
		if r, ok := st.spilled(s); ok {
			st.dropSpill(s)
			kind := slotMisc
			if r.kind == kScalar && r.v.isConst() && r.v.value() == 0 {
				kind = slotZero
			}
			for j := int64(-8 * (s + 1)); j < int64(-8*s); j++ {
				st.bytes[stackSize+j] = kind
			}
		}
	}
	st.bytes[i] = k
}

func (c *checker) mapValueAccess(base reg, b asm.Register, off, size int64, write bool) (reg, *failure) {
	m := base.m.spec
	regs := []int{int(b)}
	vs := int64(m.ValueSize)
	name := mapLabel(base.m)
	if base.v.umax >= maxVarOff && !(base.v.smin >= -maxVarOff && base.v.smax < maxVarOff) {
		return reg{}, fail("bounds", "check the index against the array's length before using it: `if (i >= N) return 0;`", regs,
			"unbounded access into the value of %s: the offset in r%d has no upper bound (out of bounds)", name, b)
	}
	lo := base.off + off + base.v.smin
	hi := base.off + off + base.v.smax + size
	if lo < 0 || hi > vs {
		note := "check the index against the array's length before using it: `if (i >= N) return 0;`"
		if base.v.isConst() {
			note = "the value is " + strconv.FormatInt(vs, 10) + " bytes long"
		}
		return reg{}, fail("bounds", note, regs,
			"access out of bounds of the value of %s: offset %d+%d size %d, value_size=%d", name, base.off+off, base.v.smax, size, vs)
	}
	if write && readOnly(base.m) {
		return reg{}, fail("readonly", "constant data cannot be changed; copy it to a local variable first", regs,
			"write into read-only map %s: write into map forbidden", name)
	}
	if !write && base.v.isConst() && isRodata(base.m) && len(m.Contents) == 1 {
		if data, ok := m.Contents[0].Value.([]byte); ok && hi <= int64(len(data)) && lo >= 0 {
			var v uint64
			switch size {
			case 1:
				v = uint64(data[lo])
			case 2:
				v = uint64(binary.LittleEndian.Uint16(data[lo:]))
			case 4:
				v = uint64(binary.LittleEndian.Uint32(data[lo:]))
			case 8:
				v = binary.LittleEndian.Uint64(data[lo:])
			}
			return constReg(v), nil
		}
	}
	return scalarReg(rangeScalar(0, widthMax(size))), nil
}

const bpfFRdonlyProg = 1 << 7 // BPF_F_RDONLY_PROG

// readOnly reports maps programs may not write: constant data and maps
// created with BPF_F_RDONLY_PROG.
func readOnly(m *mapInfo) bool {
	return m.spec.Flags&bpfFRdonlyProg != 0 || isRodata(m)
}

// isRodata reports the constant data sections' maps.
func isRodata(m *mapInfo) bool {
	return m.name == ".rodata" || strings.HasPrefix(m.name, ".rodata.")
}

func mapLabel(m *mapInfo) string {
	if m == nil {
		return "a map"
	}
	return "map '" + m.name + "'"
}

func (c *checker) packetAccess(base reg, b asm.Register, off, size int64, write bool) (reg, *failure) {
	regs := []int{int(b)}
	switch c.prog.Type {
	case ebpf.XDP, ebpf.SchedCLS, ebpf.SchedACT, ebpf.LWTXmit, ebpf.SkSKB, ebpf.SkMsg, ebpf.FlowDissector:
	case ebpf.CGroupSKB, ebpf.LWTIn, ebpf.LWTOut, ebpf.LWTSeg6Local, ebpf.SocketFilter:
		if write {
			return reg{}, fail("readonly", "", regs, "the packet is read-only in %s programs", progTypeName(c.prog.Type))
		}
	}
	lo := base.off + off
	if base.v.smin < 0 || lo < 0 || base.v.umax >= maxVarOff {
		return reg{}, fail("packet", "bound the variable offset and compare the pointer plus the size you read against data_end", regs,
			"invalid packet access through r%d: offset %d with a variable part %s", b, lo, base.v)
	}
	if lo+size > base.rng {
		what := "data_end"
		if base.kind == kPacketMeta {
			what = "data"
		}
		note := "compare the pointer plus the size you read against " + what + " first: `if ((void *)(p + 1) > data_end) return XDP_PASS;`"
		if base.rng > 0 {
			note = "the check before only covers " + strconv.FormatInt(base.rng, 10) + " bytes from this pointer; extend it to the whole header you read"
		}
		return reg{}, fail("packet", note, regs,
			"packet access out of range: %d bytes at offset %d of r%d, but only %d bytes are checked against %s", size, lo, b, base.rng, what)
	}
	return scalarReg(rangeScalar(0, widthMax(size))), nil
}
