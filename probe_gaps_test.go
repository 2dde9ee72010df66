package bccc_test

import (
	"os"
	"path/filepath"
	"runtime"
	"syscall"
	"testing"

	"github.com/bccc-dev/bccc"
	"github.com/cilium/ebpf"
	"github.com/cilium/ebpf/link"
	"golang.org/x/sys/unix"
)

// TestProbeGaps runs the sys_enter programs of the probe_* load tests on
// one lseek of this thread and checks what they read through implicit
// probe reads against what the test knows: the file position and flags
// behind the fd it passed (a struct file ** stepped by the fd), bytes of
// the thread's comm and its pid and tgid (addresses computed from a
// member's address), and the end of the executable's name (a pointer
// member plus a length, indexed). A read that were missing or at the
// wrong address would give other values (or the program would not load).
func TestProbeGaps(t *testing.T) {
	requireBPF(t)
	files := []string{"probe_param_ptr_to_ptr.c", "probe_addr_arith.c", "probe_computed_ptr_index.c"}
	colls := map[string]*ebpf.Collection{}
	for _, name := range files {
		f := filepath.Join("testdata/load", name)
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		coll := compileAndLoad(t, f, src, bccc.Options{Progs: progFlags(src)})
		defer coll.Close()
		colls[name] = coll
	}

	const comm = "bcccprobe42"
	const pos = 4321
	file, err := os.OpenFile(filepath.Join(t.TempDir(), "f"), os.O_RDWR|os.O_CREATE|os.O_APPEND, 0o600)
	if err != nil {
		t.Fatal(err)
	}
	defer file.Close()
	fd := int(file.Fd())
	if _, err := syscall.Seek(fd, pos, 0); err != nil {
		t.Fatal(err)
	}

	// The thread that makes the syscall is renamed and never given back
	// to the scheduler: it exits with the goroutine. Its name is restored
	// first: Go keeps the main thread, whose name /proc/self/comm is,
	// should the goroutine have run there.
	done := make(chan error, 1)
	var tid, pid int
	go func() {
		runtime.LockOSThread()
		tid, pid = unix.Gettid(), os.Getpid()
		old, err := os.ReadFile("/proc/thread-self/comm")
		if err != nil {
			done <- err
			return
		}
		defer os.WriteFile("/proc/thread-self/comm", old, 0)
		if err := os.WriteFile("/proc/thread-self/comm", []byte(comm), 0); err != nil {
			done <- err
			return
		}
		var links []link.Link
		defer func() {
			for _, l := range links {
				l.Close()
			}
		}()
		for _, name := range files {
			c := colls[name]
			if err := c.Maps["target"].Put(uint32(0), uint64(tid)); err != nil {
				done <- err
				return
			}
			if err := c.Maps["target"].Put(uint32(1), uint64(syscall.SYS_LSEEK)); err != nil {
				done <- err
				return
			}
			l, err := link.AttachRawTracepoint(link.RawTracepointOptions{Name: "sys_enter", Program: c.Programs["raw_tracepoint__sys_enter"]})
			if err != nil {
				done <- err
				return
			}
			links = append(links, l)
		}
		_, err = syscall.Seek(fd, pos, 0)
		for _, l := range links {
			l.Close()
		}
		links = nil
		done <- err
	}()
	if err := <-done; err != nil {
		t.Fatal(err)
	}

	get := func(name string, k uint32) uint64 {
		v, ok := lookupU64(t, colls[name].Maps["found"], k)
		if !ok {
			t.Fatalf("%s: found[%d] missing", name, k)
		}
		return v
	}

	// struct file **: fds + fd, then the element, then f_pos and f_flags.
	ptp := "probe_param_ptr_to_ptr.c"
	if a, b := get(ptp, 0), get(ptp, 1); a != pos || b != pos {
		t.Errorf("%s: f_pos through (fds + fd) = %d, through slot[0] = %d, want %d", ptp, a, b, pos)
	}
	if fl, want := get(ptp, 2), uint64(unix.O_RDWR|unix.O_APPEND); fl&(unix.O_ACCMODE|unix.O_APPEND) != want {
		t.Errorf("%s: f_flags = %#o, want O_RDWR|O_APPEND set", ptp, fl)
	}

	// Address arithmetic on &t->comm, &t->pid, &t->tgid.
	aa := "probe_addr_arith.c"
	for _, c := range []struct {
		k    uint32
		want uint64
		what string
	}{
		{0, uint64(comm[2]), "*(u8 *)((u64)&t->comm + 5 - 3)"},
		{1, uint64(comm[3]), "*(&t->comm[6] - 3)"},
		{2, uint64(pid), "*(u32 *)((unsigned long)&t->pid + sizeof(t->pid))"},
		{3, uint64(comm[4]), "*((char *)t->comm + 4)"},
		{4, uint64(tid), "*(&t->tgid - 1)"},
	} {
		if got := get(aa, c.k); got != c.want {
			t.Errorf("%s: %s = %d, want %d", aa, c.what, got, c.want)
		}
	}

	// d_name.name + d_name.len, indexed backwards: the executable's name.
	ci := "probe_computed_ptr_index.c"
	exe, err := os.Readlink("/proc/self/exe")
	if err != nil {
		t.Fatal(err)
	}
	base := filepath.Base(exe)
	var tail uint64
	for i := 1; i <= 4; i++ {
		tail = tail<<8 | uint64(base[len(base)-i])
	}
	if got, n := get(ci, 0), get(ci, 1); got != tail || n != uint64(len(base)) {
		t.Errorf("%s: name tail %#x, length %d; want %#x, %d (%q)", ci, got, n, tail, len(base), base)
	}
}
