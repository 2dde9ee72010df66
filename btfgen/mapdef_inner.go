package btfgen

import "github.com/cilium/ebpf/btf"

// PinByName is libbpf's LIBBPF_PIN_BY_NAME: the loader pins the map as
// <pin directory>/<map name> and reuses a compatible map pinned there.
const PinByName = 1

// MapDefExtra holds the BTF map definition members MapDef does not write.
type MapDefExtra struct {
	// Pinning is the pinning member (0 leaves it out, PinByName pins).
	Pinning uint32
	// Inner is the definition (a MapDef result) of the template map of a
	// map of maps. It becomes the last member, `struct inner *values[]`,
	// which both libbpf and cilium/ebpf read as the inner map's spec.
	Inner *btf.Struct
}

// MapDefWith is MapDef plus the members of x: pinning, then values, which
// libbpf and cilium/ebpf require to be the last member. values is a
// zero-length array, so it adds nothing to the size.
func MapDefWith(mapType uint32, key, value btf.Type, maxEntries, flags uint32, x MapDefExtra) *btf.Struct {
	def := MapDef(mapType, key, value, maxEntries, flags)
	members := def.Members
	off := btf.Bits(len(members) * 64)
	if x.Pinning != 0 {
		members = append(members, btf.Member{
			Name:   "pinning",
			Type:   &btf.Pointer{Target: &btf.Array{Type: mapDefInt, Index: mapDefArraySize, Nelems: x.Pinning}},
			Offset: off,
		})
		off += 64
	}
	if x.Inner != nil {
		members = append(members, btf.Member{
			Name:   "values",
			Type:   &btf.Array{Type: &btf.Pointer{Target: x.Inner}, Index: mapDefArraySize, Nelems: 0},
			Offset: off,
		})
	}
	return &btf.Struct{Size: uint32(off / 8), Members: members}
}
