// The slot index is computed by subtracting two map value pointers.
// unprivileged
// kernel: (root) accepted: pointer - pointer gives a scalar for root.
// Unprivileged, adjust_reg_min_max_vals() refuses: "R1 pointer -= pointer prohibited".
// @prog sock_slot=SOCKET_FILTER
struct slots {
	u32 s[16];
};
BPF_ARRAY(table, struct slots, 1);

int sock_slot(struct __sk_buff *skb)
{
	int zero = 0;
	struct slots *t = table.lookup(&zero);
	if (!t)
		return 0;
	u32 *p = &t->s[skb->len & 15];
	long idx = p - &t->s[0]; // want "pointer arithmetic"
	return idx;
}
