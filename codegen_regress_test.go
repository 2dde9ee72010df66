package bccc_test

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/bccc-dev/bccc"
	"github.com/cilium/ebpf"
	"github.com/cilium/ebpf/btf"
)

// Regression tests for codegen bugs, each running the output in the kernel
// (the programs are in testdata/load/codegen_*.c; TestLoad and TestGolden
// load them too).

// codegenVariants are the builds every regression program must survive:
// -O0 matters because constant ctx offsets are folded by a pass.
var codegenVariants = []struct {
	name string
	opts bccc.Options
}{
	{"v1", bccc.Options{CPU: 1}},
	{"v3", bccc.Options{CPU: 3}},
	{"v1-O0", bccc.Options{CPU: 1, NoOptimize: true}},
}

func loadCodegenProgram(t *testing.T, file string, o bccc.Options) *ebpf.Collection {
	t.Helper()
	src, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	o.Progs = progFlags(src)
	o.Tracefs = "testdata/tracefs"
	return compileAndLoad(t, file, src, o)
}

// TestCodegenCtxOffsets: reads of array members of the context, by index
// and by memcpy, give the bytes of the context the program was run on (they
// used to be rejected: "dereference of modified ctx ptr").
func TestCodegenCtxOffsets(t *testing.T) {
	requireBPF(t)
	cb := [5]uint32{0x80000005, 0x11111111, 0x22222222, 0x33333333, 0}
	skb := make([]byte, 48+len(cb)*4) // struct __sk_buff up to cb[4]
	for i, v := range cb {
		binary.LittleEndian.PutUint32(skb[48+4*i:], v)
	}
	args := []uint64{0xa0, 0xa1a1a1a1a1a1a1a1, 0xa2, 0xa3a3a3a3a3a3a3a3}
	for _, v := range codegenVariants {
		t.Run(v.name, func(t *testing.T) {
			coll := loadCodegenProgram(t, "testdata/load/codegen_ctx_offsets.c", v.opts)
			defer coll.Close()
			ret, err := coll.Programs["cb_read"].Run(&ebpf.RunOptions{Data: make([]byte, 64), Context: skb})
			if err != nil {
				t.Fatal(err)
			}
			// The int result is returned unextended; the kernel reads 32 bits.
			if ret != cb[0] {
				t.Errorf("cb_read returned %#x, want cb[0] = %#x", ret, cb[0])
			}
			wantCB := []uint64{uint64(cb[1]), uint64(cb[2])<<32 | uint64(cb[3]), uint64(cb[0] + 1), uint64(cb[3])}
			for k, w := range wantCB {
				if got, _ := lookupU64(t, coll.Maps["cb_out"], uint32(k)); got != w {
					t.Errorf("cb_out[%d] = %#x, want %#x", k, got, w)
				}
			}
			var raw bytes.Buffer
			binary.Write(&raw, binary.LittleEndian, args)
			if _, err := coll.Programs["raw_tracepoint__sys_enter"].Run(&ebpf.RunOptions{Context: raw.Bytes()}); err != nil {
				t.Fatal(err)
			}
			for k, w := range args[1:] {
				if got, _ := lookupU64(t, coll.Maps["raw_out"], uint32(k)); got != w {
					t.Errorf("raw_out[%d] = %#x, want args[%d] = %#x", k, got, k+1, w)
				}
			}
		})
	}
}

// TestCodegenCompoundLiteral: &(int){0} is the address of an initialised
// stack object, not NULL (the map updates used to be rejected: "R2
// type=scalar expected=fp").
func TestCodegenCompoundLiteral(t *testing.T) {
	requireBPF(t)
	for _, v := range codegenVariants {
		t.Run(v.name, func(t *testing.T) {
			coll := loadCodegenProgram(t, "testdata/load/codegen_compound_literal.c", v.opts)
			defer coll.Close()
			n, err := coll.Programs["complit"].Run(&ebpf.RunOptions{Data: make([]byte, 64)})
			if err != nil {
				t.Fatal(err)
			}
			for k, w := range []uint64{0x1122334455667788, uint64(n), 7} {
				if got, ok := lookupU64(t, coll.Maps["words"], uint32(k)); !ok || got != w {
					t.Errorf("words[%d] = %#x, want %#x", k, got, w)
				}
			}
		})
	}
}

// TestCodegenLineInfo: every statement of codegen_line_info.c starts a line
// record at its own line, also those whose instructions come from a header
// function (bpf_log2l) or an inlined static function; and the kernel's
// verifier log quotes them.
func TestCodegenLineInfo(t *testing.T) {
	requireBPF(t)
	f := "testdata/load/codegen_line_info.c"
	src, err := os.ReadFile(f)
	if err != nil {
		t.Fatal(err)
	}
	stmts := map[int]string{}
	for i, line := range strings.Split(string(src), "\n") {
		if i+1 >= 15 && i+1 <= 18 {
			stmts[i+1] = strings.TrimSpace(line)
		}
	}
	for _, v := range codegenVariants {
		t.Run(v.name, func(t *testing.T) {
			o := v.opts
			obj, _, err := bccc.Compile(f, src, o)
			if err != nil {
				t.Fatal(err)
			}
			spec, err := ebpf.LoadCollectionSpecFromReader(bytes.NewReader(obj.ELF))
			if err != nil {
				t.Fatal(err)
			}
			var seq []int
			for _, ins := range spec.Programs["kprobe__vfs_read"].Instructions {
				if l, ok := ins.Source().(*btf.Line); ok {
					seq = append(seq, int(l.LineNumber()))
				}
			}
			for n := range stmts {
				if !containsInt(seq, n) {
					t.Errorf("no line record for line %d (%s); records: %v", n, stmts[n], seq)
				}
			}
			// The increment of line 16 follows line 15 directly: its
			// bpf_log2l instructions are on line 16 too.
			if i := indexInt(seq, 15); i < 0 || i+1 >= len(seq) || seq[i+1] != 16 {
				t.Errorf("line 16 does not start right after line 15; records: %v", seq)
			}
			coll, err := ebpf.NewCollectionWithOptions(spec, ebpf.CollectionOptions{Programs: ebpf.ProgramOptions{LogLevel: ebpf.LogLevelInstruction}})
			if err != nil {
				t.Fatal(err)
			}
			defer coll.Close()
			log := coll.Programs["kprobe__vfs_read"].VerifierLog
			for _, n := range []int{16, 17} {
				if want := fmt.Sprintf("; %s @ codegen_line_info.c:%d", stmts[n], n); !strings.Contains(log, want) {
					t.Errorf("verifier log lacks %q:\n%s", want, log)
				}
			}
		})
	}
}

func containsInt(s []int, v int) bool { return indexInt(s, v) >= 0 }

func indexInt(s []int, v int) int {
	for i, x := range s {
		if x == v {
			return i
		}
	}
	return -1
}

// TestCodegenIntResult: an int result is not sign-extended with shifts, so
// a pointer cast to long can be returned (root may leak pointers), and the
// value the kernel reads is the C value's low 32 bits.
func TestCodegenIntResult(t *testing.T) {
	requireBPF(t)
	for _, v := range codegenVariants {
		t.Run(v.name, func(t *testing.T) {
			coll := loadCodegenProgram(t, "testdata/load/codegen_return.c", v.opts)
			defer coll.Close()
			ret, err := coll.Programs["ret_lookup"].Run(&ebpf.RunOptions{Data: make([]byte, 64)})
			if err != nil {
				t.Fatal(err)
			}
			if ret == 0 {
				t.Errorf("ret_lookup returned 0: the lookup of key 0 of an array cannot miss")
			}
		})
	}
}
