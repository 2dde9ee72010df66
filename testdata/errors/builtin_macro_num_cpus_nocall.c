// bpf_num_cpus() from the user's macro in a program that calls nothing:
// still "cannot use builtin inside a macro", as BCC.
// @prog count=SOCKET_FILTER
#define NCPUS bpf_num_cpus()
int count(struct __sk_buff *skb)
{
	return NCPUS; // ERROR "cannot use builtin inside a macro"
}
