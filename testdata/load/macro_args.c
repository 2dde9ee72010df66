// @prog cls=SCHED_CLS
// Map methods and packet-header fields in the arguments of a macro
// (bpf_trace_printk is one in bccc) are the user's own text: allowed.
#include <bcc/proto.h>
BPF_HASH(counts, u32, u64);
#define KEY 7
int cls(struct __sk_buff *skb)
{
	u8 *cursor = 0;
	u32 k = KEY;
	struct ethernet_t *eth = cursor_advance(cursor, sizeof(*eth));
	bpf_trace_printk("type %x\n", eth->type);
	bpf_trace_printk("seen %d\n", counts.lookup(&k) ? 1 : 0);
	counts.increment(KEY);
	return 0;
}
