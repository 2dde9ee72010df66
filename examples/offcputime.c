// offcputime: where and for how long tasks block. Time off CPU, in
// microseconds, summed by process, thread, name and the kernel and user
// stacks at the moment the task was switched out — BCC's offcputime, on the
// sched_switch tracepoint (which runs in the task being switched out, so
// its stacks are the blocking task's). Stack ids index the stack_traces
// map; bccc run prints the counts, not the stacks.
//   bccc run examples/offcputime.c --duration 5
#include <linux/sched.h>

struct offcpu_key {
	u32 pid;
	u32 tgid;
	int kernel_stack_id;
	int user_stack_id;
	char comm[TASK_COMM_LEN];
};

struct offcpu_start {
	u64 ts;
	struct offcpu_key key;
};

BPF_HASH(start, u32, struct offcpu_start, 10240);
BPF_HASH(counts, struct offcpu_key, u64, 10240);
BPF_STACK_TRACE(stack_traces, 4096);

TRACEPOINT_PROBE(sched, sched_switch)
{
	u64 now = bpf_ktime_get_ns();
	u32 prev = args->prev_pid, next = args->next_pid;

	if (prev != 0) {
		struct offcpu_start s = {};
		s.ts = now;
		s.key.pid = prev;
		s.key.tgid = bpf_get_current_pid_tgid() >> 32;
		s.key.kernel_stack_id = stack_traces.get_stackid(args, 0);
		s.key.user_stack_id = stack_traces.get_stackid(args, BPF_F_USER_STACK);
		bpf_get_current_comm(&s.key.comm, sizeof(s.key.comm));
		start.update(&prev, &s);
	}

	struct offcpu_start *sp = start.lookup(&next);
	if (!sp)
		return 0;
	u64 delta_us = (now - sp->ts) / 1000;
	struct offcpu_key key = sp->key;
	start.delete(&next);
	counts.increment(key, delta_us);
	return 0;
}
