// Queues pop the oldest value, stacks the newest; a full queue refuses a
// push unless BPF_EXIST, which drops the oldest.
// @prog qs=XDP
BPF_QUEUE(q, u32, 3);
BPF_STACK(s, u32, 3);
BPF_ARRAY(out, s64, 9);

int qs(struct xdp_md *ctx)
{
	s64 r[9];
	u32 v;
	for (v = 10; v <= 30; v += 10) {
		q.push(&v, 0);
		s.push(&v, 0);
	}
	v = 40;
	r[0] = q.push(&v, 0);
	r[1] = q.push(&v, BPF_EXIST);
	r[2] = q.pop(&v) == 0 ? v : -1;
	r[3] = q.peek(&v) == 0 ? v : -1;
	r[4] = s.pop(&v) == 0 ? v : -1;
	r[5] = s.peek(&v) == 0 ? v : -1;
	r[6] = s.pop(&v) == 0 ? v : -1;
	r[7] = s.pop(&v) == 0 ? v : -1;
	r[8] = s.pop(&v);
	for (int i = 0; i < 9; i++)
		out.update(&i, &r[i]);
	return XDP_PASS;
}
