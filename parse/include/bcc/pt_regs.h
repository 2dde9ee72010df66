/* bcc/pt_regs.h - the kernel's struct pt_regs (the context of kprobe and
 * uprobe programs) for the supported targets, and BCC's PT_REGS_* accessors.
 *
 * The target is chosen by __TARGET_ARCH_x86 / __TARGET_ARCH_arm64; with
 * neither defined, x86_64 is assumed.
 */
#ifndef __BCCC_BCC_PT_REGS_H
#define __BCCC_BCC_PT_REGS_H

#include <bcc/types.h>

#if defined(__TARGET_ARCH_x86) || !defined(__TARGET_ARCH_arm64)

#ifndef bpf_target_x86
#define bpf_target_x86
#endif
#ifndef bpf_target_defined
#define bpf_target_defined
#endif

/* arch/x86/include/asm/ptrace.h, CONFIG_X86_64 (168 bytes). */
struct pt_regs {
	/* callee-saved registers, saved only on some entry paths */
	unsigned long r15;
	unsigned long r14;
	unsigned long r13;
	unsigned long r12;
	unsigned long bp;
	unsigned long bx;
	/* caller-saved registers, always saved */
	unsigned long r11;
	unsigned long r10;
	unsigned long r9;
	unsigned long r8;
	unsigned long ax;
	unsigned long cx;
	unsigned long dx;
	unsigned long si;
	unsigned long di;
	/* syscall number on syscall entry, error code on CPU exception */
	unsigned long orig_ax;
	/* the hardware interrupt frame */
	unsigned long ip;
	unsigned long cs;
	unsigned long flags;
	unsigned long sp;
	unsigned long ss;
};

#define PT_REGS_PARM1(ctx)	((ctx)->di)
#define PT_REGS_PARM2(ctx)	((ctx)->si)
#define PT_REGS_PARM3(ctx)	((ctx)->dx)
#define PT_REGS_PARM4(ctx)	((ctx)->cx)
#define PT_REGS_PARM5(ctx)	((ctx)->r8)
#define PT_REGS_PARM6(ctx)	((ctx)->r9)
#define PT_REGS_RET(ctx)	((ctx)->sp)
#define PT_REGS_FP(ctx)		((ctx)->bp)	/* needs CONFIG_FRAME_POINTER */
#define PT_REGS_RC(ctx)		((ctx)->ax)
#define PT_REGS_SP(ctx)		((ctx)->sp)
#define PT_REGS_IP(ctx)		((ctx)->ip)

/* The syscall ABI passes the fourth argument in r10, not rcx. */
#define PT_REGS_PARM4_SYSCALL(ctx)	((ctx)->r10)

#else /* __TARGET_ARCH_arm64 */

#ifndef bpf_target_arm64
#define bpf_target_arm64
#endif
#ifndef bpf_target_defined
#define bpf_target_defined
#endif

/* arch/arm64/include/uapi/asm/ptrace.h */
struct user_pt_regs {
	__u64 regs[31];
	__u64 sp;
	__u64 pc;
	__u64 pstate;
};

struct frame_record {
	u64 fp;
	u64 lr;
};

struct frame_record_meta {
	struct frame_record record;
	u64 type;
};

/* arch/arm64/include/asm/ptrace.h (Linux 6.x).  struct user_pt_regs is a
 * prefix; the fields after syscallno vary with kernel version and
 * configuration and are given only for completeness. */
struct pt_regs {
	union {
		struct user_pt_regs user_regs;
		struct {
			u64 regs[31];
			u64 sp;
			u64 pc;
			u64 pstate;
		};
	};
	u64 orig_x0;
	s32 syscallno;
	u32 pmr;
	u64 sdei_ttbr1;
	struct frame_record_meta stackframe;
	u64 lockdep_hardirqs;
	u64 exit_rcu;
};

#define PT_REGS_PARM1(x)	((x)->regs[0])
#define PT_REGS_PARM2(x)	((x)->regs[1])
#define PT_REGS_PARM3(x)	((x)->regs[2])
#define PT_REGS_PARM4(x)	((x)->regs[3])
#define PT_REGS_PARM5(x)	((x)->regs[4])
#define PT_REGS_PARM6(x)	((x)->regs[5])
#define PT_REGS_RET(x)		((x)->regs[30])
#define PT_REGS_FP(x)		((x)->regs[29])	/* needs CONFIG_FRAME_POINTER */
#define PT_REGS_RC(x)		((x)->regs[0])
#define PT_REGS_SP(x)		((x)->sp)
#define PT_REGS_IP(x)		((x)->pc)

#define PT_REGS_PARM4_SYSCALL(x)	PT_REGS_PARM4(x)
/* The syscall's first argument survives in orig_x0 (x0 is the result). */
#define PT_REGS_PARM1_SYSCALL(x)	((x)->orig_x0)

#endif /* target */

/* Syscall entry points on x86_64 and arm64 (CONFIG_ARCH_HAS_SYSCALL_WRAPPER,
 * always set there) take a single argument: the user's struct pt_regs.
 * PT_REGS_SYSCALL_CTX (BCC's name) and PT_REGS_SYSCALL_REGS (libbpf's name)
 * turn a kprobe context on such a function into that inner pt_regs; the
 * PT_REGS_PARMn_SYSCALL accessors are then applied to the result. */
#ifndef PT_REGS_SYSCALL_CTX
#define PT_REGS_SYSCALL_CTX(ctx)	((struct pt_regs *)PT_REGS_PARM1(ctx))
#endif
#ifndef PT_REGS_SYSCALL_REGS
#define PT_REGS_SYSCALL_REGS(ctx)	((struct pt_regs *)PT_REGS_PARM1(ctx))
#endif

#ifndef PT_REGS_PARM1_SYSCALL
#define PT_REGS_PARM1_SYSCALL(ctx)	PT_REGS_PARM1(ctx)
#endif
#define PT_REGS_PARM2_SYSCALL(ctx)	PT_REGS_PARM2(ctx)
#define PT_REGS_PARM3_SYSCALL(ctx)	PT_REGS_PARM3(ctx)
#define PT_REGS_PARM5_SYSCALL(ctx)	PT_REGS_PARM5(ctx)
#define PT_REGS_PARM6_SYSCALL(ctx)	PT_REGS_PARM6(ctx)

#endif /* __BCCC_BCC_PT_REGS_H */
