package bccc_test

import (
	"encoding/binary"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/bccc-dev/bccc"
	"github.com/cilium/ebpf"
	"github.com/cilium/ebpf/asm"
)

// The addresses and port testdata/load/cksum_nat.c writes.
var (
	natSrc   = [4]byte{192, 168, 10, 1}
	natDst   = [4]byte{10, 0, 0, 99}
	natDport = uint16(8053)
)

const (
	protoTCP = 6
	protoUDP = 17
	ethLen   = 14
	ipLen    = 20
)

// onesSum is the RFC 1071 one's complement sum of b's big-endian 16-bit
// words (an odd last byte padded with zero), folded to 16 bits.
func onesSum(sum uint32, b []byte) uint32 {
	for i := 0; i+1 < len(b); i += 2 {
		sum += uint32(binary.BigEndian.Uint16(b[i:]))
	}
	if len(b)%2 == 1 {
		sum += uint32(b[len(b)-1]) << 8
	}
	for sum > 0xffff {
		sum = sum&0xffff + sum>>16
	}
	return sum
}

// l4Sum is the one's complement sum of the IPv4 pseudo header (addresses,
// protocol, L4 length) and the L4 segment of frame.
func l4Sum(frame []byte) uint32 {
	ip := frame[ethLen:]
	seg := ip[ipLen:]
	pseudo := make([]byte, 12)
	copy(pseudo, ip[12:20])
	pseudo[9] = ip[9]
	binary.BigEndian.PutUint16(pseudo[10:], uint16(len(seg)))
	return onesSum(onesSum(0, pseudo), seg)
}

// l4CsumOff is the offset in the frame of the UDP or TCP checksum.
func l4CsumOff(proto byte) int {
	if proto == protoUDP {
		return ethLen + ipLen + 6
	}
	return ethLen + ipLen + 16
}

// ipv4Frame is an Ethernet frame holding an IPv4 UDP or TCP packet with
// correct checksums.
func ipv4Frame(proto byte) []byte {
	payload := []byte("bccc checksum test, odd length")
	var l4 []byte
	if proto == protoUDP {
		l4 = make([]byte, 8)
		binary.BigEndian.PutUint16(l4[0:], 40001)
		binary.BigEndian.PutUint16(l4[2:], 53)
		binary.BigEndian.PutUint16(l4[4:], uint16(8+len(payload)))
	} else {
		l4 = make([]byte, 20)
		binary.BigEndian.PutUint16(l4[0:], 40001)
		binary.BigEndian.PutUint16(l4[2:], 443)
		binary.BigEndian.PutUint32(l4[4:], 0x1a2b3c4d)
		binary.BigEndian.PutUint32(l4[8:], 0x5e6f7081)
		l4[12] = 5 << 4
		l4[13] = 0x18 // PSH, ACK
		binary.BigEndian.PutUint16(l4[14:], 64240)
	}
	l4 = append(l4, payload...)
	f := []byte{0x02, 0, 0, 0, 0, 0x01, 0x02, 0, 0, 0, 0, 0x02, 0x08, 0x00}
	ip := []byte{0x45, 0, 0, 0, 0x1c, 0x46, 0x40, 0, 64, proto, 0, 0, 172, 16, 3, 7, 203, 0, 113, 9}
	binary.BigEndian.PutUint16(ip[2:], uint16(ipLen+len(l4)))
	f = append(append(f, ip...), l4...)
	binary.BigEndian.PutUint16(f[ethLen+10:], ^uint16(onesSum(0, f[ethLen:ethLen+ipLen])))
	binary.BigEndian.PutUint16(f[l4CsumOff(proto):], ^uint16(l4Sum(f)))
	return f
}

// checkCksums reports a checksum of frame that does not verify: the sum
// of the IP header, and of pseudo header and segment, is 0xffff when the
// checksum in it is right.
func checkCksums(frame []byte) error {
	if s := onesSum(0, frame[ethLen:ethLen+ipLen]); s != 0xffff {
		return fmt.Errorf("the IP header checksum %#04x does not verify (sum %#04x)", binary.BigEndian.Uint16(frame[ethLen+10:]), s)
	}
	proto := frame[ethLen+9]
	if s := l4Sum(frame); s != 0xffff {
		return fmt.Errorf("the L4 (protocol %d) checksum %#04x does not verify (sum %#04x)", proto, binary.BigEndian.Uint16(frame[l4CsumOff(proto):]), s)
	}
	return nil
}

