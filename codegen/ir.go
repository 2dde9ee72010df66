// Package codegen lowers the rewritten C program to BPF instructions:
// lower (C AST → IR) → the passes of passes.go → regalloc → emit.
//
// The IR is a control-flow graph of blocks over an unlimited supply of
// virtual registers, each holding a 64-bit value. Every value is kept
// canonical for its C type: sign- or zero-extended from the type's width to
// 64 bits, so comparisons and divisions can always use 64-bit instructions.
package codegen

import (
	"fmt"
	"strings"

	"github.com/cilium/ebpf/asm"
	"modernc.org/token"
)

// VReg is a virtual register; 0 means none.
type VReg int32

// Op is an IR operation.
type Op uint8

const (
	OpConst     Op = iota + 1 // Dst = Imm
	OpMov                     // Dst = A
	OpBin                     // Dst = A <Alu> B
	OpNeg                     // Dst = -A
	OpExt                     // Dst = A extended from Size bytes (Signed)
	OpSwap                    // Dst = byte swap of the low Size bytes of A
	OpLoad                    // Dst = *(Size *)(addr)   addr = A+Off, or Slot+Off
	OpStore                   // *(Size *)(addr) = B
	OpAtomicAdd               // *(Size *)(addr) += B, atomically
	OpAddr                    // Dst = &Slot + Off
	OpMapPtr                  // Dst = address of map Sym
	OpDataPtr                 // Dst = address of read-only data Sym + Off
	OpCall                    // Dst = helper Imm(Args...)
	OpCtxArg                  // Dst = incoming argument register Imm (entry only)
	OpPhi                     // Dst = Args[i] when control came from Preds[i] (SSA form only)
	OpJump                    // goto Succs[0]
	OpBranch                  // if A <Cond> B goto Succs[0] else Succs[1]
	OpRet                     // return A
	OpLdAbs                   // Dst = the Size big-endian packet bytes at offset B, through ctx A (ldabs.go)
)

var opNames = [...]string{OpConst: "const", OpMov: "mov", OpBin: "bin", OpNeg: "neg", OpExt: "ext",
	OpSwap: "bswap", OpLoad: "load", OpStore: "store", OpAtomicAdd: "atomic_add", OpAddr: "addr",
	OpMapPtr: "map", OpDataPtr: "data", OpCall: "call", OpCtxArg: "arg", OpPhi: "phi", OpJump: "jump",
	OpBranch: "branch", OpRet: "ret", OpLdAbs: "ldabs"}

// Operand is a register or an immediate.
type Operand struct {
	Reg   VReg
	Imm   int64
	IsImm bool
}

func R(v VReg) Operand     { return Operand{Reg: v} }
func I(v int64) Operand    { return Operand{Imm: v, IsImm: true} }
func (o Operand) ok() bool { return o.IsImm || o.Reg != 0 }

func (o Operand) String() string {
	if o.IsImm {
		return fmt.Sprint(o.Imm)
	}
	return fmt.Sprintf("v%d", o.Reg)
}

// Space is the address space a memory operation touches; the verifier
// treats each differently, and so does the lint.
type Space uint8

const (
	SpaceUnknown Space = iota
	SpaceStack
	SpaceMap
	SpaceCtx
	SpacePacket
	SpaceData
	SpaceKernel // read only through bpf_probe_read_kernel
)

var spaceNames = [...]string{"mem", "stack", "map", "ctx", "pkt", "data", "kernel"}

// Inst is one IR instruction.
type Inst struct {
	Op     Op
	Dst    VReg
	A, B   Operand
	Args   []Operand
	Alu    asm.ALUOp
	W32    bool // 32-bit ALU operation (zero-extends its result)
	Cond   asm.JumpOp
	Size   uint8 // memory and extension width in bytes
	Signed bool
	Off    int64
	Slot   int // stack slot of a memory op or OpAddr; -1 when the address is A
	Space  Space
	Sym    string
	Imm    int64
	Pos    token.Position
	Core   *CoreReloc // a CO-RE field offset relocation on this instruction's immediate
}

// Uses returns the registers an instruction reads.
func (in *Inst) Uses(buf []VReg) []VReg {
	buf = buf[:0]
	if !in.A.IsImm && in.A.Reg != 0 {
		buf = append(buf, in.A.Reg)
	}
	if !in.B.IsImm && in.B.Reg != 0 {
		buf = append(buf, in.B.Reg)
	}
	for _, a := range in.Args {
		if !a.IsImm && a.Reg != 0 {
			buf = append(buf, a.Reg)
		}
	}
	return buf
}

