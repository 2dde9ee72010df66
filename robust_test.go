package bccc_test

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
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

// compileBounded compiles in a goroutine so that a hang fails the test
// instead of stalling it.
func compileBounded(t *testing.T, name string, src []byte, opts bccc.Options) (*bccc.Object, error, time.Duration) {
	t.Helper()
	type result struct {
		obj *bccc.Object
		err error
	}
	done := make(chan result, 1)
	start := time.Now()
	go func() {
		obj, _, err := bccc.Compile(name, src, opts)
		done <- result{obj, err}
	}()
	select {
	case r := <-done:
		return r.obj, r.err, time.Since(start)
	case <-time.After(60 * time.Second):
		t.Fatalf("no result after 60 s")
	}
	return nil, nil, 0
}

// TestRobustHostile: hostile inputs fail with a positioned diagnostic (or
// compile, where they are valid C) quickly and without a panic.
func TestRobustHostile(t *testing.T) {
	random := make([]byte, 4096)
	rnd := rand.New(rand.NewPCG(1, 2))
	for i := range random {
		random[i] = byte(rnd.Uint32())
	}
	deep := func(open, close string) string {
		return "int f(void *ctx) { return " + strings.Repeat(open, 100000) + "0" + strings.Repeat(close, 100000) + "; }\n"
	}
	cases := []struct {
		name, src string
		progs     []string
		want      string // regexp on the first diagnostic; "" means it compiles
		line      int    // the diagnostic's line; 0: any, but positioned
	}{
		// BCC would load an empty module, but an object without programs
		// is no use to a loader: bccc rejects it, without a position.
		{name: "empty file", src: "", want: "no BPF programs found", line: -1},
		{name: "whitespace only", src: " \n\t\n\r\n", want: "no BPF programs found", line: -1},
		{name: "random bytes", src: string(random), want: "."},
		{name: "NUL in the source", src: "int f(void *ctx) {\n\treturn \x00 0;\n}\n", want: `unexpected '\\x00'`, line: 2},
		{name: "invalid UTF-8 in code", src: "int f(void *ctx) {\n\treturn \xff\xfe 0;\n}\n", want: "unexpected", line: 2},
		// As in gcc, comments and string literals are bytes.
		{name: "invalid UTF-8 in a comment and a string", src: "/* \xff\xfe */\nint f(void *ctx) { char s[] = \"\xc3\x28\"; return s[0]; }\n"},
		{name: "100000 parentheses", src: deep("(", ")"), want: "nesting deeper than 500 levels", line: 1},
		{name: "100000 blocks", src: strings.Replace(deep("{", "}"), "return ", "", 1), want: "nesting deeper than 500 levels", line: 1},
		{name: "100000 brackets", src: "int a" + strings.Repeat("[", 100000), want: "nesting deeper than 500 levels", line: 1},
		// cc/v4 looped forever, adding an error per turn, at the end of
		// input among a pointer's qualifiers (found by FuzzCompile).
		{name: "end of input after *", src: "int *", want: "unexpected end of input", line: 1},
		{name: "end of input in K&R parameters", src: "t(4,2*", want: "."},
		{name: "end of input after * const", src: "int f(void *ctx) { return 0; }\nint * const", want: "unexpected end of input", line: 2},
		{name: "end of input in [static", src: "int f(void *ctx) { return 0; }\nvoid g(int a[static", want: "unexpected end of input", line: 2},
		{name: "end of input in a body", src: "int f(void *ctx) {\n\tint *", want: "unexpected end of input", line: 2},
		// A failed #include stops cc/v4's preprocessor: the same loop
		// unless the preprocessor runs, and reports, first.
		{name: "include not found in a declarator", src: "int *\n#include \"nosuch.h\"\n", want: `include file not found: "nosuch.h"`, line: 2},
		{name: "computed include in a declarator", src: "int *\n#include NOSUCH\n", want: "invalid argument", line: 2},
		{name: "include under an undecided #if", src: "#define N 2\nint *\n#if N > 1\n#include <nosuch.h>\n#endif\n", want: "include file not found: <nosuch.h>", line: 4},
		// cc/v4's scanner looped forever on a line splice at the end of
		// the input inside a literal (found by a mutation driver).
		{name: "splice at the end in a string", src: "int f(void *ctx) { return 0; }\nchar *s = \"a\\\n", want: "string literal not terminated", line: 2},
		{name: "backslash at the end in a string", src: "int f(void *ctx) { return 0; }\nchar *s = \"a\\", want: "string literal not terminated", line: 2},
		{name: "splice at the end in a char", src: "int f(void *ctx) { return 0; }\nint c = 'a\\\r\n", want: "character constant not terminated", line: 2},
		{name: "splice at the end of valid code", src: "int f(void *ctx) { return 0; }\\\n"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			progs := c.progs
			if progs == nil && c.line != -1 {
				progs = []string{"f=XDP"}
			}
			obj, err, d := compileBounded(t, "hostile.c", []byte(c.src), bccc.Options{Progs: progs})
			if d > 5*time.Second {
				t.Errorf("took %v", d)
			}
			if c.want == "" {
				if err != nil {
					t.Fatalf("want it to compile: %v", err)
				}
				if len(obj.ELF) == 0 {
					t.Fatal("empty object")
				}
				return
			}
			checkDiag(t, err, "hostile.c", c.want, c.line)
		})
	}
}

