package parse

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"sync"
	"syscall"
)

// Kernel configuration and version, as kernel headers would provide them:
// CONFIG_* macros from the running kernel's config (/proc/config.gz or
// /boot/config-RELEASE) or a given file, and LINUX_VERSION_CODE from the
// release string. Both are explicit inputs for reproducible builds.

var (
	kconfigMu    sync.Mutex
	kconfigCache = map[string][]kconfigOption{}
)

// kconfigDefines returns #define lines for the options of the kernel
// configuration in path ("" means the running kernel's; a missing default
// is not an error) that the program mentions: a kernel config has ~2,000
// options, and preprocessing all of them cost several milliseconds.
func kconfigDefines(path string, need map[string]bool) (string, error) {
	opts, err := kconfigOptions(path)
	if err != nil {
		return "", err
	}
	var b strings.Builder
	for _, o := range opts {
		// IS_ENABLED(CONFIG_X) looks for CONFIG_X_MODULE too.
		if need[o.name] || need[strings.TrimSuffix(o.name, "_MODULE")] {
			fmt.Fprintf(&b, "#define %s %s\n", o.name, o.value)
		}
	}
	return b.String(), nil
}

type kconfigOption struct{ name, value string }

// kconfigOptions reads the options set in a configuration, once per path:
// =y is 1, =m defines NAME_MODULE, as the kernel's autoconf.h does.
func kconfigOptions(path string) ([]kconfigOption, error) {
	kconfigMu.Lock()
	defer kconfigMu.Unlock()
	if opts, ok := kconfigCache[path]; ok {
		return opts, nil
	}
	var data []byte
	var err error
	if path != "" {
		data, err = readConfig(path)
		if err != nil {
			return nil, fmt.Errorf("--kconfig %s: %v", path, err)
		}
	} else {
		for _, p := range []string{"/proc/config.gz", "/boot/config-" + kernelRelease()} {
			if data, err = readConfig(p); err == nil {
				break
			}
		}
	}
	var opts []kconfigOption
	sc := bufio.NewScanner(bytes.NewReader(data))
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		name, val, ok := strings.Cut(line, "=")
		if !ok || !strings.HasPrefix(name, "CONFIG_") {
			continue
		}
		switch val {
		case "y":
			opts = append(opts, kconfigOption{name, "1"})
		case "m":
			opts = append(opts, kconfigOption{name + "_MODULE", "1"})
		case "n":
		default:
			opts = append(opts, kconfigOption{name, val})
		}
	}
	kconfigCache[path] = opts
	return opts, nil
}

func readConfig(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var r io.Reader = f
	if strings.HasSuffix(path, ".gz") {
		zr, err := gzip.NewReader(f)
		if err != nil {
			return nil, err
		}
		r = zr
	}
	return io.ReadAll(io.LimitReader(r, 16<<20))
}

func kernelRelease() string {
	var u syscall.Utsname
	if err := syscall.Uname(&u); err != nil {
		return ""
	}
	var b []byte
	for _, c := range u.Release {
		if c == 0 {
			break
		}
		b = append(b, byte(c))
	}
	return string(b)
}

// versionCode computes LINUX_VERSION_CODE from a release like "6.18.44-x".
func versionCode(release string) int {
	var n [3]int
	parts := strings.SplitN(release, ".", 3)
	for i := 0; i < len(parts) && i < 3; i++ {
		digits := parts[i]
		end := 0
		for end < len(digits) && digits[end] >= '0' && digits[end] <= '9' {
			end++
		}
		n[i], _ = strconv.Atoi(digits[:end])
	}
	return n[0]<<16 + n[1]<<8 + min(n[2], 255)
}
