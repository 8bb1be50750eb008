package parse

import (
	"math"
	"regexp"
	"strconv"
	"testing"
)

// sameAsStrconv is fastFloat's contract: when it reads s, it reads exactly
// the float64 strconv.ParseFloat(s, 64) reads, bit for bit (the sign of
// zero too), and strconv finds no error.
func sameAsStrconv(t *testing.T, s string) (fast bool) {
	t.Helper()
	got, ok := fastFloat([]byte(s))
	if !ok {
		return false
	}
	want, err := strconv.ParseFloat(s, 64)
	if err != nil {
		t.Fatalf("%q: fastFloat %v, strconv: %v", s, got, err)
	}
	if math.Float64bits(got) != math.Float64bits(want) {
		t.Fatalf("%q: fastFloat %v (%#x), strconv %v (%#x)", s, got, math.Float64bits(got), want, math.Float64bits(want))
	}
	return true
}

var fastFloatEdges = []struct {
	s    string
	fast bool
}{
	{"45.5172920", true},
	{"-73.5256830", true},
	{"353.0", true},
	{"94", true},
	{"0", true},
	{"-0", true},
	{"-0.0", true},
	{"+1.5", true},
	{".5", true},
	{"5.", true},
	{"007", true},
	{"0.000000000000000000001", true},
	{"1e22", true},
	{"1E-22", true},
	{"1e+05", true},
	{"9007199254740992", true},
	{"9007199254740993", false},
	{"1234567890123456789", false},
	{"0.1", true},
	{"0.3", true},
	{"2.2250738585072014e-308", false},
	{"1e23", false},
	{"1e-23", false},
	{"1.7976931348623157e308", false},
	{"123456789.123456789", false},
	{"00000000000000000000000001", true},
	{"1.00000000000000000000", false},
	{"", false},
	{"-", false},
	{"+", false},
	{".", false},
	{"-.", false},
	{"e5", false},
	{"1e", false},
	{"1e+", false},
	{"1e1000", false},
	{"1.2.3", false},
	{"1_000", false},
	{"0x1p-2", false},
	{"inf", false},
	{"NaN", false},
	{" 1", false},
	{"1 ", false},
	{"--1", false},
	{"1e5x", false},
	{"١", false},
}

func TestFastFloatEdges(t *testing.T) {
	for _, c := range fastFloatEdges {
		if fast := sameAsStrconv(t, c.s); fast != c.fast {
			t.Errorf("%q: fast path took it: %v, want %v", c.s, fast, c.fast)
		}
	}
}

// numberInXML finds the numbers GPX and TCX files hold, in attributes and
// in text.
var numberInXML = regexp.MustCompile(`[-+0-9.eE]+`)

// corpusNumbers lists up to max numbers from the shipped GPX and TCX files
// (and the shared corpus, when it is there).
func corpusNumbers(max int) []string {
	var out []string
	r := NewReader()
	for _, f := range testFiles(".gpx", ".tcx") {
		data, _, err := r.load(f)
		if err != nil {
			continue
		}
		for _, m := range numberInXML.FindAll(data[:min(len(data), 64<<10)], -1) {
			out = append(out, string(m))
			if len(out) >= max {
				return out
			}
		}
	}
	return out
}

// TestFastFloatCorpus reads every number of the files through both parsers,
// and requires most of them to take the fast path.
func TestFastFloatCorpus(t *testing.T) {
	nums := corpusNumbers(1 << 18)
	fast, parsed := 0, 0
	for _, s := range nums {
		if _, err := strconv.ParseFloat(s, 64); err == nil {
			parsed++
		}
		if sameAsStrconv(t, s) {
			fast++
		}
	}
	t.Logf("%d numbers, %d that strconv reads, %d read by the fast path", len(nums), parsed, fast)
	if fast < parsed*9/10 {
		t.Errorf("the fast path read %d of %d numbers", fast, parsed)
	}
}

func FuzzFastFloat(f *testing.F) {
	for _, c := range fastFloatEdges {
		f.Add(c.s)
	}
	for _, s := range corpusNumbers(2000) {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		sameAsStrconv(t, s)
	})
}
