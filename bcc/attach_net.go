package bcc

import (
	"errors"
	"fmt"
	"net"
	"os"
	"strings"

	"github.com/cilium/ebpf"
	"github.com/cilium/ebpf/link"
	"golang.org/x/sys/unix"
)

// closer is an attachment without a bpf link (a socket fd, a program
// attached to a map): only Close means something. link.Link is embedded
// for its unexported method; it stays nil, so every method is overridden.
type closer struct {
	link.Link
	close func() error
}

func (c *closer) Close() error {
	if c.close == nil {
		return nil
	}
	f := c.close
	c.close = nil
	return f()
}

func (c *closer) Detach() error              { return c.Close() }
func (c *closer) Update(*ebpf.Program) error { return link.ErrNotSupported }
func (c *closer) Pin(string) error           { return link.ErrNotSupported }
func (c *closer) Unpin() error               { return link.ErrNotSupported }
func (c *closer) Info() (*link.Info, error)  { return nil, link.ErrNotSupported }
func (b *BPF) addLink(a Attachment, l link.Link) {
	b.mu.Lock()
	b.links = append(b.links, &attached{a, l})
	b.mu.Unlock()
}

// htons is for AF_PACKET protocol numbers, in network order.
func htons(v uint16) uint16 { return v<<8 | v>>8 }

// AttachRawSocket opens an AF_PACKET raw socket bound to interface dev
// ("lo"), seeing every protocol, and attaches SOCKET_FILTER program fnName
// to it (attach_raw_socket(fn, dev)). The socket is non-blocking, as
// BCC's; the caller reads packets from fd, which Detach and Close close.
// The program's return value is how many bytes of each packet the socket
// keeps: 0 drops it, -1 keeps it whole.
func (b *BPF) AttachRawSocket(fnName, dev string) (fd int, err error) {
	a := Attachment{fnName, "raw_socket", dev}
	p, err := b.prog(a)
	if err != nil {
		return -1, err
	}
	ifc, err := net.InterfaceByName(dev)
	if err != nil {
		return -1, &AttachError{a, err}
	}
	proto := htons(unix.ETH_P_ALL)
	fd, err = unix.Socket(unix.AF_PACKET, unix.SOCK_RAW|unix.SOCK_NONBLOCK|unix.SOCK_CLOEXEC, int(proto))
	if err != nil {
		return -1, &AttachError{a, fmt.Errorf("AF_PACKET socket (needs CAP_NET_RAW): %w", err)}
	}
	// The filter goes on before bind, so no unfiltered packet is queued.
	if err = unix.SetsockoptInt(fd, unix.SOL_SOCKET, unix.SO_ATTACH_BPF, p.FD()); err != nil {
		unix.Close(fd)
		return -1, &AttachError{a, fmt.Errorf("SO_ATTACH_BPF: %w", err)}
	}
	if err = unix.Bind(fd, &unix.SockaddrLinklayer{Protocol: proto, Ifindex: ifc.Index}); err != nil {
		unix.Close(fd)
		return -1, &AttachError{a, fmt.Errorf("binding to %s: %w", dev, err)}
	}
	b.addLink(a, &closer{close: func() error { return unix.Close(fd) }})
	return fd, nil
}

// AttachCgroup attaches fnName to the cgroup v2 directory cgroupPath with
// attachType (ebpf.AttachCGroupInetIngress/Egress for CGROUP_SKB,
// AttachCGroupInetSockCreate, AttachCGroupSockOps, ...). cilium/ebpf uses
// a bpf link, or PROG_ATTACH with multi-attach on older kernels.
func (b *BPF) AttachCgroup(cgroupPath, fnName string, attachType ebpf.AttachType) error {
	a := Attachment{fnName, "cgroup", cgroupPath + " " + attachType.String()}
	p, err := b.prog(a)
	if err != nil {
		return err
	}
	l, err := link.AttachCgroup(link.CgroupOptions{Path: cgroupPath, Attach: attachType, Program: p})
	if err != nil {
		if _, serr := os.Stat(cgroupPath); serr != nil {
			err = fmt.Errorf("%w (no cgroup v2 directory %s)", err, cgroupPath)
		}
		return &AttachError{a, err}
	}
	b.addLink(a, l)
	return nil
}

