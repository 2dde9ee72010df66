// funccount: count the calls of one user-space function, per process —
// BCC's funccount for a uprobe (funccount c:malloc). The function is given
// on the command line as the uprobe target, a library name or a path and a
// symbol:
//   bccc run --prog count_calls=UPROBE:c:malloc examples/funccount.c --duration 5
// @prog count_calls=UPROBE:c:malloc
#include <linux/sched.h>

struct proc_key {
	u32 pid;
	char comm[TASK_COMM_LEN];
};

BPF_HASH(calls, struct proc_key, u64);

int count_calls(struct pt_regs *ctx)
{
	struct proc_key k = {};
	k.pid = bpf_get_current_pid_tgid() >> 32;
	bpf_get_current_comm(&k.comm, sizeof(k.comm));
	calls.increment(k);
	return 0;
}
