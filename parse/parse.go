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
	"path"
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
}

// Parse translates one file. The error, if any, is a list of gcc-style
// "file:line:col: message" lines produced by cc/v4.
func Parse(filename string, src []byte, c Config) (*cc.AST, error) {
	cfg := &cc.Config{
		ABI:             bpfABI(),
		FS:              overlay{},
		IncludePaths:    append(append([]string{""}, c.IncludeDirs...), bundledRoot),
		SysIncludePaths: append(append([]string{}, c.IncludeDirs...), bundledRoot),
		DefaultSizeT:    cc.ULong,
		DefaultPtrdiffT: cc.Long,
		DefaultWcharT:   cc.Int,
		UnsignedEnums:   true,
		ExpansionLimit:  50_000_000,
		ABILayout:       true,
	}
	if err := cfg.ApplyOptions("-std=gnu11", "-ffreestanding"); err != nil {
		return nil, err
	}
	cfg.PragmaHandler = func([]cc.Token) error { return nil }
	sources := []cc.Source{
		{Name: "<predefined>", Value: predefined(c)},
		{Name: "<prelude>", Value: "#include <bcc/helpers.h>\n"},
	}
	if c.Generated != "" {
		sources = append(sources, cc.Source{Name: "<generated>", Value: c.Generated})
	}
	sources = append(sources, cc.Source{Name: filename, Value: src})
	return cc.Translate(cfg, sources)
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
		return bundled.Open(path.Join("include", rest))
	}
	return nil, &fs.PathError{Op: "open", Path: name, Err: errors.ErrUnsupported}
}
