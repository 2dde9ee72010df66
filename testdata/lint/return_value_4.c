// A cgroup sysctl filter returns the result of a helper (a length or a
// negative error) as its verdict; only 0 or 1 are valid.
// @prog sysctl_filter=CGROUP_SYSCTL
// kernel: At program exit the register R0 has smin=-2147483648 smax=2147483647 should have been in [0, 1]
int sysctl_filter(struct bpf_sysctl *ctx)
{
	char name[32];
	int n = bpf_sysctl_get_name(ctx, name, sizeof(name), 0);
	return n; // want "return value"
}
