// @bench tracepoint__syscalls__sys_enter_openat TRACEPOINT
// Remember the last file name each process passed to openat(2).
#define NAME_MAX_LEN 128

struct last_open {
    u64 count;
    s32 dfd;
    u32 name_len;
    char name[NAME_MAX_LEN];
};

BPF_HASH(last_opens, u32, struct last_open, 4096);
BPF_PERCPU_ARRAY(scratch, struct last_open, 1);

TRACEPOINT_PROBE(syscalls, sys_enter_openat)
{
    u32 zero = 0;
    u32 tgid = bpf_get_current_pid_tgid() >> 32;
    struct last_open *cur = scratch.lookup(&zero);
    if (!cur)
        return 0;

    struct last_open *prev = last_opens.lookup(&tgid);
    cur->count = prev ? prev->count + 1 : 1;
    cur->dfd = (s32)args->dfd;
    long n = bpf_probe_read_user_str(cur->name, sizeof(cur->name), args->filename);
    cur->name_len = n > 0 ? (u32)n : 0;
    last_opens.update(&tgid, cur);
    return 0;
}
