/* linux/ip.h: kernel spelling of uapi/linux/ip.h. */
#ifndef __BCCC_LINUX_IP_H
#define __BCCC_LINUX_IP_H
#include <uapi/linux/ip.h>
#endif
