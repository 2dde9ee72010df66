package parse

import "github.com/cilium/ebpf/btf"

// LoadBTF loads kernel BTF (path "" is DefaultBTF), once per path in a
// process: the rewriter's tracepoint fallback and the kernel type
// generator share it.
func LoadBTF(path string) (*btf.Spec, error) {
	if path == "" {
		path = DefaultBTF
	}
	return loadBTF(path)
}
