// A cgroup sock_create hook returns -EPERM as in kernel code; the program
// must return 0 (deny) or 1 (allow).
// @prog sock_create=CGROUP_SOCK
// kernel: At program exit the register R0 has smin=-1 smax=-1 should have been in [0, 1]
int sock_create(struct bpf_sock *sk)
{
	if (sk->type == 3) /* SOCK_RAW */
		return -1; // want "return value"
	return 1;
}
