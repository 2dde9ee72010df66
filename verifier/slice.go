package verifier

import "fmt"

// slice walks the path back from the failure and keeps the instructions
// that computed the registers the failed check read.
func (c *checker) slice(p path, regs []int) []SliceStep {
	want := uint16(0)
	for _, r := range regs {
		want |= 1 << r
	}
	var steps []SliceStep
	add := func(pc int) {
		steps = append(steps, SliceStep{Insn: c.slot[pc], Pos: c.pos[pc], Text: fmt.Sprint(c.insns[pc])})
	}
	add(p.pc)
	for n := p.trace; n != nil && want != 0 && len(steps) < 64; n = n.prev {
		if n.pc == p.pc && len(steps) == 1 && n == p.trace {
			continue
		}
		use, def := regsOf(c.insns[n.pc])
		if def&want == 0 {
			continue
		}
		want = want&^def | use
		add(n.pc)
	}
	for i, j := 0, len(steps)-1; i < j; i, j = i+1, j-1 {
		steps[i], steps[j] = steps[j], steps[i]
	}
	return steps
}
