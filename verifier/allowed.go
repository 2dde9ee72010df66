package verifier

import (
	"encoding/hex"

	"github.com/cilium/ebpf/asm"
)

// inBitmap reports whether bit n is set in a hex bitmap of helper_table.go.
func inBitmap(hexmap string, n int) bool {
	if n < 0 || n/8 >= len(hexmap)/2 {
		return false
	}
	b, err := hex.DecodeString(hexmap[n/8*2 : n/8*2+2])
	return err == nil && b[0]&(1<<(n%8)) != 0
}

// helperAllowed checks the program type may call fn, and its license.
func (c *checker) helperAllowed(fn asm.BuiltinFunc, name string) *failure {
	if m, ok := helperTable[c.prog.Type]; ok && !inBitmap(m, int(fn)) {
		return fail("notallowed", "this helper belongs to other program types; look for one this program type offers", nil,
			"%s is not allowed in %s programs (program of this type cannot use helper %s#%d)", name, progTypeName(c.prog.Type), name, int(fn))
	}
	if !c.gpl && inBitmap(gplOnly, int(fn)) {
		return fail("gpl", "declare a GPL-compatible license, e.g. `#define BPF_LICENSE GPL`", nil,
			"%s is GPL-only, and the license %q is not GPL-compatible (cannot call GPL-restricted function)", name, c.prog.License)
	}
	return nil
}
