// BPF_PERF_ARRAY (perf_read, perf_counter_value) and BPF_CGROUP_ARRAY
// (check_current_task).
BPF_PERF_ARRAY(cycles, 16);
BPF_CGROUP_ARRAY(cgroups, 4);
BPF_ARRAY(out, u64, 4);

int kprobe__do_sys_openat2(struct pt_regs *ctx)
{
	int k = 0;
	u64 c = cycles.perf_read(CUR_CPU_IDENTIFIER);
	out.update(&k, &c);
	struct bpf_perf_event_value v = {};
	int r = cycles.perf_counter_value(BPF_F_CURRENT_CPU, &v, sizeof(v));
	if (r == 0) {
		k = 1;
		out.update(&k, &v.counter);
	}
	u64 under = cgroups.check_current_task(0);
	k = 2;
	out.update(&k, &under);
	return 0;
}
