package bccc_test

import (
	"bufio"
	"os"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/bccc-dev/bccc"
	"github.com/cilium/ebpf/link"
)

// TestTracePrintkRuns attaches a compiled tracepoint program, triggers it
// and finds its bpf_trace_printk line (format from .rodata, arguments
// formatted by the kernel) in the trace pipe.
func TestTracePrintkRuns(t *testing.T) {
	requireBPF(t)
	if _, err := os.Stat("/sys/kernel/tracing/trace_pipe"); err != nil {
		t.Skipf("tracefs not mounted: %v", err)
	}
	src := []byte("// @prog say=TRACEPOINT:syscalls:sys_enter_getpid\nint say(void *ctx)\n{\n\tu32 pid = bpf_get_current_pid_tgid() >> 32;\n\tbpf_trace_printk(\"bccc-trace-test pid=%d x=%x\\n\", pid, 0xbc);\n\treturn 0;\n}\n")
	coll := compileAndLoad(t, "say.c", src, bccc.Options{Progs: progFlags(src)})
	defer coll.Close()
	l, err := link.Tracepoint("syscalls", "sys_enter_getpid", coll.Programs["say"], nil)
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	pipe, err := os.Open("/sys/kernel/tracing/trace_pipe")
	if err != nil {
		t.Fatal(err)
	}
	defer pipe.Close()
	want := "bccc-trace-test pid=" + itoa(os.Getpid()) + " x=bc"
	found := make(chan bool, 1)
	go func() {
		sc := bufio.NewScanner(pipe)
		for sc.Scan() {
			if strings.Contains(sc.Text(), want) {
				found <- true
				return
			}
		}
		found <- false
	}()
	deadline := time.After(5 * time.Second)
	for {
		syscall.Getpid()
		select {
		case ok := <-found:
			if !ok {
				t.Fatal("trace pipe closed")
			}
			return
		case <-deadline:
			t.Fatalf("no %q in the trace pipe", want)
		case <-time.After(50 * time.Millisecond):
		}
	}
}

func itoa(i int) string {
	var b [20]byte
	n := len(b)
	for i > 0 || n == len(b) {
		n--
		b[n] = byte('0' + i%10)
		i /= 10
	}
	return string(b[n:])
}
