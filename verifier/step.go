package verifier

import (
	"math"

	"github.com/cilium/ebpf/asm"
)

// step executes the instruction at p.pc on p.st. It returns the next
// instruction (-1 when the path ends), a second path when a branch can go
// both ways, or the failure that stops the program.
func (c *checker) step(p *path) (next int, other *path, f *failure) {
	ins := c.insns[p.pc]
	op := ins.OpCode
	st := p.st
	if ins.Dst > asm.R10 || ins.Src > asm.R10 && !(op.Class() == asm.LdClass || op.Class().IsJump() && op.JumpOp() == asm.Call) {
		return 0, nil, fail("opcode", "", nil, "invalid register in %v", ins)
	}
	switch cls := op.Class(); {
	case cls.IsALU():
		return p.pc + 1, nil, c.alu(p, ins)
	case cls == asm.LdClass:
		if op.Mode() == asm.ImmMode {
			return p.pc + 1, nil, c.loadImm(p, ins)
		}
		return p.pc + 1, nil, c.legacyLoad(p, ins)
	case cls == asm.LdXClass:
		return p.pc + 1, nil, c.load(p, ins)
	case cls == asm.StClass, cls == asm.StXClass:
		if op.Mode() == asm.AtomicMode {
			return p.pc + 1, nil, c.atomic(p, ins)
		}
		return p.pc + 1, nil, c.store(p, ins)
	case cls.IsJump():
		switch op.JumpOp() {
		case asm.Exit:
			return -1, nil, c.exit(p)
		case asm.Call:
			return p.pc + 1, nil, c.call(p, ins)
		case asm.Ja:
			t, ok := c.target(p.pc)
			if !ok {
				return 0, nil, fail("jump", "", nil, "jump into the middle of an instruction")
			}
			return t, nil, nil
		}
		t, ok := c.target(p.pc)
		if !ok {
			return 0, nil, fail("jump", "", nil, "jump into the middle of an instruction")
		}
		if f := c.readable(st, ins.Dst); f != nil {
			return 0, nil, f
		}
		if op.Source() == asm.RegSource {
			if f := c.readable(st, ins.Src); f != nil {
				return 0, nil, f
			}
		}
		taken, fall := c.branch(st, ins)
		if (taken == nil) != (fall == nil) && !c.decided[p.pc] && (st.regs[ins.Dst].kind == kScalar || op.Source() == asm.RegSource && st.regs[ins.Src].kind == kScalar) {
			c.decided[p.pc] = true
			c.restart = true
		}
		switch {
		case taken == nil && fall == nil:
			return -1, nil, nil
		case taken == nil:
			p.st = fall
			return p.pc + 1, nil, nil
		case fall == nil:
			p.st = taken
			return t, nil, nil
		}
		p.st = fall
		return p.pc + 1, &path{pc: t, st: taken}, nil
	}
	return 0, nil, fail("opcode", "", nil, "unknown instruction %v", ins)
}

// readable checks that a register was written before it is read.
func (c *checker) readable(st *state, r asm.Register) *failure {
	if r > asm.R10 {
		return fail("opcode", "", nil, "invalid register r%d", r)
	}
	if st.regs[r].kind == notInit {
		return fail("uninit", "give the variable a value on every path before using it", []int{int(r)},
			"register r%d is used before it is set: an uninitialized register (a variable read before it is assigned?)", r)
	}
	return nil
}

func aluName(op asm.ALUOp) string {
	switch op &^ 0x0100 {
	case asm.Add:
		return "add"
	case asm.Sub:
		return "sub"
	case asm.Mul:
		return "mul"
	case asm.Div:
		return "div"
	case asm.Or:
		return "or"
	case asm.And:
		return "and"
	case asm.LSh:
		return "lsh"
	case asm.RSh:
		return "rsh"
	case asm.Neg:
		return "neg"
	case asm.Mod:
		return "mod"
	case asm.Xor:
		return "xor"
	case asm.ArSh:
		return "arsh"
	}
	return "?"
}

