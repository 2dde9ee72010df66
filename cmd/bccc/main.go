// Command bccc compiles BCC-dialect C into BPF ELF objects.
//
//	bccc compile [-o out.o] [-I dir] [-D name[=value]] [-O0|-O2] [-mcpu=vN] [--prog NAME=TYPE[:TARGET]] [-d=ir[:PASS]] file.c
//	bccc objdump file.o
//	bccc version
package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime/debug"
	"strconv"
	"strings"

	"github.com/bccc-dev/bccc"
	"github.com/bccc-dev/bccc/codegen"
	"github.com/bccc-dev/bccc/objdump"
)

const version = "0.1.0-dev"

func main() {
	// One compile allocates a few MB: collecting garbage less often is
	// worth more than the memory it saves.
	debug.SetGCPercent(400)
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		usage(stderr)
		return 2
	}
	switch args[0] {
	case "compile":
		return compileCmd(args[1:], stdin, stdout, stderr, false)
	case "lint":
		return compileCmd(args[1:], stdin, stdout, stderr, true)
	case "objdump":
		return objdumpCmd(args[1:], stdout, stderr)
	case "run":
		return runCmd(args[1:], stdout, stderr)
	case "gen":
		return genCmd(args[1:], stdin, stderr)
	case "version", "--version", "-v":
		fmt.Fprintf(stdout, "bccc %s\n", version)
		return 0
	case "help", "-h", "--help":
		usage(stdout)
		return 0
	}
	fmt.Fprintf(stderr, "bccc: unknown command %q\n", args[0])
	usage(stderr)
	return 2
}

func usage(w io.Writer) {
	fmt.Fprint(w, `usage:
  bccc compile [-o out.o] [-I dir] [-D name[=value]] [-O0|-O2] [-mcpu=vN]
               [--prog NAME=TYPE[:TARGET]] [-d=ir[:PASS]] [--btf FILE] [--tracefs DIR]
               [--kconfig FILE] [--kernel-release R] [--target-arch x86_64|arm64]
               [--online-cpus N] file.c   (- reads stdin)
               (--online-cpus: what bpf_num_cpus() compiles to; default the CPUs online here)
  bccc lint [compile flags] [--format=json] [--unprivileged] [-V] file.c|file.o
  bccc gen [compile flags] -ident NAME [-go-package PKG] [-o|-output-dir DIR] [-output-stem S]
           [-output-suffix S] [-tags T] [-type CTYPE]... [-no-global-types] file.c
           (bpf2go's Go bindings, STEM_bpfel.o and STEM_bpfel.go; STEM defaults to NAME in
           lower case, PKG to $GOPACKAGE)
  bccc objdump file.o
  bccc run [-i SECONDS] [--duration S] [--json] [--print MAP] [--perf-freq HZ] [--prog NAME=TYPE[:TARGET]]
           [--online-cpus N] file.c
           (prints histograms, --print maps, and the result maps of a program that sends
           no events or trace lines; bccc run -h says more)
  bccc version
`)
}

