package parse

import "regexp"

// BPF_ITER(target) declares a program whose context is the kernel's struct
// bpf_iter__TARGET. The name is pasted together by the macro, so the source
// never spells it: the kernel type generator, which works from the names
// the source mentions, is told about it here.
var iterUse = regexp.MustCompile(`\bBPF_ITER\s*\(\s*(\w+)\s*\)`)

// iterContexts are the struct tags the source's BPF_ITER uses need: the
// contexts, and struct bpf_iter_meta, which every context points to
// (ctx->meta->seq) and which programs rarely name.
func iterContexts(src []byte) []string {
	var tags []string
	for _, m := range iterUse.FindAllSubmatch(stripComments(src), -1) {
		tags = append(tags, "bpf_iter__"+string(m[1]))
	}
	if len(tags) > 0 {
		tags = append(tags, "bpf_iter_meta")
	}
	return tags
}
