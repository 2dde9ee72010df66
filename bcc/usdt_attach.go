package bcc

import (
	"fmt"
	"strings"

	"github.com/cilium/ebpf/link"
)

// USDT is BCC's USDT(path=..., pid=...) context: probes of one binary
// enabled for BPF functions, the C that reads their arguments, and the
// uprobes that attach them.
//
//	u, _ := bcc.NewUSDT("/usr/bin/app", 0)
//	u.EnableProbe("app:request", "on_request")
//	text, _ := u.CText()                  // defines bpf_usdt_readarg
//	b, _ := bcc.New(text + prog)
//	err := u.Attach(b)
//
// In the program, bpf_usdt_readarg(N, ctx, &v) reads argument N (from 1)
// into v, converted to v's size (1, 2, 4 or 8 bytes), and returns 0, or
// -1 when it cannot; bpf_usdt_readarg_p(N, ctx, buf, len) reads len
// bytes from the address argument N holds. With several functions
// enabled, each has its own: bpf_usdt_readarg_FN and bpf_usdt_readarg_p_FN.
type USDT struct {
	Path string
	Pid  int // 0: every process running Path

	probes  []USDTProbe
	enabled []usdtEnabled
}

type usdtEnabled struct {
	fn        string
	probe     string
	locations []USDTProbe // one probe name can be at several places (inlined)
}

// NewUSDT reads the probes of a binary or library (a path, or a name as
// AttachUprobe takes it); with path "" those of process pid's executable.
func NewUSDT(path string, pid int) (*USDT, error) {
	if path == "" {
		if pid <= 0 {
			return nil, fmt.Errorf("bcc: usdt: need a path or a pid")
		}
		path = fmt.Sprintf("/proc/%d/exe", pid)
	} else {
		var err error
		if path, err = resolveBinary(path); err != nil {
			return nil, fmt.Errorf("bcc: usdt: %w", err)
		}
	}
	probes, err := USDTProbes(path)
	if err != nil {
		return nil, err
	}
	return &USDT{Path: path, Pid: pid, probes: probes}, nil
}

// Probes lists the probes of the binary.
func (u *USDT) Probes() []USDTProbe { return u.probes }

// EnableProbe has BPF function fnName run at probe ("name" or
// "provider:name"), as BCC's enable_probe(probe=, fn_name=).
func (u *USDT) EnableProbe(probe, fnName string) error {
	provider, name, ok := strings.Cut(probe, ":")
	if !ok {
		provider, name = "", probe
	}
	e := usdtEnabled{fn: fnName, probe: probe}
	for _, p := range u.probes {
		if p.Name == name && (provider == "" || p.Provider == provider) {
			e.locations = append(e.locations, p)
		}
	}
	if len(e.locations) == 0 {
		var have []string
		for _, p := range u.probes {
			have = append(have, p.Provider+":"+p.Name)
		}
		return fmt.Errorf("bcc: usdt: no probe %s in %s (probes: %s)", probe, u.Path, strings.Join(have, ", "))
	}
	for _, x := range u.enabled {
		if x.fn == fnName {
			return fmt.Errorf("bcc: usdt: %s is already enabled for %s", fnName, x.probe)
		}
	}
	u.enabled = append(u.enabled, e)
	return nil
}

// CText is the C to put before the program: for each enabled function
// and argument a reader, and the bpf_usdt_readarg macros.
func (u *USDT) CText() (string, error) {
	var b strings.Builder
	for _, e := range u.enabled {
		nargs := len(e.locations[0].Args)
		for _, loc := range e.locations[1:] {
			if len(loc.Args) != nargs {
				return "", fmt.Errorf("bcc: usdt: probe %s has %d arguments at one place and %d at another", e.probe, nargs, len(loc.Args))
			}
		}
		for n := 1; n <= nargs; n++ {
			if err := writeReadarg(&b, e, n); err != nil {
				return "", err
			}
		}
		fmt.Fprintf(&b, "#define bpf_usdt_readarg_%s(n, ctx, dest) _bpf_usdt_readarg_%s_##n(ctx, dest, sizeof(*(dest)))\n", e.fn, e.fn)
		fmt.Fprintf(&b, "#define bpf_usdt_readarg_p_%s(n, ctx, buf, len) ({ u64 __p = 0; _bpf_usdt_readarg_%s_##n(ctx, &__p, 8) ? -1 : bpf_probe_read_user(buf, len, (void *)__p); })\n", e.fn, e.fn)
	}
	if len(u.enabled) == 1 {
		fn := u.enabled[0].fn
		fmt.Fprintf(&b, "#define bpf_usdt_readarg(n, ctx, dest) bpf_usdt_readarg_%s(n, ctx, dest)\n", fn)
		fmt.Fprintf(&b, "#define bpf_usdt_readarg_p(n, ctx, buf, len) bpf_usdt_readarg_p_%s(n, ctx, buf, len)\n", fn)
	}
	return b.String(), nil
}

