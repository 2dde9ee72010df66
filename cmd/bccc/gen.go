package main

import (
	"bytes"
	"fmt"
	"go/build/constraint"
	"go/token"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"

	"github.com/cilium/ebpf"
	"github.com/cilium/ebpf/btf"
	"github.com/cilium/ebpf/cmd/bpf2go/gen"
)

// genFlags are the flags of bccc gen that are not compile flags; their
// names follow bpf2go's so a go:generate line moves over unchanged.
type genFlags struct {
	ident, pkg, dir, stem, suffix string
	tags                          constraint.Expr
	types                         []string
	noGlobalTypes                 bool
}

// genCmd compiles a BCC C file and writes bpf2go's two outputs,
// STEM_bpfel.o and STEM_bpfel.go, into the output directory. Compile
// flags are handed to compileCmd unchanged, so both subcommands accept
// and report exactly the same things.
func genCmd(args []string, stdin io.Reader, stderr io.Writer) int {
	g, compileArgs, err := parseGenFlags(args)
	if err != nil {
		fmt.Fprintf(stderr, "bccc: error: %v\n", err)
		return 1
	}
	if err := os.MkdirAll(g.dir, 0o755); err != nil {
		fmt.Fprintf(stderr, "bccc: error: %v\n", err)
		return 1
	}
	stem := g.stem
	if stem == "" {
		stem = strings.ToLower(g.ident)
	}
	stem += "_bpfel" + g.suffix
	objPath := filepath.Join(g.dir, stem+".o")
	goPath := filepath.Join(g.dir, stem+".go")

	// compileCmd writes the object to a temporary name of ours; it is
	// renamed into place only when the Go file has been generated too.
	tmpObj, err := tempName(g.dir, ".bccc-gen-*.o")
	if err != nil {
		fmt.Fprintf(stderr, "bccc: error: %v\n", err)
		return 1
	}
	defer os.Remove(tmpObj)
	if rc := compileCmd(append(compileArgs, "-o", tmpObj), stdin, stderr, stderr, false); rc != 0 {
		return rc
	}
	elf, err := os.ReadFile(tmpObj)
	if err != nil {
		fmt.Fprintf(stderr, "bccc: error: %v\n", err)
		return 1
	}
	src, err := genGo(g, elf, filepath.Base(objPath))
	if err != nil {
		fmt.Fprintf(stderr, "bccc: error: %v\n", err)
		return 1
	}
	tmpGo, err := tempName(g.dir, ".bccc-gen-*.go")
	if err != nil {
		fmt.Fprintf(stderr, "bccc: error: %v\n", err)
		return 1
	}
	defer os.Remove(tmpGo)
	if err := os.WriteFile(tmpGo, src, 0o644); err != nil {
		fmt.Fprintf(stderr, "bccc: error: %v\n", err)
		return 1
	}
	if err := os.Rename(tmpObj, objPath); err != nil {
		fmt.Fprintf(stderr, "bccc: error: %v\n", err)
		return 1
	}
	if err := os.Rename(tmpGo, goPath); err != nil {
		os.Remove(objPath) // no object without its bindings
		fmt.Fprintf(stderr, "bccc: error: %v\n", err)
		return 1
	}
	return 0
}

// tempName reserves a file name in dir (same file system, so rename is
// atomic) with mode 0644 for the final file.
func tempName(dir, pattern string) (string, error) {
	f, err := os.CreateTemp(dir, pattern)
	if err != nil {
		return "", err
	}
	name := f.Name()
	f.Close()
	if err := os.Chmod(name, 0o644); err != nil {
		os.Remove(name)
		return "", err
	}
	return name, nil
}