// checkDiag: err is a *bccc.Error whose first diagnostic matches want, in
// file at line (any line for 0, no position for -1), and none is internal.
func checkDiag(t *testing.T, err error, file, want string, line int) {
	t.Helper()
	if err == nil {
		t.Fatalf("compiled, want an error matching %q", want)
	}
	var be *bccc.Error
	if !errors.As(err, &be) || len(be.Diags) == 0 {
		t.Fatalf("error %T without diagnostics: %v", err, err)
	}
	for _, d := range be.Diags {
		if strings.Contains(d.Msg, "internal compiler error") {
			t.Errorf("internal error: %s", d)
		}
	}
	d := be.Diags[0]
	if !regexp.MustCompile(want).MatchString(d.Msg) {
		t.Errorf("first diagnostic %q does not match %q; all:\n%v", d, want, err)
	}
	if !strings.HasSuffix(d.File, file) {
		t.Errorf("diagnostic in %q, want %s: %s", d.File, file, d)
	}
	switch {
	case line == -1:
	case line == 0 && d.Line == 0, line > 0 && d.Line != line:
		t.Errorf("diagnostic at line %d, want %d: %s", d.Line, line, d)
	}
	if line >= 0 && !regexp.MustCompile(`^\S+:\d+:\d+: error: `).MatchString(d.String()) {
		t.Errorf("not file:line:col: error: %s", d)
	}
}

// TestRobustIncludes: a file that includes itself, or two that include
// each other, stop at the include depth limit with the #include's position;
// guarded or #pragma once headers that do so are fine.
func TestRobustIncludes(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"self.h":    "#include \"self.h\"\n",
		"a.h":       "#include \"b.h\"\n",
		"b.h":       "\n#include \"a.h\"\n",
		"guarded.h": "#ifndef GUARDED_H\n#define GUARDED_H\n#include \"guarded.h\"\nstatic int g(void) { return 1; }\n#endif\n",
		"once.h":    "#pragma once\n#include \"once.h\"\nstatic int o(void) { return 2; }\n",
		"file.h":    "#include __FILE__\n",
		"splice.h":  "#define S \"x\\\n",
	}
	zero, err := filepath.Rel(dir, "/dev/zero")
	if err != nil {
		t.Fatal(err)
	}
	files["zero.h"] = "#include \"" + zero + "\"\n"
	for name, src := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	const body = "int f(void *ctx) { return 0; }\n"
	cases := []struct {
		name, src  string
		want, file string // "" want: it compiles
		line       int
	}{
		{name: "self", src: "#include \"self.h\"\n" + body, want: `#include nested deeper than 200 levels: \S*self\.h includes itself`, file: "self.h", line: 1},
		{name: "each other", src: "#include <a.h>\n" + body, want: `#include nested deeper than 200 levels: they include each other: \S*([ab])\.h -> \S*[ab]\.h -> \S*[ab]\.h`, file: ".h"},
		{name: "__FILE__", src: "#include \"file.h\"\n" + body, want: `file\.h includes itself`, file: "file.h", line: 1},
		{name: "splice at the end of a header", src: "#include \"splice.h\"\n" + body, want: "string literal not terminated", file: "splice.h", line: 1},
		// Reading /dev/zero never ends: refused before anything reads it.
		{name: "device", src: "#include \"zero.h\"\n" + body, want: `#include of \S*/dev/zero, which is not a regular file`, file: "zero.h", line: 1},
		{name: "guarded", src: "#include \"guarded.h\"\n#include \"guarded.h\"\nint f(void *ctx) { return g(); }\n"},
		{name: "pragma once", src: "#include \"once.h\"\n#include \"once.h\"\nint f(void *ctx) { return o(); }\n"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			obj, err, d := compileBounded(t, "inc.c", []byte(c.src), bccc.Options{Progs: []string{"f=XDP"}, IncludeDirs: []string{dir}})
			if d > 5*time.Second {
				t.Errorf("took %v", d)
			}
			if c.want == "" {
				if err != nil || len(obj.ELF) == 0 {
					t.Fatalf("want it to compile: %v", err)
				}
				return
			}
			checkDiag(t, err, c.file, c.want, c.line)
		})
	}
}

// TestRobustLarge: 200,000 statements compile in bounded time (about 4 s
// of CPU and 0.9 GB when measured); a file past parse.MaxTokens is refused
// at the token that passes it, before any of that work.
func TestRobustLarge(t *testing.T) {
	if testing.Short() {
		t.Skip("large inputs take seconds")
	}
	stmts := func(n int) []byte {
		var b strings.Builder
		b.WriteString("int f(struct xdp_md *ctx) { u64 x = ctx->data; int i = 3;\n")
		for range n {
			b.WriteString("\tx += i;\n")
		}
		b.WriteString("\treturn x; }\n")
		return []byte(b.String())
	}
	t.Run("200000 statements", func(t *testing.T) {
		obj, err, d := compileBounded(t, "big.c", stmts(200000), bccc.Options{Progs: []string{"f=XDP"}})
		t.Logf("%v", d)
		if d > 30*time.Second {
			t.Errorf("took %v", d)
		}
		if err != nil || len(obj.ELF) == 0 {
			t.Fatalf("want it to compile: %v", err)
		}
	})
	t.Run("too many tokens", func(t *testing.T) {
		_, err, d := compileBounded(t, "big.c", stmts(300000), bccc.Options{Progs: []string{"f=XDP"}})
		if d > 5*time.Second {
			t.Errorf("took %v", d)
		}
		checkDiag(t, err, "big.c", `more than 1200000 tokens`, 239997)
	})
}