// compileCmd parses cc-like flags by hand: -I dir, -Idir, -D x, -Dx=y,
// -O0, -O2, -mcpu=v3, -g (accepted; line info is always emitted).
func compileCmd(args []string, stdin io.Reader, stdout, stderr io.Writer, lintOnly bool) int {
	var opts bccc.Options
	var lint lintFlags
	opts.Defines = map[string]string{}
	out, in := "", ""
	next := func(i *int, flag string) (string, bool) {
		if *i+1 >= len(args) {
			fmt.Fprintf(stderr, "bccc: error: %s needs an argument\n", flag)
			return "", false
		}
		*i++
		return args[*i], true
	}
	for i := 0; i < len(args); i++ {
		a := args[i]
		switch {
		case a == "-o":
			v, ok := next(&i, a)
			if !ok {
				return 1
			}
			out = v
		case a == "-I":
			v, ok := next(&i, a)
			if !ok {
				return 1
			}
			opts.IncludeDirs = append(opts.IncludeDirs, v)
		case strings.HasPrefix(a, "-I"):
			opts.IncludeDirs = append(opts.IncludeDirs, a[2:])
		case a == "-D":
			v, ok := next(&i, a)
			if !ok {
				return 1
			}
			define(opts.Defines, v)
		case strings.HasPrefix(a, "-D"):
			define(opts.Defines, a[2:])
		case a == "-O0":
			opts.NoOptimize = true
		case a == "-O2", a == "-O", a == "-O1", a == "-O3":
		case a == "-g":
		case strings.HasPrefix(a, "-mcpu="):
			v := strings.TrimPrefix(a[len("-mcpu="):], "v")
			switch v {
			case "1", "2", "3", "4":
				opts.CPU = int(v[0] - '0')
			case "probe":
				opts.CPU = 3
			default:
				fmt.Fprintf(stderr, "bccc: error: unknown -mcpu=%s (want v1, v2, v3 or v4)\n", a[len("-mcpu="):])
				return 1
			}
		case a == "--prog" || a == "-prog":
			v, ok := next(&i, a)
			if !ok {
				return 1
			}
			opts.Progs = append(opts.Progs, v)
		case strings.HasPrefix(a, "--prog="):
			opts.Progs = append(opts.Progs, a[len("--prog="):])
		case a == "--kconfig" || a == "--kernel-release":
			v, ok := next(&i, a)
			if !ok {
				return 1
			}
			if a == "--kconfig" {
				opts.Kconfig = v
			} else {
				opts.Release = v
			}
		case a == "--btf":
			v, ok := next(&i, a)
			if !ok {
				return 1
			}
			opts.BTF = v
		case strings.HasPrefix(a, "--btf="):
			opts.BTF = a[len("--btf="):]
		case a == "--target-arch" || strings.HasPrefix(a, "--target-arch="):
			v := strings.TrimPrefix(a, "--target-arch=")
			if a == "--target-arch" {
				var ok bool
				if v, ok = next(&i, a); !ok {
					return 1
				}
			}
			switch v {
			case "x86_64", "x86", "amd64":
				opts.Arch = "x86_64"
			case "arm64", "aarch64":
				opts.Arch = "arm64"
			default:
				fmt.Fprintf(stderr, "bccc: error: unknown --target-arch %s (want x86_64 or arm64)\n", v)
				return 1
			}
		case a == "--tracefs":
			v, ok := next(&i, a)
			if !ok {
				return 1
			}
			opts.Tracefs = v
		case strings.HasPrefix(a, "--tracefs="):
			opts.Tracefs = a[len("--tracefs="):]
		case a == "--online-cpus" || strings.HasPrefix(a, "--online-cpus="):
			v, hasVal := strings.CutPrefix(a, "--online-cpus=")
			if !hasVal {
				var ok bool
				if v, ok = next(&i, a); !ok {
					return 1
				}
			}
			n, err := parseOnlineCPUs(v)
			if err != nil {
				fmt.Fprintf(stderr, "bccc: error: %v\n", err)
				return 1
			}
			opts.OnlineCPUs = n
		case strings.HasPrefix(a, "-d="):
			opts.Debug = append(opts.Debug, strings.Split(a[3:], ",")...)
		case a == "-":
			in = a
		case lint.parse(a):
		case strings.HasPrefix(a, "-W") && len(a) > 2, strings.HasPrefix(a, "-f") && len(a) > 2:
			// clang's warning and code-generation options, which BCC
			// tools pass in their cflags: nothing for bccc to do.
		case strings.HasPrefix(a, "-"):
			fmt.Fprintf(stderr, "bccc: error: unknown flag %s\n", a)
			return 1
		default:
			if in != "" {
				fmt.Fprintf(stderr, "bccc: error: more than one input file (%s, %s)\n", in, a)
				return 1
			}
			in = a
		}
	}
	if in == "" {
		fmt.Fprintln(stderr, "bccc: error: no input file")
		return 1
	}
	for _, d := range opts.Debug {
		if d != "ir" && !strings.HasPrefix(d, "ir:") && !strings.HasPrefix(d, "skip:") {
			fmt.Fprintf(stderr, "bccc: error: unknown -d=%s (want ir or ir:PASS; passes: %s)\n", d, strings.Join(codegen.PassNames(), ", "))
			return 1
		}
	}
	opts.DebugOut = func(s string) { fmt.Fprint(stderr, s) }
	var src []byte
	var err error
	name := in
	if in == "-" {
		name = "<stdin>"
		src, err = io.ReadAll(stdin)
	} else {
		src, err = os.ReadFile(in)
	}
	if err != nil {
		fmt.Fprintf(stderr, "bccc: error: %v\n", err)
		return 1
	}
	if out == "" {
		if in == "-" {
			out = "out.o"
		} else {
			out = strings.TrimSuffix(filepath.Base(in), filepath.Ext(in)) + ".o"
		}
	}
	if lintOnly && strings.HasSuffix(in, ".o") {
		return lintObject(src, lint, stdout, stderr)
	}
	obj, warns, err := bccc.Compile(name, src, opts)
	for _, w := range warns {
		fmt.Fprintln(stderr, w.String())
	}
	if err != nil {
		fmt.Fprintln(stderr, err.Error())
		return 1
	}
	if lintOnly {
		return lintObject(obj.ELF, lint, stdout, stderr)
	}
	if !lint.off {
		if lintCompiled(obj.ELF, lint, stdout, stderr) != 0 && lint.werror {
			return 1
		}
	}
	if err := writeFileAtomic(out, obj.ELF); err != nil {
		fmt.Fprintf(stderr, "bccc: error: %v\n", err)
		return 1
	}
	return 0
}

