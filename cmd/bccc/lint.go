package main

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/bccc-dev/bccc"
	"github.com/bccc-dev/bccc/verifier"
)

// lintFlags are the flags of bccc lint, also accepted by bccc compile.
type lintFlags struct {
	opts   verifier.Options
	json   bool
	werror bool // compile: predicted rejections fail the compile
	off    bool // compile: no lint
	verbos bool // show failure slices
}

func (l *lintFlags) parse(a string) bool {
	switch a {
	case "--format=json", "-format=json":
		l.json = true
	case "--format=text", "-format=text":
		l.json = false
	case "--unprivileged", "-unprivileged":
		l.opts.Unprivileged = true
	case "-Werror":
		l.werror = true
	case "-Wno-lint", "--no-lint":
		l.off = true
	case "--verbose", "-V":
		l.verbos = true
		l.opts.Slices = true
	default:
		return false
	}
	return true
}

// lintObject prints the findings for an object: gcc style on stderr, or
// JSON lines on stdout. It returns 1 when a rejection is predicted.
func lintObject(elf []byte, l lintFlags, stdout, stderr io.Writer) int {
	return lintReport(elf, l, false, stdout, stderr)
}

// compileBudget bounds the lint inside bccc compile, which must stay
// fast: a program needing more analysis gets no verdict there (bccc lint
// has the kernel's whole budget).
const compileBudget = 100_000

// lintCompiled runs the lint after a compile: predicted rejections are
// warnings unless -Werror.
func lintCompiled(elf []byte, l lintFlags, stdout, stderr io.Writer) int {
	l.opts.Budget = compileBudget
	return lintReport(elf, l, !l.werror, stdout, stderr)
}

func lintReport(elf []byte, l lintFlags, asWarnings bool, stdout, stderr io.Writer) int {
	findings, err := bccc.Lint(elf, l.opts)
	if err != nil {
		fmt.Fprintf(stderr, "bccc: error: %v\n", err)
		return 1
	}
	status := 0
	for _, f := range findings {
		if f.Severity == verifier.Error {
			status = 1
			if asWarnings {
				f.Severity, f.Level = verifier.Warning, "warning"
				f.Message += " (the kernel's verifier will reject this)"
			}
		}
		if l.json {
			b, _ := json.Marshal(f)
			fmt.Fprintf(stdout, "%s\n", b)
			continue
		}
		fmt.Fprintln(stderr, f.String())
		if f.Pos.SourceTxt != "" {
			fmt.Fprintf(stderr, "  %s\n", strings.TrimSpace(f.Pos.SourceTxt))
		}
		if l.verbos {
			for _, s := range f.Slice {
				fmt.Fprintf(stderr, "    %5d: %-40s ; %s\n", s.Insn, s.Text, strings.TrimSpace(s.Pos.SourceTxt))
			}
		}
	}
	return status
}
