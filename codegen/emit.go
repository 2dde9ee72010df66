package codegen

import (
	"fmt"

	"github.com/cilium/ebpf/asm"
	"modernc.org/token"

	"github.com/bccc-dev/bccc/internal/jumps"
)

// emitter turns allocated IR into BPF instructions.
type emitter struct {
	cores  []CoreAt
	f      *Func
	a      *allocation
	cpu    int
	insns  asm.Instructions
	lines  []token.Position
	pos    token.Position
	starts []int // block start, in instruction slots
	fixups []fixup
	slot   int // current instruction slot count
}

type fixup struct {
	insn  int // index into insns
	at    int // slot of the jump
	block int
}

func (e *emitter) put(ins asm.Instruction) {
	e.insns = append(e.insns, ins)
	e.lines = append(e.lines, e.pos)
	e.slot += int(ins.Size() / asm.InstructionSize)
}

func (e *emitter) jumpTo(ins asm.Instruction, b *Block) {
	e.fixups = append(e.fixups, fixup{insn: len(e.insns), at: e.slot, block: b.ID})
	e.put(ins)
}

func (e *emitter) loc(v VReg) loc { return e.a.locs[v] }

func (e *emitter) spillOff(s int) int16 { return int16(e.f.Slots[s].Off) }

// movImm loads a 64-bit constant.
func (e *emitter) movImm(r asm.Register, v int64) {
	if v >= -1<<31 && v < 1<<31 {
		e.put(asm.Mov.Imm(r, int32(v)))
		return
	}
	e.put(asm.LoadImm(r, v, asm.DWord))
}

// use returns a register holding o, loading it into scratch if needed.
func (e *emitter) use(o Operand, scratch asm.Register) asm.Register {
	if o.IsImm {
		e.movImm(scratch, o.Imm)
		return scratch
	}
	l := e.loc(o.Reg)
	if l.reg != noReg {
		return l.reg
	}
	e.put(asm.LoadMem(scratch, asm.R10, e.spillOff(l.spill), asm.DWord))
	return scratch
}

// target returns the register to compute v in, and a function that stores
// it back when v lives on the stack.
func (e *emitter) target(v VReg) (asm.Register, func()) {
	l := e.loc(v)
	if l.reg != noReg {
		return l.reg, func() {}
	}
	return scratchA, func() {
		e.put(asm.StoreMem(asm.R10, e.spillOff(l.spill), scratchA, asm.DWord))
	}
}

// CoreAt is a CO-RE relocation at an instruction slot of a program.
type CoreAt struct {
	Slot int
	CoreReloc
}

// coreAt records in's relocation (on a load's or store's offset) at the
// next instruction slot; call it right before putting that instruction.
func (e *emitter) coreAt(in *Inst) {
	if in.Core != nil {
		e.cores = append(e.cores, CoreAt{Slot: e.slot, CoreReloc: *in.Core})
	}
}

func fitsImm(o Operand) bool { return o.IsImm && o.Imm >= -1<<31 && o.Imm < 1<<31 }

var commutative = map[asm.ALUOp]bool{asm.Add: true, asm.Mul: true, asm.And: true, asm.Or: true, asm.Xor: true}

func memSize(n uint8) asm.Size {
	switch n {
	case 1:
		return asm.Byte
	case 2:
		return asm.Half
	case 4:
		return asm.Word
	}
	return asm.DWord
}

// base returns the base register and offset of a memory instruction.
func (e *emitter) base(in *Inst, scratch asm.Register) (asm.Register, int16) {
	if in.Slot >= 0 {
		return asm.R10, int16(e.f.Slots[in.Slot].Off + in.Off)
	}
	return e.use(in.A, scratch), int16(in.Off)
}

func (e *emitter) emitFunc() error {
	e.starts = make([]int, len(e.f.Blocks))
	for bi, b := range e.f.Blocks {
		e.starts[bi] = e.slot
		for _, in := range b.Insts {
			e.pos = in.Pos
			if err := e.inst(b, bi, in); err != nil {
				return err
			}
		}
	}
	for _, fx := range e.fixups {
		off := e.starts[fx.block] - (fx.at + 1)
		if off < -1<<15 || off >= 1<<15 {
			return fmt.Errorf("%s is too large: a jump spans %d instructions, more than the %d a BPF jump can reach; split the work into smaller programs (tail calls)", e.f.Name, off, 1<<15-1)
		}
		e.insns[fx.insn].Offset = int16(off)
	}
	return nil
}

