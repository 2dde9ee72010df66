// bpf_get_current_task returns the task address as an integer; adding an
// offset and dereferencing it is a load through a scalar.
// kernel: R1 invalid mem access 'scalar'
BPF_HASH(prio, u32, int);

int kprobe__finish_task_switch(struct pt_regs *ctx)
{
	u64 task = bpf_get_current_task();
	u32 pid = bpf_get_current_pid_tgid();
	int p = *(int *)(task + 0x70); // want "not a pointer"
	prio.update(&pid, &p);
	return 0;
}
