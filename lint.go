package bccc

import (
	"bytes"
	"fmt"

	"github.com/bccc-dev/bccc/verifier"
	"github.com/cilium/ebpf"
)

// Lint predicts the kernel verifier's verdict on every program of an
// object (bccc's or any other compiler's) and explains each predicted
// rejection at its source line.
func Lint(elf []byte, opts verifier.Options) ([]verifier.Finding, error) {
	spec, err := ebpf.LoadCollectionSpecFromReader(bytes.NewReader(elf))
	if err != nil {
		return nil, fmt.Errorf("reading the object: %w", err)
	}
	return verifier.CheckCollection(spec, opts), nil
}
