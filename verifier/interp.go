package verifier

import (
	"fmt"
	"sort"

	"github.com/cilium/ebpf"
	"github.com/cilium/ebpf/asm"
	"github.com/cilium/ebpf/btf"
)

// Options choose the loader modelled and the analysis limits.
type Options struct {
	// Unprivileged predicts a loader without CAP_BPF: problems only such
	// a loader meets become errors instead of warnings.
	Unprivileged bool
	// Budget bounds the instructions explored per program; 0 means the
	// kernel's complexity limit of 1,000,000, whose excess is a predicted
	// rejection. A smaller budget that runs out ends the analysis of the
	// program without a verdict (for quick checks while compiling).
	Budget int
	// Slices attaches to each finding the instructions leading to it.
	Slices bool
}

// complexityLimit is the kernel's BPF_COMPLEXITY_LIMIT_INSNS, and
// jumpSeqLimit its BPF_COMPLEXITY_LIMIT_JMP_SEQ (branches pending at once).
const (
	complexityLimit = 1_000_000
	jumpSeqLimit    = 8192
)

// CheckCollection checks every program of an object, in name order.
func CheckCollection(spec *ebpf.CollectionSpec, opts Options) []Finding {
	names := make([]string, 0, len(spec.Programs))
	for n := range spec.Programs {
		names = append(names, n)
	}
	sort.Strings(names)
	var out []Finding
	for _, n := range names {
		out = append(out, CheckProgram(spec.Programs[n], spec.Maps, opts)...)
	}
	return out
}

// CheckProgram checks one program; maps are the object's maps by name.
func CheckProgram(p *ebpf.ProgramSpec, maps map[string]*ebpf.MapSpec, opts Options) []Finding {
	c := newChecker(p, maps, opts)
	c.run()
	return c.findings
}

type checker struct {
	opts  Options
	prog  *ebpf.ProgramSpec
	maps  map[string]*mapInfo
	insns asm.Instructions
	slot  []int       // instruction index → slot
	index map[int]int // slot → instruction index
	pos   []Position
	prune []bool   // instruction starts a block: states are compared here
	live  []uint16 // registers live into each instruction
	prec  []uint16 // registers whose exact value matters, per instruction
	precS []uint64 // the same for 8-byte stack slots
	liveS []uint64 // stack slots live into each instruction
	gpl   bool

	explored  [][]*checkpoint
	onPath    []map[uint64][]*checkpoint // saved states by hash, for loop detection
	nextID    uint32
	processed int
	findings  []Finding
	warned    map[string]bool
	failed    bool
	lastSize  int64
	cur       *path    // the path being stepped, for warnings
	pending   *failure // a failure found where no failure can be returned
	decided   []bool   // comparisons some path found one-sided
	stackVia  []uint64 // the slots loads read through a copy of fp
	restart   bool     // a comparison got decided for the first time // the last size argument checked, for allocations
}

// checkpoint is a state saved at a prune point. branches counts the paths
// from it still being explored; at zero the state is proven safe.
type checkpoint struct {
	st       *state
	parent   *checkpoint
	branches int
	hits     int
	miss     int
}

// path is one path being explored.
type path struct {
	pc    int // instruction index
	st    *state
	cp    *checkpoint
	trace *traceNode
}

// traceNode is a path's history, shared between branches, for slices.
type traceNode struct {
	pc   int
	prev *traceNode
}

func newChecker(p *ebpf.ProgramSpec, maps map[string]*ebpf.MapSpec, opts Options) *checker {
	c := &checker{opts: opts, prog: p, maps: map[string]*mapInfo{}, insns: p.Instructions, index: map[int]int{}, warned: map[string]bool{}}
	for n, m := range maps {
		c.maps[n] = &mapInfo{name: n, spec: m}
	}
	c.gpl = isGPL(p.License)
	if c.opts.Budget == 0 {
		c.opts.Budget = complexityLimit
	}
	s := 0
	c.slot = make([]int, len(c.insns))
	c.pos = make([]Position, len(c.insns))
	var cur Position
	for i, ins := range c.insns {
		c.slot[i] = s
		c.index[s] = i
		s += int(ins.Size() / asm.InstructionSize)
		if l, ok := ins.Source().(*btf.Line); ok {
			cur = Position{File: l.FileName(), Line: int(l.LineNumber()), Column: int(l.LineColumn()), SourceTxt: l.Line()}
		}
		c.pos[i] = cur
	}
	c.prune = make([]bool, len(c.insns))
	c.explored = make([][]*checkpoint, len(c.insns))
	c.onPath = make([]map[uint64][]*checkpoint, len(c.insns))
	for i, ins := range c.insns {
		if ins.OpCode.Class().IsJump() {
			if t, ok := c.target(i); ok {
				c.prune[t] = true
			}
			if i+1 < len(c.insns) {
				c.prune[i+1] = true
			}
		}
	}
	c.live = liveness(c)
	return c
}