func (c *checker) alu(p *path, ins asm.Instruction) *failure {
	st := p.st
	op := ins.OpCode
	a := op.ALUOp()
	is64 := op.Class() == asm.ALU64Class
	dst := &st.regs[ins.Dst]
	if ins.Dst == asm.R10 {
		return fail("frame", "", nil, "the frame pointer r10 is read-only")
	}
	var src reg
	if a == asm.Swap {
		if f := c.readable(st, ins.Dst); f != nil {
			return f
		}
		if dst.isPtr() {
			return fail("ptrarith", "", []int{int(ins.Dst)}, "pointer arithmetic prohibited: byte swap of a pointer in r%d", ins.Dst)
		}
		n := ins.Constant
		*dst = scalarReg(rangeScalar(0, widthMax(n/8)))
		return nil
	}
	if op.Source() == asm.RegSource {
		if f := c.readable(st, ins.Src); f != nil {
			return f
		}
		src = st.regs[ins.Src]
	} else {
		v := uint64(ins.Constant)
		if is64 {
			v = uint64(int64(int32(ins.Constant)))
		} else {
			v = uint64(uint32(ins.Constant))
		}
		src = constReg(v)
	}
	if a&^0x0300 == asm.Mov {
		return c.mov(st, ins, src, is64)
	}
	if f := c.readable(st, ins.Dst); f != nil {
		return f
	}
	name := aluName(a)
	signed := a&0x0100 != 0 && (a&^0x0100 == asm.Div || a&^0x0100 == asm.Mod)
	if dst.kind == kBTF || src.kind == kBTF {
		// Typed kernel pointers and tracing arguments: the lint does
		// not follow BTF types, so treat the result as some number.
		if dst.kind == kBTF && src.kind == kScalar && is64 && (name == "add" || name == "sub") {
			return nil
		}
		*dst = scalarReg(unknownScalar())
		return nil
	}
	if dst.isPtr() || src.isPtr() {
		return c.ptrALU(st, ins, name, src, is64)
	}
	dst.id = 0
	switch {
	case signed:
		if dst.v.isConst() && src.v.isConst() {
			dst.v = constScalar(sfold(name, dst.v.value(), src.v.value(), is64))
		} else if is64 {
			dst.v = unknownScalar()
		} else {
			dst.v = rangeScalar(0, math.MaxUint32)
		}
	case name == "neg":
		if is64 {
			dst.v = alu("neg", dst.v, dst.v)
		} else {
			dst.v = alu32("neg", dst.v, dst.v)
		}
	case is64:
		dst.v = alu(name, dst.v, src.v)
	default:
		dst.v = alu32(name, dst.v, src.v)
	}
	return nil
}

func sfold(op string, a, b uint64, is64 bool) uint64 {
	if !is64 {
		x, y := int32(a), int32(b)
		switch {
		case y == 0 && op == "div":
			return 0
		case y == 0:
			return uint64(uint32(x))
		case y == -1 && op == "div":
			return uint64(uint32(-x))
		case y == -1:
			return 0
		case op == "div":
			return uint64(uint32(x / y))
		}
		return uint64(uint32(x % y))
	}
	x, y := int64(a), int64(b)
	switch {
	case y == 0 && op == "div":
		return 0
	case y == 0:
		return a
	case y == -1 && op == "div":
		return uint64(-x)
	case y == -1:
		return 0
	case op == "div":
		return uint64(x / y)
	}
	return uint64(x % y)
}

func widthMax(bytes int64) uint64 {
	if bytes >= 8 {
		return math.MaxUint64
	}
	return 1<<(8*bytes) - 1
}

func (c *checker) mov(st *state, ins asm.Instruction, src reg, is64 bool) *failure {
	a := ins.OpCode.ALUOp()
	dst := &st.regs[ins.Dst]
	sx := int((a >> 8) & 3) // movsx: 1, 2, 3 for 8, 16, 32 bits
	if !is64 {
		if src.isPtr() {
			// A partial copy of a pointer is a meaningless number.
			*dst = scalarReg(rangeScalar(0, math.MaxUint32))
			return nil
		}
		v := src.v.zext32()
		if sx > 0 {
			v = src.v.sextN(1 << (sx - 1)).zext32()
		}
		*dst = scalarReg(v)
		if src.v.umax <= math.MaxUint32 && sx == 0 && ins.OpCode.Source() == asm.RegSource {
			c.link(st, ins.Src, dst)
		}
		return nil
	}
	if sx > 0 {
		if src.isPtr() {
			*dst = scalarReg(unknownScalar())
			return nil
		}
		*dst = scalarReg(src.v.sextN(1 << (sx - 1)))
		return nil
	}
	if ins.OpCode.Source() == asm.RegSource && src.kind == kScalar {
		*dst = src
		c.link(st, ins.Src, dst)
		return nil
	}
	*dst = src
	return nil
}

// link gives a copied scalar the id of its source, so that a comparison
// of either refines both.
func (c *checker) link(st *state, srcReg asm.Register, dst *reg) {
	src := &st.regs[srcReg]
	if src.kind != kScalar || src.v.isConst() {
		return
	}
	if src.id == 0 {
		src.id = c.newID()
	}
	dst.id = src.id
}

