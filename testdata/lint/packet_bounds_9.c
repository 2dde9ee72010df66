// TC rewrites the destination MAC: the check covers 6 bytes, the write
// goes to the source MAC at bytes 6..11.
// @prog tc_mac=SCHED_CLS
// kernel: invalid access to packet, off=6 size=1, R2(id=0,off=6,r=6)
#include <linux/pkt_cls.h>
#include <linux/if_ether.h>

int tc_mac(struct __sk_buff *skb)
{
	unsigned char *data = (void *)(long)skb->data;
	unsigned char *data_end = (void *)(long)skb->data_end;
	if (data + ETH_ALEN > data_end)
		return TC_ACT_OK;
	data[0] = 0x02;
	data[ETH_ALEN] = 0x02; // want "packet access"
	return TC_ACT_OK;
}
