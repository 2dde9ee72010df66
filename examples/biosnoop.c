// biosnoop: one line per block device I/O: the process that issued it,
// the device, read or write, the sector, the size and the latency — BCC's
// biosnoop, on the block tracepoints. The issuing process is the one
// current at block_rq_issue (often a kernel worker for writeback).
//   bccc run examples/biosnoop.c
#include <linux/sched.h>

struct rq_key {
	u64 dev;
	u64 sector;
};

struct rq_start {
	u64 ts;
	u32 pid;
	char comm[TASK_COMM_LEN];
};

struct bio_event {
	u32 pid;
	u32 dev_major;
	u32 dev_minor;
	u32 bytes;
	u64 sector;
	u64 latency_us;
	char rwbs[8]; // R, W, WS (sync write), F (flush)...
	char comm[TASK_COMM_LEN];
};

BPF_HASH(issued, struct rq_key, struct rq_start, 10240);
BPF_RINGBUF_OUTPUT(events, 64);

TRACEPOINT_PROBE(block, block_rq_issue)
{
	struct rq_key k = {};
	struct rq_start s = {};
	k.dev = args->dev;
	k.sector = args->sector;
	s.ts = bpf_ktime_get_ns();
	s.pid = bpf_get_current_pid_tgid() >> 32;
	bpf_get_current_comm(&s.comm, sizeof(s.comm));
	issued.update(&k, &s);
	return 0;
}

TRACEPOINT_PROBE(block, block_rq_complete)
{
	struct rq_key k = {};
	k.dev = args->dev;
	k.sector = args->sector;
	struct rq_start *s = issued.lookup(&k);
	if (!s)
		return 0;
	struct bio_event *e = events.ringbuf_reserve(sizeof(struct bio_event));
	if (e) {
		e->pid = s->pid;
		e->dev_major = args->dev >> 20; // the kernel's dev_t: 12 bits major, 20 minor
		e->dev_minor = args->dev & ((1 << 20) - 1);
		e->bytes = args->nr_sector * 512;
		e->sector = args->sector;
		e->latency_us = (bpf_ktime_get_ns() - s->ts) / 1000;
		bpf_probe_read_kernel_str(e->rwbs, sizeof(e->rwbs), args->rwbs);
		__builtin_memcpy(e->comm, s->comm, sizeof(e->comm));
		events.ringbuf_submit(e, 0);
	}
	issued.delete(&k);
	return 0;
}
