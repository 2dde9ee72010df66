package verifier

import (
	"fmt"
	"strings"

	"github.com/cilium/ebpf"
)

// kind is the type of a register's value, as the kernel names them.
type kind uint8

const (
	notInit     kind = iota
	kScalar          // a number
	kCtx             // the program's context
	kStack           // the frame pointer plus an offset
	kMap             // a map (for helpers)
	kMapValue        // inside a map's value
	kPacket          // packet data
	kPacketEnd       // the end of packet data
	kPacketMeta      // packet metadata
	kMem             // helper-returned memory of a known size (ring buffer)
	kSocket          // a socket (or sock_common / tcp_sock)
	kBTF             // a kernel object typed by BTF
)

var kindNames = [...]string{"uninitialized", "scalar", "ctx", "fp", "map_ptr", "map_value", "pkt", "pkt_end", "pkt_meta", "mem", "sock", "ptr_to_btf_id"}

func (k kind) String() string { return kindNames[k] }

// reg is an abstract register.
type reg struct {
	kind kind
	// maybeNull marks pointers returned by helpers before the NULL check.
	maybeNull bool
	// off is the constant offset of a pointer from its base; v is the
	// scalar itself, or a pointer's variable offset.
	off int64
	v   scalar
	// id links copies of one value: a comparison refines every register
	// and spilled slot with the same id (NULL checks, linked scalars,
	// packet pointers with the same variable offset).
	id uint32
	// ref is the reference a pointer holds, released by a helper.
	ref uint32
	// rng is the number of bytes after a packet pointer proven to be
	// before data_end.
	rng int64
	// m is the map of kMap and kMapValue; size the bytes of kMem.
	m    *mapInfo
	size int64
	// origin is the instruction that created a pointer, for messages.
	origin int
}

type mapInfo struct {
	name string
	spec *ebpf.MapSpec
}

func (r reg) isPtr() bool { return r.kind != notInit && r.kind != kScalar }

func scalarReg(s scalar) reg { return reg{kind: kScalar, v: s} }

func constReg(v uint64) reg { return scalarReg(constScalar(v)) }

func (r reg) String() string {
	var b strings.Builder
	b.WriteString(r.kind.String())
	if r.maybeNull {
		b.WriteString("_or_null")
	}
	switch r.kind {
	case kScalar:
		return r.v.String()
	case notInit:
		return b.String()
	}
	fmt.Fprintf(&b, "(off=%d", r.off)
	if !r.v.isConst() || r.v.value() != 0 {
		fmt.Fprintf(&b, ",var=%s", r.v)
	}
	if r.kind == kPacket {
		fmt.Fprintf(&b, ",r=%d", r.rng)
	}
	b.WriteString(")")
	return b.String()
}

// slotKind is what a stack byte holds.
type slotKind uint8

const (
	slotInvalid slotKind = iota // never written
	slotMisc                    // some data
	slotZero                    // known zero
	slotSpill                   // part of a spilled register
)

// stackSize is the kernel's per-frame stack.
const stackSize = 512

// state is one point of one path.
type state struct {
	regs  [11]reg
	bytes [stackSize]slotKind
	// spills holds the registers spilled to 8-byte slots, sorted by
	// slot (slot i covers fp-8*(i+1)); sparse because most are empty.
	spills []spill
	refs   []ref
	depth  int64 // the deepest stack byte touched
}

type ref struct {
	id     uint32
	origin int // the acquiring instruction
	what   string
}

type spill struct {
	slot int
	r    reg
}

func (s *state) clone() *state {
	c := *s
	c.refs = append([]ref(nil), s.refs...)
	c.spills = append([]spill(nil), s.spills...)
	return &c
}

func (s *state) spilled(i int) (reg, bool) {
	for _, sp := range s.spills {
		if sp.slot == i {
			return sp.r, true
		}
	}
	return reg{}, false
}

func (s *state) setSpill(i int, r reg) {
	for j := range s.spills {
		if s.spills[j].slot == i {
			s.spills[j].r = r
			return
		}
	}
	s.spills = append(s.spills, spill{i, r})
	for j := len(s.spills) - 1; j > 0 && s.spills[j].slot < s.spills[j-1].slot; j-- {
		s.spills[j], s.spills[j-1] = s.spills[j-1], s.spills[j]
	}
}

func (s *state) dropSpill(i int) {
	for j := range s.spills {
		if s.spills[j].slot == i {
			s.spills = append(s.spills[:j], s.spills[j+1:]...)
			return
		}
	}
}

// forEachReg visits every register and spilled register, for refining
// linked values.
func (s *state) forEachReg(f func(*reg)) {
	for i := range s.regs {
		f(&s.regs[i])
	}
	for i := range s.spills {
		f(&s.spills[i].r)
	}
}

// slot returns the index of the 8-byte slot holding stack offset off
// (negative from the frame pointer).
func slot(off int64) int { return int((-off - 1) / 8) }
