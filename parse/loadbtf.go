package parse

import "github.com/cilium/ebpf/btf"

// LoadBTF decodes kernel BTF in full with cilium/ebpf (path "" is
// DefaultBTF), once per path in a process: for tests that compare the
// fast readers (btfindex.go, btfquery.go) with it.
func LoadBTF(path string) (*btf.Spec, error) {
	if path == "" {
		path = DefaultBTF
	}
	return loadBTF(path)
}
