package verifier

import (
	"errors"
	"strings"
	"testing"

	"github.com/cilium/ebpf"
	"github.com/cilium/ebpf/asm"
)

var testMaps = map[string]*ebpf.MapSpec{
	"h": {Name: "h", Type: ebpf.Hash, KeySize: 4, ValueSize: 8, MaxEntries: 4},
}

// check lints a program and, where the bpf syscall is permitted, loads it
// too: the kernel's verdict must be the lint's.
func check(t *testing.T, typ ebpf.ProgramType, insns ...asm.Instruction) []Finding {
	t.Helper()
	p := &ebpf.ProgramSpec{Name: "t", Type: typ, License: "GPL", Instructions: insns}
	fs := CheckProgram(p, testMaps, Options{Budget: 100_000})
	lintRejects := false
	for _, f := range fs {
		lintRejects = lintRejects || f.Severity == Error
	}
	if kernelRejects, ok := kernelVerdict(t, p); ok && kernelRejects != lintRejects {
		t.Errorf("kernel rejects: %v, lint rejects: %v (%v)", kernelRejects, lintRejects, fs)
	}
	return fs
}

// kernelVerdict loads p with the test maps; ok is false where loading is
// not permitted or the instructions cannot even be encoded.
func kernelVerdict(t *testing.T, p *ebpf.ProgramSpec) (rejects, ok bool) {
	t.Helper()
	p = p.Copy()
	m, err := ebpf.NewMap(testMaps["h"])
	if err != nil {
		return false, false // no bpf syscall here
	}
	defer m.Close()
	for i := range p.Instructions {
		if p.Instructions[i].Reference() == "h" {
			if err := p.Instructions[i].AssociateMap(m); err != nil {
				t.Fatal(err)
			}
		}
	}
	prog, err := ebpf.NewProgram(p)
	if err == nil {
		prog.Close()
		return false, true
	}
	var ve *ebpf.VerifierError
	return true, errors.As(err, &ve)
}

func wantClass(t *testing.T, fs []Finding, class string) {
	t.Helper()
	for _, f := range fs {
		if f.Severity == Error && f.Class == class {
			return
		}
	}
	t.Fatalf("want an error of class %q, got %v", class, fs)
}

func wantNone(t *testing.T, fs []Finding) {
	t.Helper()
	for _, f := range fs {
		if f.Severity == Error {
			t.Fatalf("want no error, got %v", f)
		}
	}
}

// lookup is "r0 = bpf_map_lookup_elem(h, &(u32){0})".
func lookup() []asm.Instruction {
	return []asm.Instruction{
		asm.StoreImm(asm.R10, -4, 0, asm.Word),
		asm.Mov.Reg(asm.R2, asm.R10),
		asm.Add.Imm(asm.R2, -4),
		asm.LoadMapPtr(asm.R1, 0).WithReference("h"),
		asm.FnMapLookupElem.Call(),
	}
}

func TestNullMapValue(t *testing.T) {
	insns := append(lookup(), asm.LoadMem(asm.R0, asm.R0, 0, asm.DWord), asm.Return())
	wantClass(t, check(t, ebpf.XDP, insns...), "null")
	checked := append(lookup(),
		asm.JEq.Imm(asm.R0, 0, "out"),
		asm.LoadMem(asm.R0, asm.R0, 0, asm.DWord),
		asm.Mov.Imm(asm.R0, 0).WithSymbol("out"),
		asm.Return())
	insns, err := resolve(checked)
	if err != nil {
		t.Fatal(err)
	}
	wantNone(t, check(t, ebpf.XDP, insns...))
}

// resolve turns symbolic jumps into offsets, as an object's loader sees them.
func resolve(insns asm.Instructions) (asm.Instructions, error) {
	offs := map[string]int{}
	slot := 0
	for _, ins := range insns {
		if s := ins.Symbol(); s != "" {
			offs[s] = slot
		}
		slot += int(ins.Size() / asm.InstructionSize)
	}
	slot = 0
	out := make(asm.Instructions, len(insns))
	for i, ins := range insns {
		slot += int(ins.Size() / asm.InstructionSize)
		if r := ins.Reference(); r != "" && ins.OpCode.Class().IsJump() {
			ins.Offset = int16(offs[r] - slot)
			ins = ins.WithReference("")
		}
		out[i] = ins
	}
	return out, nil
}

