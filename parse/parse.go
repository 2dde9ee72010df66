// Package parse preprocesses, parses and type-checks BCC-dialect C with
// modernc.org/cc/v4 on a freestanding BPF configuration: no host compiler,
// no host headers. The bundled headers in include/ are embedded in the
// binary and pre-included as BCC does (types, UAPI bpf.h, helpers, maps).
package parse

import (
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"maps"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"

	"modernc.org/cc/v4"
)

//go:embed include
var bundled embed.FS

// bundledRoot is the directory under which bundled headers appear in
// positions and #include resolution. It never exists on disk.
const bundledRoot = "/bccc-include"

// Config says how to parse one translation unit.
type Config struct {
	IncludeDirs []string          // -I, after the directory of the including file
	Defines     map[string]string // -D; "" means 1
	Arch        string            // "x86_64" (default) or "arm64"
	Generated   string            // declarations generated for the program (tracepoint structs), parsed before it
	BTF         string            // kernel BTF for kernel types (default /sys/kernel/btf/vmlinux)
	Kconfig     string            // kernel config file for CONFIG_* (default: the running kernel's)
	Release     string            // kernel release for LINUX_VERSION_CODE (default: the running kernel's)
	OnlineCPUs  int               // what bpf_num_cpus() gives (0: the CPUs online here)
}

// DefaultBTF is where the running kernel publishes its BTF.
const DefaultBTF = "/sys/kernel/btf/vmlinux"

// Parse translates one file. The error, if any, is a list of gcc-style
// "file:line:col: message" lines produced by cc/v4.
func Parse(filename string, src []byte, c Config) (*cc.AST, error) {
	if err := checkNesting(filename, src); err != nil {
		return nil, err
	}
	if err := checkSize(filename, src); err != nil {
		return nil, err
	}
	risky, err := checkIncludes(filename, src, c)
	if err != nil {
		return nil, err
	}
	cfg := &cc.Config{
		ABI:             bpfABI(),
		FS:              overlay{},
		IncludePaths:    append(append([]string{""}, c.IncludeDirs...), bundledRoot),
		SysIncludePaths: append(append([]string{}, c.IncludeDirs...), bundledRoot),
		DefaultSizeT:    cc.ULong,
		DefaultPtrdiffT: cc.Long,
		DefaultWcharT:   cc.Int,
		UnsignedEnums:   true,
		ExpansionLimit:  4_000_000,
		ABILayout:       true,
	}
	if err := cfg.ApplyOptions("-std=gnu11", "-ffreestanding"); err != nil {
		return nil, err
	}
	cfg.PragmaHandler = pragmaOnce()
	// A struct the first attempt left undefined that the program reaches
	// into after all (through a macro that spells the member) is defined
	// on a second attempt.
	var more retry
	for attempt := 0; ; attempt++ {
		ast, again, err := parseOnce(cfg, filename, src, c, more, risky)
		if err == nil || len(again.types)+len(again.members) == 0 || attempt == 2 {
			return ast, err
		}
		more.types = append(more.types, again.types...)
		more.members = append(more.members, again.members...)
	}
}

// retry lists what a further attempt defines: kernel structs, and members
// of kernel structs.
type retry struct{ types, members []string }

