// @bench tracepoint__raw_syscalls__sys_enter TRACEPOINT
// @bench tracepoint__raw_syscalls__sys_exit TRACEPOINT
// @bench tracepoint__sched__sched_process_exit TRACEPOINT
//
// Larger workload: per-(process, user, syscall class, latency bucket)
// syscall statistics, a watch list scanned with an unrolled loop, a slow
// call event stream, a per-cpu class counter and a latency histogram.
// Several maps, a 4-field struct key, a switch, and a mix of helpers.

#define COMM_LEN 16
#define N_WATCHED 8
#define N_CLASSES 8
#define SLOW_NS_DEFAULT 1000000ULL

enum syscall_class {
    CLS_OTHER = 0,
    CLS_READ,
    CLS_WRITE,
    CLS_OPEN,
    CLS_CLOSE,
    CLS_MEMORY,
    CLS_PROCESS,
    CLS_NET,
};

enum setting_index {
    SET_SLOW_NS = 0,
    SET_TARGET_TGID = 1,
    SET_WATCH_ONLY = 2,
};

struct stat_key {
    u32 tgid;
    u32 uid;
    u16 cls;
    u16 bucket;
};

struct stat_val {
    u64 calls;
    u64 total_ns;
    u64 max_ns;
    u64 errors;
};

struct inflight {
    u64 start_ns;
    u32 nr;
    u32 watched;
};

struct slow_event {
    u32 tgid;
    u32 tid;
    u32 nr;
    u32 cpu;
    s64 ret;
    u64 latency_ns;
    char comm[COMM_LEN];
};

BPF_HASH(inflight_calls, u64, struct inflight, 16384);
BPF_HASH(stats, struct stat_key, struct stat_val, 10240);
BPF_ARRAY(settings, u64, 4);
BPF_PERCPU_ARRAY(class_calls, u64, N_CLASSES);
BPF_HISTOGRAM(latency_log2, int, 64);
BPF_PERF_OUTPUT(slow_calls);

static __always_inline u32 classify(u32 nr)
{
    switch (nr) {
    case 0: case 17: case 19:               /* read, pread64, readv */
        return CLS_READ;
    case 1: case 18: case 20:               /* write, pwrite64, writev */
        return CLS_WRITE;
    case 2: case 257: case 437:             /* open, openat, openat2 */
        return CLS_OPEN;
    case 3:                                 /* close */
        return CLS_CLOSE;
    case 9: case 10: case 11: case 12:      /* mmap, mprotect, munmap, brk */
        return CLS_MEMORY;
    case 56: case 57: case 59: case 60: case 231:
        return CLS_PROCESS;                 /* clone, fork, execve, exit(_group) */
    case 41: case 42: case 43: case 44: case 45: case 288:
        return CLS_NET;                     /* socket .. recvfrom, accept4 */
    default:
        return CLS_OTHER;
    }
}

static __always_inline u64 get_setting(u32 idx, u64 fallback)
{
    u64 *v = settings.lookup(&idx);
    if (!v || *v == 0)
        return fallback;
    return *v;
}

static __always_inline u32 is_watched(u32 nr)
{
    u32 watched[N_WATCHED] = {0, 1, 2, 3, 59, 257, 42, 43};
    u32 hit = 0;

#pragma unroll
    for (int i = 0; i < N_WATCHED; i++) {
        if (watched[i] == nr)
            hit = 1;
    }
    return hit;
}

TRACEPOINT_PROBE(raw_syscalls, sys_enter)
{
    u64 id = bpf_get_current_pid_tgid();
    u32 tgid = id >> 32;
    u64 target = get_setting(SET_TARGET_TGID, 0);

    if (target && target != tgid)
        return 0;

    struct inflight in = {};
    in.start_ns = bpf_ktime_get_ns();
    in.nr = (u32)args->id;
    in.watched = is_watched(in.nr);
    if (!in.watched && get_setting(SET_WATCH_ONLY, 0))
        return 0;
    inflight_calls.update(&id, &in);

    u32 cls = classify(in.nr);
    u64 *cc = class_calls.lookup(&cls);
    if (cc)
        *cc += 1;
    return 0;
}

TRACEPOINT_PROBE(raw_syscalls, sys_exit)
{
    u64 id = bpf_get_current_pid_tgid();
    struct inflight *in = inflight_calls.lookup(&id);
    if (!in)
        return 0;

    u64 delta = bpf_ktime_get_ns() - in->start_ns;
    u32 nr = in->nr;
    u32 watched = in->watched;
    inflight_calls.delete(&id);

    struct stat_key key = {};
    key.tgid = id >> 32;
    key.uid = (u32)bpf_get_current_uid_gid();
    key.cls = classify(nr);
    key.bucket = bpf_log2l(delta / 1000 + 1);

    struct stat_val zero = {};
    struct stat_val *val = stats.lookup_or_try_init(&key, &zero);
    if (val) {
        lock_xadd(&val->calls, 1);
        lock_xadd(&val->total_ns, delta);
        if (delta > val->max_ns)
            val->max_ns = delta;
        if (args->ret < 0)
            lock_xadd(&val->errors, 1);
    }
    latency_log2.increment(bpf_log2l(delta));

    if (watched && delta >= get_setting(SET_SLOW_NS, SLOW_NS_DEFAULT)) {
        struct slow_event ev = {};
        ev.tgid = key.tgid;
        ev.tid = (u32)id;
        ev.nr = nr;
        ev.cpu = bpf_get_smp_processor_id();
        ev.ret = args->ret;
        ev.latency_ns = delta;
        bpf_get_current_comm(&ev.comm, sizeof(ev.comm));
        slow_calls.perf_submit(args, &ev, sizeof(ev));
    }
    return 0;
}

TRACEPOINT_PROBE(sched, sched_process_exit)
{
    /* Drop a half-finished call record of an exiting thread. */
    u64 id = bpf_get_current_pid_tgid();
    inflight_calls.delete(&id);
    return 0;
}
