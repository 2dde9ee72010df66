// XDP counter: an array lookup with a key that is not a known
// constant may return NULL (index out of range), and the result is passed to lock_xadd unchecked.
// @prog xdp_count=XDP
// kernel: R1 invalid mem access 'map_value_or_null'
BPF_ARRAY(pkts, u64, 64);

int xdp_count(struct xdp_md *ctx)
{
	int key = ctx->rx_queue_index;
	u64 *cnt = pkts.lookup(&key);
	lock_xadd(cnt, 1); // want "may be NULL"
	return XDP_PASS;
}
