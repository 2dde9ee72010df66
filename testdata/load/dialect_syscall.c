// syscall__NAME probes the syscall's wrapper; its arguments are read from
// the user's pt_regs the wrapper gets (DIALECT §4). kprobe____x64_sys_NAME
// and kprobe__sys_NAME are bound the same way.
#include <uapi/linux/ptrace.h>

BPF_HASH(last, u32, u64);

int syscall__openat(struct pt_regs *ctx, int dfd, const char __user *filename, int flags, umode_t mode)
{
	u32 pid = bpf_get_current_pid_tgid() >> 32;
	char first = 0;
	bpf_probe_read_user(&first, 1, filename);
	u64 v = ((u64)flags << 32) ^ (u32)dfd ^ first;
	last.update(&pid, &v);
	return 0;
}

int kprobe____x64_sys_close(struct pt_regs *ctx, unsigned int fd)
{
	u32 pid = bpf_get_current_pid_tgid() >> 32;
	u64 v = fd;
	last.update(&pid, &v);
	return 0;
}

// Only the 4th argument is used: it comes from r10, and nothing else is read.
int kprobe__sys_mmap(struct pt_regs *ctx, unsigned long addr, unsigned long len, unsigned long prot, unsigned long flags)
{
	u32 pid = bpf_get_current_pid_tgid() >> 32;
	u64 v = flags;
	last.update(&pid, &v);
	return 0;
}
