/* linux/tcp.h: kernel spelling of uapi/linux/tcp.h. */
#ifndef __BCCC_LINUX_TCP_H
#define __BCCC_LINUX_TCP_H
#include <uapi/linux/tcp.h>
#endif
