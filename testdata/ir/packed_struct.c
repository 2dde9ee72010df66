// A packed struct on the stack is accessed byte by byte; a u32 of a map
// value directly.
// @prog f=XDP
struct rec {
	u8 tag;
	u32 val;
} __attribute__((packed));

BPF_ARRAY(vals, u32, 1);

int f(struct xdp_md *ctx)
{
	struct rec r = { .tag = 1, .val = ctx->data };
	int k = 0;
	u32 *v = vals.lookup(&k);
	if (!v)
		return 0;
	*v = r.val + r.tag;
	return 2;
}
