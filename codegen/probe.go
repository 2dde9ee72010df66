package codegen

import (
	"github.com/bccc-dev/bccc/parse"
	"github.com/cilium/ebpf"
	"github.com/cilium/ebpf/asm"
	"modernc.org/cc/v4"
)

// Implicit probe reads (DIALECT §2.5, first cut). In tracing programs a
// read through a pointer to a kernel type, or through a pointer that was
// itself read from kernel memory, becomes bpf_probe_read_kernel into a
// stack temporary, as BCC rewrites it. Taking an address (&p->field) reads
// nothing. BTF-typed programs (fentry, LSM) read kernel memory directly.

const helperProbeReadKernel = 113

// probeReadsFor reports program types whose kernel pointers need probe reads.
func probeReadsFor(t ebpf.ProgramType) bool {
	switch t {
	case ebpf.Kprobe, ebpf.TracePoint, ebpf.RawTracepoint, ebpf.PerfEvent, ebpf.RawTracepointWritable:
		return true
	}
	return false
}

// isKernelType reports types declared from kernel BTF.
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
	return tag.Position().Filename == parse.KernelTypesSource
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
	if a.off == 0 {
		return a.base
	}
	r := l.f.newVReg()
	l.emit(&Inst{Op: OpBin, Dst: r, A: R(a.base), B: I(a.off), Alu: asm.Add})
	l.extRegs[r] = true
	return r
}

// probeCopy reads n bytes of kernel memory at src into the stack at dst.
func (l *lowerer) probeCopy(dst, src addr, n int64) {
	l.emitCall(helperProbeReadKernel, l.m.AST.Long, R(l.ptrOf(dst)), I(n), R(l.kernelPtr(src)))
}
