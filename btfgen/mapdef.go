package btfgen

import "github.com/cilium/ebpf/btf"

// Types used by MapDef for libbpf's __uint(name, N) convention,
// int (*name)[N]. They are shared (read-only) by every definition.
var (
	mapDefInt       = &btf.Int{Name: "int", Size: 4, Encoding: btf.Signed}
	mapDefArraySize = &btf.Int{Name: "__ARRAY_SIZE_TYPE__", Size: 4}
)

// MapDef returns the anonymous struct libbpf expects for a BTF-defined map.
//
// Members, in order: type, key, value, max_entries, map_flags. Integer
// members are encoded as int (*name)[N]; key and value are pointers to the
// given types. A nil key or value, and a zero max_entries or map_flags,
// leave the member out (both loaders read an absent member as zero).
func MapDef(mapType uint32, key, value btf.Type, maxEntries, flags uint32) *btf.Struct {
	var members []btf.Member
	add := func(name string, typ btf.Type) {
		members = append(members, btf.Member{
			Name:   name,
			Type:   typ,
			Offset: btf.Bits(len(members) * 64),
		})
	}
	uint := func(name string, v uint32) {
		add(name, &btf.Pointer{Target: &btf.Array{Type: mapDefInt, Index: mapDefArraySize, Nelems: v}})
	}
	uint("type", mapType)
	if key != nil {
		add("key", &btf.Pointer{Target: key})
	}
	if value != nil {
		add("value", &btf.Pointer{Target: value})
	}
	if maxEntries != 0 {
		uint("max_entries", maxEntries)
	}
	if flags != 0 {
		uint("map_flags", flags)
	}
	return &btf.Struct{Size: uint32(len(members) * 8), Members: members}
}
