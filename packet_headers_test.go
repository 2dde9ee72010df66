package bccc_test

import (
	"encoding/binary"
	"fmt"
	"os"
	"testing"

	"github.com/bccc-dev/bccc"
	"github.com/cilium/ebpf"
)

// TestPacketHeaders runs the <bcc/proto.h> program on a known frame: the
// fields it reads are the frame's big-endian bit-fields, and the frame it
// hands back has the fields it wrote and every other bit unchanged.
func TestPacketHeaders(t *testing.T) {
	requireBPF(t)
	f := "testdata/load/proto_headers.c"
	src, err := os.ReadFile(f)
	if err != nil {
		t.Fatal(err)
	}
	pkt := make([]byte, 64)
	for i := range pkt {
		pkt[i] = byte(0x35 + i*29)
	}
	for _, cpu := range []int{1, 3} {
		for _, noOpt := range []bool{false, true} {
			t.Run(fmt.Sprintf("v%d-O0=%v", cpu, noOpt), func(t *testing.T) {
				coll := compileAndLoad(t, f, src, bccc.Options{Progs: progFlags(src), CPU: cpu, NoOptimize: noOpt})
				defer coll.Close()
				outPkt := make([]byte, len(pkt))
				if _, err := coll.Programs["cls"].Run(&ebpf.RunOptions{Data: pkt, DataOut: outPkt, Repeat: 1}); err != nil {
					t.Fatal(err)
				}
				be16 := func(i int) uint64 { return uint64(binary.BigEndian.Uint16(pkt[i:])) }
				want := []uint64{
					be16(12),
					binary.BigEndian.Uint64(pkt[6:]) >> 16,
					uint64(pkt[14] >> 4),
					uint64(pkt[14] & 15),
					be16(20) & 0x1fff,
					uint64(binary.BigEndian.Uint32(pkt[26:])),
					be16(20) >> 14 & 1,
				}
				for k, w := range want {
					got, _ := lookupU64(t, coll.Maps["out"], uint32(k))
					if got != w {
						t.Errorf("out[%d] = %#x, want %#x", k, got, w)
					}
				}
				exp := append([]byte(nil), pkt...)
				exp[22]--
				binary.BigEndian.PutUint16(exp[20:], uint16(be16(20)&0xe000|0x1234))
				copy(exp[30:34], pkt[26:30])
				for i := range exp {
					if outPkt[i] != exp[i] {
						t.Errorf("byte %d of the frame = %#x, want %#x", i, outPkt[i], exp[i])
					}
				}
			})
		}
	}
}
