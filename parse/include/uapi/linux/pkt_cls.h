/* uapi/linux/pkt_cls.h - tc classifier/action verdicts (TC_ACT_*) and the
 * tc handle helpers from pkt_sched.h.  The TC_ACT_* block is shared with
 * bcc/bpf_uapi.h and defined once. */
#ifndef __BCCC_UAPI_LINUX_PKT_CLS_H
#define __BCCC_UAPI_LINUX_PKT_CLS_H

#include <bcc/types.h>

#ifndef __BCCC_TC_ACT_DEFINED
#define __BCCC_TC_ACT_DEFINED
#define TC_ACT_UNSPEC		(-1)
#define TC_ACT_OK		0
#define TC_ACT_RECLASSIFY	1
#define TC_ACT_SHOT		2
#define TC_ACT_PIPE		3
#define TC_ACT_STOLEN		4
#define TC_ACT_QUEUED		5
#define TC_ACT_REPEAT		6
#define TC_ACT_REDIRECT		7
#define TC_ACT_TRAP		8
#define TC_ACT_VALUE_MAX	TC_ACT_TRAP
#define __TC_ACT_EXT_SHIFT	28
#define __TC_ACT_EXT(local)	((local) << __TC_ACT_EXT_SHIFT)
#define TC_ACT_EXT_VAL_MASK	((1 << __TC_ACT_EXT_SHIFT) - 1)
#define TC_ACT_EXT_OPCODE(combined) ((combined) & (~TC_ACT_EXT_VAL_MASK))
#define TC_ACT_EXT_CMP(combined, opcode) (TC_ACT_EXT_OPCODE(combined) == opcode)
#define TC_ACT_JUMP		__TC_ACT_EXT(1)
#define TC_ACT_GOTO_CHAIN	__TC_ACT_EXT(2)
#define TC_ACT_EXT_OPCODE_MAX	TC_ACT_GOTO_CHAIN
#endif

/* Action policy kinds */
#define TCA_ACT_GACT		5
#define TCA_ACT_IPT		6	/* obsoleted, can be reused */
#define TCA_ACT_PEDIT		7
#define TCA_ACT_MIRRED		8
#define TCA_ACT_NAT		9
#define TCA_ACT_XT		10
#define TCA_ACT_SKBEDIT		11
#define TCA_ACT_VLAN		12
#define TCA_ACT_BPF		13
#define TCA_ACT_CONNMARK	14
#define TCA_ACT_SKBMOD		15
#define TCA_ACT_CSUM		16
#define TCA_ACT_TUNNEL_KEY	17
#define TCA_ACT_SIMP		22
#define TCA_ACT_IFE		25
#define TCA_ACT_SAMPLE		26

/* tc handles (pkt_sched.h) */
#define TC_H_MAJ_MASK		(0xFFFF0000U)
#define TC_H_MIN_MASK		(0x0000FFFFU)
#define TC_H_MAJ(h)		((h)&TC_H_MAJ_MASK)
#define TC_H_MIN(h)		((h)&TC_H_MIN_MASK)
#define TC_H_MAKE(maj,min)	(((maj)&TC_H_MAJ_MASK)|((min)&TC_H_MIN_MASK))

#define TC_H_UNSPEC		(0U)
#define TC_H_ROOT		(0xFFFFFFFFU)
#define TC_H_INGRESS		(0xFFFFFFF1U)
#define TC_H_CLSACT		TC_H_INGRESS

#define TC_H_MIN_PRIORITY	0xFFE0U
#define TC_H_MIN_INGRESS	0xFFF2U
#define TC_H_MIN_EGRESS		0xFFF3U

#endif /* __BCCC_UAPI_LINUX_PKT_CLS_H */
