/* What a kernel header bccc does not bundle (<linux/sched.h>, …) stands
 * for: bcc/kernel.h, which a program including kernel headers has had
 * already, in slices, before its own text. */
#ifndef __BCCC_KERNEL_H
#include <bcc/kernel.h>
#endif
