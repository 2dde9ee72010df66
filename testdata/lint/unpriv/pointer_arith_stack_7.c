// A stack array indexed by a bounded but variable value: fine for root,
// but a variable offset on the stack pointer is refused for unprivileged
// programs (Spectre v1 hardening).
// unprivileged
// kernel: (root) accepted.
// Unprivileged, check_stack_access_for_ptr_arithmetic() refuses:
// "R1 variable stack access prohibited for !root, var_off=(0x0; 0x38) off=-64".
// @prog ingress_hist=CGROUP_SKB:ingress
BPF_ARRAY(hist, u64, 8);

int ingress_hist(struct __sk_buff *skb)
{
	u64 counts[8] = {};
	u32 b = skb->len & 7;
	counts[b] = 1; // want "pointer arithmetic"
	for (int i = 0; i < 8; i++)
		hist.increment(i, counts[i]);
	return 1;
}
