// runqlat: run queue (scheduler) latency as a log2 histogram of
// microseconds: the time from a task's wakeup, or its preemption, to its
// running on a CPU — BCC's runqlat, on the sched tracepoints.
//   bccc run examples/runqlat.c --duration 5
// With -DPER_THREAD, one histogram per thread id (BCC's runqlat -L):
//   bccc run -DPER_THREAD examples/runqlat.c --duration 5
#include <linux/sched.h>

BPF_HASH(start, u32, u64, 10240);
#ifdef PER_THREAD
typedef struct tid_key {
	u64 tid;
	u64 slot;
} tid_key_t;
BPF_HISTOGRAM(dist, tid_key_t);
#else
BPF_HISTOGRAM(dist);
#endif

static int enqueue(u32 pid)
{
	if (pid == 0)
		return 0;
	u64 ts = bpf_ktime_get_ns();
	start.update(&pid, &ts);
	return 0;
}

TRACEPOINT_PROBE(sched, sched_wakeup)
{
	return enqueue(args->pid);
}

TRACEPOINT_PROBE(sched, sched_wakeup_new)
{
	return enqueue(args->pid);
}

TRACEPOINT_PROBE(sched, sched_switch)
{
	// A task preempted while runnable goes back on the run queue.
	if (args->prev_state == TASK_RUNNING)
		enqueue(args->prev_pid);

	u32 pid = args->next_pid;
	u64 *tsp = start.lookup(&pid);
	if (!tsp)
		return 0;
	u64 delta_us = (bpf_ktime_get_ns() - *tsp) / 1000;
#ifdef PER_THREAD
	tid_key_t key = {};
	key.tid = pid;
	key.slot = bpf_log2l(delta_us);
	dist.increment(key);
#else
	dist.increment(bpf_log2l(delta_us));
#endif
	start.delete(&pid);
	return 0;
}
