package codegen

import (
	"github.com/bccc-dev/bccc/rewrite"
	"modernc.org/cc/v4"
)

// syscallArg binds extra parameter d (argument i) of a probe on a syscall
// wrapper (DIALECT §4): the wrapper's one argument is the user's struct
// pt_regs, in kernel memory, so the value is probe-read from its field.
// As in BCC, a parameter the body never uses costs nothing, and the
// pointer to the user's registers is loaded once, when first needed.
func (l *lowerer) syscallArg(p *rewrite.Prog, userRegs *VReg, ctx *local, i int, d *cc.Declarator) Operand {
	if d.ReadCount() == 0 && d.WriteCount() == 0 && !d.AddressTaken() {
		return I(0)
	}
	if *userRegs == 0 {
		*userRegs = l.f.newVReg()
		l.emit(&Inst{Op: OpLoad, Dst: *userRegs, A: R(l.readLocal(ctx)), Off: p.WrapperArg, Size: 8, Slot: -1, Space: SpaceCtx})
	}
	v := l.probeLoad(addr{slot: -1, base: *userRegs, off: p.ArgRegs[i], space: SpaceKernel, align: 8}, l.m.AST.ULong)
	return l.convert(v, l.m.AST.ULong, d.Type())
}
