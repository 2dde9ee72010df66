// Address arithmetic on a kernel address stays a kernel address: a
// member's address cast to an integer and offset, then cast back, and a
// member's address stepped as a pointer, are probe-read (DIALECT §5.3).
// sys_enter checks the values: bytes of the thread's comm, and tgid next
// to pid in task_struct.
#include <linux/sched.h>

BPF_ARRAY(target, u64, 2); // thread id, syscall number
BPF_ARRAY(found, u64, 5);

RAW_TRACEPOINT_PROBE(sys_enter)
{
	int k0 = 0, k1 = 1, k2 = 2, k3 = 3, k4 = 4;
	u64 *tid = target.lookup(&k0), *nr = target.lookup(&k1);
	if (!tid || !nr || *tid != (u32)bpf_get_current_pid_tgid() || ctx->args[1] != *nr)
		return 0;
	struct task_struct *t = (struct task_struct *)bpf_get_current_task();
	u64 c2 = *(u8 *)((u64)&t->comm + 5 - 3);      // comm[2]
	u64 c3 = *(&t->comm[6] - 3);                  // comm[3]
	u64 tgid = *(u32 *)((unsigned long)&t->pid + sizeof(t->pid));
	u64 c4 = *((char *)t->comm + 4);              // comm[4]
	u64 pid = *(&t->tgid - 1);
	found.update(&k0, &c2);
	found.update(&k1, &c3);
	found.update(&k2, &tgid);
	found.update(&k3, &c4);
	found.update(&k4, &pid);
	return 0;
}
