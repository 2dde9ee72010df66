/* linux/pkt_cls.h: kernel spelling of uapi/linux/pkt_cls.h. */
#ifndef __BCCC_LINUX_PKT_CLS_H
#define __BCCC_LINUX_PKT_CLS_H
#include <uapi/linux/pkt_cls.h>
#endif
