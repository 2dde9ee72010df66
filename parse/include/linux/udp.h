/* linux/udp.h: kernel spelling of uapi/linux/udp.h. */
#ifndef __BCCC_LINUX_UDP_H
#define __BCCC_LINUX_UDP_H
#include <uapi/linux/udp.h>
#endif
