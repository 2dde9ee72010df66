// The address of a compound literal is the address of a stack object
// initialised in place, as for a local (it used to fold to NULL).
// codegen_regress_test.go runs it.
// @prog complit=SOCKET_FILTER
struct pair { u32 a, b; };
BPF_ARRAY(words, u64, 3);

int complit(struct __sk_buff *skb)
{
	u64 w = 0x1122334455667788;
	words.update(&(int){0}, &w);
	w = skb->len;
	words.update(&(u32){1}, &w);
	w = 7;
	words.update(&(struct pair){2, 9}.a, &w);
	return skb->len;
}