// Block is a basic block; its last instruction is its only terminator.
type Block struct {
	ID    int
	Insts []*Inst
	Succs []*Block
	Preds []*Block
}

func (b *Block) last() *Inst {
	if len(b.Insts) == 0 {
		return nil
	}
	return b.Insts[len(b.Insts)-1]
}

func (b *Block) terminated() bool {
	l := b.last()
	return l != nil && (l.Op == OpJump || l.Op == OpBranch || l.Op == OpRet)
}

// Slot is a stack object: a variable whose address is taken, an aggregate,
// or a spill. Off is its frame offset from R10 (negative), set by layout.
type Slot struct {
	Name  string
	Size  int64
	Align int64
	Off   int64
}

// Func is one BPF program (or subprogram) in IR form.
type Func struct {
	SSA    bool // every register has one definition; phis join values
	Name   string
	Blocks []*Block
	NVRegs int
	Slots  []Slot
	Pos    token.Position
}

func (f *Func) newVReg() VReg { f.NVRegs++; return VReg(f.NVRegs) }

func (f *Func) newBlock() *Block {
	b := &Block{ID: len(f.Blocks)}
	f.Blocks = append(f.Blocks, b)
	return b
}

func (f *Func) newSlot(name string, size, align int64) int {
	if align < 1 {
		align = 1
	}
	f.Slots = append(f.Slots, Slot{Name: name, Size: size, Align: align})
	return len(f.Slots) - 1
}

// String prints the function in the textual IR form used by -d=ir and by
// the golden tests.
func (f *Func) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "func %s\n", f.Name)
	for i, s := range f.Slots {
		fmt.Fprintf(&b, "  slot%d %s size=%d align=%d\n", i, s.Name, s.Size, s.Align)
	}
	for _, bl := range f.Blocks {
		fmt.Fprintf(&b, "b%d:", bl.ID)
		if len(bl.Preds) > 0 {
			b.WriteString(" ; preds")
			for _, p := range bl.Preds {
				fmt.Fprintf(&b, " b%d", p.ID)
			}
		}
		b.WriteString("\n")
		for _, in := range bl.Insts {
			b.WriteString("  ")
			b.WriteString(in.format(bl))
			b.WriteString("\n")
		}
	}
	return b.String()
}

func (in *Inst) addr() string {
	if in.Slot >= 0 {
		return fmt.Sprintf("[slot%d%+d]", in.Slot, in.Off)
	}
	return fmt.Sprintf("%s[%s%+d]", spaceNames[in.Space], in.A, in.Off)
}

func (in *Inst) format(bl *Block) string {
	d := ""
	if in.Dst != 0 {
		d = fmt.Sprintf("v%d = ", in.Dst)
	}
	switch in.Op {
	case OpConst:
		return fmt.Sprintf("%sconst %d", d, in.Imm)
	case OpMov:
		return fmt.Sprintf("%s%s", d, in.A)
	case OpBin:
		w := ""
		if in.W32 {
			w = "32"
		}
		return fmt.Sprintf("%s%s%s %s, %s", d, strings.ToLower(in.Alu.String()), w, in.A, in.B)
	case OpNeg:
		return fmt.Sprintf("%sneg %s", d, in.A)
	case OpExt:
		s := "zext"
		if in.Signed {
			s = "sext"
		}
		return fmt.Sprintf("%s%s%d %s", d, s, in.Size*8, in.A)
	case OpSwap:
		return fmt.Sprintf("%sbswap%d %s", d, in.Size*8, in.A)
	case OpLoad:
		s := "u"
		if in.Signed {
			s = "s"
		}
		return fmt.Sprintf("%sload.%s%d %s", d, s, in.Size*8, in.addr())
	case OpStore:
		return fmt.Sprintf("store.%d %s, %s", in.Size*8, in.addr(), in.B)
	case OpAtomicAdd:
		return fmt.Sprintf("atomic_add.%d %s, %s", in.Size*8, in.addr(), in.B)
	case OpAddr:
		return fmt.Sprintf("%saddr slot%d%+d", d, in.Slot, in.Off)
	case OpMapPtr:
		return fmt.Sprintf("%smap %s", d, in.Sym)
	case OpDataPtr:
		return fmt.Sprintf("%sdata %s%+d", d, in.Sym, in.Off)
	case OpCtxArg:
		return fmt.Sprintf("%sarg r%d", d, in.Imm)
	case OpCall:
		var args []string
		for _, a := range in.Args {
			args = append(args, a.String())
		}
		return fmt.Sprintf("%scall %d(%s)", d, in.Imm, strings.Join(args, ", "))
	case OpPhi:
		var args []string
		for i, a := range in.Args {
			p := "?"
			if i < len(bl.Preds) {
				p = fmt.Sprintf("b%d", bl.Preds[i].ID)
			}
			args = append(args, p+":"+a.String())
		}
		return fmt.Sprintf("%sphi %s", d, strings.Join(args, ", "))
	case OpJump:
		return fmt.Sprintf("jump b%d", bl.Succs[0].ID)
	case OpBranch:
		return fmt.Sprintf("if %s %s %s then b%d else b%d", in.A, strings.ToLower(in.Cond.String()), in.B, bl.Succs[0].ID, bl.Succs[1].ID)
	case OpRet:
		return fmt.Sprintf("ret %s", in.A)
	case OpLdAbs:
		m := "ld_ind"
		if in.B.IsImm {
			m = "ld_abs"
		}
		return fmt.Sprintf("%s%s.%d %s, %s", d, m, in.Size*8, in.A, in.B)
	}
	return fmt.Sprintf("?op%d", in.Op)
}

