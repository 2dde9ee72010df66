// profile: where the CPUs spend their time. A CPU clock sample every 1/F
// second on every CPU counts the running task's process, name and kernel
// and user stacks — BCC's profile, on a perf event (attach_perf_event).
// Stack ids index the stack_traces map (-EFAULT, -14: no user stack, as
// in a kernel thread); the idle task is left out.
//   bccc run --prog do_perf_event=PERF_EVENT --perf-freq 49 examples/profile.c --duration 5
// @prog do_perf_event=PERF_EVENT
#include <uapi/linux/bpf_perf_event.h>
#include <linux/sched.h>

struct key_t {
	u32 pid;
	int user_stack_id;
	int kernel_stack_id;
	char name[TASK_COMM_LEN];
};

BPF_HASH(counts, struct key_t, u64, 10240);
BPF_STACK_TRACE(stack_traces, 16384);

int do_perf_event(struct bpf_perf_event_data *ctx)
{
	u32 tgid = bpf_get_current_pid_tgid() >> 32;
	if (tgid == 0)
		return 0; // idle

	struct key_t key = {.pid = tgid};
	bpf_get_current_comm(&key.name, sizeof(key.name));
	key.user_stack_id = stack_traces.get_stackid(&ctx->regs, BPF_F_USER_STACK);
	key.kernel_stack_id = stack_traces.get_stackid(&ctx->regs, 0);
	counts.increment(key);
	return 0;
}
