// BCC's packet loads in a socket filter: load_byte/half/word/dword give
// the big-endian bytes at an offset in host order (dialect_test.go runs it
// on a known packet).
// @prog filt=SOCKET_FILTER
BPF_ARRAY(loads, u64, 5);

int filt(struct __sk_buff *skb)
{
	int k;
	u64 v;
	k = 0; v = load_byte(skb, 14); loads.update(&k, &v);
	k = 1; v = load_half(skb, 12); loads.update(&k, &v);
	k = 2; v = load_word(skb, 26); loads.update(&k, &v);
	k = 3; v = load_dword(skb, 6); loads.update(&k, &v);
	/* loads[4] stays 0: a load past the end would end the program (LD_ABS,
	 * see ldabs_loads.c and dialect_ldabs_test.go) */
	return skb->len;
}