func TestBoundedLoopAndInfiniteLoop(t *testing.T) {
	loop, _ := resolve(asm.Instructions{
		asm.Mov.Imm(asm.R0, 0),
		asm.Add.Imm(asm.R0, 1).WithSymbol("top"),
		asm.JLT.Imm(asm.R0, 100, "top"),
		asm.Mov.Imm(asm.R0, 0),
		asm.Return(),
	})
	wantNone(t, check(t, ebpf.XDP, loop...))
	spin, _ := resolve(asm.Instructions{
		asm.Mov.Imm(asm.R0, 0),
		asm.Mov.Imm(asm.R1, 1).WithSymbol("top"),
		asm.Ja.Label("top"),
	})
	wantClass(t, check(t, ebpf.XDP, spin...), "loop")
}

func TestPacketRange(t *testing.T) {
	prog := func(n int32) asm.Instructions {
		p, _ := resolve(asm.Instructions{
			asm.LoadMem(asm.R2, asm.R1, 0, asm.Word), // data
			asm.LoadMem(asm.R3, asm.R1, 4, asm.Word), // data_end
			asm.Mov.Reg(asm.R4, asm.R2),
			asm.Add.Imm(asm.R4, 14),
			asm.JGT.Reg(asm.R4, asm.R3, "drop"),
			asm.LoadMem(asm.R0, asm.R2, int16(n), asm.Half),
			asm.Mov.Imm(asm.R0, 2),
			asm.Return(),
			asm.Mov.Imm(asm.R0, 1).WithSymbol("drop"),
			asm.Return(),
		})
		return p
	}
	wantNone(t, check(t, ebpf.XDP, prog(12)...))
	wantClass(t, check(t, ebpf.XDP, prog(13)...), "packet")
}

// Crashers FuzzLint found: a jump past the end, registers above r10.
func TestHostileStreams(t *testing.T) {
	fs := check(t, ebpf.XDP, asm.Mov.Imm(asm.R0, 0), asm.Instruction{OpCode: asm.OpCode(asm.JumpClass).SetJumpOp(asm.Ja), Offset: 5})
	wantClass(t, fs, "jump")
	fs = check(t, ebpf.XDP, asm.Instruction{OpCode: asm.Mov.Op(asm.ImmSource), Dst: 11, Constant: 1}, asm.Return())
	wantClass(t, fs, "opcode")
	if !strings.Contains(fs[0].Message, "invalid register") {
		t.Errorf("message %q", fs[0].Message)
	}
}

func TestHelperNames(t *testing.T) {
	for fn, want := range map[asm.BuiltinFunc]string{
		asm.FnMapLookupElem:      "bpf_map_lookup_elem",
		asm.FnL3CsumReplace:      "bpf_l3_csum_replace",
		asm.FnProbeReadKernelStr: "bpf_probe_read_kernel_str",
		asm.FnGetCurrentTaskBtf:  "bpf_get_current_task_btf",
	} {
		if got := helperName(fn); got != want {
			t.Errorf("helperName(%v) = %s, want %s", fn, got, want)
		}
	}
}

