// A kprobe parameter whose struct the program declares itself (a view of
// the first members of the kernel's struct kiocb, under a name of its
// own) is still a kernel pointer: its members are probe-read, and so is
// a copy of the whole struct. A void * parameter cast to such a struct
// is one too.
// @prog on_iter_read=KPROBE:filemap_read
#include <linux/fs.h>

struct kiocb_view {
	struct file *filp;
	long long pos;
};

struct pair {
	u64 pos;
	u64 flags;
};
BPF_HASH(reads, u32, struct pair);

int on_iter_read(struct pt_regs *ctx, struct kiocb_view *iocb, void *iter)
{
	u32 tid = bpf_get_current_pid_tgid();
	struct kiocb_view copy = *iocb;
	struct kiocb_view *again = (struct kiocb_view *)iter;
	struct pair p = {};
	p.pos = iocb->pos + copy.pos;
	p.flags = iocb->filp->f_flags ^ (u64)again->filp;
	reads.update(&tid, &p);
	return 0;
}
