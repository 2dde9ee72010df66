// bpf_skb_load_bytes works only on a socket buffer context; a kprobe
// cannot call it, even with an skb pointer from the arguments.
// kernel: program of this type cannot use helper bpf_skb_load_bytes#26
BPF_HASH(first_bytes, u32, u32);

int kprobe__ip_rcv(struct pt_regs *ctx, struct sk_buff *skb)
{
	u32 word = 0;
	bpf_skb_load_bytes(skb, 0, &word, sizeof(word)); // want "not allowed"
	u32 pid = bpf_get_current_pid_tgid();
	first_bytes.update(&pid, &word);
	return 0;
}
