// BCC's __data_loc helpers (DIALECT §6) on sched:sched_process_exec, whose
// filename is a __data_loc char[]: TestDialect2DataLoc execs a program and
// finds its path read back each way.
struct exec_names {
	char str[64];   // TP_DATA_LOC_READ_STR: up to 64 bytes, NUL-terminated
	char fixed[8];  // TP_DATA_LOC_READ_CONST: exactly 8 bytes
	char whole[64]; // TP_DATA_LOC_READ: the field's own length, copied out
	u32 len;        // the length in the field's high 16 bits
};

// TP_DATA_LOC_READ's length can be anything up to 65535: the verifier
// wants a destination that large. One per CPU, so CPUs do not race.
struct loc_buf {
	char d[65536];
};
BPF_ARRAY(scratch, struct loc_buf, 16);
BPF_TABLE("lru_hash", u32, struct exec_names, execs, 1024);

TRACEPOINT_PROBE(sched, sched_process_exec)
{
	u32 pid = bpf_get_current_pid_tgid() >> 32;
	struct exec_names n = {};
	TP_DATA_LOC_READ_STR(n.str, filename, sizeof(n.str));
	TP_DATA_LOC_READ_CONST(n.fixed, filename, sizeof(n.fixed));
	n.len = args->data_loc_filename >> 16;
	u32 cpu = bpf_get_smp_processor_id() & 15;
	struct loc_buf *b = scratch.lookup(&cpu);
	if (!b)
		return 0;
	TP_DATA_LOC_READ(b->d, filename);
	__builtin_memcpy(n.whole, b->d, sizeof(n.whole));
	execs.update(&pid, &n);
	return 0;
}