func isGPL(l string) bool {
	switch l {
	case "GPL", "GPL v2", "GPL and additional rights", "Dual BSD/GPL", "Dual MIT/GPL", "Dual MPL/GPL":
		return true
	}
	return false
}

// target is the instruction a jump at index i goes to.
func (c *checker) target(i int) (int, bool) {
	ins := c.insns[i]
	op := ins.OpCode.JumpOp()
	if op == asm.Call || op == asm.Exit {
		return 0, false
	}
	off := int(ins.Offset)
	if op == asm.Ja && ins.OpCode.Class() == asm.Jump32Class {
		off = int(ins.Constant) // gotol
	}
	t, ok := c.index[c.slot[i]+1+off]
	return t, ok
}

func (c *checker) newID() uint32 { c.nextID++; return c.nextID }

func (c *checker) initial() *state {
	st := &state{}
	st.regs[1] = reg{kind: kCtx}
	st.regs[10] = reg{kind: kStack}
	return st
}

// run explores the program. Comparisons only make their operands precise
// once some path decides them (one side impossible), as in the kernel;
// when a round finds newly decided comparisons, states it pruned may have
// differed in their operands, so the exploration starts again with the
// wider precision. The decided set only grows, so this ends.
func (c *checker) run() {
	if len(c.insns) == 0 {
		return
	}
	c.decided = make([]bool, len(c.insns))
	c.stackVia = make([]uint64, len(c.insns))
	for round := 0; ; round++ {
		if round == maxRounds {
			for i := range c.decided {
				c.decided[i] = true
				c.stackVia[i] = ^uint64(0)
			}
		}
		c.prec, c.precS = precision(c)
		c.liveS = slotLiveness(c)
		c.restart = false
		c.explore()
		if !c.restart || round > maxRounds {
			return
		}
		c.findings = c.findings[:0]
		c.warned = map[string]bool{}
		c.failed = false
		c.processed = 0
		c.nextID = 0
		for i := range c.explored {
			c.explored[i] = nil
			c.onPath[i] = nil
		}
	}
}

// maxRounds bounds the restarts before every comparison counts as precise.
const maxRounds = 16

func (c *checker) explore() {
	if c.opts.Unprivileged && !unprivLoadable(c.prog.Type) {
		c.report(Error, path{pc: 0}, fail("unprivileged", "only socket filters and cgroup skb programs load without CAP_BPF", nil,
			"%s programs cannot be loaded by unprivileged users", progTypeName(c.prog.Type)))
		return
	}
	stack := []path{{pc: 0, st: c.initial()}}
	for len(stack) > 0 && !c.failed {
		p := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		for !c.failed {
			if p.pc < 0 || p.pc >= len(c.insns) {
				c.report(Error, p, fail("jump", "", nil, "the program jumps out of its instructions"))
				break
			}
			c.processed++
			if c.processed > c.opts.Budget {
				if c.opts.Budget < complexityLimit {
					return // no verdict
				}
				c.report(Error, p, fail("complexity", "a loop whose bound the verifier cannot see runs until the limit; give the loop a constant bound, or split the program with tail calls", nil,
					"program too complex: more than %d instructions explored (a loop the verifier cannot bound?)", c.opts.Budget))
				return
			}
			if c.prune[p.pc] {
				if done := c.visit(&p); done {
					break
				}
			}
			if c.opts.Slices {
				p.trace = &traceNode{pc: p.pc, prev: p.trace}
			}
			c.cur = &p
			next, other, f := c.step(&p)
			if f == nil && c.pending != nil {
				f, c.pending = c.pending, nil
			}
			if f != nil {
				c.report(Error, p, f)
				return
			}
			if other != nil {
				if p.cp != nil {
					p.cp.branches++
				}
				other.cp = p.cp
				other.trace = p.trace
				stack = append(stack, *other)
				if len(stack) > jumpSeqLimit {
					c.report(Error, p, fail("complexity", "the loop or the chain of branches is too long for the verifier to follow; bound the loop by a constant or simplify the conditions", nil,
						"program too complex: more than %d branches pending (a loop the verifier cannot bound?)", jumpSeqLimit))
					return
				}
			}
			if next < 0 { // the path ended
				c.endPath(p.cp)
				break
			}
			p.pc = next
		}
	}
}

