// A kprobe parameter that points to a scalar (loff_t *) is a kernel
// pointer like any other bound parameter (DIALECT §5.2): *pos and pos[0]
// are probe reads. What is not kernel memory stays a direct access: the
// map value, a stack byte through a pointer, and the source argument of
// an explicit bpf_probe_read_kernel (pos + 1 is only passed, not read).
// @prog on_write=KPROBE:vfs_write
#include <linux/fs.h>

BPF_HASH(positions, u32, u64);

int on_write(struct pt_regs *ctx, struct file *file, const char *buf, size_t count, loff_t *pos)
{
	u32 tid = bpf_get_current_pid_tgid();
	u64 zero = 0;
	u64 *v = positions.lookup_or_try_init(&tid, &zero);
	if (!v)
		return 0;
	loff_t next = 0;
	bpf_probe_read_kernel(&next, sizeof(next), pos + 1);
	u8 *low = (u8 *)&next + 1;
	*v += *pos + (pos[0] & 1) + count + *low;
	return 0;
}
