// An int program result is returned without sign extension (as clang does:
// the kernel reads the low 32 bits of R0). Extending a pointer cast to long
// was rejected: "pointer arithmetic with <<= operator prohibited".
// @prog ret_ptr=SOCKET_FILTER
// @prog ret_lookup=SOCKET_FILTER
BPF_ARRAY(vals, u64, 1);

int ret_ptr(struct __sk_buff *skb)
{
	return (long)skb;
}

int ret_lookup(struct __sk_buff *skb)
{
	int k = 0;
	return (long)vals.lookup(&k);
}
