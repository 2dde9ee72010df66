/* uapi/linux/in.h - IPv4 protocol numbers, addresses and socket address. */
#ifndef __BCCC_UAPI_LINUX_IN_H
#define __BCCC_UAPI_LINUX_IN_H

#include <bcc/types.h>
#include <linux/socket.h>

/* Standard well-defined IP protocols. */
enum {
	IPPROTO_IP = 0,		/* dummy protocol for TCP */
#define IPPROTO_IP		IPPROTO_IP
	IPPROTO_ICMP = 1,	/* Internet Control Message Protocol */
#define IPPROTO_ICMP		IPPROTO_ICMP
	IPPROTO_IGMP = 2,	/* Internet Group Management Protocol */
#define IPPROTO_IGMP		IPPROTO_IGMP
	IPPROTO_IPIP = 4,	/* IPIP tunnels (older KA9Q tunnels use 94) */
#define IPPROTO_IPIP		IPPROTO_IPIP
	IPPROTO_TCP = 6,	/* Transmission Control Protocol */
#define IPPROTO_TCP		IPPROTO_TCP
	IPPROTO_EGP = 8,	/* Exterior Gateway Protocol */
#define IPPROTO_EGP		IPPROTO_EGP
	IPPROTO_PUP = 12,	/* PUP protocol */
#define IPPROTO_PUP		IPPROTO_PUP
	IPPROTO_UDP = 17,	/* User Datagram Protocol */
#define IPPROTO_UDP		IPPROTO_UDP
	IPPROTO_IDP = 22,	/* XNS IDP protocol */
#define IPPROTO_IDP		IPPROTO_IDP
	IPPROTO_TP = 29,	/* SO Transport Protocol Class 4 */
#define IPPROTO_TP		IPPROTO_TP
	IPPROTO_DCCP = 33,	/* Datagram Congestion Control Protocol */
#define IPPROTO_DCCP		IPPROTO_DCCP
	IPPROTO_IPV6 = 41,	/* IPv6-in-IPv4 tunnelling */
#define IPPROTO_IPV6		IPPROTO_IPV6
	IPPROTO_RSVP = 46,	/* RSVP Protocol */
#define IPPROTO_RSVP		IPPROTO_RSVP
	IPPROTO_GRE = 47,	/* Cisco GRE tunnels (rfc 1701,1702) */
#define IPPROTO_GRE		IPPROTO_GRE
	IPPROTO_ESP = 50,	/* Encapsulation Security Payload protocol */
#define IPPROTO_ESP		IPPROTO_ESP
	IPPROTO_AH = 51,	/* Authentication Header protocol */
#define IPPROTO_AH		IPPROTO_AH
	IPPROTO_MTP = 92,	/* Multicast Transport Protocol */
#define IPPROTO_MTP		IPPROTO_MTP
	IPPROTO_BEETPH = 94,	/* IP option pseudo header for BEET */
#define IPPROTO_BEETPH		IPPROTO_BEETPH
	IPPROTO_ENCAP = 98,	/* Encapsulation Header */
#define IPPROTO_ENCAP		IPPROTO_ENCAP
	IPPROTO_PIM = 103,	/* Protocol Independent Multicast */
#define IPPROTO_PIM		IPPROTO_PIM
	IPPROTO_COMP = 108,	/* Compression Header Protocol */
#define IPPROTO_COMP		IPPROTO_COMP
	IPPROTO_L2TP = 115,	/* Layer 2 Tunnelling Protocol */
#define IPPROTO_L2TP		IPPROTO_L2TP
	IPPROTO_SCTP = 132,	/* Stream Control Transport Protocol */
#define IPPROTO_SCTP		IPPROTO_SCTP
	IPPROTO_UDPLITE = 136,	/* UDP-Lite (RFC 3828) */
#define IPPROTO_UDPLITE		IPPROTO_UDPLITE
	IPPROTO_MPLS = 137,	/* MPLS in IP (RFC 4023) */
#define IPPROTO_MPLS		IPPROTO_MPLS
	IPPROTO_ETHERNET = 143,	/* Ethernet-within-IPv6 Encapsulation */
#define IPPROTO_ETHERNET	IPPROTO_ETHERNET
	IPPROTO_AGGFRAG = 144,	/* AGGFRAG in ESP (RFC 9347) */
#define IPPROTO_AGGFRAG		IPPROTO_AGGFRAG
	IPPROTO_RAW = 255,	/* Raw IP packets */
#define IPPROTO_RAW		IPPROTO_RAW
	IPPROTO_SMC = 256,	/* Shared Memory Communications */
#define IPPROTO_SMC		IPPROTO_SMC
	IPPROTO_MPTCP = 262,	/* Multipath TCP connection */
#define IPPROTO_MPTCP		IPPROTO_MPTCP
	IPPROTO_MAX
};

/* Internet address. */
struct in_addr {
	__be32	s_addr;
};

