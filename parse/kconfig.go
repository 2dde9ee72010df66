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
	kconfigCache = map[string]string{}
)

// kconfigDefines returns #define lines for the kernel configuration in
// path ("" means the running kernel's; a missing default is not an error).
func kconfigDefines(path string) (string, error) {
	kconfigMu.Lock()
	defer kconfigMu.Unlock()
	if s, ok := kconfigCache[path]; ok {
		return s, nil
	}
	var data []byte
	var err error
	if path != "" {
		data, err = readConfig(path)
		if err != nil {
			return "", fmt.Errorf("--kconfig %s: %v", path, err)
		}
	} else {
		for _, p := range []string{"/proc/config.gz", "/boot/config-" + kernelRelease()} {
			if data, err = readConfig(p); err == nil {
				break
			}
		}
	}
	var b strings.Builder
	sc := bufio.NewScanner(bytes.NewReader(data))
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		name, val, ok := strings.Cut(line, "=")
		if !ok || !strings.HasPrefix(name, "CONFIG_") {
			continue
		}
		switch val {
		case "y":
			fmt.Fprintf(&b, "#define %s 1\n", name)
		case "m":
			fmt.Fprintf(&b, "#define %s_MODULE 1\n", name)
		case "n":
		default:
			fmt.Fprintf(&b, "#define %s %s\n", name, val)
		}
	}
	kconfigCache[path] = b.String()
	return b.String(), nil
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
