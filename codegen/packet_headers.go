package codegen

import (
	"fmt"
	"strings"

	"github.com/cilium/ebpf/asm"
	"modernc.org/cc/v4"
)

// BCC's <bcc/proto.h> headers (DIALECT §9.3): a pointer to one of these
// packed structs is an offset into the packet (from cursor_advance), and
// p->f reads the field's bits from the packet in network order through
// bpf_dext_pkt; p->f = v writes them through bpf_dins_pkt. Bits count
// from the most significant bit of the first byte, in declaration order.

var packetHeaders = map[string]bool{
	"ethernet_t": true, "dot1q_t": true, "arp_t": true, "ip_t": true, "icmp_t": true, "ip6_t": true,
	"ip6_opt_t": true, "icmp6_t": true, "udp_t": true, "tcp_t": true, "vxlan_t": true, "vxlan_gbp_t": true,
}

// pktField is a field of a packet header: where it is and how wide.
type pktField struct {
	ptr        Operand // the header's packet offset
	byteOff    int64
	bitOff     int64 // within the byte
	bits       int64
	fieldName  string
	headerName string
}

// packetHeader reports whether t (a pointer's target) is a proto.h header.
func packetHeader(t cc.Type) (*cc.StructType, bool) {
	st, ok := t.(*cc.StructType)
	if !ok {
		return nil, false
	}
	tag := st.Tag()
	if !packetHeaders[tag.SrcStr()] {
		return nil, false
	}
	return st, strings.HasSuffix(tag.Position().Filename, "bcc/proto.h")
}

// packetField locates field f of header st by adding up the widths of the
// fields before it.
func packetField(st *cc.StructType, f *cc.Field) (bitPos, bits int64, ok bool) {
	for i := 0; i < st.NumFields(); i++ {
		g := st.FieldByIndex(i)
		w := g.Type().Size() * 8
		if g.IsBitfield() {
			w = int64(g.ValueBits())
		}
		if g == f || g.Name() == f.Name() {
			return bitPos, w, true
		}
		bitPos += w
	}
	return 0, 0, false
}

// packetLval is the lvalue of p->f on a packet header, or ok=false.
func (l *lowerer) packetLval(x *cc.PostfixExpression) (lval, bool) {
	pt := x.PostfixExpression.Type()
	st, ok := packetHeader(pointee(pt))
	if !ok || x.Field() == nil {
		return lval{}, false
	}
	if l.fromMacro(x.Token2.Position(), x.Token2.SrcStr()) {
		l.errorf(x, "cannot use \"packet\" header type inside a macro")
	}
	pos, bits, ok := packetField(st, x.Field())
	if !ok || bits > 64 {
		l.errorf(x, "cannot read field %s of packet header %s", x.Field().Name(), tagName(st))
	}
	p, _ := l.rvalue(x.PostfixExpression)
	return lval{t: x.Type(), pkt: &pktField{ptr: l.keep(p), byteOff: pos / 8, bitOff: pos % 8, bits: bits, fieldName: x.Field().Name(), headerName: tagName(st)}}, true
}

// packetAccess reads the field (v nil) or writes *v into it, through the
// program's context: one load (and for a write one store) of the
// narrowest big-endian width holding the bits, as bpf_dext_pkt and
// bpf_dins_pkt do, with their width choice made here.
func (l *lowerer) packetAccess(f *pktField, v *Operand) Operand {
	w := int64(64)
	for _, n := range []int64{8, 16, 32} {
		if f.bitOff+f.bits <= n {
			w = n
			break
		}
	}
	load := l.packetHelper(fmt.Sprintf("load_%s", map[int64]string{8: "byte", 16: "half", 32: "word", 64: "dword"}[w]), f)
	ctx := R(l.readLocal(l.locals[l.progCtx]))
	off := l.keep(l.bin(asm.Add, f.ptr, I(f.byteOff)))
	shift := w - f.bitOff - f.bits
	mask := int64(-1)
	if f.bits < 64 {
		mask = int64(1)<<f.bits - 1
	}
	if v == nil {
		x := l.inlineVals(load, ctx, off)
		if shift > 0 {
			x = l.bin(asm.RSh, l.keep(x), I(shift))
		}
		if f.bits < w {
			x = l.andMask(x, mask)
		}
		return x
	}
	val := l.andMask(*v, mask)
	if shift > 0 {
		val = l.bin(asm.LSh, l.keep(val), I(shift))
	}
	if f.bits < w {
		// Only some bits of the bytes: keep the others.
		old := l.inlineVals(load, ctx, off)
		keep := ^(uint64(mask) << shift)
		if w < 64 {
			keep &= 1<<w - 1
		}
		old = l.andMask(old, int64(keep))
		val = l.bin(asm.Or, l.keep(old), l.keep(val))
	}
	l.inlineVals(l.packetHelper(fmt.Sprintf("__bccc_store_be%d", w), f), ctx, off, l.keep(val))
	return I(0)
}

// andMask is x & m; masks beyond 32 bits go through a register, since
// ALU immediates are 32-bit.
func (l *lowerer) andMask(x Operand, m int64) Operand {
	if m == -1 {
		return x
	}
	if m >= 0 && m <= 0x7fffffff {
		return l.bin(asm.And, l.keep(x), I(m))
	}
	r := l.f.newVReg()
	l.mov(r, I(m))
	return l.bin(asm.And, l.keep(x), R(r))
}

func (l *lowerer) packetHelper(name string, f *pktField) *cc.FunctionDefinition {
	fd := l.defByName(name)
	if fd == nil || l.progCtx == nil || l.locals[l.progCtx] == nil {
		l.errorf(nil, "packet header %s: reading %s needs %s and a program whose first parameter is the skb", f.headerName, f.fieldName, name)
	}
	return fd
}

// defByName finds a function definition of the translation unit.
func (l *lowerer) defByName(name string) *cc.FunctionDefinition {
	for d, fd := range l.defs {
		if d.Name() == name {
			return fd
		}
	}
	return nil
}

func tagName(st *cc.StructType) string {
	tag := st.Tag()
	return tag.SrcStr()
}
