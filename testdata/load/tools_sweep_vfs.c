// What the BCC tools' file and block tracing takes from kernel headers and
// bccc's kernel header supplies (tools sweep): f_mode bits, the inline name
// length of a dentry, <linux/limits.h>, READ/WRITE, a disk's name length
// and the operation in a request's cmd_flags.
// @prog on_rq_start=KPROBE:blk_mq_start_request
#include <uapi/linux/ptrace.h>
#include <linux/fs.h>
#include <linux/dcache.h>
#include <linux/limits.h>
#include <linux/blkdev.h>

struct created_t {
	u32 pid;
	u32 bits;
	u32 long_name;
	char name[DNAME_INLINE_LEN];
};
BPF_PERF_OUTPUT(created);
BPF_ARRAY(io_dir, u64, 2);

struct disk_op_t {
	char disk[DISK_NAME_LEN];
	u32 is_write;
};
BPF_HASH(disk_ops, struct disk_op_t, u64);

int kprobe__vfs_open(struct pt_regs *ctx, const struct path *path, struct file *file)
{
	unsigned int mode = file->f_mode;
	if (!(mode & FMODE_CREATED))
		return 0;
	struct created_t ev = {};
	ev.pid = bpf_get_current_pid_tgid() >> 32;
	ev.bits = mode & (FMODE_READ | FMODE_WRITE | FMODE_EXEC | FMODE_OPENED);
	struct dentry *de = path->dentry;
	ev.long_name = de->d_name.len > NAME_MAX;
	bpf_probe_read_kernel_str(&ev.name, sizeof(ev.name), de->d_name.name);
	created.perf_submit(ctx, &ev, sizeof(ev));
	return 0;
}

int kprobe__vfs_read(struct pt_regs *ctx)
{
	io_dir.increment(READ);
	return 0;
}

int kprobe__vfs_write(struct pt_regs *ctx, struct file *file, const char *buf, size_t count)
{
	if (count <= PATH_MAX)
		io_dir.increment(WRITE);
	return 0;
}

int on_rq_start(struct pt_regs *ctx, struct request *rq)
{
	struct disk_op_t key = {};
	struct gendisk *disk = rq->q->disk;
	bpf_probe_read_kernel_str(&key.disk, sizeof(key.disk), disk->disk_name);
	key.is_write = (rq->cmd_flags & REQ_OP_MASK) == REQ_OP_WRITE;
	disk_ops.increment(key);
	return 0;
}
