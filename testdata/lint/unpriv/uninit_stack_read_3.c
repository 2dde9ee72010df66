// Only 4 bytes are loaded into the 8-byte buffer, and the buffer is then
// read as one u64: its upper half is uninitialized stack.
// unprivileged
// kernel: (root) accepted: root may read uninitialized stack.
// Unprivileged, check_stack_read_fixed_off() rejects the partially written
// slot: "invalid read from stack off -8+4 size 8".
// @prog ingress_word=CGROUP_SKB:ingress
BPF_ARRAY(words, u64, 1);

int ingress_word(struct __sk_buff *skb)
{
	u64 buf;
	if (bpf_skb_load_bytes(skb, 0, &buf, 4) < 0)
		return 1;
	int zero = 0;
	u64 w = buf; // want "uninitialized stack"
	words.update(&zero, &w);
	return 1;
}
