package bcc

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/cilium/ebpf"
	"golang.org/x/sys/unix"
)

// The socket filter counts packets by IP protocol; it keeps UDP packets
// (SNAP bytes of them, -1: whole) and drops the rest from the socket.
// On lo, packets have a zeroed 14-byte Ethernet header: the EtherType is
// at 12, the IP protocol at 14+9.
const socketProg = `
BPF_HASH(protos, u32, u64);

int count_proto(struct __sk_buff *skb)
{
	if (load_half(skb, 12) != 0x0800)
		return 0;
	u32 proto = load_byte(skb, 14 + 9);
	protos.increment(proto);
	return proto == 17 ? SNAP : 0;
}
`

func sendUDP(t *testing.T, port int, payload []byte, n int) {
	t.Helper()
	c, err := net.Dial("udp4", fmt.Sprintf("127.0.0.1:%d", port))
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	for i := 0; i < n; i++ {
		if _, err := c.Write(payload); err != nil {
			t.Fatal(err)
		}
	}
}

// udpSink is a local UDP port to send to, so no ICMP unreachable comes back.
func udpSink(t *testing.T) int {
	t.Helper()
	c, err := net.ListenUDP("udp4", &net.UDPAddr{IP: net.IPv4(127, 0, 0, 1)})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	return c.LocalAddr().(*net.UDPAddr).Port
}

// readPackets reads what the raw socket queued until it is empty.
func readPackets(fd int) [][]byte {
	var r [][]byte
	buf := make([]byte, 65536)
	for {
		n, _, err := unix.Recvfrom(fd, buf, 0)
		if err != nil {
			return r
		}
		r = append(r, append([]byte(nil), buf[:n]...))
	}
}

func TestAttachRawSocket(t *testing.T) {
	requireBPF(t)
	for _, snap := range []int{-1, 42} {
		t.Run(fmt.Sprint("snap", snap), func(t *testing.T) {
			b, err := NewWithOptions(Options{Text: socketProg, Cflags: []string{fmt.Sprint("-DSNAP=", snap)}, Progs: []string{"count_proto=SOCKET_FILTER"}})
			if err != nil {
				t.Fatal(err)
			}
			defer b.Close()
			fd, err := b.AttachRawSocket("count_proto", "lo")
			if err != nil {
				t.Fatal(err)
			}
			att := b.Attachments()
			if len(att) != 1 || att[0].String() != "count_proto (raw_socket lo)" {
				t.Errorf("attachments: %v", att)
			}
			payload := []byte("bccc-raw-socket-test-payload-" + strings.Repeat("x", 40))
			port := udpSink(t)
			sendUDP(t, port, payload, 5)
			time.Sleep(50 * time.Millisecond)
			// lo shows each packet twice: going out and coming in.
			if n := readU64(t, b, "protos", 17); n < 5 {
				t.Errorf("UDP count %d after 5 datagrams", n)
			}
			// Ours are the UDP packets to port: whole, or cut to snap bytes
			// (42 is just the Ethernet, IP and UDP headers).
			var ours, others int
			for _, p := range readPackets(fd) {
				if len(p) < 42 || p[23] != 17 {
					others++
					continue
				}
				if int(p[36])<<8|int(p[37]) != port {
					continue
				}
				ours++
				if snap < 0 && !bytes.Contains(p, payload) || snap > 0 && len(p) != snap {
					t.Errorf("filter returning %d: read a %d-byte packet %x", snap, len(p), p)
				}
			}
			t.Logf("UDP count %d; the socket read %d of our packets", readU64(t, b, "protos", 17), ours)
			if ours < 5 || others > 0 {
				t.Errorf("the socket read %d of our UDP packets, %d non-UDP ones", ours, others)
			}

			// Detached, the socket is closed and nothing more is counted.
			if err := b.Detach("count_proto"); err != nil {
				t.Fatal(err)
			}
			if err := unix.SetNonblock(fd, true); !errors.Is(err, unix.EBADF) {
				t.Errorf("the socket is still open after Detach: %v", err)
			}
			before := readU64(t, b, "protos", 17)
			sendUDP(t, port, payload, 3)
			time.Sleep(20 * time.Millisecond)
			if after := readU64(t, b, "protos", 17); after != before || len(b.Attachments()) != 0 {
				t.Errorf("after Detach: UDP count %d → %d, attachments %v", before, after, b.Attachments())
			}
		})
	}
}

