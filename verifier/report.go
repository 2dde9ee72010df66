package verifier

import (
	"fmt"
	"strings"
)

// Severity says whether a finding predicts a rejection.
type Severity int

const (
	// Error: the kernel rejects the program for the loader modelled.
	Error Severity = iota
	// Warning: the program loads for root but an unprivileged loader
	// would be rejected, or the analysis could not decide.
	Warning
)

func (s Severity) String() string {
	if s == Warning {
		return "warning"
	}
	return "error"
}

// Position is a place in the program's source, from its line info.
type Position struct {
	File      string `json:"file"`
	Line      int    `json:"line"`
	Column    int    `json:"column"`
	SourceTxt string `json:"source,omitempty"` // the line's text
}

func (p Position) String() string {
	if p.File == "" {
		return "<unknown>"
	}
	if p.Column > 0 {
		return fmt.Sprintf("%s:%d:%d", p.File, p.Line, p.Column)
	}
	return fmt.Sprintf("%s:%d", p.File, p.Line)
}

// Finding is one predicted problem.
type Finding struct {
	Program  string   `json:"program"`
	Severity Severity `json:"-"`
	Level    string   `json:"severity"`
	Class    string   `json:"class"` // a stable keyword: null, bounds, packet, ...
	Pos      Position `json:"position"`
	Insn     int      `json:"insn"` // instruction slot
	Message  string   `json:"message"`
	Note     string   `json:"note,omitempty"`
	// Slice is the path's instructions that lead to the problem: the
	// definitions the failing check depends on, in execution order.
	Slice []SliceStep `json:"slice,omitempty"`
}

// SliceStep is one instruction of a failure slice.
type SliceStep struct {
	Insn int      `json:"insn"`
	Pos  Position `json:"position"`
	Text string   `json:"text"`
}

// String formats the finding gcc style, with its note on a second line.
func (f Finding) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s: %s: %s", f.Pos, f.Severity, f.Message)
	if f.Note != "" {
		fmt.Fprintf(&b, "\n%s: note: %s", f.Pos, f.Note)
	}
	return b.String()
}

// failure is how a check stops a path.
type failure struct {
	class, msg, note string
	regs             []int // registers the failed check read, for slices
}

func fail(class, note string, regs []int, format string, args ...any) *failure {
	return &failure{class: class, msg: fmt.Sprintf(format, args...), note: note, regs: regs}
}
