// Kernel-header helpers of the BCC tools' sampling and virtio tracing
// (tools sweep): the x86_64 direct-map base that tells a kernel IP from a
// user one, and the scatterlist link bits of <linux/scatterlist.h> on a
// copy of an entry.
// @prog on_sample=PERF_EVENT
// @prog on_sg=KPROBE:sg_nents
#include <uapi/linux/ptrace.h>
#include <uapi/linux/bpf_perf_event.h>
#include <linux/scatterlist.h>

BPF_ARRAY(where, u64, 2);
BPF_ARRAY(sg_kinds, u64, 3);

int on_sample(struct bpf_perf_event_data *ctx)
{
	u64 ip = PT_REGS_IP(&ctx->regs);
	int kernel = 0;
#ifdef __PAGE_OFFSET_BASE_L4
	kernel = ip > __PAGE_OFFSET_BASE_L4;
#endif
	where.increment(kernel);
	return 0;
}

int on_sg(struct pt_regs *ctx, struct scatterlist *sgl)
{
	struct scatterlist sg = {};
	bpf_probe_read_kernel(&sg, sizeof(sg), sgl);
	int kind = 0;
	if (sg_is_last(&sg))
		kind = 1;
	else if (sg_is_chain(&sg) && sg_chain_ptr(&sg) != NULL)
		kind = 2;
	sg_kinds.increment(kind);
	return 0;
}
