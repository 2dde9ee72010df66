// The loop walks one element past the end of the stack array (<= instead
// of <), reading above the frame.
// @prog xdp_sum=XDP
// kernel: invalid read from stack R3 off=0 size=8
BPF_ARRAY(sums, u64, 1);

int xdp_sum(struct xdp_md *ctx)
{
	u64 w[4];
	int k = 0;
	w[0] = ctx->ingress_ifindex;
	w[1] = ctx->rx_queue_index;
	w[2] = bpf_ktime_get_ns();
	w[3] = ctx->data_end - ctx->data;
	u64 s = 0;
	for (int i = 0; i <= 4; i++)
		s += w[i]; // want "out of bounds"
	sums.update(&k, &s);
	return XDP_PASS;
}
