// BCC's hello world (README): kprobe__ naming, void return, printk.
void kprobe__sys_clone(void *ctx)
{
	bpf_trace_printk("Hello, World!\n");
}
