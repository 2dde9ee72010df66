package bcc

import (
	"fmt"
	"io"
	"math"
	"math/big"
	"sort"
	"strings"
)

// The histogram output of BCC's print_log2_hist and print_linear_hist
// (src/python/bcc/table.py), byte for byte: a header naming the value
// type, then one row per bucket with the count and a bar of up to 40
// stars scaled to the largest count.

const (
	starsMax       = 40
	log2IndexMax   = 65   // a slot for every bpf_log2l() of a 64-bit value
	linearIndexMax = 1025 // BCC's limit for linear histograms
)

// stars is BCC's bar: floor(width*val/max) stars, computed as Python does
// (true division, correctly rounded to a double, then compared), at most
// width; a '+' replaces the last star when val exceeds max.
func stars(val, max uint64, width int) string {
	if max == 0 {
		return ""
	}
	q, _ := new(big.Rat).SetFrac(new(big.Int).Mul(big.NewInt(int64(width)), new(big.Int).SetUint64(val)),
		new(big.Int).SetUint64(max)).Float64()
	n := int(math.Min(math.Floor(q), float64(width)))
	s := strings.Repeat("*", n)
	if val > max && n > 0 {
		s = s[:n-1] + "+"
	}
	return s
}

// HistOptions are print_log2_hist's optional arguments.
type HistOptions struct {
	// SectionHeader introduces each bucket of a histogram whose key is a
	// struct {bucket, slot} (default "Bucket ptr").
	SectionHeader string
	// SectionFormat formats a bucket value (default: Format).
	SectionFormat func(bucket any) string
	// StripLeadingZero leaves out the empty rows before the first count.
	StripLeadingZero bool
}

