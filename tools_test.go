package bccc_test

// TestTools runs the classic tools of examples/ through the bcc package, as
// bccc run does: compile, load, open their perf and ring buffers, attach by
// BCC's conventions. Each subtest then does what the tool traces (exec a
// process, open a file, send a signal, connect over TCP, mount a tmpfs...)
// and checks what the tool reported: the decoded event of what the test
// did, or the counts and histograms.

import (
	"encoding/binary"
	"errors"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"syscall"
	"testing"
	"time"
	"unsafe"

	"github.com/bccc-dev/bccc/bcc"
	"github.com/cilium/ebpf"
)

// toolTests are the subtests of TestTools, by example name.
var toolTests = map[string]func(t *testing.T){
	"execsnoop":     testExecsnoop,
	"exitsnoop":     testExitsnoop,
	"opensnoop":     testOpensnoop,
	"killsnoop":     testKillsnoop,
	"syscount":      testSyscount,
	"runqlat":       testRunqlat,
	"cpudist":       testCpudist,
	"offcputime":    testOffcputime,
	"biolatency":    testBiolatency,
	"readlat":       testReadlat,
	"tcpconnect":    testTcpconnect,
	"tcplife":       testTcplife,
	"sendbytes":     testSendbytes,
	"mountsnoop":    testMountsnoop,
	"bashreadline":  testBashreadline,
	"statsnoop":     testStatsnoop,
	"sigsnoop":      testSigsnoop,
	"vfsstat":       testVfsstat,
	"pidpersec":     testPidpersec,
	"capable":       testCapable,
	"xdp_drop_icmp": testXDPDropICMP,
	"softirqs":      testSoftirqs,
	"syncsnoop":     testSyncsnoop,
	"biosnoop":      testBiosnoop,
	"filelife":      testFilelife,
	"funccount":     testFunccount,
	"hardirqs":      testHardirqs,
	"solisten":      testSolisten,
	"profile":       testProfile,
}

func TestTools(t *testing.T) {
	// Every example but hello.c (a kprobe, which this kernel may lack)
	// has a subtest.
	files, _ := filepath.Glob("examples/*.c")
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".c")
		if _, ok := toolTests[name]; !ok && name != "hello" {
			t.Errorf("examples/%s.c has no subtest in TestTools", name)
		}
	}
	var names []string
	for n := range toolTests {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		t.Run(n, toolTests[n])
	}
}

// toolRun is one loaded and attached example and the events it sent.
type toolRun struct {
	t      *testing.T
	b      *bcc.BPF
	events []toolEvent
	// taken marks the events a waitEvent returned. Perf buffers are read
	// CPU by CPU, so a later event may come before an earlier one: every
	// wait looks at all events not yet taken.
	taken map[int]bool
}

type toolEvent struct {
	table string
	bcc.Struct
}

// toolTracefs mounts tracefs when it is missing (attaching tracepoints
// reads their ids there) and skips the test when that fails.
func toolTracefs(t *testing.T) {
	t.Helper()
	for _, d := range []string{"/sys/kernel/tracing", "/sys/kernel/debug/tracing"} {
		if _, err := os.Stat(filepath.Join(d, "events")); err == nil {
			return
		}
	}
	if out, err := exec.Command("mount", "-t", "tracefs", "tracefs", "/sys/kernel/tracing").CombinedOutput(); err != nil {
		t.Skipf("no tracefs, and mounting it failed: %v %s", err, out)
	}
}

// startTool compiles, loads and attaches examples/NAME.c, with its perf
// and ring buffers open. progs are --prog flags.
func startTool(t *testing.T, name string, progs ...string) *toolRun {
	t.Helper()
	return startToolOpts(t, bcc.Options{File: filepath.Join("examples", name+".c"), Progs: progs})
}

// startToolOpts is startTool with all of bcc's options (cflags...).
func startToolOpts(t *testing.T, o bcc.Options) *toolRun {
	t.Helper()
	requireBPF(t)
	toolTracefs(t)
	b, err := bcc.NewWithOptions(o)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { b.Close() })
	b.PerfPageCount = 64 // system-wide tracers on a busy machine
	r := &toolRun{t: t, b: b}
	for _, n := range b.TableNames() {
		tab := b.Table(n)
		n := n
		record := func(data []byte) {
			v, err := tab.Event(data)
			if err != nil {
				t.Errorf("decoding a %s event: %v", n, err)
				return
			}
			s, ok := v.(bcc.Struct)
			if !ok {
				t.Errorf("%s event decoded as %T", n, v)
				return
			}
			r.events = append(r.events, toolEvent{n, s})
		}
		switch tab.Type() {
		case ebpf.PerfEventArray:
			err = b.OpenPerfBuffer(n, record)
		case ebpf.RingBuf:
			err = b.OpenRingBuffer(n, record)
		default:
			continue
		}
		if err != nil {
			t.Fatal(err)
		}
	}
	b.OnLost = func(table string, lost uint64) { t.Logf("%s: %d events lost", table, lost) }
	if err := b.AttachAll(); err != nil {
		t.Fatal(err)
	}
	return r
}

// waitEvent polls the buffers until an event matches (at most 3 seconds).
func (r *toolRun) waitEvent(what string, match func(e bcc.Struct) bool) bcc.Struct {
	r.t.Helper()
	deadline := time.Now().Add(3 * time.Second)
	for {
		for i := range r.events {
			if !r.taken[i] && match(r.events[i].Struct) {
				if r.taken == nil {
					r.taken = map[int]bool{}
				}
				r.taken[i] = true
				return r.events[i].Struct
			}
		}
		if time.Now().After(deadline) {
			var last []string
			for i := len(r.events) - 1; i >= 0 && len(last) < 5; i-- {
				last = append(last, r.events[i].String())
			}
			r.t.Fatalf("no event for %s among %d events; the last ones:\n%s", what, len(r.events), strings.Join(last, "\n"))
		}
		if _, err := r.b.Poll(50 * time.Millisecond); err != nil {
			r.t.Fatal(err)
		}
	}
}