// ptrALU applies arithmetic where one side is a pointer.
func (c *checker) ptrALU(st *state, ins asm.Instruction, name string, src reg, is64 bool) *failure {
	dst := &st.regs[ins.Dst]
	d := int(ins.Dst)
	if name == "sub" && (dst.isPtr() && src.isPtr() || !is64) {
		// Root may subtract pointers (data_end - data): some number.
		if f := c.warn(*c.cur, fail("unprivileged", "compare pointers against data_end instead of computing lengths from them", []int{d, int(ins.Src)},
			"pointer arithmetic: subtracting pointers (r%d -= r%d) is prohibited for unprivileged loaders", ins.Dst, ins.Src)); f != nil {
			return f
		}
		if is64 {
			*dst = scalarReg(unknownScalar())
		} else {
			*dst = scalarReg(rangeScalar(0, math.MaxUint32))
		}
		return nil
	}
	if dst.isPtr() && src.isPtr() {
		return fail("ptrarith", "", []int{d, int(ins.Src)}, "pointer arithmetic prohibited: %s of two pointers (r%d, r%d)", name, ins.Dst, ins.Src)
	}
	if !is64 {
		return fail("ptrarith", "", []int{d}, "pointer arithmetic prohibited: 32-bit arithmetic on a pointer in r%d", ins.Dst)
	}
	if !dst.isPtr() {
		if name != "add" {
			return fail("ptrarith", "", []int{d, int(ins.Src)}, "pointer arithmetic prohibited: a pointer subtracted from a number (r%d)", ins.Dst)
		}
		ptr := src
		ptr.origin = dst.origin
		s := dst.v
		*dst = ptr
		return c.addOffset(dst, d, s, "add")
	}
	if name != "add" && name != "sub" {
		return fail("ptrarith", "", []int{d}, "pointer arithmetic prohibited: %s on the pointer in r%d (%s)", name, ins.Dst, dst.kind)
	}
	return c.addOffset(dst, d, src.v, name)
}

func (c *checker) addOffset(dst *reg, d int, s scalar, name string) *failure {
	switch {
	case dst.maybeNull:
		return fail("ptrarith", "check the pointer for NULL first, then compute addresses from it", []int{d},
			"pointer arithmetic on %s_or_null prohibited: r%d may be NULL; null-check it first", dst.kind, d)
	case dst.kind == kMap:
		return fail("ptrarith", "pass the map itself to helpers; addresses inside a map come from bpf_map_lookup_elem", []int{d},
			"pointer arithmetic on a map pointer prohibited (r%d)", d)
	case dst.kind == kPacketEnd:
		return fail("ptrarith", "compare a packet pointer plus the size you read with data_end instead", []int{d},
			"pointer arithmetic on pkt_end prohibited (r%d)", d)
	case dst.kind == kSocket, dst.kind == kBTF && !s.isConst():
		return fail("ptrarith", "", []int{d}, "pointer arithmetic on %s prohibited (r%d)", dst.kind, d)
	}
	if name == "sub" {
		if s.isConst() {
			s = constScalar(-s.value())
		} else {
			s = alu("neg", s, s)
		}
	}
	if s.isConst() {
		off := int64(s.value())
		if addOverflows(dst.off, off) || dst.off+off > maxVarOff || dst.off+off < -maxVarOff {
			return fail("ptrarith", "", []int{d}, "pointer arithmetic prohibited: offset %d out of range", dst.off+off)
		}
		dst.off += off
		return nil
	}
	if dst.kind == kStack {
		if f := c.warn(*c.cur, fail("unprivileged", "index stack arrays only with constants, or keep the array in a map value", []int{d},
			"pointer arithmetic: a variable offset into the stack (r%d) is prohibited for unprivileged loaders", d)); f != nil {
			return f
		}
	}
	dst.v = alu("add", dst.v, s)
	if dst.kind == kPacket || dst.kind == kPacketMeta {
		// A new variable part: the range proven for the old pointer
		// does not carry over.
		dst.id = c.newID()
		dst.rng = 0
	}
	return nil
}

func (c *checker) loadImm(p *path, ins asm.Instruction) *failure {
	dst := &p.st.regs[ins.Dst]
	switch ins.Src {
	case asm.PseudoMapFD, asm.PseudoMapValue:
		m := c.maps[ins.Reference()]
		if m == nil {
			*dst = scalarReg(unknownScalar())
			return nil
		}
		if ins.Src == asm.PseudoMapFD {
			*dst = reg{kind: kMap, m: m, origin: p.pc}
			return nil
		}
		*dst = reg{kind: kMapValue, m: m, off: int64(uint32(uint64(ins.Constant) >> 32)), origin: p.pc}
		return nil
	case 0:
		*dst = constReg(uint64(ins.Constant))
		return nil
	}
	*dst = reg{kind: kBTF, origin: p.pc}
	return nil
}