// genGo is bpf2go's convert step for one target (bpfel): the names of the
// maps, variables and programs, the types asked for with -type and those
// of map keys, values and globals, through bpf2go's own generator.
func genGo(g genFlags, elf []byte, objFile string) ([]byte, error) {
	spec, err := ebpf.LoadCollectionSpecFromReader(bytes.NewReader(elf))
	if err != nil {
		return nil, fmt.Errorf("reading the compiled object: %w", err)
	}
	var maps, vars, progs []string
	for name := range spec.Maps {
		if !strings.HasPrefix(name, ".") { // .rodata, .bss, ...
			maps = append(maps, name)
		}
	}
	for name := range spec.Variables {
		vars = append(vars, name)
	}
	for name := range spec.Programs {
		progs = append(progs, name)
	}
	var types []btf.Type
	for _, name := range g.types {
		if spec.Types == nil {
			return nil, fmt.Errorf("-type %s: the object has no BTF", name)
		}
		typ, err := spec.Types.AnyTypeByName(name)
		if err != nil {
			return nil, fmt.Errorf("-type %s: %w", name, err)
		}
		types = append(types, typ)
	}
	if !g.noGlobalTypes {
		types = append(types, gen.CollectGlobalTypes(spec)...)
	}
	_, arches, err := gen.FindTarget("bpfel")
	if err != nil {
		return nil, err
	}
	cons := arches.Constraint()
	if g.tags != nil {
		cons = &constraint.AndExpr{X: cons, Y: g.tags}
	}
	var out bytes.Buffer
	err = gen.Generate(gen.GenerateArgs{
		Package:     g.pkg,
		Stem:        g.ident,
		Constraints: cons,
		Maps:        maps,
		Variables:   vars,
		Programs:    progs,
		Types:       types,
		ObjectFile:  objFile,
		Output:      &out,
	})
	if err != nil {
		return nil, fmt.Errorf("generating Go bindings: %w", err)
	}
	return out.Bytes(), nil
}

var tagTerm = regexp.MustCompile(`^!?[A-Za-z0-9_.]+$`)

// parseGenFlags takes out gen's own flags (with one or two dashes, as
// "-flag value" or "-flag=value") and returns the rest for compileCmd.
func parseGenFlags(args []string) (genFlags, []string, error) {
	g := genFlags{pkg: os.Getenv("GOPACKAGE")}
	if strings.HasSuffix(os.Getenv("GOFILE"), "_test.go") {
		g.suffix = "_test" // as bpf2go: bindings for a test file are test files
	}
	var rest []string
	var tags string
	for i := 0; i < len(args); i++ {
		a := args[i]
		if a == "--" {
			// bpf2go's "ident file.c -- CFLAGS": the rest is compile flags.
			rest = append(rest, args[i+1:]...)
			break
		}
		name, val, hasVal := strings.Cut(strings.TrimPrefix(strings.TrimPrefix(a, "-"), "-"), "=")
		if !strings.HasPrefix(a, "-") {
			name = ""
		}
		var dst *string
		switch name {
		case "ident":
			dst = &g.ident
		case "pkg", "go-package":
			dst = &g.pkg
		case "output-dir":
			dst = &g.dir
		case "output-stem":
			dst = &g.stem
		case "output-suffix":
			dst = &g.suffix
		case "tags":
			dst = &tags
		case "type":
			var t string
			dst = &t
		case "no-global-types":
			g.noGlobalTypes = true
			continue
		case "o":
			// -o is the output directory here; compile's -o (a file) would
			// not make sense with two outputs.
			dst = &g.dir
		default:
			rest = append(rest, a)
			continue
		}
		if !hasVal {
			if i+1 >= len(args) {
				return g, nil, fmt.Errorf("%s needs an argument", a)
			}
			i++
			val = args[i]
		}
		*dst = val
		if name == "type" {
			g.types = append(g.types, val)
		}
	}
	if g.ident == "" {
		return g, nil, fmt.Errorf("gen: -ident NAME is required (the stem of the generated Go names)")
	}
	if !token.IsIdentifier(g.ident) {
		return g, nil, fmt.Errorf("gen: -ident %q is not a valid Go identifier", g.ident)
	}
	if g.pkg == "" {
		return g, nil, fmt.Errorf("gen: missing package: pass -go-package PKG or run from go generate ($GOPACKAGE)")
	}
	if !token.IsIdentifier(g.pkg) {
		return g, nil, fmt.Errorf("gen: -go-package %q is not a valid Go package name", g.pkg)
	}
	if strings.ContainsRune(g.stem, filepath.Separator) || strings.ContainsRune(g.suffix, filepath.Separator) {
		return g, nil, fmt.Errorf("gen: -output-stem and -output-suffix must not contain %q", filepath.Separator)
	}
	if g.dir == "" {
		g.dir = "."
	}
	if tags != "" {
		// bpf2go's -tags: the old "+build" syntax (a,b means a && b).
		// That parser turns a malformed tag into "ignore", which would
		// silently leave the bindings out of every build: check first.
		for _, term := range strings.FieldsFunc(tags, func(r rune) bool { return r == ',' || r == ' ' }) {
			if !tagTerm.MatchString(term) {
				return g, nil, fmt.Errorf("gen: -tags %q: malformed build tag %q", tags, term)
			}
		}
		e, err := constraint.Parse("// +build " + tags)
		if err != nil {
			return g, nil, fmt.Errorf("gen: -tags %q: %v", tags, err)
		}
		g.tags = e
	}
	return g, rest, nil
}