#define __SOCK_SIZE__	16		/* sizeof(struct sockaddr) */

/* Structure describing an Internet (IP) socket address. */
struct sockaddr_in {
	__kernel_sa_family_t	sin_family;	/* address family */
	__be16			sin_port;	/* port number */
	struct in_addr		sin_addr;	/* internet address */

	/* Pad to size of `struct sockaddr'. */
	unsigned char		__pad[__SOCK_SIZE__ - sizeof(short int) -
			sizeof(unsigned short int) - sizeof(struct in_addr)];
};
#define sin_zero	__pad		/* for BSD UNIX comp. -FvK */

struct ip_mreq {
	struct in_addr imr_multiaddr;	/* IP multicast address of group */
	struct in_addr imr_interface;	/* local IP address of interface */
};

struct ip_mreqn {
	struct in_addr	imr_multiaddr;	/* IP multicast address of group */
	struct in_addr	imr_address;	/* local IP address of interface */
	int		imr_ifindex;	/* interface index */
};

/* IP socket options (SOL_IP), the common ones. */
#define IP_TOS		1
#define IP_TTL		2
#define IP_HDRINCL	3
#define IP_OPTIONS	4
#define IP_ROUTER_ALERT	5
#define IP_RECVOPTS	6
#define IP_RETOPTS	7
#define IP_PKTINFO	8
#define IP_PKTOPTIONS	9
#define IP_MTU_DISCOVER	10
#define IP_RECVERR	11
#define IP_RECVTTL	12
#define	IP_RECVTOS	13
#define IP_MTU		14
#define IP_FREEBIND	15
#define IP_TRANSPARENT	19
#define IP_BIND_ADDRESS_NO_PORT	24

/* Address classes and special addresses (host byte order). */
#define	IN_CLASSA(a)		((((long int) (a)) & 0x80000000) == 0)
#define	IN_CLASSA_NET		0xff000000
#define	IN_CLASSA_NSHIFT	24
#define	IN_CLASSA_HOST		(0xffffffff & ~IN_CLASSA_NET)
#define	IN_CLASSA_MAX		128

#define	IN_CLASSB(a)		((((long int) (a)) & 0xc0000000) == 0x80000000)
#define	IN_CLASSB_NET		0xffff0000
#define	IN_CLASSB_NSHIFT	16
#define	IN_CLASSB_HOST		(0xffffffff & ~IN_CLASSB_NET)
#define	IN_CLASSB_MAX		65536

#define	IN_CLASSC(a)		((((long int) (a)) & 0xe0000000) == 0xc0000000)
#define	IN_CLASSC_NET		0xffffff00
#define	IN_CLASSC_NSHIFT	8
#define	IN_CLASSC_HOST		(0xffffffff & ~IN_CLASSC_NET)

#define	IN_CLASSD(a)		((((long int) (a)) & 0xf0000000) == 0xe0000000)
#define	IN_MULTICAST(a)		IN_CLASSD(a)
#define	IN_MULTICAST_NET	0xe0000000

#define	IN_BADCLASS(a)		(((long int) (a) ) == (long int)0xffffffff)
#define	IN_EXPERIMENTAL(a)	IN_BADCLASS((a))

#define	IN_CLASSE(a)		((((long int) (a)) & 0xf0000000) == 0xf0000000)
#define	IN_CLASSE_NET		0xffffffff
#define	IN_CLASSE_NSHIFT	0

/* Address to accept any incoming messages. */
#define	INADDR_ANY		((unsigned long int) 0x00000000)
/* Address to send to all hosts. */
#define	INADDR_BROADCAST	((unsigned long int) 0xffffffff)
/* Address indicating an error return. */
#define	INADDR_NONE		((unsigned long int) 0xffffffff)
/* Dummy address for src of ICMP replies if no real address is set. */
#define	INADDR_DUMMY		((unsigned long int) 0xc0000008)

/* Network number for local host loopback. */
#define	IN_LOOPBACKNET		127
/* Address to loopback in software to local host. */
#define	INADDR_LOOPBACK		0x7f000001	/* 127.0.0.1 */
#define	IN_LOOPBACK(a)		((((long int) (a)) & 0xff000000) == 0x7f000000)

/* Defines for Multicast INADDR */
#define INADDR_UNSPEC_GROUP		0xe0000000U	/* 224.0.0.0 */
#define INADDR_ALLHOSTS_GROUP		0xe0000001U	/* 224.0.0.1 */
#define INADDR_ALLRTRS_GROUP		0xe0000002U	/* 224.0.0.2 */
#define INADDR_ALLSNOOPERS_GROUP	0xe000006aU	/* 224.0.0.106 */
#define INADDR_MAX_LOCAL_GROUP		0xe00000ffU	/* 224.0.0.255 */

#endif /* __BCCC_UAPI_LINUX_IN_H */
