// PT_REGS_PARM2 is stored in an integer, which drops BCC's automatic
// probe read; the cast integer is then dereferenced directly.
// kernel: R6 invalid mem access 'scalar'
BPF_HASH(first_char, u32, u32);

int kprobe__do_sys_openat2(struct pt_regs *ctx)
{
	u64 fname = PT_REGS_PARM2(ctx);
	u32 pid = bpf_get_current_pid_tgid() >> 32;
	u32 c = *(char *)fname; // want "not a pointer"
	first_char.update(&pid, &c);
	return 0;
}