// usesCookie: with several locations the reader tells them apart by the
// attach cookie, the location's index, which Attach sets.
func (e usdtEnabled) usesCookie() bool { return len(e.locations) > 1 }

// writeReadarg writes the reader of argument n of one enabled function.
func writeReadarg(b *strings.Builder, e usdtEnabled, n int) error {
	fmt.Fprintf(b, "static __always_inline int _bpf_usdt_readarg_%s_%d(struct pt_regs *ctx, void *dest, u64 len)\n{\n\tu64 v = 0;\n", e.fn, n)
	if e.usesCookie() {
		b.WriteString("\tu64 loc = bpf_get_attach_cookie(ctx);\n")
	}
	for i, loc := range e.locations {
		read, err := argRead(loc, loc.Args[n-1])
		if err != nil {
			return fmt.Errorf("bcc: usdt: probe %s argument %d (%s): %w", e.probe, n, loc.ArgSpec, err)
		}
		switch {
		case !e.usesCookie():
			b.WriteString("\t{\n" + read + "\t}\n")
		case i == 0:
			fmt.Fprintf(b, "\tif (loc == %d) {\n%s\t}", i, read)
		default:
			fmt.Fprintf(b, " else if (loc == %d) {\n%s\t}", i, read)
		}
	}
	if e.usesCookie() {
		b.WriteString(" else {\n\t\treturn -1;\n\t}\n")
	}
	// Stored converted to the destination's size, as C assigns: the
	// value was sign- or zero-extended to 64 bits from its own type.
	b.WriteString("\tswitch (len) {\n" +
		"\tcase 1: *(u8 *)dest = v; break;\n" +
		"\tcase 2: *(u16 *)dest = v; break;\n" +
		"\tcase 4: *(u32 *)dest = v; break;\n" +
		"\tcase 8: *(u64 *)dest = v; break;\n" +
		"\tdefault: return -1;\n\t}\n\treturn 0;\n}\n")
	return nil
}

// argRead is C that sets v (u64) to one argument at one location.
func argRead(loc USDTProbe, a USDTArg) (string, error) {
	t := a.CType()
	switch a.Kind {
	case USDTConst:
		return fmt.Sprintf("\t\tv = (%s)%dLL;\n", t, a.Value), nil
	case USDTReg:
		return fmt.Sprintf("\t\tv = (%s)ctx->%s;\n", t, a.Reg), nil
	}
	var addr string
	switch {
	case a.Symbol != "":
		// The variable's run-time address: the probe's own (the uprobe's
		// ip) moved by the distance from the probe to it in the file.
		addr = fmt.Sprintf("ctx->ip + (%dLL)", int64(a.SymbolAddr-loc.Addr)+a.Value)
	case a.Index != "":
		addr = fmt.Sprintf("ctx->%s + ctx->%s * %d + (%dLL)", a.Reg, a.Index, a.Scale, a.Value)
	default:
		addr = fmt.Sprintf("ctx->%s + (%dLL)", a.Reg, a.Value)
	}
	return fmt.Sprintf("\t\t%s t = 0;\n\t\tif (bpf_probe_read_user(&t, sizeof(t), (void *)(%s)))\n\t\t\treturn -1;\n\t\tv = t;\n", t, addr), nil
}

// Attach places a uprobe running each enabled function at every location
// of its probe (with the kernel keeping the probe's semaphore raised), as
// BPF(usdt_contexts=[u]) does. The probes are detached by b.Close.
func (u *USDT) Attach(b *BPF) error {
	ex, err := link.OpenExecutable(u.Path)
	if err != nil {
		return fmt.Errorf("bcc: usdt: %w", err)
	}
	for _, e := range u.enabled {
		a := Attachment{e.fn, "usdt", u.Path + ":" + e.probe}
		p, err := b.prog(a)
		if err != nil {
			return err
		}
		for i, loc := range e.locations {
			opts := &link.UprobeOptions{Address: loc.Offset, RefCtrOffset: loc.SemaphoreOffset, PID: pidOpt(u.Pid)}
			if e.usesCookie() {
				opts.Cookie = uint64(i)
			}
			l, err := ex.Uprobe("", p, opts)
			if err != nil {
				return &AttachError{a, err}
			}
			b.addLink(a, l)
		}
	}
	return nil
}
