/* linux/icmpv6.h: kernel spelling of uapi/linux/icmpv6.h. */
#ifndef __BCCC_LINUX_ICMPV6_H
#define __BCCC_LINUX_ICMPV6_H
#include <uapi/linux/icmpv6.h>
#endif
