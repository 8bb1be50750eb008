package parse

import (
	"fmt"
	"math"
	"math/big"
	"math/rand/v2"
	"regexp"
	"strconv"
	"strings"
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
	{"9007199254740993", false}, // half way between two float64s: strconv decides
	{"1234567890123456789", true},
	{"12345678901234567890123", true},
	{"99.99999999999999999999999999999", false}, // cut, and its mantissa plus one is 100 exactly, which Eisel-Lemire leaves to strconv
	{"46.12345678901234567890123456789", true},
	{"236.8000030517578125", true}, // a float32 written out exactly: Eisel-Lemire cannot tell it from a half-way case (binaryFraction)
	{"-0.100000001490116119384765625", true},
	{"-27.12345678901234567890123456789", true},
	{"-46.123456789012345678901234567", true},
	{"123456789012345678901234567890", true},
	{"1.00000000000000000000000000001", false},
	{"9007199254740993.0000000000000000001", false},
	{"0.000000000000000000000000000000000000000000000000000000000000000000001", false},
	{"0.1", true},
	{"0.3", true},
	{"2.2250738585072014e-308", false},
	{"1e23", false},
	{"1e-23", true},
	{"1e65", false},
	{"1e-65", false},
	{"1.7976931348623157e308", false},
	{"123456789.123456789", true},
	{"00000000000000000000000001", true},
	{"1.00000000000000000000", true},
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

// TestEiselPow holds the computed powers of ten to entries of strconv's
// table (internal/strconv/pow10tab.go), at both ends and between.
func TestEiselPow(t *testing.T) {
	for _, c := range []struct {
		e      int
		hi, lo uint64
	}{
		{-64, 0xa87fea27a539e9a5, 0x3f2398d747b36224},
		{-31, 0x81ceb32c4b43fcf4, 0x80eacf948770ced7},
		{-17, 0xb877aa3236a4b449, 0x09befeb9fad487c2},
		{-5, 0xa7c5ac471b478423, 0x0fcf80dc33721d53},
		{0, 0x8000000000000000, 0},
		{22, 0x878678326eac9000, 0},
		{37, 0xf0bdc21abb48db20, 0x1e86d40000000000},
		{64, 0xc2781f49ffcfa6d5, 0x3cbf6b71c76b25fb},
	} {
		if got := eiselPow()[c.e-eiselMin]; got != [2]uint64{c.hi, c.lo} {
			t.Errorf("1e%d: %#x, strconv's table %#x %#x", c.e, got, c.hi, c.lo)
		}
	}
}

// TestFastFloatRandom holds fastFloat to strconv on numbers shaped like those
// GPS files write and on long ones (up to 40 digits, the dot anywhere, an
// exponent now and then), where Eisel-Lemire does the work.
func TestFastFloatRandom(t *testing.T) {
	rng := rand.New(rand.NewPCG(20261203, 1))
	fast := 0
	const n = 300_000
	for range n {
		var b []byte
		if rng.IntN(4) == 0 {
			b = append(b, '-')
		}
		digits := 1 + rng.IntN(40)
		dot := rng.IntN(digits + 1)
		for d := range digits {
			if d == dot && d > 0 {
				b = append(b, '.')
			}
			c := byte('0' + rng.IntN(10))
			if rng.IntN(8) == 0 {
				c = "09"[rng.IntN(2)] // runs of nines and zeros: near the halfway cases
			}
			b = append(b, c)
		}
		if rng.IntN(10) == 0 {
			b = fmt.Appendf(b, "e%d", rng.IntN(61)-30)
		}
		if sameAsStrconv(t, string(b)) {
			fast++
		}
	}
	// float32 values written out exactly, as some exporters write them
	for range 20_000 {
		f := float64(float32((rng.Float64() - 0.5) * 800))
		s := strings.TrimRight(strings.TrimRight(new(big.Float).SetFloat64(f).Text('f', 40), "0"), ".")
		sameAsStrconv(t, s)
	}
	t.Logf("%d random numbers, %d read without strconv", n, fast)
	if fast < n*9/10 {
		t.Errorf("only %d of %d read without strconv", fast, n)
	}
}