// visit compares the path's state with those saved at this prune point.
// It reports whether the path can stop: an equal or wider state was
// already proven safe.
func (c *checker) visit(p *path) bool {
	live, prec := c.live[p.pc], c.prec[p.pc]
	h := stateHash(p.st, live)
	if c.onPath[p.pc] == nil {
		c.onPath[p.pc] = map[uint64][]*checkpoint{}
	}
	for _, e := range c.onPath[p.pc][h] {
		if e.branches > 0 && equalStates(e.st, p.st, live) {
			c.report(Error, *p, fail("loop", "make sure every iteration changes what the loop condition tests, and give the loop a constant bound", nil,
				"infinite loop: this loop comes back to the same state"))
			return true
		}
	}
	list := c.explored[p.pc]
	for i := 0; i < len(list); i++ {
		e := list[i]
		if e.branches > 0 {
			continue
		}
		if subsumes(e.st, p.st, live, prec, c.precS[p.pc], c.liveS[p.pc]) {
			e.hits++
			c.endPath(p.cp)
			return true
		}
		// Like the kernel, forget states that keep failing to prune.
		if e.miss++; e.miss > e.hits*3+3 {
			list = append(list[:i], list[i+1:]...)
			i--
		}
	}
	if len(list) >= 64 {
		worst := -1
		for i, e := range list {
			if e.branches == 0 && (worst < 0 || e.hits < list[worst].hits) {
				worst = i
			}
		}
		if worst >= 0 {
			list = append(list[:worst], list[worst+1:]...)
		}
	}
	cp := &checkpoint{st: p.st.clone(), parent: p.cp, branches: 1}
	c.explored[p.pc] = append(list, cp)
	bucket := c.onPath[p.pc][h]
	// Drop the proven states from the bucket as it is touched.
	kept := bucket[:0]
	for _, e := range bucket {
		if e.branches > 0 {
			kept = append(kept, e)
		}
	}
	c.onPath[p.pc][h] = append(kept, cp)
	p.cp = cp
	return false
}

func (c *checker) endPath(cp *checkpoint) {
	for ; cp != nil; cp = cp.parent {
		cp.branches--
		if cp.branches > 0 {
			return
		}
	}
}

// report records a finding at the path's instruction.
func (c *checker) report(sev Severity, p path, f *failure) {
	if p.pc < 0 || p.pc >= len(c.insns) {
		p.pc = len(c.insns) - 1 // a jump out of the program: blame the end
	}
	key := fmt.Sprint(p.pc, f.msg)
	if c.warned[key] {
		return
	}
	c.warned[key] = true
	fd := Finding{Program: c.prog.Name, Severity: sev, Level: sev.String(), Class: f.class, Pos: c.pos[p.pc], Insn: c.slot[p.pc], Message: f.msg, Note: f.note}
	if c.opts.Slices {
		fd.Slice = c.slice(p, f.regs)
	}
	c.findings = append(c.findings, fd)
	if sev == Error {
		c.failed = true
	}
}

// warn records an unprivileged-only problem; it is an error when the
// unprivileged loader is modelled.
func (c *checker) warn(p path, f *failure) *failure {
	if c.opts.Unprivileged {
		return f
	}
	if unprivLoadable(c.prog.Type) {
		// Other types need privileges anyway: no point warning.
		c.report(Warning, p, f)
	}
	return nil
}

// unprivLoadable are the program types the kernel loads without CAP_BPF
// (when kernel.unprivileged_bpf_disabled allows it at all).
func unprivLoadable(t ebpf.ProgramType) bool {
	return t == ebpf.SocketFilter || t == ebpf.CGroupSKB
}

// Constants the kernel uses.
const (
	maxVarOff = 1 << 29 // BPF_MAX_VAR_OFF
)
