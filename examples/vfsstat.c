// vfsstat: counts of file system operations — reads, writes, opens,
// file creations and fsyncs — BCC's vfsstat, counted at the system calls
// (the syscall tracepoints) rather than at the vfs_* functions. Print
// them every second:
//   bccc run examples/vfsstat.c -i 1
// stats[0] reads, [1] writes, [2] opens, [3] creates (O_CREAT opens),
// [4] fsyncs.
#include <uapi/linux/fcntl.h>

enum stat_types {
	S_READ = 0,
	S_WRITE,
	S_OPEN,
	S_CREATE,
	S_FSYNC,
	S_MAXSTAT,
};

BPF_ARRAY(stats, u64, S_MAXSTAT);

static void stats_inc(int key)
{
	stats.atomic_increment(key);
}

TRACEPOINT_PROBE(syscalls, sys_enter_read)
{
	stats_inc(S_READ);
	return 0;
}

TRACEPOINT_PROBE(syscalls, sys_enter_write)
{
	stats_inc(S_WRITE);
	return 0;
}

TRACEPOINT_PROBE(syscalls, sys_enter_openat)
{
	stats_inc(S_OPEN);
	if (args->flags & O_CREAT)
		stats_inc(S_CREATE);
	return 0;
}

TRACEPOINT_PROBE(syscalls, sys_enter_fsync)
{
	stats_inc(S_FSYNC);
	return 0;
}

TRACEPOINT_PROBE(syscalls, sys_enter_fdatasync)
{
	stats_inc(S_FSYNC);
	return 0;
}
