/* uapi/linux/if_packet.h - packet socket addresses and packet types
 * (the values of __sk_buff->pkt_type). */
#ifndef __BCCC_UAPI_LINUX_IF_PACKET_H
#define __BCCC_UAPI_LINUX_IF_PACKET_H

#include <bcc/types.h>

struct sockaddr_pkt {
	unsigned short spkt_family;
	unsigned char spkt_device[14];
	__be16 spkt_protocol;
};

struct sockaddr_ll {
	unsigned short	sll_family;
	__be16		sll_protocol;
	int		sll_ifindex;
	unsigned short	sll_hatype;
	unsigned char	sll_pkttype;
	unsigned char	sll_halen;
	unsigned char	sll_addr[8];
};

/* Packet types */
#define PACKET_HOST		0	/* To us */
#define PACKET_BROADCAST	1	/* To all */
#define PACKET_MULTICAST	2	/* To group */
#define PACKET_OTHERHOST	3	/* To someone else */
#define PACKET_OUTGOING		4	/* Outgoing of any type */
#define PACKET_LOOPBACK		5	/* MC/BRD frame looped back */
#define PACKET_USER		6	/* To user space */
#define PACKET_KERNEL		7	/* To kernel space */
/* Unused, PACKET_FASTROUTE and PACKET_LOOPBACK are invisible to user space */
#define PACKET_FASTROUTE	6	/* Fastrouted frame */

/* Packet socket options */
#define PACKET_ADD_MEMBERSHIP		1
#define PACKET_DROP_MEMBERSHIP		2
#define PACKET_RECV_OUTPUT		3
#define PACKET_RX_RING			5
#define PACKET_STATISTICS		6
#define PACKET_COPY_THRESH		7
#define PACKET_AUXDATA			8
#define PACKET_ORIGDEV			9
#define PACKET_VERSION			10
#define PACKET_HDRLEN			11
#define PACKET_RESERVE			12
#define PACKET_TX_RING			13
#define PACKET_LOSS			14
#define PACKET_VNET_HDR			15
#define PACKET_TX_TIMESTAMP		16
#define PACKET_TIMESTAMP		17
#define PACKET_FANOUT			18
#define PACKET_TX_HAS_OFF		19
#define PACKET_QDISC_BYPASS		20
#define PACKET_ROLLOVER_STATS		21
#define PACKET_FANOUT_DATA		22
#define PACKET_IGNORE_OUTGOING		23
#define PACKET_VNET_HDR_SZ		24

#endif /* __BCCC_UAPI_LINUX_IF_PACKET_H */
