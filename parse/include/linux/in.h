/* linux/in.h: kernel spelling of uapi/linux/in.h. */
#ifndef __BCCC_LINUX_IN_H
#define __BCCC_LINUX_IN_H
#include <uapi/linux/in.h>
#endif
