package codegen

import (
	"github.com/cilium/ebpf"
	"github.com/cilium/ebpf/asm"
	"modernc.org/cc/v4"
)

// BCC's checksum builtins (DIALECT §7), rewritten by BCC into helper calls
// on the program's first parameter:
//
//	incr_cksum_l3(off, old, new)         l3_csum_replace(skb, off, old, new, sizeof(new))
//	incr_cksum_l4(off, old, new, pseudo) l4_csum_replace(skb, off, old, new, (pseudo&1)<<4 | sizeof(new))
//
// old and new are host-order values (what a <bcc/proto.h> field read
// gives); BCC's wrappers put them in network order by the size first, as
// the kernel sums the bytes as they lie in the packet. off is the packet
// offset of the checksum field: &hdr->field of a proto.h header, whose
// pointer is an offset from the packet start, or an integer.

const (
	helperL3CsumReplace = 10
	helperL4CsumReplace = 11

	csumPseudoHdr = 0x10 // BPF_F_PSEUDO_HDR
)

// csumTypes are the program types whose kernel offers l3_csum_replace and
// l4_csum_replace (tc_cls_act_func_proto, lwt_xmit_func_proto; the other
// skb programs, socket filters among them, lack them, as the helper table
// of verifier/ says).
var csumTypes = map[ebpf.ProgramType]bool{ebpf.SchedCLS: true, ebpf.SchedACT: true, ebpf.LWTXmit: true}

// cksum lowers incr_cksum_l3 and incr_cksum_l4.
func (l *lowerer) cksum(x *cc.PostfixExpression, name string, args []cc.ExpressionNode) Operand {
	nargs, id := 3, int64(helperL3CsumReplace)
	if name == "incr_cksum_l4" {
		nargs, id = 4, helperL4CsumReplace
	}
	if len(args) != nargs {
		l.errorf(x, "%s takes %d arguments, %d given", name, nargs, len(args))
	}
	if typ := l.progType(); !csumTypes[typ] {
		l.errorf(x, "%s updates a checksum in the packet of a socket buffer with bpf_%s_csum_replace, which %v programs may not call: use it in tc (SCHED_CLS, SCHED_ACT) or LWT_XMIT programs", name, name[len(name)-2:], typ)
	}
	if l.progCtx == nil || l.locals[l.progCtx] == nil {
		l.errorf(x, "%s needs the program's first parameter, the skb", name)
	}
	u64 := l.m.AST.ULongLong
	off := l.keep(l.cksumOffset(name, args[0]))
	size := args[2].Type().Size()
	if size != 2 && size != 4 {
		// BCC compiles it; the kernel then returns -EINVAL.
		l.warnf(args[2], "%s: the size of the new value is %d (its type is %s), and the kernel replaces 2- and 4-byte fields only: the helper will return -EINVAL", name, size, args[2].Type())
	}
	from := l.keep(l.netOrder(l.scalar(args[1], u64), size))
	to := l.keep(l.netOrder(l.scalar(args[2], u64), size))
	flags := I(size)
	if nargs == 4 {
		p := l.scalar(args[3], u64)
		if p.IsImm {
			if p.Imm&1 != 0 {
				flags = I(csumPseudoHdr | size)
			}
		} else {
			// (pseudo & 1) << 4: csumPseudoHdr or 0.
			bit := l.bin(asm.LSh, l.keep(l.bin(asm.And, p, I(1))), I(4))
			flags = l.bin(asm.Or, l.keep(bit), I(size))
		}
	}
	ctx := R(l.readLocal(l.locals[l.progCtx]))
	return l.emitCall(id, x.Type(), ctx, off, from, to, l.keep(flags))
}

// cksumOffset is the packet offset the first argument names: the byte
// offset of a proto.h header field for &hdr->field, else the value as a
// u64, as BCC's (u64) cast makes it.
func (l *lowerer) cksumOffset(name string, arg cc.ExpressionNode) Operand {
	n := unwrap(arg)
	for {
		c, ok := n.(*cc.CastExpression)
		if !ok || c.Case != cc.CastExpressionCast {
			break
		}
		n = unwrap(c.CastExpression)
	}
	u, ok := n.(*cc.UnaryExpression)
	if !ok || u.Case != cc.UnaryExpressionAddrof {
		return l.scalar(arg, l.m.AST.ULongLong)
	}
	if sel, ok := unwrap(u.CastExpression).(*cc.PostfixExpression); ok && sel.Case == cc.PostfixExpressionPSelect && sel.Field() != nil {
		// Not packetLval: &hdr->field reads nothing from the packet, and
		// BCC accepts it from a macro (IP_CSUM_OFF(ip)).
		if st, ok := packetHeader(pointee(sel.PostfixExpression.Type())); ok {
			pos, _, ok := packetField(st, sel.Field())
			if !ok {
				l.errorf(arg, "cannot find field %s of packet header %s", sel.Field().Name(), tagName(st))
			}
			if pos%8 != 0 {
				l.errorf(arg, "address of bit-field requested: field %s of packet header %s starts at bit %d of byte %d, and %s needs the byte offset of the checksum field", sel.Field().Name(), tagName(st), pos%8, pos/8, name)
			}
			p, _ := l.rvalue(sel.PostfixExpression)
			return l.bin(asm.Add, p, I(pos/8))
		}
	}
	// A stack, map or kernel address is no packet offset.
	l.errorf(arg, "%s: the offset must be the packet offset of the checksum field: &hdr->field of a <bcc/proto.h> header, or an integer offset such as ETH_HLEN + offsetof(struct iphdr, check)", name)
	return Operand{}
}

// netOrder puts the low size bytes of v in network order, as BCC's
// bpf_htons/bpf_htonl/bpf_htonll by sizeof(new); other sizes pass v as is.
func (l *lowerer) netOrder(v Operand, size int64) Operand {
	if size != 2 && size != 4 && size != 8 {
		return v
	}
	v = l.convert(v, l.m.AST.ULongLong, l.uintOf(size))
	if v.IsImm {
		return l.imm64(bswapConst(v.Imm, uint8(size)))
	}
	r := l.f.newVReg()
	l.emit(&Inst{Op: OpSwap, Dst: r, A: v, Size: uint8(size)})
	return R(r)
}