// parseOnce translates the program with kernel types for its names and
// those in more. On an error, again lists the kernel structs that a
// member access or sizeof found without a definition, and the members of
// kernel structs it found missing.
func parseOnce(cfg *cc.Config, filename string, src []byte, c Config, more retry, risky bool) (_ *cc.AST, again retry, _ error) {
	texts := programTexts(src, c)
	named, members := neededNames(texts), memberNames(texts)
	need := neededNames(texts)
	for _, n := range more.types {
		need[n], named[n] = true, true
	}
	for _, n := range more.members {
		members[n] = true
	}
	var ktypes string
	unknown := func(err error) error { return err }
	iters := iterContexts(src)
	for _, t := range iters {
		need[t] = true
	}
	if includesKernelHeaders(src) && mentionsKernelTypes(src, c) || len(iters) > 0 {
		path := c.BTF
		if path == "" {
			path = DefaultBTF
		}
		kb, err := kernelBTF(path)
		if err != nil {
			return nil, again, fmt.Errorf("%s: the program includes kernel headers, whose types come from kernel BTF: %v (pass --btf FILE)", filename, err)
		}
		if kb, err = withModuleBTF(kb, path, src); err != nil {
			return nil, again, fmt.Errorf("%s: %v", filename, err)
		}
		var inBTF func(string) bool
		own := bundledNames{tags: map[string]bool{}, typedefs: map[string]bool{}}
		for _, t := range texts {
			findTagDefs(t, own.tags)
			ownTypedefs(t, own.typedefs)
		}
		if ktypes, inBTF, err = kernelDecls(kb, wants{need: need, named: named, members: members, own: own}); err != nil {
			return nil, again, err
		}
		unknown = func(err error) error {
			again.types, again.members = retryNames(err, inBTF, named, members)
			return explainUnknownKernelTypes(err, inBTF, path)
		}
		usedIdentifiers([]byte(ktypes), need)
	}
	// The sliced headers, each with what the program and the later
	// sources use: those later sources are sliced first.
	for _, n := range bundledIncludeNames(texts) {
		need[n] = true
	}
	if need["cursor_advance"] { // <bcc/proto.h> fields: codegen calls these
		for _, n := range packetHelpers {
			need[n] = true
		}
	}
	var kernelH string
	if includesKernelHeaders(src) || ktypes != "" {
		kernelH = sliceOf(kernelPrelude, need)
		usedIdentifiers([]byte(kernelH), need)
	}
	helpersH := sliceOf(helpersPrelude, need)
	usedIdentifiers([]byte(helpersH), need)
	pre := predefined(c)
	if ktypes != "" || strings.Contains(string(src), "CONFIG_") {
		kc, err := kconfigDefines(c.Kconfig, need)
		if err != nil {
			return nil, again, err
		}
		pre += kc
	}
	sources := []cc.Source{
		{Name: "<predefined>", Value: pre},
		{Name: "<prelude>", Value: "#include <bcc/types.h>\n"},
		{Name: "<bpf.h>", Value: slicedPrelude(need)},
		{Name: "<helpers>", Value: helpersH},
	}
	// The kernel prelude before the kernel types: those that hold its
	// structs (struct in6_addr, …) by value use its definitions.
	if kernelH != "" {
		sources = append(sources, cc.Source{Name: "<kernel.h>", Value: kernelH})
	}
	if ktypes != "" {
		sources = append(sources, cc.Source{Name: KernelTypesSource, Value: ktypes})
	}
	if c.Generated != "" {
		sources = append(sources, cc.Source{Name: "<generated>", Value: c.Generated})
	}
	sources = append(sources, cc.Source{Name: filename, Value: spliceAtEOF(src)}, endSentinel)
	if risky {
		if err := preprocessFirst(cfg, sources); err != nil {
			return nil, again, err
		}
	}
	ast, err := translate(cfg, sources)
	if err != nil {
		return nil, again, unknown(err)
	}
	return ast, again, nil
}

// slicedPrelude returns the parts of the bundled UAPI and helper headers
// that the program can reach: what its text, the files it includes with
// quotes, the generated declarations and helpers.h mention.
func slicedPrelude(need map[string]bool) string {
	sliceOnce.Do(loadSliced)
	var b strings.Builder
	for _, p := range slicedPaths {
		if p != kernelPrelude && p != helpersPrelude {
			b.WriteString(sliced[p].slice(need))
		}
	}
	return b.String()
}

// sliceOf is the part of the sliced header p the program can reach.
func sliceOf(p string, need map[string]bool) string {
	sliceOnce.Do(loadSliced)
	return sliced[p].slice(need)
}

// packetHelpers are the functions of helpers.h that codegen calls for
// <bcc/proto.h> header fields (packet_headers.go): no program spells them.
var packetHelpers = []string{"load_byte", "load_half", "load_word", "load_dword",
	"__bccc_store_be8", "__bccc_store_be16", "__bccc_store_be32", "__bccc_store_be64"}

var moduleProbe = regexp.MustCompile(`\bMODULE_K(?:RET)?FUNC_PROBE\s*\(\s*(\w+)`)

// withModuleBTF adds to the kernel's BTF that of the module the program's
// MODULE_KFUNC_PROBE/MODULE_KRETFUNC_PROBE probes name, from beside the
// kernel's (/sys/kernel/btf/MODULE), when it is there: the module's own
// types then resolve as well.
func withModuleBTF(kb *rawBTF, path string, src []byte) (*rawBTF, error) {
	var mod string
	for _, m := range moduleProbe.FindAllSubmatch(src, -1) {
		switch n := string(m[1]); {
		case mod == "":
			mod = n
		case n != mod:
			return nil, fmt.Errorf("probes of modules %s and %s: kernel types come from one module's BTF at a time", mod, n)
		}
	}
	if mod == "" {
		return kb, nil
	}
	modPath := filepath.Join(filepath.Dir(path), mod)
	if _, err := os.Stat(modPath); err != nil {
		return kb, nil // the module's types are then unknown kernel types
	}
	return withModule(kb, modPath)
}

