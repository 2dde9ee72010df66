// Count IPv4 packets per protocol with headers declared by hand.
// @prog xdp_counter=XDP
struct eth_hdr {
	unsigned char dst[6];
	unsigned char src[6];
	unsigned short proto;
} __attribute__((packed));

struct ip4_hdr {
	unsigned char ihl_version;
	unsigned char tos;
	unsigned short tot_len;
	unsigned short id;
	unsigned short frag_off;
	unsigned char ttl;
	unsigned char protocol;
	unsigned short check;
	unsigned int saddr;
	unsigned int daddr;
};

BPF_ARRAY(proto_count, u64, 256);

int xdp_counter(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data;
	void *data_end = (void *)(long)ctx->data_end;
	struct eth_hdr *eth = data;
	if ((void *)(eth + 1) > data_end)
		return XDP_PASS;
	if (eth->proto != __builtin_bswap16(0x0800))
		return XDP_PASS;
	struct ip4_hdr *ip = (void *)(eth + 1);
	if ((void *)(ip + 1) > data_end)
		return XDP_PASS;
	u32 key = ip->protocol;
	u64 *value = proto_count.lookup(&key);
	if (value)
		__sync_fetch_and_add(value, 1);
	return XDP_PASS;
}