func (e *emitter) inst(b *Block, bi int, in *Inst) error {
	switch in.Op {
	case OpConst:
		d, done := e.target(in.Dst)
		if in.Core != nil {
			e.cores = append(e.cores, CoreAt{Slot: e.slot, CoreReloc: *in.Core})
			e.put(asm.Mov.Imm(d, int32(in.Imm)))
		} else {
			e.movImm(d, in.Imm)
		}
		done()
	case OpMov:
		d, done := e.target(in.Dst)
		if in.A.IsImm {
			e.movImm(d, in.A.Imm)
		} else if s := e.use(in.A, d); s != d {
			e.put(asm.Mov.Reg(d, s))
		}
		done()
	case OpCtxArg:
		d, done := e.target(in.Dst)
		if d != asm.Register(in.Imm) {
			e.put(asm.Mov.Reg(d, asm.Register(in.Imm)))
		}
		done()
	case OpBin:
		e.bin(in)
	case OpNeg:
		d, done := e.target(in.Dst)
		if s := e.use(in.A, d); s != d {
			e.put(asm.Mov.Reg(d, s))
		}
		e.put(asm.Neg.Imm(d, 0))
		done()
	case OpExt:
		d, done := e.target(in.Dst)
		s := e.use(in.A, d)
		bits := int32(in.Size) * 8
		switch {
		case !in.Signed && in.Size == 4:
			e.put(asm.Mov.Reg32(d, s))
		case !in.Signed:
			if s != d {
				e.put(asm.Mov.Reg(d, s))
			}
			e.put(asm.And.Imm(d, int32(1)<<bits-1))
		case e.cpu >= 4:
			op := map[uint8]asm.ALUOp{1: asm.MovSX8, 2: asm.MovSX16, 4: asm.MovSX32}[in.Size]
			e.put(op.Reg(d, s))
		default:
			if s != d {
				e.put(asm.Mov.Reg(d, s))
			}
			e.put(asm.LSh.Imm(d, 64-bits))
			e.put(asm.ArSh.Imm(d, 64-bits))
		}
		done()
	case OpSwap:
		d, done := e.target(in.Dst)
		if s := e.use(in.A, d); s != d {
			e.put(asm.Mov.Reg(d, s))
		}
		e.put(asm.HostTo(asm.BE, d, memSize(in.Size)))
		done()
	case OpLoad:
		d, done := e.target(in.Dst)
		br, off := e.base(in, scratchB)
		e.coreAt(in)
		e.put(asm.LoadMem(d, br, off, memSize(in.Size)))
		done()
	case OpStore:
		br, off := e.base(in, scratchA)
		if fitsImm(in.B) {
			e.coreAt(in)
			// cilium/ebpf's StoreImm refuses DWord; the kernel takes it
			// (the immediate is sign-extended).
			e.put(asm.Instruction{OpCode: asm.StoreImmOp(memSize(in.Size)), Dst: br, Offset: off, Constant: in.B.Imm})
			break
		}
		s := e.use(in.B, scratchB)
		e.coreAt(in)
		e.put(asm.StoreMem(br, off, s, memSize(in.Size)))
	case OpAtomicAdd:
		br, off := e.base(in, scratchA)
		s := e.use(in.B, scratchB)
		e.put(asm.AddAtomic.Mem(br, s, memSize(in.Size), off))
	case OpAddr:
		d, done := e.target(in.Dst)
		e.put(asm.Mov.Reg(d, asm.R10))
		e.put(asm.Add.Imm(d, int32(e.f.Slots[in.Slot].Off+in.Off)))
		done()
	case OpMapPtr:
		d, done := e.target(in.Dst)
		e.put(asm.LoadMapPtr(d, 0).WithReference(in.Sym))
		done()
	case OpDataPtr:
		d, done := e.target(in.Dst)
		e.put(asm.LoadImm(d, 0, asm.DWord).WithReference(in.Sym))
		if in.Off != 0 {
			e.put(asm.Add.Imm(d, int32(in.Off)))
		}
		done()
	case OpCall:
		e.callArgs(in.Args)
		e.put(asm.FnUnspec.Call())
		e.insns[len(e.insns)-1].Constant = in.Imm
		if in.Dst != 0 {
			l := e.loc(in.Dst)
			if l.reg == noReg {
				e.put(asm.StoreMem(asm.R10, e.spillOff(l.spill), asm.R0, asm.DWord))
			} else if l.reg != asm.R0 {
				e.put(asm.Mov.Reg(l.reg, asm.R0))
			}
		}
	case OpLdAbs:
		e.ldAbs(in)
	case OpRet:
		if in.A.IsImm {
			e.movImm(asm.R0, in.A.Imm)
		} else if s := e.use(in.A, asm.R0); s != asm.R0 {
			e.put(asm.Mov.Reg(asm.R0, s))
		}
		e.put(asm.Return())
	case OpJump:
		if t := b.Succs[0]; t.ID != bi+1 {
			e.jumpTo(asm.Instruction{OpCode: asm.Ja.Op(asm.ImmSource)}, t)
		}
	case OpBranch:
		e.branch(b, bi, in)
	default:
		return fmt.Errorf("emit: unknown op %d", in.Op)
	}
	return nil
}

