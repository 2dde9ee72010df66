/* linux/icmp.h: kernel spelling of uapi/linux/icmp.h. */
#ifndef __BCCC_LINUX_ICMP_H
#define __BCCC_LINUX_ICMP_H
#include <uapi/linux/icmp.h>
#endif
