package bcc

import (
	"syscall"
	"testing"
	"time"
)

// TestRingBufferNestedEvent: an event with bit-fields, an array of
// structs and a signed member decodes from the kernel's bytes to the
// values the program wrote (checked member by member and as BCC prints it).
func TestRingBufferNestedEvent(t *testing.T) {
	requireBPF(t)
	b, err := New(`
struct inner {
	u16 a;
	u8 b[3];
};
struct ev {
	u32 x : 3, y : 5, z : 24;
	struct inner in[2];
	s32 neg;
	u64 tail;
};
BPF_RINGBUF_OUTPUT(out, 8);

TRACEPOINT_PROBE(syscalls, sys_enter_getpid)
{
	if (bpf_get_current_pid_tgid() >> 32 != TARGET_PID)
		return 0;
	struct ev e = {};
	e.x = 5;
	e.y = 17;
	e.z = 0xabcdef;
	e.in[0].a = 1000;
	e.in[0].b[2] = 7;
	e.in[1].a = 2000;
	e.in[1].b[0] = 9;
	e.neg = -42;
	e.tail = 0x0102030405060708ULL;
	out.ringbuf_output(&e, sizeof(e), 0);
	return 0;
}
`, pidFlag())
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	var got []byte
	if err := b.OpenRingBuffer("out", func(data []byte) { got = data }); err != nil {
		t.Fatal(err)
	}
	if err := b.AttachAll(); err != nil {
		t.Fatal(err)
	}
	syscall.Getpid()
	for deadline := time.Now().Add(5 * time.Second); got == nil && time.Now().Before(deadline); {
		if _, err := b.Poll(100 * time.Millisecond); err != nil {
			t.Fatal(err)
		}
	}
	if got == nil {
		t.Fatal("no event")
	}
	ev, err := b.Table("out").Event(got)
	if err != nil {
		t.Fatal(err)
	}
	st := ev.(Struct)
	want := "{x: 5, y: 17, z: 11259375, in: [{a: 1000, b: [0, 0, 7]}, {a: 2000, b: [9, 0, 0]}], neg: -42, tail: 72623859790382856}"
	if st.String() != want {
		t.Errorf("event = %s\n want %s", st, want)
	}
}
