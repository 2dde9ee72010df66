/* linux/in6.h: kernel spelling of uapi/linux/in6.h. */
#ifndef __BCCC_LINUX_IN6_H
#define __BCCC_LINUX_IN6_H
#include <uapi/linux/in6.h>
#endif