// TestLegacyPacketLoads: LD_ABS and LD_IND (BCC's load_byte/half/word)
// follow the kernel's check_ld_abs: program types with an skb, the
// context in r6, R1–R5 clobbered, R0 a number the verifier knows nothing
// of, and no reference held across them.
func TestLegacyPacketLoads(t *testing.T) {
	ctxInR6 := asm.Mov.Reg(asm.R6, asm.R1)
	ret0 := []asm.Instruction{asm.Mov.Imm(asm.R0, 0), asm.Return()}
	seq := func(parts ...[]asm.Instruction) []asm.Instruction {
		var r []asm.Instruction
		for _, p := range parts {
			r = append(r, p...)
		}
		return r
	}
	one := func(ins ...asm.Instruction) []asm.Instruction { return ins }

	// Accepted in socket filters and tc, with constant and register offsets.
	for _, typ := range []ebpf.ProgramType{ebpf.SocketFilter, ebpf.SchedCLS, ebpf.SchedACT} {
		wantNone(t, check(t, typ, seq(one(ctxInR6, asm.LoadAbs(12, asm.Half), asm.Mov.Reg(asm.R7, asm.R0),
			asm.LoadInd(asm.R0, asm.R7, 2, asm.Word), asm.LoadAbs(-0x100000, asm.Byte)), ret0)...))
	}
	// Other program types, even with an skb, cannot use them.
	for _, typ := range []ebpf.ProgramType{ebpf.XDP, ebpf.SkSKB, ebpf.LWTIn} {
		wantClass(t, check(t, typ, seq(one(ctxInR6, asm.LoadAbs(12, asm.Half)), ret0)...), "notallowed")
	}
	// r6 must hold the unmodified context.
	wantClass(t, check(t, ebpf.SocketFilter, seq(one(asm.LoadAbs(12, asm.Half)), ret0)...), "uninit")
	wantClass(t, check(t, ebpf.SocketFilter, seq(one(asm.Mov.Imm(asm.R6, 0), asm.LoadAbs(12, asm.Half)), ret0)...), "context")
	wantClass(t, check(t, ebpf.SocketFilter, seq(one(asm.Mov.Reg(asm.R6, asm.R10), asm.LoadAbs(12, asm.Half)), ret0)...), "context")
	wantClass(t, check(t, ebpf.SocketFilter, seq(one(ctxInR6, asm.Add.Imm(asm.R6, 4), asm.LoadAbs(12, asm.Half)), ret0)...), "context")
	// The offset register of LD_IND must be set.
	wantClass(t, check(t, ebpf.SocketFilter, seq(one(ctxInR6, asm.LoadInd(asm.R0, asm.R7, 0, asm.Byte)), ret0)...), "uninit")
	// R1–R5 do not survive the load; R6–R9 do.
	wantClass(t, check(t, ebpf.SocketFilter, ctxInR6, asm.LoadAbs(12, asm.Half), asm.Mov.Reg(asm.R0, asm.R1), asm.Return()), "uninit")
	wantNone(t, check(t, ebpf.SocketFilter, ctxInR6, asm.Mov.Imm(asm.R7, 3), asm.LoadAbs(12, asm.Half), asm.Mov.Reg(asm.R0, asm.R7), asm.Return()))
	// The kernel does not bound a byte load to 255: a path for larger
	// values is explored (here it reads a clobbered register).
	big, _ := resolve(asm.Instructions{
		ctxInR6,
		asm.LoadAbs(12, asm.Byte),
		asm.JGT.Imm(asm.R0, 255, "big"),
		asm.Mov.Imm(asm.R0, 0),
		asm.Return(),
		asm.Mov.Reg(asm.R0, asm.R2).WithSymbol("big"),
		asm.Return(),
	})
	wantClass(t, check(t, ebpf.SocketFilter, big...), "uninit")
	// Reserved fields and the 8-byte size the instruction does not have.
	wantClass(t, check(t, ebpf.SocketFilter, seq(one(ctxInR6, asm.Instruction{OpCode: asm.LoadAbsOp(asm.Byte), Dst: asm.R1, Constant: 2}), ret0)...), "opcode")
	wantClass(t, check(t, ebpf.SocketFilter, seq(one(ctxInR6, asm.Instruction{OpCode: asm.LoadAbsOp(asm.Byte), Src: asm.R2, Constant: 2}), ret0)...), "opcode")
	wantClass(t, check(t, ebpf.SocketFilter, seq(one(ctxInR6, asm.LoadAbs(12, asm.DWord)), ret0)...), "opcode")
	// No reference may be held: the load may end the program.
	leak, _ := resolve(asm.Instructions{
		ctxInR6,
		asm.StoreImm(asm.R10, -4, 0, asm.Word),
		asm.StoreImm(asm.R10, -8, 0, asm.Word),
		asm.StoreImm(asm.R10, -12, 0, asm.Word),
		asm.Mov.Reg(asm.R1, asm.R6),
		asm.Mov.Reg(asm.R2, asm.R10),
		asm.Add.Imm(asm.R2, -12),
		asm.Mov.Imm(asm.R3, 12),
		asm.Mov.Imm(asm.R4, -1),
		asm.Mov.Imm(asm.R5, 0),
		asm.FnSkLookupTcp.Call(),
		asm.Mov.Reg(asm.R7, asm.R0),
		asm.LoadAbs(12, asm.Byte),
		asm.JEq.Imm(asm.R7, 0, "out"),
		asm.Mov.Reg(asm.R1, asm.R7),
		asm.FnSkRelease.Call(),
		asm.Mov.Imm(asm.R0, 0).WithSymbol("out"),
		asm.Return(),
	})
	wantClass(t, check(t, ebpf.SchedCLS, leak...), "unreleased")
	// Released before the load: accepted.
	released := append(append(asm.Instructions{}, leak[:12]...),
		asm.JEq.Imm(asm.R7, 0, "load"),
		asm.Mov.Reg(asm.R1, asm.R7),
		asm.FnSkRelease.Call(),
		asm.LoadAbs(12, asm.Byte).WithSymbol("load"),
		asm.Mov.Imm(asm.R0, 0),
		asm.Return())
	released, _ = resolve(released)
	wantNone(t, check(t, ebpf.SchedCLS, released...))
}
