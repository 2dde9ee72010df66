/* uapi/linux/ipv6.h - the IPv6 header and extension headers. */
#ifndef __BCCC_UAPI_LINUX_IPV6_H
#define __BCCC_UAPI_LINUX_IPV6_H

#include <bcc/types.h>
#include <bcc/byteorder.h>
#include <uapi/linux/in6.h>

#define IPV6_MIN_MTU	1280

struct in6_pktinfo {
	struct in6_addr	ipi6_addr;
	int		ipi6_ifindex;
};

struct ip6_mtuinfo {
	struct sockaddr_in6	ip6m_addr;
	__u32			ip6m_mtu;
};

struct in6_ifreq {
	struct in6_addr	ifr6_addr;
	__u32		ifr6_prefixlen;
	int		ifr6_ifindex;
};

#define IPV6_SRCRT_STRICT	0x01	/* deprecated; will be removed */
#define IPV6_SRCRT_TYPE_0	0	/* deprecated; will be removed */
#define IPV6_SRCRT_TYPE_2	2	/* IPv6 type 2 Routing Header */
#define IPV6_SRCRT_TYPE_3	3	/* RPL Segment Routing with IPv6 */
#define IPV6_SRCRT_TYPE_4	4	/* Segment Routing with IPv6 */

/* Routing header */
struct ipv6_rt_hdr {
	__u8		nexthdr;
	__u8		hdrlen;
	__u8		type;
	__u8		segments_left;
	/* type specific data, variable length */
};

struct ipv6_opt_hdr {
	__u8		nexthdr;
	__u8		hdrlen;
	/* TLV encoded option data follows. */
} __attribute__((packed));	/* required for some archs */

#define ipv6_destopt_hdr ipv6_opt_hdr
#define ipv6_hopopt_hdr  ipv6_opt_hdr

/* Router Alert option values (RFC2711) */
#define IPV6_OPT_ROUTERALERT_MLD	0x0000	/* MLD(RFC2710) */

/* Type 0 routing header (deprecated) */
struct rt0_hdr {
	struct ipv6_rt_hdr	rt_hdr;
	__u32			reserved;
	struct in6_addr		addr[];
#define rt0_type		rt_hdr.type
};

/* Type 2 routing header (mobile IPv6) */
struct rt2_hdr {
	struct ipv6_rt_hdr	rt_hdr;
	__u32			reserved;
	struct in6_addr		addr;
#define rt2_type		rt_hdr.type
};

/* Home address option in destination options header */
struct ipv6_destopt_hao {
	__u8			type;
	__u8			length;
	struct in6_addr		addr;
} __attribute__((packed));

/* The IPv6 header (little-endian bitfield order). */
struct ipv6hdr {
	__u8			priority:4,
				version:4;
	__u8			flow_lbl[3];
	__be16			payload_len;
	__u8			nexthdr;
	__u8			hop_limit;
	union {
		struct {
			struct in6_addr	saddr;
			struct in6_addr	daddr;
		};
		struct {
			struct in6_addr	saddr;
			struct in6_addr	daddr;
		} addrs;
	};
};

#endif /* __BCCC_UAPI_LINUX_IPV6_H */