// cgroupSectionTypes are the cgroup sections AttachAllCgroup attaches
// by: libbpf's names for CGROUP_SKB with its direction.
var cgroupSectionTypes = map[string]ebpf.AttachType{
	"cgroup_skb/ingress": ebpf.AttachCGroupInetIngress,
	"cgroup_skb/egress":  ebpf.AttachCGroupInetEgress,
}

// AttachAllCgroup attaches the cgroup_skb/ingress and cgroup_skb/egress
// programs (--prog NAME=CGROUP_SKB:ingress) to cgroupPath, then the rest
// as AttachAll does. BCC has no such auto-attachment: the cgroup must come
// from the caller. Errors are an AttachErrors, as AttachAll's.
func (b *BPF) AttachAllCgroup(cgroupPath string) error {
	var errs AttachErrors
	for _, name := range b.ProgramNames() {
		t, ok := cgroupSectionTypes[b.Spec.Programs[name].SectionName]
		if !ok || b.isAttached(name) {
			continue
		}
		if err := b.AttachCgroup(cgroupPath, name, t); err != nil {
			var ae *AttachError
			if !errors.As(err, &ae) {
				ae = &AttachError{Attachment{name, "cgroup", cgroupPath}, err}
			}
			errs = append(errs, ae)
		}
	}
	if err := b.AttachAll(); err != nil {
		var more AttachErrors
		if !errors.As(err, &more) {
			if len(errs) == 0 {
				return err
			}
			return errors.Join(errs, err)
		}
		errs = append(errs, more...)
	}
	if len(errs) > 0 {
		return errs
	}
	return nil
}

// AttachSkMsg attaches SK_MSG program fnName to the SOCKMAP or SOCKHASH
// mapName: it then runs on every sendmsg of the sockets in the map
// (attach_func(fn, map_fd, BPFAttachType.SK_MSG_VERDICT)).
func (b *BPF) AttachSkMsg(mapName, fnName string) error {
	return b.attachToMap(mapName, fnName, "sk_msg", ebpf.AttachSkMsgVerdict)
}

// AttachSkSkb attaches SK_SKB program fnName to the SOCKMAP or SOCKHASH
// mapName as attachType: ebpf.AttachSkSKBStreamParser,
// AttachSkSKBStreamVerdict or AttachSkSKBVerdict.
func (b *BPF) AttachSkSkb(mapName, fnName string, attachType ebpf.AttachType) error {
	return b.attachToMap(mapName, fnName, "sk_skb", attachType)
}

// attachToMap is BPF_PROG_ATTACH with a map as target: there is no link,
// so detaching is BPF_PROG_DETACH with the same three.
func (b *BPF) attachToMap(mapName, fnName, kind string, t ebpf.AttachType) error {
	a := Attachment{fnName, kind, mapName + " " + t.String()}
	p, err := b.prog(a)
	if err != nil {
		return err
	}
	m := b.Collection.Maps[mapName]
	if m == nil {
		return &AttachError{a, fmt.Errorf("no map %s (maps: %s)", mapName, strings.Join(b.TableNames(), ", "))}
	}
	if m.Type() != ebpf.SockMap && m.Type() != ebpf.SockHash {
		return &AttachError{a, fmt.Errorf("map %s is a %s, not a sockmap or sockhash", mapName, m.Type())}
	}
	// Close detaches before it unloads the collection, so the map and
	// program fds are still open here.
	opts := link.RawAttachProgramOptions{Target: m.FD(), Program: p, Attach: t}
	if err := link.RawAttachProgram(opts); err != nil {
		return &AttachError{a, err}
	}
	b.addLink(a, &closer{close: func() error { return link.RawDetachProgram(link.RawDetachProgramOptions(opts)) }})
	return nil
}
