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
