// BPF_QUEUE and BPF_STACK (optional flags), push/pop/peek; BPF_TABLE's
// "queue" and "stack" have no key either.
// @prog queue_stack=XDP
BPF_QUEUE(q, u32, 8);
BPF_STACK(s, u64, 8, 0);
BPF_QUEUESTACK("queue", q2, u16, 4, 0);

int queue_stack(struct xdp_md *ctx)
{
	u32 v = 1;
	u64 w = 2;
	u16 h = 3;
	q.push(&v, BPF_EXIST);
	s.push(&w, 0);
	q2.push(&h, 0);
	if (q.peek(&v) == 0 && s.pop(&w) == 0 && q2.pop(&h) == 0)
		return XDP_PASS;
	q.pop(&v);
	s.peek(&w);
	q2.peek(&h);
	return XDP_DROP;
}
