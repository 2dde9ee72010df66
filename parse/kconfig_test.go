package parse

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestVersionCode(t *testing.T) {
	for rel, want := range map[string]int{"6.18.44-fc-v1045": 6<<16 | 18<<8 | 44, "5.4.0": 5<<16 | 4<<8, "4.19.300": 4<<16 | 19<<8 | 255, "6.1": 6<<16 | 1<<8} {
		if got := versionCode(rel); got != want {
			t.Errorf("versionCode(%q) = %#x, want %#x", rel, got, want)
		}
	}
}

// TestKconfig: CONFIG_* from a config file steer #if, LINUX_VERSION_CODE
// follows the given release.
func TestKconfig(t *testing.T) {
	dir := t.TempDir()
	cfg := filepath.Join(dir, "config")
	os.WriteFile(cfg, []byte("CONFIG_FOO=y\nCONFIG_BAR=m\n# CONFIG_BAZ is not set\nCONFIG_NR=42\n"), 0o644)
	src := []byte(`#if defined(CONFIG_FOO) && defined(CONFIG_BAR_MODULE) && !defined(CONFIG_BAZ) && CONFIG_NR == 42 && LINUX_VERSION_CODE == KERNEL_VERSION(5, 10, 7)
int ok;
#else
#error wrong configuration
#endif
`)
	if _, err := Parse("k.c", src, Config{Kconfig: cfg, Release: "5.10.7-generic"}); err != nil {
		t.Fatal(err)
	}
	if _, err := Parse("k.c", []byte("int CONFIG_x;"), Config{Kconfig: filepath.Join(dir, "nosuch")}); err == nil || !strings.Contains(err.Error(), "--kconfig") {
		t.Fatalf("missing config file: %v", err)
	}
}
