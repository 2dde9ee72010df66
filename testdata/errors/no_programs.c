// ERROR "no BPF programs found"
static int unused(void) { return 0; }
