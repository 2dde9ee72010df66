// @prog on_sample=PERF_EVENT
// A perf event program's context, struct bpf_perf_event_data, comes from
// kernel BTF but is a UAPI context: its fields are direct ctx loads, not
// probe reads. TestDialect2PerfEventCtx runs it on a software event.
#include <uapi/linux/bpf_perf_event.h>

struct pe_seen {
	u64 period;
	u64 addr;
	u64 ip;
	u64 n;
};
BPF_ARRAY(samples, struct pe_seen, 1);

int on_sample(struct bpf_perf_event_data *ctx)
{
	u32 zero = 0;
	struct pe_seen *s = samples.lookup(&zero);
	if (!s)
		return 0;
	s->period = ctx->sample_period;
	s->addr = ctx->addr;
	s->ip = PT_REGS_IP(&ctx->regs);
	s->n++;
	return 0;
}
