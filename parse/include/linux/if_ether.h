/* linux/if_ether.h: kernel spelling of uapi/linux/if_ether.h. */
#ifndef __BCCC_LINUX_IF_ETHER_H
#define __BCCC_LINUX_IF_ETHER_H
#include <uapi/linux/if_ether.h>
#endif