// cgroup2Root finds the cgroup v2 mount: /sys/fs/cgroup, or
// /sys/fs/cgroup/unified on a hybrid system.
func cgroup2Root(t *testing.T) string {
	t.Helper()
	f, err := os.Open("/proc/self/mounts")
	if err != nil {
		t.Skipf("no /proc/self/mounts: %v", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if fs := strings.Fields(sc.Text()); len(fs) >= 3 && fs[2] == "cgroup2" {
			return fs[1]
		}
	}
	t.Skip("cgroup v2 is not mounted")
	return ""
}

const cgroupProg = `
BPF_ARRAY(egress, u64, 1);

int count_egress(struct __sk_buff *skb)
{
	egress.increment(0);
	return 1;
}
`

// TestNetHelperProcess is the child TestAttachCgroup runs in the cgroup:
// it sends one UDP datagram to BCCC_NET_HELPER_PORT.
func TestNetHelperProcess(t *testing.T) {
	port := os.Getenv("BCCC_NET_HELPER_PORT")
	if port == "" {
		t.Skip("only run by TestAttachCgroup")
	}
	c, err := net.Dial("udp4", "127.0.0.1:"+port)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	if _, err := c.Write([]byte("from the cgroup")); err != nil {
		t.Fatal(err)
	}
}

func TestAttachCgroup(t *testing.T) {
	requireBPF(t)
	root := cgroup2Root(t)
	dir, err := os.MkdirTemp(root, "bccc-test-")
	if err != nil {
		t.Skipf("cannot create a cgroup under %s: %v", root, err)
	}
	defer func() {
		// The helper's exit may take a moment to empty the cgroup.
		for i := 0; ; i++ {
			err := os.Remove(dir)
			if err == nil {
				return
			}
			if !errors.Is(err, unix.EBUSY) || i == 50 {
				t.Errorf("removing cgroup %s: %v", dir, err)
				return
			}
			time.Sleep(20 * time.Millisecond)
		}
	}()
	b, err := NewWithOptions(Options{Text: cgroupProg, Progs: []string{"count_egress=CGROUP_SKB:egress"}})
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	if sec := b.Spec.Programs["count_egress"].SectionName; sec != "cgroup_skb/egress" {
		t.Fatalf("section %q", sec)
	}
	if err := b.AttachAllCgroup(dir); err != nil {
		t.Fatal(err)
	}
	att := b.Attachments()
	if len(att) != 1 || att[0].Kind != "cgroup" || att[0].Target != dir+" "+ebpf.AttachCGroupInetEgress.String() {
		t.Errorf("attachments: %v", att)
	}
	port := udpSink(t)
	// This process is not in the cgroup: not counted.
	sendUDP(t, port, []byte("outside"), 3)
	if n := readU64(t, b, "egress", 0); n != 0 {
		t.Errorf("%d packets counted from outside the cgroup", n)
	}
	runInCgroup(t, dir, port)
	if n := readU64(t, b, "egress", 0); n != 1 {
		t.Errorf("egress count %d after one datagram from the cgroup", n)
	}

	if err := b.Detach("count_egress"); err != nil {
		t.Fatal(err)
	}
	runInCgroup(t, dir, port)
	if n := readU64(t, b, "egress", 0); n != 1 || len(b.Attachments()) != 0 {
		t.Errorf("after Detach: count %d, attachments %v", n, b.Attachments())
	}
	// Explicitly, and refused for a missing cgroup.
	if err := b.AttachCgroup(dir, "count_egress", ebpf.AttachCGroupInetEgress); err != nil {
		t.Fatal(err)
	}
	b.Detach("count_egress")
	if err := b.AttachCgroup(filepath.Join(dir, "missing"), "count_egress", ebpf.AttachCGroupInetEgress); err == nil {
		t.Error("attached to a missing cgroup")
	}
}

// runInCgroup runs TestNetHelperProcess in cgroup dir, which must be empty
// again afterwards for rmdir.
func runInCgroup(t *testing.T, dir string, port int) {
	t.Helper()
	cg, err := os.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer cg.Close()
	cmd := exec.Command(os.Args[0], "-test.run=^TestNetHelperProcess$")
	cmd.Env = append(os.Environ(), fmt.Sprint("BCCC_NET_HELPER_PORT=", port))
	cmd.SysProcAttr = &syscall.SysProcAttr{UseCgroupFD: true, CgroupFD: int(cg.Fd())}
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("helper in cgroup %s: %v\n%s", dir, err, out)
	}
}

// The sk_msg program counts the messages sent on sockets in sock_hash,
// and their bytes, and lets them through.
const skMsgProg = `
BPF_SOCKHASH(sock_hash, u32, 4);
BPF_ARRAY(msgs, u64, 2);

int count_msg(struct sk_msg_md *msg)
{
	msgs.increment(0);
	u32 k = 1;
	u64 *bytes = msgs.lookup(&k);
	if (bytes)
		__sync_fetch_and_add(bytes, msg->size);
	return SK_PASS;
}
`

