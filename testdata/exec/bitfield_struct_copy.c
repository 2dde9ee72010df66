/* Copying and passing structs with bitfields keeps every field. */
struct hdr {
	u32 ver : 4, ihl : 4, tos : 8, len : 16;
	u16 id;
	u16 frag : 13, flags : 3;
};

static inline u32 sum(struct hdr h)
{
	return h.ver + h.ihl + h.tos + h.len + h.id + h.frag + h.flags;
}

static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	struct hdr h;
	h.ver = a; h.ihl = a >> 4; h.tos = a >> 8; h.len = a >> 16;
	h.id = b; h.frag = b >> 16; h.flags = b >> 29;
	struct hdr g = h;
	g.flags = 5;
	return (u64)sum(h) | (u64)sum(g) << 20 | (u64)h.flags << 40 | (u64)g.len << 44;
}
