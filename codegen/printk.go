package codegen

import "strings"

// printkFormatWarning checks a bpf_trace_printk format as BCC does (the
// literal's source text, stopping at the first problem) and returns the
// warning BCC would print, or "".
func printkFormatWarning(src string) string {
	const (
		allowedP = "only %d %u %x %ld %lu %lx %lld %llu %llx %p %pS %s conversion specifiers allowed"
		allowed  = "only %d %u %x %ld %lu %lx %lld %llu %llx %p %s conversion specifiers allowed"
	)
	s := strings.TrimSuffix(strings.TrimPrefix(src, `"`), `"`)
	specs, strs := 0, 0
	for i := 0; i < len(s); i++ {
		ch := s[i]
		if ch >= 0x80 || ch < ' ' && ch != '\t' && ch != '\n' && ch != '\r' && ch != '\v' && ch != '\f' || ch == 0x7f {
			return "unrecognized character"
		}
		if ch != '%' {
			continue
		}
		if specs++; specs > 3 {
			return "cannot use more than 3 conversion specifiers"
		}
		j := i + 1
		for n := 0; n < 2 && j < len(s) && s[j] == 'l'; n++ {
			j++
		}
		if j < len(s) && (s[j] == 'p' || s[j] == 's') && j == i+1 {
			if s[j] == 'p' && j+1 < len(s) && s[j+1] == 'S' {
				j++
			}
			if j+1 < len(s) && !endsSpecifier(s[j+1]) {
				return allowedP
			}
			if s[j] == 's' {
				if strs++; strs > 1 {
					return "cannot use several %s conversion specifiers"
				}
			}
			i = j
			continue
		}
		if j >= len(s) || s[j] != 'd' && s[j] != 'u' && s[j] != 'x' {
			return allowed
		}
		i = j
	}
	return ""
}

// endsSpecifier: what may follow %p or %s.
func endsSpecifier(c byte) bool {
	return c == ' ' || c == '\t' || c == '\\' || strings.IndexByte("!\"#$%&'()*+,-./:;<=>?@[]^_`{|}~", c) >= 0
}