func (e *emitter) bin(in *Inst) {
	d, done := e.target(in.Dst)
	a, b := in.A, in.B
	// d = a op b as: mov d, a; op d, b. If b already sits in d, the mov
	// would clobber it: swap for commutative ops, else park b in scratchB.
	bReg := func() (asm.Register, bool) {
		if b.IsImm {
			return 0, false
		}
		if l := e.loc(b.Reg); l.reg != noReg {
			return l.reg, true
		}
		return 0, false
	}
	aIs := func(r asm.Register) bool {
		if a.IsImm {
			return false
		}
		l := e.loc(a.Reg)
		return l.reg == r
	}
	if r, ok := bReg(); ok && r == d && !aIs(d) {
		if commutative[in.Alu] {
			a, b = b, a
		} else {
			e.put(asm.Mov.Reg(scratchB, r))
			b = Operand{Reg: -1}
		}
	}
	if a.IsImm {
		e.movImm(d, a.Imm)
	} else if s := e.use(a, d); s != d {
		e.put(asm.Mov.Reg(d, s))
	}
	reg, imm := in.Alu.Reg, in.Alu.Imm
	if in.W32 {
		reg, imm = in.Alu.Reg32, in.Alu.Imm32
	}
	if in.Core != nil && fitsImm(b) {
		e.cores = append(e.cores, CoreAt{Slot: e.slot, CoreReloc: *in.Core})
	}
	switch {
	case b.Reg == -1:
		e.put(reg(d, scratchB))
	case fitsImm(b):
		e.put(imm(d, int32(b.Imm)))
	default:
		s := e.use(b, scratchB)
		e.put(reg(d, s))
	}
	done()
}

func (e *emitter) branch(b *Block, bi int, in *Inst) {
	t, f := b.Succs[0], b.Succs[1]
	cond := in.Cond
	if t.ID == bi+1 {
		t, f = f, t
		cond = jumps.Negate(cond)
	}
	if e.cpu < 2 && !v1Jump(cond) {
		// -mcpu=v1 has no jlt/jle/jslt/jsle: branch on the negation.
		t, f = f, t
		cond = jumps.Negate(cond)
	}
	ar := e.use(in.A, scratchA)
	var ins asm.Instruction
	if fitsImm(in.B) {
		ins = asm.Instruction{OpCode: cond.Op(asm.ImmSource), Dst: ar, Constant: in.B.Imm}
	} else {
		br := e.use(in.B, scratchB)
		ins = asm.Instruction{OpCode: cond.Op(asm.RegSource), Dst: ar, Src: br}
	}
	e.jumpTo(ins, t)
	if f.ID != bi+1 {
		e.jumpTo(asm.Instruction{OpCode: asm.Ja.Op(asm.ImmSource)}, f)
	}
}

// v1Jump reports the conditional jumps of the original eBPF ISA.
func v1Jump(c asm.JumpOp) bool {
	switch c {
	case asm.JEq, asm.JNE, asm.JGT, asm.JGE, asm.JSGT, asm.JSGE, asm.JSet:
		return true
	}
	return false
}

// callArgs moves call arguments into R1..R5: register-to-register moves
// as a parallel move (R0 breaks cycles), then reloads and constants.
func (e *emitter) callArgs(args []Operand) {
	type move struct{ dst, src asm.Register }
	var moves []move
	for i, a := range args {
		dst := asm.R1 + asm.Register(i)
		if a.IsImm {
			continue
		}
		if l := e.loc(a.Reg); l.reg != noReg && l.reg != dst {
			moves = append(moves, move{dst, l.reg})
		}
	}
	for len(moves) > 0 {
		progress := false
		for i := 0; i < len(moves); i++ {
			m := moves[i]
			blocked := false
			for j, o := range moves {
				if j != i && o.src == m.dst {
					blocked = true
					break
				}
			}
			if !blocked {
				e.put(asm.Mov.Reg(m.dst, m.src))
				moves = append(moves[:i], moves[i+1:]...)
				i--
				progress = true
			}
		}
		if !progress {
			// A cycle: save one destination in R0 and redirect its readers.
			m := moves[0]
			e.put(asm.Mov.Reg(asm.R0, m.dst))
			for j := range moves {
				if moves[j].src == m.dst {
					moves[j].src = asm.R0
				}
			}
		}
	}
	for i, a := range args {
		dst := asm.R1 + asm.Register(i)
		if a.IsImm {
			e.movImm(dst, a.Imm)
			continue
		}
		if l := e.loc(a.Reg); l.reg == noReg {
			e.put(asm.LoadMem(dst, asm.R10, e.spillOff(l.spill), asm.DWord))
		}
	}
}