// toolNum is an integer member of a decoded event or key.
func toolNum(v any) int64 {
	switch x := v.(type) {
	case uint64:
		return int64(x)
	case int64:
		return x
	}
	return -1 << 62
}

// toolBytes is a decoded u8 array.
func toolBytes(v any) []byte {
	a, _ := v.([]any)
	var r []byte
	for _, e := range a {
		r = append(r, byte(toolNum(e)))
	}
	return r
}

// toolHistTotal sums the slots of a log2 histogram, from slot from up.
func toolHistTotal(t *testing.T, b *bcc.BPF, name string, from int) uint64 {
	t.Helper()
	secs, err := b.Table(name).Histograms(false)
	if err != nil {
		t.Fatal(err)
	}
	var n uint64
	for _, s := range secs {
		for i := from; i < len(s.Vals); i++ {
			n += s.Vals[i]
		}
	}
	return n
}

// toolU64 is an integer map value (summed over CPUs); 0 when absent.
func toolU64(t *testing.T, tab *bcc.Table, key []byte) uint64 {
	t.Helper()
	v, err := tab.Lookup(key)
	if errors.Is(err, ebpf.ErrKeyNotExist) {
		return 0
	}
	if err != nil {
		t.Fatal(err)
	}
	return binary.NativeEndian.Uint64(v)
}

func toolKey32(v uint32) []byte { return binary.NativeEndian.AppendUint32(nil, v) }

func toolExec(t *testing.T, name string, args ...string) *exec.Cmd {
	t.Helper()
	c := exec.Command(name, args...)
	if out, err := c.CombinedOutput(); err != nil {
		if _, ok := err.(*exec.ExitError); !ok {
			t.Fatalf("%s: %v %s", name, err, out)
		}
	}
	return c
}

func testExecsnoop(t *testing.T) {
	r := startTool(t, "execsnoop")
	tag := fmt.Sprintf("bccc-execsnoop-%d", os.Getpid())
	c := toolExec(t, "/bin/true", tag, "second")
	e := r.waitEvent("/bin/true "+tag, func(e bcc.Struct) bool {
		argv, _ := e.Get("argv").([]any)
		return e.Get("filename") == "/bin/true" && len(argv) > 1 && argv[1] == tag
	})
	argv := e.Get("argv").([]any)
	if toolNum(e.Get("pid")) != int64(c.Process.Pid) || toolNum(e.Get("ppid")) != int64(os.Getpid()) ||
		toolNum(e.Get("ret")) != 0 || e.Get("comm") != "true" || toolNum(e.Get("argc")) != 3 ||
		argv[0] != "/bin/true" || argv[2] != "second" || argv[3] != "" {
		t.Errorf("exec event %s: want pid %d, ppid %d, ret 0, comm true, argv [/bin/true %s second]", e, c.Process.Pid, os.Getpid(), tag)
	}
	// A failed exec returns -ENOENT; the name is still the parent's.
	missing := filepath.Join(t.TempDir(), "no-such-program")
	if err := exec.Command(missing).Run(); err == nil {
		t.Fatalf("%s ran", missing)
	}
	e = r.waitEvent(missing, func(e bcc.Struct) bool { return e.Get("filename") == missing })
	if toolNum(e.Get("ret")) != -int64(syscall.ENOENT) {
		t.Errorf("failed exec event %s: want ret -ENOENT", e)
	}
}

func testExitsnoop(t *testing.T) {
	r := startTool(t, "exitsnoop")
	c := toolExec(t, "/bin/sh", "-c", "exit 7")
	e := r.waitEvent("sh exiting with 7", func(e bcc.Struct) bool { return toolNum(e.Get("pid")) == int64(c.Process.Pid) })
	if toolNum(e.Get("exit_code")) != 7 || toolNum(e.Get("sig")) != 0 || toolNum(e.Get("ppid")) != int64(os.Getpid()) ||
		e.Get("comm") != "sh" || toolNum(e.Get("age_ns")) <= 0 || toolNum(e.Get("age_ns")) > int64(10*time.Second) {
		t.Errorf("exit event %s: want exit_code 7, sig 0, ppid %d, comm sh, a plausible age", e, os.Getpid())
	}
	k := exec.Command("sleep", "10")
	if err := k.Start(); err != nil {
		t.Fatal(err)
	}
	k.Process.Kill()
	k.Wait()
	e = r.waitEvent("sleep killed", func(e bcc.Struct) bool { return toolNum(e.Get("pid")) == int64(k.Process.Pid) })
	if toolNum(e.Get("sig")) != int64(syscall.SIGKILL) {
		t.Errorf("exit event %s: want sig 9", e)
	}
}

func testOpensnoop(t *testing.T) {
	r := startTool(t, "opensnoop")
	dir := t.TempDir()
	missing := filepath.Join(dir, "opensnoop-missing")
	if _, err := os.Open(missing); err == nil {
		t.Fatal("opened a missing file")
	}
	made := filepath.Join(dir, "opensnoop-made")
	f, err := os.Create(made)
	if err != nil {
		t.Fatal(err)
	}
	fd := f.Fd()
	defer f.Close()
	e := r.waitEvent(missing, func(e bcc.Struct) bool { return e.Get("fname") == missing })
	if toolNum(e.Get("ret")) != -int64(syscall.ENOENT) || toolNum(e.Get("pid")) != int64(os.Getpid()) || toolNum(e.Get("uid")) != int64(os.Getuid()) {
		t.Errorf("open event %s: want ret -ENOENT, pid %d", e, os.Getpid())
	}
	e = r.waitEvent(made, func(e bcc.Struct) bool { return e.Get("fname") == made })
	if toolNum(e.Get("ret")) != int64(fd) || toolNum(e.Get("flags"))&syscall.O_CREAT == 0 || toolNum(e.Get("pid")) != int64(os.Getpid()) {
		t.Errorf("open event %s: want ret %d, O_CREAT in flags, pid %d", e, fd, os.Getpid())
	}
}

