// bashreadline: print the command lines typed into bash, system-wide, by
// probing the return of bash's readline() — BCC's bashreadline. The
// uretprobe's target is given on the command line:
//   bccc run --prog printret=URETPROBE:/bin/bash:readline examples/bashreadline.c
// (any binary or library exporting readline works, e.g. libreadline.so).
// @prog printret=URETPROBE:/bin/bash:readline
#include <linux/sched.h>

struct line_event {
	u32 pid;
	char comm[TASK_COMM_LEN];
	char line[80];
};

BPF_PERF_OUTPUT(events);

int printret(struct pt_regs *ctx)
{
	const char *ret = (const char *)PT_REGS_RC(ctx);
	if (!ret)
		return 0;
	struct line_event e = {};
	e.pid = bpf_get_current_pid_tgid() >> 32;
	bpf_get_current_comm(&e.comm, sizeof(e.comm));
	bpf_probe_read_user_str(&e.line, sizeof(e.line), ret);
	events.perf_submit(ctx, &e, sizeof(e));
	return 0;
}
