// perf_event sampler: the per-pid sample count is incremented through an
// unchecked lookup.
// @prog on_sample=PERF_EVENT
// kernel: R1 invalid mem access 'map_value_or_null'
#include <uapi/linux/bpf_perf_event.h>
BPF_HASH(samples, u32, u64, 4096);

int on_sample(struct bpf_perf_event_data *ctx)
{
	u32 pid = bpf_get_current_pid_tgid();
	u64 *n = samples.lookup(&pid);
	*n += 1; // want "may be NULL"
	return 0;
}