// TestCksum runs testdata/load/cksum_nat.c, BCC's incr_cksum_l3 and
// incr_cksum_l4 in a source and destination NAT, on UDP and TCP frames
// with BPF_PROG_TEST_RUN: the frame that comes back has the new addresses
// (and UDP port for nat), every other byte but the checksums unchanged,
// and both checksums verify. nat names the checksum fields of
// <bcc/proto.h> headers (&ip->hchecksum), nat_off gives integer offsets.
// The pseudo-header flag (BPF_F_PSEUDO_HDR) matters only for an skb whose
// checksum is offloaded or complete, not the CHECKSUM_NONE skb of a test
// run, whose frame is the same without it: cksum_nat.golden pins it (r5).
func TestCksum(t *testing.T) {
	// The checks must catch a checksum the program failed to update.
	for _, proto := range []byte{protoUDP, protoTCP} {
		f := ipv4Frame(proto)
		if err := checkCksums(f); err != nil {
			t.Fatalf("the test's frame: %v", err)
		}
		copy(f[ethLen+12:], natSrc[:])
		if checkCksums(f) == nil {
			t.Fatalf("protocol %d: a new source address with the old checksums passes the check", proto)
		}
		// With the IP checksum made right, the L4 one (over the
		// addresses of the pseudo header) is still wrong.
		binary.BigEndian.PutUint16(f[ethLen+10:], 0)
		binary.BigEndian.PutUint16(f[ethLen+10:], ^uint16(onesSum(0, f[ethLen:ethLen+ipLen])))
		if checkCksums(f) == nil {
			t.Fatalf("protocol %d: a new source address with the old L4 checksum passes the check", proto)
		}
	}

	requireBPF(t)
	file := "testdata/load/cksum_nat.c"
	src, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	for _, cpu := range []int{1, 3} {
		for _, noOpt := range []bool{false, true} {
			t.Run(fmt.Sprintf("v%d-O0=%v", cpu, noOpt), func(t *testing.T) {
				coll := compileAndLoad(t, file, src, bccc.Options{Progs: progFlags(src), CPU: cpu, NoOptimize: noOpt})
				defer coll.Close()
				for _, prog := range []string{"nat", "nat_off"} {
					for _, proto := range []byte{protoUDP, protoTCP} {
						in := ipv4Frame(proto)
						out := make([]byte, len(in))
						ret, err := coll.Programs[prog].Run(&ebpf.RunOptions{Data: in, DataOut: out, Repeat: 1})
						if err != nil {
							t.Fatalf("%s: %v", prog, err)
						}
						if ret != 0 {
							t.Errorf("%s, protocol %d: returned %d, want TC_ACT_OK (a checksum helper failed)", prog, proto, ret)
						}
						exp := append([]byte(nil), in...)
						copy(exp[ethLen+12:], natSrc[:])
						copy(exp[ethLen+16:], natDst[:])
						if prog == "nat" && proto == protoUDP {
							binary.BigEndian.PutUint16(exp[ethLen+ipLen+2:], natDport)
						}
						ipc, l4c := ethLen+10, l4CsumOff(proto)
						for i := range exp {
							if i != ipc && i != ipc+1 && i != l4c && i != l4c+1 && out[i] != exp[i] {
								t.Errorf("%s, protocol %d: byte %d of the frame = %#x, want %#x", prog, proto, i, out[i], exp[i])
							}
						}
						if err := checkCksums(out); err != nil {
							t.Errorf("%s, protocol %d: %v", prog, proto, err)
						}
					}
				}
			})
		}
	}
}

// TestCksumProgTypes: the program types bccc lets call the checksum
// builtins (codegen/cksum.go) are those whose kernel takes the helpers.
// The others get a compile error; the kernel refuses the helpers there.
func TestCksumProgTypes(t *testing.T) {
	requireBPF(t)
	file := "testdata/load/cksum_nat.c"
	src, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	for _, typ := range []string{"SCHED_CLS", "SCHED_ACT", "LWT_XMIT"} {
		coll := compileAndLoad(t, file, src, bccc.Options{Progs: []string{"nat=" + typ, "nat_off=" + typ}})
		coll.Close()
	}
	// The helper call alone, on the context in R1.
	load := func(typ ebpf.ProgramType, fn asm.BuiltinFunc) error {
		p, err := ebpf.NewProgram(&ebpf.ProgramSpec{Type: typ, License: "GPL", Instructions: asm.Instructions{
			asm.Mov.Imm(asm.R2, 24), asm.Mov.Imm(asm.R3, 1), asm.Mov.Imm(asm.R4, 2), asm.Mov.Imm(asm.R5, 4),
			fn.Call(), asm.Mov.Imm(asm.R0, 0), asm.Return(),
		}})
		if err == nil {
			p.Close()
		}
		return err
	}
	for _, fn := range []asm.BuiltinFunc{asm.FnL3CsumReplace, asm.FnL4CsumReplace} {
		if err := load(ebpf.SchedCLS, fn); err != nil {
			t.Fatalf("%v in a SCHED_CLS program: %v", fn, err)
		}
	}
	for _, typ := range []ebpf.ProgramType{ebpf.SocketFilter, ebpf.CGroupSKB, ebpf.LWTIn, ebpf.LWTOut, ebpf.SkSKB, ebpf.XDP} {
		for _, fn := range []asm.BuiltinFunc{asm.FnL3CsumReplace, asm.FnL4CsumReplace} {
			if err := load(typ, fn); err == nil {
				t.Errorf("the kernel takes %v in %v programs, which bccc refuses", fn, typ)
			} else if !strings.Contains(err.Error(), "cannot use helper") && !strings.Contains(err.Error(), "unknown func") {
				t.Errorf("%v in %v programs: the kernel refuses it for another reason: %v", fn, typ, err)
			}
		}
		src := []byte("// @prog f=X\nint f(void *ctx)\n{\n\treturn incr_cksum_l3(24, 1, 2);\n}\n")
		name := map[ebpf.ProgramType]string{ebpf.SocketFilter: "SOCKET_FILTER", ebpf.CGroupSKB: "CGROUP_SKB", ebpf.LWTIn: "LWT_IN",
			ebpf.LWTOut: "LWT_OUT", ebpf.SkSKB: "SK_SKB", ebpf.XDP: "XDP"}[typ]
		if _, _, err := bccc.Compile("f.c", src, bccc.Options{Progs: []string{"f=" + name}}); err == nil || !strings.Contains(err.Error(), "may not call") {
			t.Errorf("%s: compiling incr_cksum_l3: %v, want the program type error", name, err)
		}
	}
}
