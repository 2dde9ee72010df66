// Packet loads under register pressure: more values live across LD_ABS and
// LD_IND than R7–R9 hold, the context reached through a copy and passed to
// a helper as well (R1) between the loads (R6), loads in an unrolled and in
// a bounded loop (dialect_ldabs_test.go checks the sums).
// @prog pressure=SOCKET_FILTER
BPF_ARRAY(out, u64, 3);

int pressure(struct __sk_buff *skb)
{
	void *p = skb;
	u64 a = load_byte(p, 0), b = load_byte(p, 1), c = load_half(p, 2), d = load_half(p, 4);
	u64 e = load_word(p, 6), f = load_word(p, 10), g = load_byte(p, 14), h = load_dword(p, 15);
	u16 x = 0;
	bpf_skb_load_bytes(skb, 2, &x, 2);
	u64 s = 0;
#pragma unroll
	for (int i = 0; i < 8; i++)
		s = s * 31 + load_byte(p, 20 + i) + a;
	u32 n = load_byte(skb, 0) & 7;
	for (u32 i = 0; i < n && i < 8; i++)
		s += load_half(skb, 30 + 2 * i) * b;
	int k = 0;
	u64 v = a + b * 3 + c * 5 + d * 7 + e * 11 + f * 13 + g * 17 + h * 19;
	out.update(&k, &v);
	k = 1;
	out.update(&k, &s);
	k = 2;
	v = x + a + h;
	out.update(&k, &v);
	return 0;
}
