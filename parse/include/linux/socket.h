/* linux/socket.h - address/protocol families, socket types and the most
 * common socket levels and options (values as in the kernel's
 * include/linux/socket.h, linux/net.h and asm-generic/socket.h). */
#ifndef __BCCC_LINUX_SOCKET_H
#define __BCCC_LINUX_SOCKET_H

#include <bcc/types.h>

typedef unsigned short __kernel_sa_family_t;
typedef __kernel_sa_family_t sa_family_t;

#define _K_SS_MAXSIZE	128	/* implementation specific max size */

struct __kernel_sockaddr_storage {
	union {
		struct {
			__kernel_sa_family_t	ss_family; /* address family */
			/* Following field(s) are implementation specific */
			char __data[_K_SS_MAXSIZE - sizeof(unsigned short)];
		};
		void *__align; /* implementation specific desired alignment */
	};
};

struct sockaddr {
	sa_family_t	sa_family;	/* address family, AF_xxx */
	char		sa_data[14];	/* 14 bytes of protocol address */
};

/* Supported address families. */
#define AF_UNSPEC	0
#define AF_UNIX		1	/* Unix domain sockets */
#define AF_LOCAL	1	/* POSIX name for AF_UNIX */
#define AF_INET		2	/* Internet IP Protocol */
#define AF_AX25		3	/* Amateur Radio AX.25 */
#define AF_IPX		4	/* Novell IPX */
#define AF_APPLETALK	5	/* AppleTalk DDP */
#define AF_NETROM	6	/* Amateur Radio NET/ROM */
#define AF_BRIDGE	7	/* Multiprotocol bridge */
#define AF_ATMPVC	8	/* ATM PVCs */
#define AF_X25		9	/* Reserved for X.25 project */
#define AF_INET6	10	/* IP version 6 */
#define AF_ROSE		11	/* Amateur Radio X.25 PLP */
#define AF_DECnet	12	/* Reserved for DECnet project */
#define AF_NETBEUI	13	/* Reserved for 802.2LLC project */
#define AF_SECURITY	14	/* Security callback pseudo AF */
#define AF_KEY		15	/* PF_KEY key management API */
#define AF_NETLINK	16
#define AF_ROUTE	AF_NETLINK /* Alias to emulate 4.4BSD */
#define AF_PACKET	17	/* Packet family */
#define AF_ASH		18	/* Ash */
#define AF_ECONET	19	/* Acorn Econet */
#define AF_ATMSVC	20	/* ATM SVCs */
#define AF_RDS		21	/* RDS sockets */
#define AF_SNA		22	/* Linux SNA Project (nutters!) */
#define AF_IRDA		23	/* IRDA sockets */
#define AF_PPPOX	24	/* PPPoX sockets */
#define AF_WANPIPE	25	/* Wanpipe API Sockets */
#define AF_LLC		26	/* Linux LLC */
#define AF_IB		27	/* Native InfiniBand address */
#define AF_MPLS		28	/* MPLS */
#define AF_CAN		29	/* Controller Area Network */
#define AF_TIPC		30	/* TIPC sockets */
#define AF_BLUETOOTH	31	/* Bluetooth sockets */
#define AF_IUCV		32	/* IUCV sockets */
#define AF_RXRPC	33	/* RxRPC sockets */
#define AF_ISDN		34	/* mISDN sockets */
#define AF_PHONET	35	/* Phonet sockets */
#define AF_IEEE802154	36	/* IEEE802154 sockets */
#define AF_CAIF		37	/* CAIF sockets */
#define AF_ALG		38	/* Algorithm sockets */
#define AF_NFC		39	/* NFC sockets */
#define AF_VSOCK	40	/* vSockets */
#define AF_KCM		41	/* Kernel Connection Multiplexor */
#define AF_QIPCRTR	42	/* Qualcomm IPC Router */
#define AF_SMC		43	/* smc sockets */
#define AF_XDP		44	/* XDP sockets */
#define AF_MCTP		45	/* Management component transport protocol */
#define AF_MAX		46	/* For now.. */