func testKillsnoop(t *testing.T) {
	r := startTool(t, "killsnoop")
	me := os.Getpid()
	if err := syscall.Kill(me, 0); err != nil {
		t.Fatal(err)
	}
	const nobody = 0x3ffffff0 // beyond pid_max
	if err := syscall.Kill(nobody, syscall.SIGUSR1); err != syscall.ESRCH {
		t.Fatalf("kill(%d): %v", nobody, err)
	}
	e := r.waitEvent("kill(self, 0)", func(e bcc.Struct) bool {
		return toolNum(e.Get("pid")) == int64(me) && toolNum(e.Get("tpid")) == int64(me)
	})
	if toolNum(e.Get("sig")) != 0 || toolNum(e.Get("ret")) != 0 {
		t.Errorf("kill event %s: want sig 0, ret 0", e)
	}
	e = r.waitEvent("kill(nobody, SIGUSR1)", func(e bcc.Struct) bool {
		return toolNum(e.Get("pid")) == int64(me) && toolNum(e.Get("tpid")) == nobody
	})
	if toolNum(e.Get("sig")) != int64(syscall.SIGUSR1) || toolNum(e.Get("ret")) != -int64(syscall.ESRCH) {
		t.Errorf("kill event %s: want sig SIGUSR1, ret -ESRCH", e)
	}
}

func testSyscount(t *testing.T) {
	r := startTool(t, "syscount")
	calls := r.b.Table("calls")
	key := binary.NativeEndian.AppendUint64(nil, syscall.SYS_GETPID)
	before := toolU64(t, calls, key)
	for i := 0; i < 20; i++ {
		syscall.Getpid()
	}
	if n := toolU64(t, calls, key) - before; n < 20 {
		t.Errorf("calls[getpid] went up by %d after 20 getpid calls", n)
	}
	if _, err := os.ReadFile("/proc/self/stat"); err != nil {
		t.Fatal(err)
	}
	if toolHistTotal(t, r.b, "read_bytes", 1) == 0 {
		t.Errorf("read_bytes is empty after a read")
	}
}

// toolSleepers makes tasks block and wake: short sleeps in child processes.
func toolSleepers(t *testing.T) {
	for i := 0; i < 3; i++ {
		toolExec(t, "sleep", "0.02")
	}
}

func testRunqlat(t *testing.T) {
	r := startTool(t, "runqlat")
	toolSleepers(t)
	if n := toolHistTotal(t, r.b, "dist", 0); n == 0 {
		t.Errorf("no run queue latency recorded")
	}
	t.Run("PER_THREAD", func(t *testing.T) {
		// One histogram per thread: sleep's thread has one of its own.
		r := startToolOpts(t, bcc.Options{File: "examples/runqlat.c", Cflags: []string{"-DPER_THREAD"}})
		c := toolExec(t, "sleep", "0.02")
		secs, err := r.b.Table("dist").Histograms(false)
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range secs {
			if toolNum(s.Bucket) == int64(c.Process.Pid) {
				var n uint64
				for _, v := range s.Vals {
					n += v
				}
				if n == 0 {
					t.Errorf("empty histogram for sleep (tid %d)", c.Process.Pid)
				}
				return
			}
		}
		t.Errorf("no histogram for sleep (tid %d) among %d", c.Process.Pid, len(secs))
	})
}

func testCpudist(t *testing.T) {
	r := startTool(t, "cpudist")
	toolSleepers(t)
	if n := toolHistTotal(t, r.b, "dist", 0); n == 0 {
		t.Errorf("no on-CPU time recorded")
	}
}

func testOffcputime(t *testing.T) {
	r := startTool(t, "offcputime")
	c := toolExec(t, "sleep", "0.2")
	kvs, err := r.b.Table("counts").Decoded()
	if err != nil {
		t.Fatal(err)
	}
	var best bcc.Struct
	var most int64
	for _, kv := range kvs {
		k := kv.Key.(bcc.Struct)
		if toolNum(k.Get("pid")) == int64(c.Process.Pid) && toolNum(kv.Value) > most {
			best, most = k, toolNum(kv.Value)
		}
	}
	if best == nil {
		t.Fatalf("no off-CPU time for sleep (pid %d) among %d entries", c.Process.Pid, len(kvs))
	}
	if most < 150000 || best.Get("comm") != "sleep" || toolNum(best.Get("tgid")) != int64(c.Process.Pid) {
		t.Errorf("sleep 0.2 was off CPU %dus at most, key %s", most, best)
	}
	id := toolNum(best.Get("kernel_stack_id"))
	if id < 0 {
		t.Fatalf("no kernel stack for sleep: %s", best)
	}
	stack, err := r.b.Table("stack_traces").Lookup(toolKey32(uint32(id)))
	if err != nil {
		t.Fatalf("stack %d: %v", id, err)
	}
	if pc := binary.NativeEndian.Uint64(stack); pc < 0xffff000000000000 {
		t.Errorf("stack %d starts at %#x, not a kernel address", id, pc)
	}
}

func testBiolatency(t *testing.T) {
	r := startTool(t, "biolatency")
	f, err := os.CreateTemp("", "biolatency")
	if err != nil {
		t.Fatal(err)
	}
	defer os.Remove(f.Name())
	defer f.Close()
	buf := make([]byte, 1<<20)
	for i := range buf {
		buf[i] = byte(i)
	}
	for i := 0; i < 4; i++ {
		if _, err := f.Write(buf); err != nil {
			t.Fatal(err)
		}
	}
	if err := f.Sync(); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(2 * time.Second)
	for toolHistTotal(t, r.b, "dist", 0) == 0 {
		if time.Now().After(deadline) {
			// tmpfs or a device without request-based I/O.
			t.Skipf("no block request completed after writing and fsyncing %s", f.Name())
		}
		time.Sleep(50 * time.Millisecond)
	}
}

