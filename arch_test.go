package bccc_test

import (
	"bytes"
	"testing"

	"github.com/bccc-dev/bccc"
	"github.com/cilium/ebpf"
	"github.com/cilium/ebpf/asm"
)

// TestTargetArch: --target-arch picks the syscall wrapper symbols and the
// pt_regs layout (x86_64 di at 112, arm64 regs[0] at 0); both objects load.
func TestTargetArch(t *testing.T) {
	src := []byte(`
int syscall__openat(struct pt_regs *ctx, int dfd)
{
	return dfd;
}
int kprobe__do_nanosleep(struct pt_regs *ctx)
{
	return PT_REGS_PARM1(ctx);
}
`)
	for _, c := range []struct {
		arch, section string
		parm1         int16
	}{
		{"x86_64", "kprobe/__x64_sys_openat", 112},
		{"arm64", "kprobe/__arm64_sys_openat", 0},
	} {
		obj, _, err := bccc.Compile("arch.c", src, bccc.Options{Arch: c.arch})
		if err != nil {
			t.Fatalf("%s: %v", c.arch, err)
		}
		spec, err := ebpf.LoadCollectionSpecFromReader(bytes.NewReader(obj.ELF))
		if err != nil {
			t.Fatal(err)
		}
		if got := spec.Programs["syscall__openat"].SectionName; got != c.section {
			t.Errorf("%s: syscall__openat in section %q, want %q", c.arch, got, c.section)
		}
		ins := spec.Programs["kprobe__do_nanosleep"].Instructions[0]
		if ins.OpCode.Class() != asm.LdXClass || ins.Src != asm.R1 || ins.Offset != c.parm1 {
			t.Errorf("%s: PT_REGS_PARM1 reads %v, want ctx+%d", c.arch, ins, c.parm1)
		}
		requireBPF(t)
		loadObject(t, "arch.c", obj.ELF).Close()
	}
}

// TestArm64SyscallParm1: on arm64 a syscall's first argument is read from
// orig_x0 (at 272 in struct pt_regs), since x0 holds the result.
func TestArm64SyscallParm1(t *testing.T) {
	src := []byte(`
int kprobe____arm64_sys_openat(struct pt_regs *ctx)
{
	struct pt_regs *regs = PT_REGS_SYSCALL_CTX(ctx);
	u64 a = 0;
	bpf_probe_read_kernel(&a, sizeof(a), &PT_REGS_PARM1_SYSCALL(regs));
	return a;
}
`)
	obj, _, err := bccc.Compile("arm64.c", src, bccc.Options{Arch: "arm64"})
	if err != nil {
		t.Fatal(err)
	}
	spec, err := ebpf.LoadCollectionSpecFromReader(bytes.NewReader(obj.ELF))
	if err != nil {
		t.Fatal(err)
	}
	requireBPF(t)
	loadObject(t, "arm64.c", obj.ELF).Close() // kprobes load on any architecture's layout
	for _, ins := range spec.Programs["kprobe____arm64_sys_openat"].Instructions {
		if ins.OpCode.ALUOp() == asm.Add && ins.OpCode.Source() == asm.ImmSource && ins.Constant == 272 {
			return
		}
	}
	t.Fatalf("no read at orig_x0 (272):\n%v", spec.Programs["kprobe____arm64_sys_openat"].Instructions)
}