// WriteLog2Hist writes the log2 histogram of vals, where vals[i] counts
// the values v with bpf_log2l(v) == i (the row "2^(i-1) -> 2^i - 1"; slot
// 0 is not printed, as in BCC). Nothing is written when no slot after 0
// has a count.
func WriteLog2Hist(w io.Writer, vals []uint64, valType string, stripLeadingZero bool) error {
	idxMax, valMax := -1, uint64(0)
	for i, v := range vals {
		if v > 0 {
			idxMax = i
		}
		if v > valMax {
			valMax = v
		}
	}
	header, numW, width := "     %-19s : count     distribution\n", 10, starsMax
	if idxMax > 32 {
		header, numW, width = "               %-29s : count     distribution\n", 20, starsMax/2
	}
	var b strings.Builder
	if idxMax > 0 {
		fmt.Fprintf(&b, header, valType)
	}
	for i := 1; i <= idxMax; i++ {
		// Slot i holds [2^(i-1), 2^i - 1]; slot 1 is "0 -> 1" (for i = 64,
		// 1<<64 - 1 wraps to the largest uint64, as wanted).
		low, high := uint64(1)<<uint(i-1), uint64(1)<<uint(i)-1
		if low == high {
			low--
		}
		v := vals[i]
		if stripLeadingZero {
			if v == 0 {
				continue
			}
			stripLeadingZero = false
		}
		fmt.Fprintf(&b, "%*d -> %-*d : %-8d |%-*s|\n", numW, low, numW, high, v, width, stars(v, valMax, width))
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// WriteLinearHist writes the linear histogram of vals (vals[i] counts the
// value i), rows 0 to the last non-zero one.
func WriteLinearHist(w io.Writer, vals []uint64, valType string) error {
	idxMax, valMax := -1, uint64(0)
	for i, v := range vals {
		if v > 0 {
			idxMax = i
		}
		if v > valMax {
			valMax = v
		}
	}
	var b strings.Builder
	if idxMax >= 0 {
		fmt.Fprintf(&b, "     %-13s : count     distribution\n", valType)
	}
	for i := 0; i <= idxMax; i++ {
		fmt.Fprintf(&b, "        %-10d : %-8d |%-*s|\n", i, vals[i], starsMax, stars(vals[i], valMax, starsMax))
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// PrintLog2Hist prints table t as BCC's t.print_log2_hist(valType): t's
// keys are log2 slots (an integer key, or a struct whose first member is a
// bucket and last integer member the slot: one histogram per bucket, each
// after a "\nBucket ptr = <bucket>" line) and its values counts (per-CPU
// values summed).
func PrintLog2Hist(w io.Writer, t *Table, valType string) error {
	return t.PrintLog2Hist(w, valType, HistOptions{})
}

// PrintLinearHist prints table t as BCC's t.print_linear_hist(valType).
func PrintLinearHist(w io.Writer, t *Table, valType string) error {
	return t.PrintLinearHist(w, valType, HistOptions{})
}

// PrintLog2Hist is print_log2_hist with its options.
func (t *Table) PrintLog2Hist(w io.Writer, valType string, o HistOptions) error {
	return t.printHist(w, valType, o, false)
}

// PrintLinearHist is print_linear_hist with its options.
func (t *Table) PrintLinearHist(w io.Writer, valType string, o HistOptions) error {
	return t.printHist(w, valType, o, true)
}

// HistSection is one histogram of a table: all of it, or one bucket of a
// bucket/slot histogram (Bucket non-nil).
type HistSection struct {
	Bucket any
	Vals   []uint64
}

// Histograms reads t as histogram slots: index → count. Slots beyond the
// limit (65 for log2, 1025 for linear histograms) and negative ones are
// left out.
func (t *Table) Histograms(linear bool) ([]HistSection, error) {
	limit := log2IndexMax
	if linear {
		limit = linearIndexMax
	}
	if n, _, ok := isInteger(t.ValueType()); !ok || n > 8 {
		if t.ValueType() != nil || t.Map.ValueSize() > 8 {
			return nil, fmt.Errorf("bcc: table %s: histogram values must be integers, not %s", t.Name, typeName(t.ValueType()))
		}
	}
	items, err := t.Items()
	if err != nil {
		return nil, err
	}
	count := func(it Item) uint64 {
		v, _ := Decode(t.ValueType(), it.Value)
		u, _ := toUint(v)
		if v == nil {
			u = decodeUint(it.Value)
		}
		return u
	}
	put := func(vals []uint64, slot any, c uint64) {
		s, ok := toUint(slot)
		if !ok || (isNegative(slot)) || s >= uint64(len(vals)) {
			return
		}
		vals[s] += c
	}
	if _, _, ok := isInteger(t.KeyType()); ok || t.KeyType() == nil {
		vals := make([]uint64, limit)
		for _, it := range items {
			k, _ := Decode(t.KeyType(), it.Key)
			if t.KeyType() == nil {
				k = decodeUint(it.Key)
			}
			put(vals, k, count(it))
		}
		return []HistSection{{Vals: vals}}, nil
	}
	bm, sm, ok := t.slotKey()
	if !ok {
		return nil, fmt.Errorf("bcc: table %s: a histogram key is an integer or a struct {bucket, slot}, not %s", t.Name, typeName(t.KeyType()))
	}
	var secs []HistSection
	index := map[string]int{}
	for _, it := range items {
		k, err := t.DecodeKey(it.Key)
		if err != nil {
			return nil, err
		}
		ks, _ := k.(Struct)
		bucket, slot := ks.Get(bm.Name), ks.Get(sm.Name)
		id := Format(bucket)
		i, seen := index[id]
		if !seen {
			i = len(secs)
			index[id] = i
			secs = append(secs, HistSection{Bucket: bucket, Vals: make([]uint64, limit)})
		}
		put(secs[i].Vals, slot, count(it))
	}
	sort.SliceStable(secs, func(i, j int) bool { return lessValue(secs[i].Bucket, secs[j].Bucket) })
	return secs, nil
}

func isNegative(v any) bool {
	i, ok := v.(int64)
	return ok && i < 0
}

// lessValue orders decoded values: numbers numerically, the rest by their
// printed form.
func lessValue(a, b any) bool {
	switch x := a.(type) {
	case uint64:
		if y, ok := b.(uint64); ok {
			return x < y
		}
	case int64:
		if y, ok := b.(int64); ok {
			return x < y
		}
	}
	return Format(a) < Format(b)
}

func (t *Table) printHist(w io.Writer, valType string, o HistOptions, linear bool) error {
	secs, err := t.Histograms(linear)
	if err != nil {
		return err
	}
	header := o.SectionHeader
	if header == "" {
		header = "Bucket ptr"
	}
	format := o.SectionFormat
	if format == nil {
		format = Format
	}
	for _, s := range secs {
		if s.Bucket != nil {
			if _, err := fmt.Fprintf(w, "\n%s = %s\n", header, format(s.Bucket)); err != nil {
				return err
			}
		}
		if linear {
			err = WriteLinearHist(w, s.Vals, valType)
		} else {
			err = WriteLog2Hist(w, s.Vals, valType, o.StripLeadingZero)
		}
		if err != nil {
			return err
		}
	}
	return nil
}