func testReadlat(t *testing.T) {
	r := startTool(t, "readlat")
	var p [2]int
	if err := syscall.Pipe(p[:]); err != nil {
		t.Fatal(err)
	}
	defer syscall.Close(p[0])
	defer syscall.Close(p[1])
	go func() {
		time.Sleep(30 * time.Millisecond)
		syscall.Write(p[1], []byte("x"))
	}()
	var b [1]byte
	if n, err := syscall.Read(p[0], b[:]); n != 1 || err != nil {
		t.Fatalf("read: %d, %v", n, err)
	}
	// A read that waited ~30ms lands at 8ms or more (slot 14: 8192-16383us).
	if toolHistTotal(t, r.b, "dist", 14) == 0 {
		t.Errorf("no read of 8ms or more recorded")
	}
}

// toolTCPPair connects to a local listener and returns both ends.
func toolTCPPair(t *testing.T) (client, server net.Conn) {
	t.Helper()
	l, err := net.Listen("tcp4", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	client, err = net.Dial("tcp4", l.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	if server, err = l.Accept(); err != nil {
		t.Fatal(err)
	}
	return client, server
}

func tcpPort(a net.Addr) int64 { return int64(a.(*net.TCPAddr).Port) }

func testTcpconnect(t *testing.T) {
	r := startTool(t, "tcpconnect")
	c, s := toolTCPPair(t)
	c.Close()
	s.Close()
	e := r.waitEvent("connect to "+s.LocalAddr().String(), func(e bcc.Struct) bool {
		return toolNum(e.Get("sport")) == tcpPort(c.LocalAddr()) && toolNum(e.Get("dport")) == tcpPort(s.LocalAddr())
	})
	if toolNum(e.Get("pid")) != int64(os.Getpid()) || toolNum(e.Get("result")) != 0 || toolNum(e.Get("family")) != syscall.AF_INET ||
		string(toolBytes(e.Get("daddr"))) != "\x7f\x00\x00\x01" || string(toolBytes(e.Get("saddr"))) != "\x7f\x00\x00\x01" {
		t.Errorf("connect event %s: want pid %d, result 0, AF_INET, 127.0.0.1 -> 127.0.0.1", e, os.Getpid())
	}
	// A refused connection ends in CLOSE (7).
	l, err := net.Listen("tcp4", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	closed := tcpPort(l.Addr())
	l.Close()
	if _, err := net.Dial("tcp4", l.Addr().String()); err == nil {
		t.Fatal("connected to a closed port")
	}
	e = r.waitEvent("refused connect", func(e bcc.Struct) bool { return toolNum(e.Get("dport")) == closed })
	if toolNum(e.Get("result")) != 7 || toolNum(e.Get("pid")) != int64(os.Getpid()) {
		t.Errorf("refused connect event %s: want result 7 (CLOSE)", e)
	}
}

func testTcplife(t *testing.T) {
	r := startTool(t, "tcplife")
	c, s := toolTCPPair(t)
	msg := make([]byte, 10000)
	if _, err := c.Write(msg); err != nil {
		t.Fatal(err)
	}
	got := 0
	for got < len(msg) {
		n, err := s.Read(msg)
		if err != nil {
			t.Fatal(err)
		}
		got += n
	}
	if _, err := s.Write([]byte("ok")); err != nil {
		t.Fatal(err)
	}
	if _, err := c.Read(msg[:2]); err != nil {
		t.Fatal(err)
	}
	c.Close()
	s.Close()
	e := r.waitEvent("client session", func(e bcc.Struct) bool {
		return toolNum(e.Get("lport")) == tcpPort(c.LocalAddr()) && toolNum(e.Get("rport")) == tcpPort(s.LocalAddr())
	})
	// The kernel's counts include the sequence numbers of SYN and FIN.
	if toolNum(e.Get("pid")) != int64(os.Getpid()) || toolNum(e.Get("tx_bytes")) < 10000 || toolNum(e.Get("tx_bytes")) > 10002 ||
		toolNum(e.Get("rx_bytes")) < 2 || toolNum(e.Get("rx_bytes")) > 4 || toolNum(e.Get("span_us")) <= 0 {
		t.Errorf("session %s: want pid %d, 10000 bytes sent, 2 received", e, os.Getpid())
	}
}

func testSendbytes(t *testing.T) {
	r := startTool(t, "sendbytes")
	c, s := toolTCPPair(t)
	defer s.Close()
	go func() {
		b := make([]byte, 4096)
		for {
			if _, err := s.Read(b); err != nil {
				return
			}
		}
	}()
	for i := 0; i < 3; i++ {
		if _, err := c.Write(make([]byte, 5000)); err != nil {
			t.Fatal(err)
		}
	}
	c.Close()
	kvs, err := r.b.Table("sent").Decoded()
	if err != nil {
		t.Fatal(err)
	}
	for _, kv := range kvs {
		if toolNum(kv.Key.(bcc.Struct).Get("pid")) == int64(os.Getpid()) {
			if n := toolNum(kv.Value); n < 15000 {
				t.Errorf("sent %s = %d, want at least 15000", kv.Key, n)
			}
			return
		}
	}
	t.Errorf("no bytes sent by pid %d in %v", os.Getpid(), kvs)
}

func testMountsnoop(t *testing.T) {
	r := startTool(t, "mountsnoop")
	dir := t.TempDir()
	src := fmt.Sprintf("bccc-mountsnoop-%d", os.Getpid())
	if err := syscall.Mount(src, dir, "tmpfs", syscall.MS_NOSUID, "size=1m"); err != nil {
		t.Skipf("cannot mount a tmpfs: %v", err)
	}
	if err := syscall.Unmount(dir, 0); err != nil {
		t.Fatal(err)
	}
	e := r.waitEvent("mount of "+src, func(e bcc.Struct) bool { return e.Get("source") == src })
	if toolNum(e.Get("op")) != 0 || e.Get("target") != dir || e.Get("fstype") != "tmpfs" || toolNum(e.Get("ret")) != 0 ||
		toolNum(e.Get("flags")) != syscall.MS_NOSUID || toolNum(e.Get("pid")) != int64(os.Getpid()) {
		t.Errorf("mount event %s: want op 0, target %s, fstype tmpfs, flags MS_NOSUID, ret 0", e, dir)
	}
	e = r.waitEvent("umount of "+dir, func(e bcc.Struct) bool { return toolNum(e.Get("op")) == 1 && e.Get("target") == dir })
	if toolNum(e.Get("ret")) != 0 || toolNum(e.Get("pid")) != int64(os.Getpid()) {
		t.Errorf("umount event %s: want ret 0", e)
	}
}

// toolHelper is a program with its own readline(), as bash has one (the
// uretprobe on readline reports the line it returns), that also calls
// libc's getpid() five times (for funccount).
const toolHelper = `#include <stdio.h>
#include <string.h>
#include <unistd.h>

__attribute__((noinline)) char *readline(const char *prompt)
{
	static char line[64];
	fputs(prompt, stderr);
	strcpy(line, "echo hello from readline");
	return line;
}

int main(void)
{
	for (int i = 0; i < 5; i++)
		getpid();
	puts(readline("$ "));
	return 0;
}
`

// buildToolHelper compiles toolHelper with gcc into a temporary directory.
func buildToolHelper(t *testing.T) string {
	t.Helper()
	gcc, err := exec.LookPath("gcc")
	if err != nil {
		t.Skip("gcc is not installed (it builds the helper program)")
	}
	dir := t.TempDir()
	src, bin := filepath.Join(dir, "rl.c"), filepath.Join(dir, "rl")
	if err := os.WriteFile(src, []byte(toolHelper), 0o644); err != nil {
		t.Fatal(err)
	}
	if out, err := exec.Command(gcc, "-O1", "-o", bin, src).CombinedOutput(); err != nil {
		t.Fatalf("gcc: %v\n%s", err, out)
	}
	return bin
}

func testBashreadline(t *testing.T) {
	bin := buildToolHelper(t)
	r := startTool(t, "bashreadline", "printret=URETPROBE:"+bin+":readline")
	c := toolExec(t, bin)
	e := r.waitEvent("readline in the helper", func(e bcc.Struct) bool { return toolNum(e.Get("pid")) == int64(c.Process.Pid) })
	if e.Get("line") != "echo hello from readline" || e.Get("comm") != "rl" {
		t.Errorf("readline event %s: want the helper's line", e)
	}
	t.Run("bash", testBashreadlineBash)
}

// testBashreadlineBash types a command into an interactive bash on a
// pseudo-terminal (bash uses readline only on a terminal).
func testBashreadlineBash(t *testing.T) {
	bash, err := exec.LookPath("bash")
	if err != nil {
		t.Skip("no bash")
	}
	if out, err := exec.Command("nm", "-D", bash).Output(); err != nil || !strings.Contains(string(out), " T readline\n") {
		t.Skipf("%s does not export readline (nm: %v)", bash, err)
	}
	master, slave, err := toolOpenPTY()
	if err != nil {
		t.Skipf("no pseudo-terminal: %v", err)
	}
	defer master.Close()
	r := startTool(t, "bashreadline", "printret=URETPROBE:"+bash+":readline")
	c := exec.Command(bash, "--norc", "--noprofile", "-i")
	c.Env = []string{"TERM=dumb", "PATH=/usr/bin:/bin", "HOME=" + t.TempDir()}
	c.Stdin, c.Stdout, c.Stderr = slave, slave, slave
	c.SysProcAttr = &syscall.SysProcAttr{Setsid: true, Setctty: true}
	if err := c.Start(); err != nil {
		t.Fatal(err)
	}
	slave.Close()
	done := make(chan error, 1)
	go func() { done <- c.Wait() }()
	defer func() {
		select {
		case <-done:
		case <-time.After(3 * time.Second):
			c.Process.Kill()
			<-done
		}
	}()
	prompt := make(chan bool, 1)
	go func() {
		var out []byte
		b := make([]byte, 1024)
		for {
			n, err := master.Read(b)
			out = append(out, b[:n]...)
			if strings.Contains(string(out), "$ ") || strings.Contains(string(out), "# ") {
				select {
				case prompt <- true:
				default:
				}
			}
			if err != nil {
				return
			}
		}
	}()
	select {
	case <-prompt:
	case <-time.After(3 * time.Second):
		t.Fatal("no prompt from bash")
	}
	line := fmt.Sprintf("echo bccc-bashreadline-%d", os.Getpid())
	if _, err := master.Write([]byte(line + "\nexit\n")); err != nil {
		t.Fatal(err)
	}
	e := r.waitEvent("the line typed into bash", func(e bcc.Struct) bool { return e.Get("line") == line })
	if toolNum(e.Get("pid")) != int64(c.Process.Pid) || e.Get("comm") != "bash" {
		t.Errorf("readline event %s: want pid %d, comm bash", e, c.Process.Pid)
	}
}

// toolOpenPTY opens a pseudo-terminal pair.
func toolOpenPTY() (master, slave *os.File, err error) {
	master, err = os.OpenFile("/dev/ptmx", os.O_RDWR|syscall.O_NOCTTY, 0)
	if err != nil {
		return nil, nil, err
	}
	ioctl := func(req uintptr, arg unsafe.Pointer) error {
		if _, _, e := syscall.Syscall(syscall.SYS_IOCTL, master.Fd(), req, uintptr(arg)); e != 0 {
			return e
		}
		return nil
	}
	var unlock int32
	var n uint32
	if err = ioctl(syscall.TIOCSPTLCK, unsafe.Pointer(&unlock)); err == nil {
		err = ioctl(syscall.TIOCGPTN, unsafe.Pointer(&n))
	}
	if err == nil {
		slave, err = os.OpenFile(fmt.Sprintf("/dev/pts/%d", n), os.O_RDWR|syscall.O_NOCTTY, 0)
	}
	if err != nil {
		master.Close()
		return nil, nil, err
	}
	return master, slave, nil
}

func testStatsnoop(t *testing.T) {
	r := startTool(t, "statsnoop")
	missing := filepath.Join(t.TempDir(), "statsnoop-missing")
	if _, err := os.Stat(missing); err == nil {
		t.Fatal("stat of a missing file succeeded")
	}
	e := r.waitEvent(missing, func(e bcc.Struct) bool { return e.Get("fname") == missing })
	if toolNum(e.Get("ret")) != -int64(syscall.ENOENT) || toolNum(e.Get("pid")) != int64(os.Getpid()) {
		t.Errorf("stat event %s: want ret -ENOENT, pid %d", e, os.Getpid())
	}
}

func testSigsnoop(t *testing.T) {
	r := startTool(t, "sigsnoop")
	c := exec.Command("sleep", "10")
	if err := c.Start(); err != nil {
		t.Fatal(err)
	}
	c.Process.Signal(syscall.SIGUSR1)
	c.Wait()
	e := r.waitEvent("SIGUSR1 to sleep", func(e bcc.Struct) bool {
		return toolNum(e.Get("tpid")) == int64(c.Process.Pid) && toolNum(e.Get("sig")) == int64(syscall.SIGUSR1)
	})
	if toolNum(e.Get("pid")) != int64(os.Getpid()) || e.Get("tcomm") != "sleep" || toolNum(e.Get("result")) != 0 {
		t.Errorf("signal event %s: want pid %d, tcomm sleep, result 0", e, os.Getpid())
	}
	// Its death sends SIGCHLD to the thread of the test that forked it.
	r.waitEvent("SIGCHLD", func(e bcc.Struct) bool {
		if toolNum(e.Get("sig")) != int64(syscall.SIGCHLD) || toolNum(e.Get("pid")) != int64(c.Process.Pid) {
			return false
		}
		_, err := os.Stat(fmt.Sprintf("/proc/self/task/%d", toolNum(e.Get("tpid"))))
		return err == nil
	})
}

func testVfsstat(t *testing.T) {
	r := startTool(t, "vfsstat")
	stats := r.b.Table("stats")
	read := func() [5]uint64 {
		var v [5]uint64
		for i := range v {
			v[i] = toolU64(t, stats, toolKey32(uint32(i)))
		}
		return v
	}
	before := read()
	f, err := os.Create(filepath.Join(t.TempDir(), "vfsstat"))
	if err != nil {
		t.Fatal(err)
	}
	f.Write([]byte("data"))
	f.Sync()
	f.Seek(0, 0)
	f.Read(make([]byte, 4))
	f.Close()
	after := read()
	for i, name := range []string{"read", "write", "open", "create", "fsync"} {
		if after[i] <= before[i] {
			t.Errorf("stats[%d] (%s) did not go up: %d -> %d", i, name, before[i], after[i])
		}
	}
}

func testPidpersec(t *testing.T) {
	r := startTool(t, "pidpersec")
	stats := r.b.Table("stats")
	before := toolU64(t, stats, toolKey32(0))
	for i := 0; i < 3; i++ {
		toolExec(t, "/bin/true")
	}
	if n := toolU64(t, stats, toolKey32(0)) - before; n < 3 {
		t.Errorf("%d forks counted for 3 processes", n)
	}
}

func testCapable(t *testing.T) {
	if os.Getuid() != 0 {
		t.Skip("chown to another user needs root")
	}
	r := startTool(t, "capable")
	f := filepath.Join(t.TempDir(), "capable")
	if err := os.WriteFile(f, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Chown(f, 4321, -1); err != nil {
		t.Fatal(err)
	}
	e := r.waitEvent("CAP_CHOWN", func(e bcc.Struct) bool {
		return toolNum(e.Get("pid")) == int64(os.Getpid()) && toolNum(e.Get("cap")) == 0 // CAP_CHOWN
	})
	if toolNum(e.Get("ret")) != 0 || toolNum(e.Get("uid")) != 0 {
		t.Errorf("capability event %s: want ret 0, uid 0", e)
	}
}

func testXDPDropICMP(t *testing.T) {
	requireBPF(t)
	b, err := bcc.NewWithOptions(bcc.Options{File: "examples/xdp_drop_icmp.c", Progs: []string{"xdp_drop_icmp=XDP"}})
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	prog := b.Program("xdp_drop_icmp")
	packet := func(proto byte) []byte {
		p := make([]byte, 14+20+8)
		p[12], p[13] = 0x08, 0x00 // ETH_P_IP
		p[14] = 0x45              // IPv4, 20-byte header
		p[14+9] = proto
		return p
	}
	for _, c := range []struct {
		name string
		pkt  []byte
		want uint32
	}{
		{"ICMP", packet(syscall.IPPROTO_ICMP), 1 /* XDP_DROP */},
		{"TCP", packet(syscall.IPPROTO_TCP), 2 /* XDP_PASS */},
		{"ARP", append([]byte{12: 0x08, 13: 0x06}, make([]byte, 28)...), 2},
		{"runt", make([]byte, 20), 2},
	} {
		ret, err := prog.Run(&ebpf.RunOptions{Data: c.pkt})
		if err != nil {
			if errors.Is(err, ebpf.ErrNotSupported) {
				t.Skipf("BPF_PROG_TEST_RUN: %v", err)
			}
			t.Fatal(err)
		}
		if ret != c.want {
			t.Errorf("%s packet: XDP action %d, want %d", c.name, ret, c.want)
		}
	}
	if n := toolU64(t, b.Table("dropped"), toolKey32(0)); n != 1 {
		t.Errorf("dropped[0] = %d, want 1", n)
	}
	t.Run("veth", func(t *testing.T) { testXDPDropICMPVeth(t, b) })
}

// testXDPDropICMPVeth attaches the filter to one end of a veth pair and
// sends frames into the other with a packet socket: the ICMP ones are
// dropped (and counted), the others not.
func testXDPDropICMPVeth(t *testing.T, b *bcc.BPF) {
	ip, err := exec.LookPath("ip")
	if err != nil {
		t.Skip("no ip command to create a veth pair")
	}
	in, out := fmt.Sprintf("bccc%dx", os.Getpid()%1000000), fmt.Sprintf("bccc%dy", os.Getpid()%1000000)
	if msg, err := exec.Command(ip, "link", "add", in, "type", "veth", "peer", "name", out).CombinedOutput(); err != nil {
		t.Skipf("cannot create a veth pair: %v %s", err, msg)
	}
	defer exec.Command(ip, "link", "del", in).Run()
	for _, dev := range []string{in, out} {
		if msg, err := exec.Command(ip, "link", "set", dev, "up").CombinedOutput(); err != nil {
			t.Fatalf("ip link set %s up: %v %s", dev, err, msg)
		}
	}
	dropped := b.Table("dropped")
	if err := dropped.Clear(); err != nil {
		t.Fatal(err)
	}
	if err := b.AttachXDP(in, "xdp_drop_icmp", 0); err != nil {
		t.Fatal(err)
	}
	defer b.RemoveXDP(in)
	ifc, err := net.InterfaceByName(out)
	if err != nil {
		t.Fatal(err)
	}
	const ethIP = 0x0800
	htons := func(v uint16) uint16 { return v<<8 | v>>8 }
	fd, err := syscall.Socket(syscall.AF_PACKET, syscall.SOCK_RAW, int(htons(ethIP)))
	if err != nil {
		t.Skipf("no packet socket: %v", err)
	}
	defer syscall.Close(fd)
	frame := func(proto byte) []byte {
		f := make([]byte, 14+20+8)
		copy(f[0:6], []byte{0xff, 0xff, 0xff, 0xff, 0xff, 0xff})
		copy(f[6:12], ifc.HardwareAddr)
		f[12], f[13] = ethIP>>8, ethIP&0xff
		f[14], f[14+8], f[14+9] = 0x45, 64, proto // IPv4, TTL, protocol
		f[14+3] = 28                              // total length
		copy(f[14+12:], []byte{10, 213, 0, 2, 10, 213, 0, 1})
		return f
	}
	to := &syscall.SockaddrLinklayer{Ifindex: ifc.Index, Protocol: htons(ethIP)}
	for _, proto := range []byte{syscall.IPPROTO_ICMP, syscall.IPPROTO_UDP, syscall.IPPROTO_ICMP, syscall.IPPROTO_TCP, syscall.IPPROTO_ICMP} {
		if err := syscall.Sendto(fd, frame(proto), 0, to); err != nil {
			t.Fatal(err)
		}
	}
	var n uint64
	for deadline := time.Now().Add(2 * time.Second); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
		if n = toolU64(t, dropped, toolKey32(0)); n >= 3 {
			break
		}
	}
	time.Sleep(50 * time.Millisecond) // anything more would be a wrong drop
	if n = toolU64(t, dropped, toolKey32(0)); n != 3 {
		t.Errorf("dropped[0] = %d after 3 ICMP, 1 UDP and 1 TCP frames, want 3", n)
	}
}

func testSoftirqs(t *testing.T) {
	r := startTool(t, "softirqs")
	// Loopback traffic is received in the NET_RX soft interrupt.
	c, s := toolTCPPair(t)
	for i := 0; i < 10; i++ {
		c.Write([]byte("ping"))
		s.Read(make([]byte, 4))
	}
	c.Close()
	s.Close()
	// Times before counts: the program counts first, so every time
	// read has its count by the time the counts are read.
	times, err := r.b.Table("time_ns").Decoded()
	if err != nil {
		t.Fatal(err)
	}
	kvs, err := r.b.Table("count").Decoded()
	if err != nil {
		t.Fatal(err)
	}
	counts := map[any]int64{}
	for _, kv := range kvs {
		counts[kv.Key] = toolNum(kv.Value)
	}
	if counts["net_rx"] == 0 {
		t.Errorf("no net_rx soft interrupt counted after loopback traffic: %v", counts)
	}
	for _, kv := range times {
		if counts[kv.Key] == 0 || toolNum(kv.Value) <= 0 {
			t.Errorf("time_ns[%v] = %v with count %d", kv.Key, kv.Value, counts[kv.Key])
		}
	}
}

func testSyncsnoop(t *testing.T) {
	r := startTool(t, "syncsnoop")
	f, err := os.Create(filepath.Join(t.TempDir(), "syncsnoop"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := f.Sync(); err != nil {
		t.Fatal(err)
	}
	if err := syscall.Fdatasync(int(f.Fd())); err != nil {
		t.Fatal(err)
	}
	for _, call := range []string{"FSYNC", "FDATASYNC"} {
		e := r.waitEvent(call, func(e bcc.Struct) bool {
			return toolNum(e.Get("pid")) == int64(os.Getpid()) && e.Get("call") == call
		})
		if toolNum(e.Get("ts_ns")) <= 0 {
			t.Errorf("sync event %s: no time stamp", e)
		}
	}
}

func testBiosnoop(t *testing.T) {
	r := startTool(t, "biosnoop")
	f, err := os.CreateTemp("", "biosnoop")
	if err != nil {
		t.Fatal(err)
	}
	defer os.Remove(f.Name())
	defer f.Close()
	if _, err := f.Write(make([]byte, 1<<20)); err != nil {
		t.Fatal(err)
	}
	if err := f.Sync(); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(2 * time.Second)
	for {
		r.b.Poll(50 * time.Millisecond)
		for _, e := range r.events {
			if strings.Contains(e.Get("rwbs").(string), "W") && toolNum(e.Get("bytes")) > 0 {
				if toolNum(e.Get("latency_us")) < 0 || e.Get("comm") == "" {
					t.Errorf("write event %s", e)
				}
				return
			}
		}
		if time.Now().After(deadline) {
			t.Skipf("no block write completed after writing and fsyncing %s (%d events)", f.Name(), len(r.events))
		}
	}
}

func testFilelife(t *testing.T) {
	r := startTool(t, "filelife")
	name := filepath.Join(t.TempDir(), "filelife")
	if err := os.WriteFile(name, []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	time.Sleep(50 * time.Millisecond)
	if err := os.Remove(name); err != nil {
		t.Fatal(err)
	}
	e := r.waitEvent("delete of "+name, func(e bcc.Struct) bool { return e.Get("name") == name })
	if age := toolNum(e.Get("age_ms")); age < 50 || age > 5000 || toolNum(e.Get("pid")) != int64(os.Getpid()) {
		t.Errorf("file life event %s: want an age of 50ms or a little more, pid %d", e, os.Getpid())
	}
}

func testFunccount(t *testing.T) {
	bin := buildToolHelper(t)
	r := startTool(t, "funccount", "count_calls=UPROBE:c:getpid")
	c := toolExec(t, bin)
	kvs, err := r.b.Table("calls").Decoded()
	if err != nil {
		t.Fatal(err)
	}
	for _, kv := range kvs {
		k := kv.Key.(bcc.Struct)
		if toolNum(k.Get("pid")) == int64(c.Process.Pid) {
			if toolNum(kv.Value) != 5 || k.Get("comm") != "rl" {
				t.Errorf("calls[%s] = %v, want 5 getpid calls by rl", k, kv.Value)
			}
			return
		}
	}
	t.Errorf("no getpid calls by the helper (pid %d) in %v", c.Process.Pid, kvs)
}

func testHardirqs(t *testing.T) {
	r := startTool(t, "hardirqs")
	// Disk I/O on this machine completes with device interrupts.
	f, err := os.CreateTemp("", "hardirqs")
	if err != nil {
		t.Fatal(err)
	}
	defer os.Remove(f.Name())
	defer f.Close()
	f.Write(make([]byte, 256<<10))
	f.Sync()
	kvs, err := r.b.Table("count").Decoded()
	if err != nil {
		t.Fatal(err)
	}
	if len(kvs) == 0 {
		t.Skip("no hardware interrupt handled while writing and fsyncing a file")
	}
	counts := map[string]int64{}
	for _, kv := range kvs {
		name, _ := kv.Key.(bcc.Struct).Get("name").(string)
		if name == "" || toolNum(kv.Value) <= 0 {
			t.Errorf("count[%s] = %v", kv.Key, kv.Value)
		}
		counts[name] = toolNum(kv.Value)
	}
	// The names are those of /proc/interrupts.
	procIRQ, _ := os.ReadFile("/proc/interrupts")
	times, err := r.b.Table("time_ns").Decoded()
	if err != nil {
		t.Fatal(err)
	}
	for _, kv := range times {
		name := kv.Key.(bcc.Struct).Get("name").(string)
		if counts[name] == 0 || toolNum(kv.Value) <= 0 || !strings.Contains(string(procIRQ), name) {
			t.Errorf("time_ns[%s] = %v with count %d (in /proc/interrupts: %v)", name, kv.Value, counts[name], strings.Contains(string(procIRQ), name))
		}
	}
}

func testSolisten(t *testing.T) {
	r := startTool(t, "solisten")
	fd, err := syscall.Socket(syscall.AF_INET, syscall.SOCK_STREAM, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer syscall.Close(fd)
	if err := syscall.Bind(fd, &syscall.SockaddrInet4{Addr: [4]byte{127, 0, 0, 1}}); err != nil {
		t.Fatal(err)
	}
	if err := syscall.Listen(fd, 77); err != nil {
		t.Fatal(err)
	}
	sa, err := syscall.Getsockname(fd)
	if err != nil {
		t.Fatal(err)
	}
	lport := int64(sa.(*syscall.SockaddrInet4).Port)
	e := r.waitEvent(fmt.Sprintf("listen on port %d", lport), func(e bcc.Struct) bool { return toolNum(e.Get("lport")) == lport })
	if toolNum(e.Get("pid")) != int64(os.Getpid()) || toolNum(e.Get("backlog")) != 77 || toolNum(e.Get("family")) != syscall.AF_INET ||
		string(toolBytes(e.Get("laddr"))) != "\x7f\x00\x00\x01" {
		t.Errorf("listen event %s: want pid %d, backlog 77, AF_INET 127.0.0.1", e, os.Getpid())
	}
}

func testProfile(t *testing.T) {
	r := startTool(t, "profile", "do_perf_event=PERF_EVENT")
	if err := r.b.AttachPerfEvent(bcc.PerfTypeSoftware, bcc.PerfSWCPUClock, 0, 499, -1, -1, "do_perf_event"); err != nil {
		t.Fatal(err)
	}
	// Burn CPU in this process: the samples count its pid.
	x := 0
	for end := time.Now().Add(300 * time.Millisecond); time.Now().Before(end); {
		for i := 0; i < 1e5; i++ {
			x += i
		}
	}
	_ = x
	kvs, err := r.b.Table("counts").Decoded()
	if err != nil {
		t.Fatal(err)
	}
	comm, _ := os.ReadFile("/proc/self/comm")
	var samples int64
	userStack := false
	for _, kv := range kvs {
		k := kv.Key.(bcc.Struct)
		if toolNum(k.Get("pid")) != int64(os.Getpid()) {
			continue
		}
		samples += toolNum(kv.Value)
		if k.Get("name") != strings.TrimSpace(string(comm)) {
			t.Errorf("counts[%s]: want name %q", k, strings.TrimSpace(string(comm)))
		}
		if id := toolNum(k.Get("user_stack_id")); id >= 0 {
			if _, err := r.b.Table("stack_traces").Lookup(toolKey32(uint32(id))); err != nil {
				t.Errorf("user stack %d: %v", id, err)
			}
			userStack = true
		}
	}
	if samples == 0 {
		t.Fatalf("no sample of this process (pid %d) among %d entries", os.Getpid(), len(kvs))
	}
	if !userStack {
		t.Errorf("no user stack in the %d samples of this process", samples)
	}
}