// tcpPair returns the fds of both ends of a TCP connection over lo.
func tcpPair(t *testing.T) (client, server *os.File) {
	t.Helper()
	ln, err := net.Listen("tcp4", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	c, err := net.Dial("tcp4", ln.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	s, err := ln.Accept()
	if err != nil {
		t.Fatal(err)
	}
	cf, err := c.(*net.TCPConn).File()
	c.Close()
	if err != nil {
		t.Fatal(err)
	}
	sf, err := s.(*net.TCPConn).File()
	s.Close()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { cf.Close(); sf.Close() })
	return cf, sf
}

func TestAttachSkMsg(t *testing.T) {
	requireBPF(t)
	b, err := NewWithOptions(Options{Text: skMsgProg, Progs: []string{"count_msg=SK_MSG"}})
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	if err := b.AttachSkMsg("sock_hash", "count_msg"); err != nil {
		t.Fatal(err)
	}
	att := b.Attachments()
	if len(att) != 1 || att[0].Kind != "sk_msg" || !strings.HasPrefix(att[0].Target, "sock_hash ") {
		t.Errorf("attachments: %v", att)
	}
	client, server := tcpPair(t)
	// From user space, a sockhash value is the socket's fd.
	if err := b.Table("sock_hash").Update(u32(1), u32(uint32(client.Fd()))); err != nil {
		t.Fatalf("adding the socket to the sockhash: %v", err)
	}
	msg := []byte("hello through sk_msg")
	for i := 0; i < 3; i++ {
		if _, err := unix.Write(int(client.Fd()), msg); err != nil {
			t.Fatal(err)
		}
	}
	buf := make([]byte, 3*len(msg))
	got := 0
	server.SetReadDeadline(time.Now().Add(5 * time.Second))
	for got < len(buf) {
		n, err := server.Read(buf[got:])
		if err != nil {
			t.Fatalf("reading what went through: %v", err)
		}
		got += n
	}
	if string(buf) != strings.Repeat(string(msg), 3) {
		t.Errorf("received %q", buf)
	}
	if n, sz := readU64(t, b, "msgs", 0), readU64(t, b, "msgs", 1); n != 3 || sz != uint64(3*len(msg)) {
		t.Errorf("sk_msg counted %d messages, %d bytes; want 3, %d", n, sz, 3*len(msg))
	}

	if err := b.Detach("count_msg"); err != nil {
		t.Fatal(err)
	}
	if len(b.Attachments()) != 0 {
		t.Errorf("attachments after Detach: %v", b.Attachments())
	}
	// A wrong map kind is refused before the kernel is asked.
	if err := b.AttachSkMsg("msgs", "count_msg"); err == nil || !strings.Contains(err.Error(), "not a sockmap") {
		t.Errorf("attaching to an array: %v", err)
	}
}

// The sk_skb stream verdict counts the bytes received by sockets in
// sock_map and lets them through.
const skSkbProg = `
BPF_SOCKMAP(sock_map, 4);
BPF_ARRAY(rx_bytes, u64, 1);

int count_skb(struct __sk_buff *skb)
{
	u32 k = 0;
	u64 *n = rx_bytes.lookup(&k);
	if (n)
		__sync_fetch_and_add(n, skb->len);
	return SK_PASS;
}
`

func TestAttachSkSkb(t *testing.T) {
	requireBPF(t)
	b, err := NewWithOptions(Options{Text: skSkbProg, Progs: []string{"count_skb=SK_SKB:stream_verdict"}})
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	if err := b.AttachSkSkb("sock_map", "count_skb", ebpf.AttachSkSKBStreamVerdict); err != nil {
		t.Fatal(err)
	}
	client, server := tcpPair(t)
	if err := b.Table("sock_map").Update(u32(0), u32(uint32(server.Fd()))); err != nil {
		t.Fatalf("adding the socket to the sockmap: %v", err)
	}
	msg := []byte("hello through sk_skb")
	if _, err := unix.Write(int(client.Fd()), msg); err != nil {
		t.Fatal(err)
	}
	buf := make([]byte, len(msg))
	server.SetReadDeadline(time.Now().Add(5 * time.Second))
	if _, err := io.ReadFull(server, buf); err != nil || !bytes.Equal(buf, msg) {
		t.Fatalf("received %q, %v", buf, err)
	}
	if n := readU64(t, b, "rx_bytes", 0); n != uint64(len(msg)) {
		t.Errorf("stream verdict counted %d bytes, want %d", n, len(msg))
	}
	att := b.Attachments()
	if len(att) != 1 || att[0].String() != "count_skb (sk_skb sock_map "+ebpf.AttachSkSKBStreamVerdict.String()+")" {
		t.Errorf("attachments: %v", att)
	}
	// Close detaches it (no Detach first).
	if err := b.Close(); err != nil {
		t.Fatal(err)
	}
}
