package bccc_test

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/bccc-dev/bccc"
)

// TestLargeInputs: big but valid programs compile in bounded time.
func TestLargeInputs(t *testing.T) {
	if testing.Short() {
		t.Skip("large inputs take seconds")
	}
	var straight, branches strings.Builder
	straight.WriteString("int f(struct xdp_md *ctx) { u64 x = ctx->data;\n")
	branches.WriteString("int f(struct xdp_md *ctx) { u64 x = ctx->data;\n")
	for i := 0; i < 20000; i++ {
		fmt.Fprintf(&straight, "\tx = x * 3 + %d;\n", i)
		fmt.Fprintf(&branches, "\tif (x > %d) x = x * 3 + %d;\n", i, i)
	}
	straight.WriteString("\treturn x; }\n")
	branches.WriteString("\treturn x; }\n")
	comment := "/*" + strings.Repeat("comment ", 10<<20/8) + "*/\nint f(void *ctx) { return 0; }\n"
	for _, c := range []struct {
		name, src string
	}{
		{"20000 statements", straight.String()},
		{"20000 branches", branches.String()},
		{"10 MB comment", comment},
	} {
		t.Run(c.name, func(t *testing.T) {
			start := time.Now()
			_, _, err := bccc.Compile("big.c", []byte(c.src), bccc.Options{Progs: []string{"f=XDP"}})
			if d := time.Since(start); d > 20*time.Second {
				t.Errorf("took %v", d)
			}
			// Straight-line code this long exceeds what one program may
			// hold only in instructions, which the kernel checks; the
			// compiler must succeed or say why.
			var be *bccc.Error
			if err != nil && !errors.As(err, &be) {
				t.Fatalf("unexpected error type: %v", err)
			}
			if err != nil {
				t.Logf("rejected: %v", err)
			}
		})
	}
}
