/* linux/if_packet.h: kernel spelling of uapi/linux/if_packet.h. */
#ifndef __BCCC_LINUX_IF_PACKET_H
#define __BCCC_LINUX_IF_PACKET_H
#include <uapi/linux/if_packet.h>
#endif
