/* linux/types.h: the basic integer types bccc provides. */
#ifndef __BCCC_LINUX_TYPES_H
#define __BCCC_LINUX_TYPES_H
#include <bcc/types.h>
#endif