// parseOnlineCPUs reads --online-cpus N, the count bpf_num_cpus()
// compiles to (BCC takes the CPUs online where it compiles).
func parseOnlineCPUs(v string) (int, error) {
	n, err := strconv.ParseInt(v, 10, 32)
	if err != nil || n < 1 {
		return 0, fmt.Errorf("--online-cpus %s: want a number of CPUs, at least 1", v)
	}
	return int(n), nil
}

func define(m map[string]string, s string) {
	k, v, _ := strings.Cut(s, "=")
	m[k] = v
}

// writeFileAtomic writes through a temporary file in the same directory so
// a failed or interrupted compile never leaves a partial object.
func writeFileAtomic(path string, data []byte) error {
	// The errors name the output, not the temporary file the user never
	// asked for; renaming over a directory would say "file exists".
	if st, err := os.Stat(path); err == nil && st.IsDir() {
		return fmt.Errorf("cannot write %s: is a directory", path)
	}
	dir := filepath.Dir(path)
	tmp, err := os.CreateTemp(dir, ".bccc-*.o")
	if err != nil {
		return fmt.Errorf("cannot write %s: %v", path, pathErr(err))
	}
	name := tmp.Name()
	_, werr := tmp.Write(data)
	cerr := tmp.Close()
	if werr == nil {
		werr = cerr
	}
	if werr == nil {
		werr = os.Chmod(name, 0o644)
	}
	if werr == nil {
		werr = os.Rename(name, path)
	}
	if werr != nil {
		os.Remove(name)
		return fmt.Errorf("cannot write %s: %v", path, pathErr(werr))
	}
	return nil
}

// pathErr is the reason of a file system error without its paths.
func pathErr(err error) error {
	switch e := err.(type) {
	case *os.PathError:
		return e.Err
	case *os.LinkError:
		return e.Err
	}
	return err
}

func objdumpCmd(args []string, stdout, stderr io.Writer) int {
	if len(args) != 1 {
		fmt.Fprintln(stderr, "usage: bccc objdump file.o")
		return 2
	}
	f, err := os.Open(args[0])
	if err != nil {
		fmt.Fprintf(stderr, "bccc: error: %v\n", err)
		return 1
	}
	defer f.Close()
	if err := objdump.Dump(f, stdout); err != nil {
		fmt.Fprintf(stderr, "bccc: error: %s: %v\n", args[0], err)
		return 1
	}
	return 0
}