// check verifies the IR invariants every pass must keep.
func (f *Func) check() error {
	for i, b := range f.Blocks {
		if b.ID != i {
			return fmt.Errorf("%s: block %d has ID %d", f.Name, i, b.ID)
		}
		if !b.terminated() {
			return fmt.Errorf("%s: b%d has no terminator", f.Name, b.ID)
		}
		for j, in := range b.Insts[:len(b.Insts)-1] {
			if in.Op == OpJump || in.Op == OpBranch || in.Op == OpRet {
				return fmt.Errorf("%s: b%d: terminator %s at %d of %d", f.Name, b.ID, opNames[in.Op], j, len(b.Insts))
			}
		}
		want := map[Op]int{OpJump: 1, OpBranch: 2, OpRet: 0}[b.last().Op]
		if len(b.Succs) != want {
			return fmt.Errorf("%s: b%d: %s with %d successors", f.Name, b.ID, opNames[b.last().Op], len(b.Succs))
		}
		for _, s := range b.Succs {
			found := false
			for _, p := range s.Preds {
				found = found || p == b
			}
			if !found {
				return fmt.Errorf("%s: b%d -> b%d missing from preds", f.Name, b.ID, s.ID)
			}
		}
		for j, in := range b.Insts {
			if in.Op == OpPhi {
				if !f.SSA {
					return fmt.Errorf("%s: b%d: phi outside SSA form", f.Name, b.ID)
				}
				if len(in.Args) != len(b.Preds) {
					return fmt.Errorf("%s: b%d: phi with %d arguments, block has %d predecessors", f.Name, b.ID, len(in.Args), len(b.Preds))
				}
				if j > 0 && b.Insts[j-1].Op != OpPhi {
					return fmt.Errorf("%s: b%d: phi after a non-phi", f.Name, b.ID)
				}
			}
			if int(in.Dst) > f.NVRegs || in.A.Reg < 0 || int(in.A.Reg) > f.NVRegs || int(in.B.Reg) > f.NVRegs {
				return fmt.Errorf("%s: b%d: register out of range in %s", f.Name, b.ID, in.format(b))
			}
			if (in.Op == OpLoad || in.Op == OpStore || in.Op == OpAtomicAdd) && in.Slot < 0 && !in.A.ok() {
				return fmt.Errorf("%s: b%d: memory op without address: %s", f.Name, b.ID, in.format(b))
			}
			if in.Op == OpLdAbs && (!in.A.ok() || !in.B.ok() || in.Size != 1 && in.Size != 2 && in.Size != 4) {
				return fmt.Errorf("%s: b%d: malformed packet load: %s", f.Name, b.ID, in.format(b))
			}
		}
	}
	if f.SSA {
		return f.checkSSA()
	}
	return nil
}

// checkSSA verifies single definitions (called by check in SSA form).
func (f *Func) checkSSA() error {
	seen := make([]bool, f.NVRegs+1)
	for _, b := range f.Blocks {
		for _, in := range b.Insts {
			if in.Dst == 0 {
				continue
			}
			if seen[in.Dst] {
				return fmt.Errorf("%s: v%d defined twice in SSA form", f.Name, in.Dst)
			}
			seen[in.Dst] = true
		}
	}
	return nil
}

// linkPreds recomputes predecessor lists from successor lists.
func (f *Func) linkPreds() {
	for _, b := range f.Blocks {
		b.Preds = b.Preds[:0]
	}
	for _, b := range f.Blocks {
		for _, s := range b.Succs {
			s.Preds = append(s.Preds, b)
		}
	}
}
