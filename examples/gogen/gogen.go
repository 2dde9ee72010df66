// Package gogen shows bccc gen: Go bindings for a BCC C program in the
// form bpf2go writes them, loaded with cilium/ebpf and no bcc runtime.
package gogen

//go:generate go run github.com/bccc-dev/bccc/cmd/bccc gen -ident execcount -go-package gogen execcount.c