// bundledIncludeNames are the identifiers of the bundled headers (and
// those they include) that the texts include:
// what <bcc/proto.h> uses of the kernel prelude must be in its slice.
func bundledIncludeNames(texts [][]byte) []string {
	names := map[string]bool{}
	seen := map[string]bool{}
	var walk func(b []byte)
	walk = func(b []byte) {
		for _, inc := range includedNames(b) {
			if seen[inc] {
				continue
			}
			seen[inc] = true
			if data, err := bundled.ReadFile("include/" + inc); err == nil {
				usedIdentifiers(data, names)
				walk(data)
			}
		}
	}
	for _, t := range texts {
		walk(t)
	}
	return slices.Collect(maps.Keys(names))
}

// includedNames are the names of the #include <…> and "…" lines of b.
func includedNames(b []byte) []string {
	var out []string
	for _, line := range strings.Split(string(b), "\n") {
		t := strings.TrimLeft(line, " \t")
		if !strings.HasPrefix(t, "#") {
			continue
		}
		word, rest := directiveWord(t)
		if word != "include" {
			continue
		}
		rest = strings.TrimSpace(rest)
		if len(rest) > 2 && (rest[0] == '<' || rest[0] == '"') {
			if i := strings.IndexAny(rest[1:], ">\""); i >= 0 {
				out = append(out, rest[1:1+i])
			}
		}
	}
	return out
}

// programTexts are the program's text, the files it includes with quotes
// and the generated declarations.
func programTexts(src []byte, c Config) [][]byte {
	return append([][]byte{src, []byte(c.Generated)}, quotedIncludes(src, c.IncludeDirs, 0, map[string]bool{})...)
}

// neededNames are the identifiers the program's texts mention.
func neededNames(texts [][]byte) map[string]bool {
	need := map[string]bool{}
	for _, t := range texts {
		usedIdentifiers(t, need)
	}
	return need
}

// quotedIncludes reads the files the source includes with #include "…"
// (and, since they may name helpers too, any non-bundled <…> file found in
// -I directories), so their identifiers count as used.
func quotedIncludes(src []byte, dirs []string, depth int, seen map[string]bool) [][]byte {
	if depth > 8 {
		return nil
	}
	var out [][]byte
	for _, line := range strings.Split(string(src), "\n") {
		t := strings.TrimSpace(line)
		if !strings.HasPrefix(t, "#") {
			continue
		}
		t = strings.TrimSpace(t[1:])
		if !strings.HasPrefix(t, "include") {
			continue
		}
		t = strings.TrimSpace(t[len("include"):])
		if len(t) < 2 {
			continue
		}
		var name string
		switch t[0] {
		case '"':
			if i := strings.IndexByte(t[1:], '"'); i >= 0 {
				name = t[1 : 1+i]
			}
		case '<':
			if i := strings.IndexByte(t[1:], '>'); i >= 0 {
				name = t[1 : 1+i]
			}
		}
		if name == "" {
			continue
		}
		for _, d := range append([]string{"."}, dirs...) {
			p := filepath.Join(d, name)
			if seen[p] {
				break
			}
			b, err := readRegular(p)
			if err != nil {
				continue
			}
			seen[p] = true
			out = append(out, b)
			out = append(out, quotedIncludes(b, dirs, depth+1, seen)...)
			break
		}
	}
	return out
}

func predefined(c Config) string {
	var b strings.Builder
	b.WriteString(basePredefined)
	switch c.Arch {
	case "arm64":
		b.WriteString("#define __aarch64__ 1\n#define __TARGET_ARCH_arm64 1\n")
	default:
		b.WriteString("#define __x86_64__ 1\n#define __x86_64 1\n#define __amd64__ 1\n#define __TARGET_ARCH_x86 1\n")
	}
	rel := c.Release
	if rel == "" {
		rel = kernelRelease()
	}
	fmt.Fprintf(&b, "#define KERNEL_VERSION(a, b, c) (((a) << 16) + ((b) << 8) + ((c) > 255 ? 255 : (c)))\n")
	fmt.Fprintf(&b, "#ifndef LINUX_VERSION_CODE\n#define LINUX_VERSION_CODE %d\n#endif\n", versionCode(rel))
	fmt.Fprintf(&b, "#define __BCCC_ONLINE_CPUS %d\n", onlineCPUs(c.OnlineCPUs))
	names := make([]string, 0, len(c.Defines))
	for k := range c.Defines {
		names = append(names, k)
	}
	sort.Strings(names)
	for _, k := range names {
		v := c.Defines[k]
		if v == "" {
			v = "1"
		}
		fmt.Fprintf(&b, "#define %s %s\n", k, v)
	}
	return b.String()
}

