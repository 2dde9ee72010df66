/* linux/bpf.h: the BPF UAPI definitions bccc provides. */
#ifndef __BCCC_LINUX_BPF_H
#define __BCCC_LINUX_BPF_H
#include <bcc/bpf_uapi.h>
#endif