/* Protocol families, same as address families. */
#define PF_UNSPEC	AF_UNSPEC
#define PF_UNIX		AF_UNIX
#define PF_LOCAL	AF_LOCAL
#define PF_INET		AF_INET
#define PF_AX25		AF_AX25
#define PF_IPX		AF_IPX
#define PF_APPLETALK	AF_APPLETALK
#define	PF_NETROM	AF_NETROM
#define PF_BRIDGE	AF_BRIDGE
#define PF_ATMPVC	AF_ATMPVC
#define PF_X25		AF_X25
#define PF_INET6	AF_INET6
#define PF_ROSE		AF_ROSE
#define PF_DECnet	AF_DECnet
#define PF_NETBEUI	AF_NETBEUI
#define PF_SECURITY	AF_SECURITY
#define PF_KEY		AF_KEY
#define PF_NETLINK	AF_NETLINK
#define PF_ROUTE	AF_ROUTE
#define PF_PACKET	AF_PACKET
#define PF_ASH		AF_ASH
#define PF_ECONET	AF_ECONET
#define PF_ATMSVC	AF_ATMSVC
#define PF_RDS		AF_RDS
#define PF_SNA		AF_SNA
#define PF_IRDA		AF_IRDA
#define PF_PPPOX	AF_PPPOX
#define PF_WANPIPE	AF_WANPIPE
#define PF_LLC		AF_LLC
#define PF_IB		AF_IB
#define PF_MPLS		AF_MPLS
#define PF_CAN		AF_CAN
#define PF_TIPC		AF_TIPC
#define PF_BLUETOOTH	AF_BLUETOOTH
#define PF_IUCV		AF_IUCV
#define PF_RXRPC	AF_RXRPC
#define PF_ISDN		AF_ISDN
#define PF_PHONET	AF_PHONET
#define PF_IEEE802154	AF_IEEE802154
#define PF_CAIF		AF_CAIF
#define PF_ALG		AF_ALG
#define PF_NFC		AF_NFC
#define PF_VSOCK	AF_VSOCK
#define PF_KCM		AF_KCM
#define PF_QIPCRTR	AF_QIPCRTR
#define PF_SMC		AF_SMC
#define PF_XDP		AF_XDP
#define PF_MCTP		AF_MCTP
#define PF_MAX		AF_MAX

/* Socket types (x86 and arm64 values). */
#define SOCK_STREAM	1
#define SOCK_DGRAM	2
#define SOCK_RAW	3
#define SOCK_RDM	4
#define SOCK_SEQPACKET	5
#define SOCK_DCCP	6
#define SOCK_PACKET	10

/* Socket option levels. */
#define SOL_IP		0
#define SOL_SOCKET	1
#define SOL_TCP		6
#define SOL_UDP		17
#define SOL_IPV6	41
#define SOL_ICMPV6	58
#define SOL_SCTP	132
#define SOL_UDPLITE	136
#define SOL_RAW		255
#define SOL_PACKET	263
#define SOL_XDP		283
#define SOL_MPTCP	284

/* SOL_SOCKET options (asm-generic values, used by x86 and arm64). */
#define SO_DEBUG	1
#define SO_REUSEADDR	2
#define SO_TYPE		3
#define SO_ERROR	4
#define SO_DONTROUTE	5
#define SO_BROADCAST	6
#define SO_SNDBUF	7
#define SO_RCVBUF	8
#define SO_SNDBUFFORCE	32
#define SO_RCVBUFFORCE	33
#define SO_KEEPALIVE	9
#define SO_OOBINLINE	10
#define SO_NO_CHECK	11
#define SO_PRIORITY	12
#define SO_LINGER	13
#define SO_BSDCOMPAT	14
#define SO_REUSEPORT	15
#define SO_RCVLOWAT	18
#define SO_SNDLOWAT	19
#define SO_BINDTODEVICE	25
#define SO_MARK		36
#define SO_RXQ_OVFL	40
#define SO_BUSY_POLL	46
#define SO_MAX_PACING_RATE	47
#define SO_INCOMING_CPU	49
#define SO_COOKIE	57
#define SO_BINDTOIFINDEX	62
#define SO_TXREHASH	74

#endif /* __BCCC_LINUX_SOCKET_H */
