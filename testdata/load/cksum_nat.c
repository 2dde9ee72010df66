// @prog nat=SCHED_CLS
// @prog nat_off=SCHED_CLS
// BCC's checksum builtins, as a source and destination NAT of IPv4 UDP and
// TCP: incr_cksum_l3 updates the IP header checksum, incr_cksum_l4(..., 1)
// the UDP/TCP checksum, whose pseudo header holds the addresses. nat names
// the checksum fields as &hdr->field of <bcc/proto.h> headers; nat_off
// gives plain offsets (constant for the IP header, computed for L4). The
// return value is TC_ACT_SHOT when a helper failed.
#include <bcc/proto.h>
#include <linux/ip.h>
#include <linux/udp.h>
#include <linux/tcp.h>
#include <linux/in.h>

#ifndef offsetof /* BCC gets it from the kernel's headers; bccc's lack it */
#define offsetof(type, member) __builtin_offsetof(type, member)
#endif

#define NEW_SRC 0xc0a80a01 /* 192.168.10.1 */
#define NEW_DST 0x0a000063 /* 10.0.0.99 */
#define NEW_DPORT 8053

int nat(struct __sk_buff *skb)
{
	u8 *cursor = 0;
	int err = 0;
	struct ethernet_t *eth = cursor_advance(cursor, sizeof(*eth));
	if (eth->type != ETH_P_IP)
		return TC_ACT_OK;
	struct ip_t *ip = cursor_advance(cursor, sizeof(*ip));
	if (ip->ver != 4 || ip->hlen != 5)
		return TC_ACT_OK;
	u32 old_src = ip->src, old_dst = ip->dst;
	u32 new_src = NEW_SRC, new_dst = NEW_DST;
	err |= incr_cksum_l3(&ip->hchecksum, old_src, new_src);
	err |= incr_cksum_l3(&ip->hchecksum, old_dst, new_dst);
	ip->src = new_src;
	ip->dst = new_dst;
	switch (ip->nextp) {
	case IPPROTO_UDP: {
		struct udp_t *udp = cursor_advance(cursor, sizeof(*udp));
		u16 old_port = udp->dport, new_port = NEW_DPORT;
		err |= incr_cksum_l4(&udp->crc, old_src, new_src, 1);
		err |= incr_cksum_l4(&udp->crc, old_dst, new_dst, 1);
		/* a port is no part of the pseudo header: 2 bytes, pseudo 0 */
		err |= incr_cksum_l4(&udp->crc, old_port, new_port, 0);
		udp->dport = new_port;
		break;
	}
	case IPPROTO_TCP: {
		struct tcp_t *tcp = cursor_advance(cursor, sizeof(*tcp));
		err |= incr_cksum_l4(&tcp->cksum, old_src, new_src, 1);
		err |= incr_cksum_l4(&tcp->cksum, old_dst, new_dst, 1);
		break;
	}
	}
	return err ? TC_ACT_SHOT : TC_ACT_OK;
}

int nat_off(struct __sk_buff *skb)
{
	int err = 0;
	if (load_half(skb, offsetof(struct ethhdr, h_proto)) != ETH_P_IP)
		return TC_ACT_OK;
	u32 ihl = load_byte(skb, ETH_HLEN) & 0xf;
	u32 proto = load_byte(skb, ETH_HLEN + offsetof(struct iphdr, protocol));
	u32 old_src = load_word(skb, ETH_HLEN + offsetof(struct iphdr, saddr));
	u32 old_dst = load_word(skb, ETH_HLEN + offsetof(struct iphdr, daddr));
	u32 new_src = NEW_SRC, new_dst = NEW_DST;
	err |= incr_cksum_l3(ETH_HLEN + offsetof(struct iphdr, check), old_src, new_src);
	err |= incr_cksum_l3(ETH_HLEN + offsetof(struct iphdr, check), old_dst, new_dst);
	u32 src_be = bpf_htonl(new_src), dst_be = bpf_htonl(new_dst);
	bpf_skb_store_bytes(skb, ETH_HLEN + offsetof(struct iphdr, saddr), &src_be, 4, 0);
	bpf_skb_store_bytes(skb, ETH_HLEN + offsetof(struct iphdr, daddr), &dst_be, 4, 0);
	u32 l4 = ETH_HLEN + ihl * 4, csum;
	if (proto == IPPROTO_UDP)
		csum = l4 + offsetof(struct udphdr, check);
	else if (proto == IPPROTO_TCP)
		csum = l4 + offsetof(struct tcphdr, check);
	else
		return TC_ACT_OK;
	int pseudo = skb->len != 0; /* 1, known only when it runs */
	err |= incr_cksum_l4(csum, old_src, new_src, pseudo);
	err |= incr_cksum_l4(csum, old_dst, new_dst, pseudo);
	return err ? TC_ACT_SHOT : TC_ACT_OK;
}
