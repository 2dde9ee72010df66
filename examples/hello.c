// The hello world of BCC's README: print a line for every clone(2).
// bccc compile examples/hello.c -o hello.o
void kprobe__sys_clone(void *ctx)
{
	bpf_trace_printk("Hello, World!\n");
}
