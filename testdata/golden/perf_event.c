// @prog report_exec=TRACEPOINT:sched:sched_process_exec
// Send one record per exec to user space through a perf event array.
#include <linux/sched.h>

struct exec_record {
    u32 pid;
    u32 tgid;
    u64 when_ns;
    char comm[TASK_COMM_LEN];
};

BPF_PERF_OUTPUT(exec_records);

int report_exec(void *ctx)
{
    struct exec_record rec = {};
    u64 id = bpf_get_current_pid_tgid();

    rec.pid = (u32)id;
    rec.tgid = id >> 32;
    rec.when_ns = bpf_ktime_get_ns();
    bpf_get_current_comm(&rec.comm, sizeof(rec.comm));
    exec_records.perf_submit(ctx, &rec, sizeof(rec));
    return 0;
}
