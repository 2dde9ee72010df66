// @prog note_close=TRACEPOINT:syscalls:sys_enter_close
// Reserve a slot in a BPF ring buffer, fill it in place, submit it.
struct close_note {
    u32 tgid;
    u32 uid;
    u64 when_ns;
    char comm[16];
};

BPF_RINGBUF_OUTPUT(close_notes, 8);

int note_close(void *ctx)
{
    struct close_note *n = close_notes.ringbuf_reserve(sizeof(struct close_note));
    if (!n)
        return 0;
    n->tgid = bpf_get_current_pid_tgid() >> 32;
    n->uid = (u32)bpf_get_current_uid_gid();
    n->when_ns = bpf_ktime_get_ns();
    bpf_get_current_comm(&n->comm, sizeof(n->comm));
    close_notes.ringbuf_submit(n, 0);
    return 0;
}
