/* linux/ipv6.h: kernel spelling of uapi/linux/ipv6.h. */
#ifndef __BCCC_LINUX_IPV6_H
#define __BCCC_LINUX_IPV6_H
#include <uapi/linux/ipv6.h>
#endif