// basePredefined is what a C compiler predefines for BCC's target: GNU C11,
// LP64, little-endian, plus BCC's own flags (-D__KERNEL__ ...). cc/v4 needs
// __predefined_declarator to find the end of the builtin prelude.
const basePredefined = `#define __STDC__ 1
#define __STDC_VERSION__ 201112L
#define __STDC_HOSTED__ 0
#define __GNUC__ 4
#define __GNUC_MINOR__ 2
#define __bpf__ 1
#define __BPF__ 1
#define __linux__ 1
#define __linux 1
#define __unix__ 1
#define __LP64__ 1
#define _LP64 1
#define __CHAR_BIT__ 8
#define __SIZEOF_INT__ 4
#define __SIZEOF_LONG__ 8
#define __SIZEOF_LONG_LONG__ 8
#define __SIZEOF_SHORT__ 2
#define __SIZEOF_POINTER__ 8
#define __SIZEOF_SIZE_T__ 8
#define __SIZEOF_INT128__ 16
#define __ORDER_LITTLE_ENDIAN__ 1234
#define __ORDER_BIG_ENDIAN__ 4321
#define __BYTE_ORDER__ __ORDER_LITTLE_ENDIAN__
#define __LITTLE_ENDIAN__ 1
#define __SIZE_TYPE__ unsigned long
#define __PTRDIFF_TYPE__ long
#define __INT_MAX__ 2147483647
#define __LONG_MAX__ 9223372036854775807L
#define __SCHAR_MAX__ 127
#define __SHRT_MAX__ 32767
#define __KERNEL__ 1
#define __BPF_TRACING__ 1
#define __BCC__ 1
#define __BCCC__ 1
#define KBUILD_MODNAME "bcc"
#define CONFIG_CC_IS_CLANG 1
#define __has_builtin(x) 1
#define __builtin_offsetof(T, m) ((unsigned long)&(((T *)0)->m))
#define __builtin_va_list __builtin_va_list
typedef void *__builtin_va_list;
int __predefined_declarator;
unsigned short __builtin_bswap16(unsigned short);
unsigned int __builtin_bswap32(unsigned int);
unsigned long long __builtin_bswap64(unsigned long long);
void *__builtin_memset(void *, int, unsigned long);
void *__builtin_memcpy(void *, const void *, unsigned long);
void *__builtin_memmove(void *, const void *, unsigned long);
int __builtin_memcmp(const void *, const void *, unsigned long);
long __builtin_expect(long, long);
void __builtin_unreachable(void);
void __builtin_trap(void);
`

func bpfABI() *cc.ABI {
	abi, err := cc.NewABI("linux", "amd64")
	if err != nil {
		panic(err)
	}
	abi.SignedChar = true
	// BPF has no long double; BCC's clang uses 8 bytes for it.
	abi.Types[cc.LongDouble] = cc.AbiType{Size: 8, Align: 8, FieldAlign: 8}
	return abi
}

// overlay serves the bundled headers under bundledRoot; any other name is
// refused so cc/v4 falls back to the host file system (for the user's own
// files and -I directories).
type overlay struct{}

func (overlay) Open(name string) (fs.File, error) {
	if rest, ok := strings.CutPrefix(name, bundledRoot+"/"); ok {
		f, err := bundled.Open(path.Join("include", rest))
		if err != nil && kernelHeader(rest) {
			// A kernel header bccc does not bundle: the curated kernel
			// constants and macros stand in for it. The kernel prelude
			// has usually defined its guard, and then cc/v4 does not
			// even open it.
			return bundled.Open("include/bcc/kernel_header.h")
		}
		return f, err
	}
	if f := spliceAtEOFFile(name); f != nil {
		return f, nil
	}
	return nil, &fs.PathError{Op: "open", Path: name, Err: errors.ErrUnsupported}
}

// kernelHeader reports include paths that name kernel headers.
func kernelHeader(p string) bool {
	for _, pre := range []string{"linux/", "net/", "asm/", "asm-generic/", "uapi/", "trace/", "generated/"} {
		if strings.HasPrefix(p, pre) && strings.HasSuffix(p, ".h") {
			return true
		}
	}
	return false
}

// MaxNesting bounds how deeply (), [] and {} may nest in the source. cc/v4
// parses recursively, so without a bound a hostile input exhausts the Go
// stack, which no recover can catch.
const MaxNesting = 500

// checkNesting reports the first place the source nests too deeply.
func checkNesting(filename string, src []byte) error {
	s := &scanner{src: string(src)}
	depth, line, col := 0, 1, 1
	for !s.eof() {
		start := s.pos
		t, _ := s.next()
		switch t {
		case "(", "[", "{":
			depth++
			if depth > MaxNesting {
				return fmt.Errorf("%s:%d:%d: nesting deeper than %d levels of (), [] and {}", filename, line, col, MaxNesting)
			}
		case ")", "]", "}":
			if depth > 0 {
				depth--
			}
		}
		for _, c := range src[start:s.pos] {
			if c == '\n' {
				line, col = line+1, 1
			} else {
				col++
			}
		}
	}
	return nil
}
