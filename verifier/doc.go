// Package verifier predicts the kernel verifier's verdict on a BPF program
// before anyone loads it, and explains rejections at the source line.
//
// It is an abstract interpreter over the final instructions of each program
// of an object, modelled on what the kernel tracks: the type of every
// register and stack slot (scalars with signed and unsigned bounds and
// known bits, pointers to the context, the stack, maps, map values, packets,
// ring buffer memory and sockets), NULL-ness after map lookups, packet
// ranges proven by comparisons against data_end, references that must be
// released, helper argument contracts, the helpers each program type may
// call, context field rules per program type and required return values.
// Paths are explored one by one like the kernel does; a path that reaches a
// state no wider than one already proven safe is pruned.
//
// The analysis works on any object that cilium/ebpf can read, so it checks
// clang's output as well as bccc's. Findings carry the source position from
// the object's line info.
//
// Files: tnum.go and scalar.go (the value domain), state.go (registers and
// stack), interp.go (the exploration loop and instructions), mem.go (loads
// and stores), branch.go (what a conditional jump teaches), helpers.go
// (helper contracts), helper_table.go (which program types may call which
// helper, probed from a kernel), ctx.go (context access rules), report.go
// (findings and notes).
package verifier
