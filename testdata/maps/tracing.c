// get_stackid, perf_read, perf_counter_value and check_current_task run
// in a raw tracepoint under BPF_PROG_TEST_RUN.
// @prog trace=RAW_TRACEPOINT:sys_enter
BPF_STACK_TRACE(stacks, 100);
BPF_PERF_ARRAY(counters, 1);
BPF_CGROUP_ARRAY(cgroups, 1);
BPF_ARRAY(out, s64, 4);

int trace(struct bpf_raw_tracepoint_args *ctx)
{
	int i = 0;
	s64 r = stacks.get_stackid(ctx, 0);
	out.update(&i, &r);
	i = 1;
	r = counters.perf_read(0);
	out.update(&i, &r);
	struct bpf_perf_event_value v = {};
	i = 2;
	r = counters.perf_counter_value(0, &v, sizeof(v));
	if (r == 0)
		r = v.enabled > 0 ? 1 : 0;
	out.update(&i, &r);
	i = 3;
	r = cgroups.check_current_task(0);
	out.update(&i, &r);
	return 0;
}
