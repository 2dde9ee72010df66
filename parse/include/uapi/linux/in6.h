/* uapi/linux/in6.h - IPv6 addresses and socket address. */
#ifndef __BCCC_UAPI_LINUX_IN6_H
#define __BCCC_UAPI_LINUX_IN6_H

#include <bcc/types.h>

struct in6_addr {
	union {
		__u8		u6_addr8[16];
		__be16		u6_addr16[8];
		__be32		u6_addr32[4];
	} in6_u;
#define s6_addr		in6_u.u6_addr8
#define s6_addr16	in6_u.u6_addr16
#define s6_addr32	in6_u.u6_addr32
};

struct sockaddr_in6 {
	unsigned short int	sin6_family;	/* AF_INET6 */
	__be16			sin6_port;	/* transport layer port # */
	__be32			sin6_flowinfo;	/* IPv6 flow information */
	struct in6_addr		sin6_addr;	/* IPv6 address */
	__u32			sin6_scope_id;	/* scope id (new in RFC2553) */
};

struct ipv6_mreq {
	struct in6_addr ipv6mr_multiaddr;	/* IPv6 multicast address */
	int		ipv6mr_ifindex;		/* local IPv6 interface index */
};

#define IPV6_FL_A_GET		0
#define IPV6_FL_A_PUT		1
#define IPV6_FL_A_RENEW		2

#define IPV6_FLOWINFO_FLOWLABEL		0x000fffff
#define IPV6_FLOWINFO_PRIORITY		0x0ff00000

/* IPv6 extension header protocol numbers. */
#define IPPROTO_HOPOPTS		0	/* IPv6 hop-by-hop options */
#define IPPROTO_ROUTING		43	/* IPv6 routing header */
#define IPPROTO_FRAGMENT	44	/* IPv6 fragmentation header */
#define IPPROTO_ICMPV6		58	/* ICMPv6 */
#define IPPROTO_NONE		59	/* IPv6 no next header */
#define IPPROTO_DSTOPTS		60	/* IPv6 destination options */
#define IPPROTO_MH		135	/* IPv6 mobility header */

/* IPv6 TLV options. */
#define IPV6_TLV_PAD1		0
#define IPV6_TLV_PADN		1
#define IPV6_TLV_ROUTERALERT	5
#define IPV6_TLV_CALIPSO	7	/* RFC 5570 */
#define IPV6_TLV_IOAM		49	/* RFC 9486 */
#define IPV6_TLV_JUMBO		194
#define IPV6_TLV_HAO		201	/* home address option */

#endif /* __BCCC_UAPI_LINUX_IN6_H */
