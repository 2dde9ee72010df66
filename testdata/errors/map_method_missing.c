// Each macro's struct has exactly the methods BCC allows for it.
// @prog f=XDP
BPF_QUEUE(q, u32, 4);
int f(void *ctx)
{
	u32 k = 0;
	return q.lookup(&k) != 0;	// ERROR "no member named lookup"
}
