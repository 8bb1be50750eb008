package parse

import (
	"encoding/binary"
	"math"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/runlint/runlint/activity"
)

// The record plan reads an integer by a masked load, where rawFields.num
// goes through baseValue: the two must agree on every base type, byte order and
// value, the invalid ones and NaN included.
func TestSlotReadsAsBaseValue(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	bases := []byte{0x00, 0x01, 0x02, 0x83, 0x84, 0x85, 0x86, 0x88, 0x89, 0x0A, 0x8B, 0x8C, 0x0D, 0x8E, 0x8F, 0x90}
	for _, base := range bases {
		for _, be := range []bool{false, true} {
			var cases [][]byte
			for _, v := range []uint64{0, 1, math.MaxUint64, math.MaxInt64, math.MaxInt32, math.MaxUint32, math.MaxInt16, math.MaxUint16, math.MaxInt8, math.MaxUint8, 1 << 63, 0x7FF8000000000001, 0x7F800000} {
				b := make([]byte, 10)
				if be {
					binary.BigEndian.PutUint64(b[1:], v<<(64-8*uint(baseSize(base))))
				} else {
					binary.LittleEndian.PutUint64(b[1:], v)
				}
				cases = append(cases, b)
			}
			for range 200 {
				b := make([]byte, 10)
				binary.LittleEndian.PutUint64(b[1:], rng.Uint64())
				cases = append(cases, b)
			}
			s := newSlot(fieldDef{off: 1, size: byte(baseSize(base)), base: base})
			for _, b := range cases {
				want, wantOK := baseValue(base, b[1:], be)
				wantOK = wantOK && !math.IsNaN(want) && !math.IsInf(want, 0)
				for _, r := range []struct {
					how string
					f   func() (float64, bool)
				}{
					{"readAt, eight bytes left", func() (float64, bool) { return s.readAt(b, 0, be) }},
					{"readAt, at the end", func() (float64, bool) { return s.readAt(b[:1+baseSize(base)], 0, be) }},
				} {
					got, ok := r.f()
					if ok != wantOK || ok && math.Float64bits(got) != math.Float64bits(want) {
						t.Fatalf("base %#x, big endian %v, bytes % x: %s %v %v, baseValue %v %v", base, be, b[1:], r.how, got, ok, want, wantOK)
					}
				}
			}
		}
	}
}

// samplesIn finds a session's window by binary search: the samples from a
// second before its start to a second after its end, none past the budget.
func TestSamplesIn(t *testing.T) {
	t0 := time.Date(2024, 5, 1, 7, 0, 0, 0, time.UTC)
	var s []activity.Sample
	for i := range 10 {
		s = append(s, activity.NewSample(t0.Add(time.Duration(i)*time.Second)))
	}
	at := func(sec int) time.Time { return t0.Add(time.Duration(sec) * time.Second) }
	for _, c := range []struct {
		name     string
		from, to time.Time
		budget   int
		first, n int // the window's first sample and length; n 0: none
	}{
		{"whole", at(0), at(9), 100, 0, 10},
		{"a second of slack each side", at(3), at(5), 100, 2, 5},
		{"open end", at(7), time.Time{}, 100, 6, 4},
		{"before the samples", at(-30), at(-5), 100, 0, 0},
		{"after the samples", at(20), at(30), 100, 0, 0},
		{"at the budget", at(3), at(5), 5, 2, 5},
		{"past the budget", at(3), at(5), 4, 0, 0},
	} {
		got := samplesIn(s, c.from, c.to, c.budget)
		if c.n == 0 {
			if got != nil {
				t.Errorf("%s: %d samples, want none", c.name, len(got))
			}
			continue
		}
		if len(got) != c.n || !got[0].Time.Equal(s[c.first].Time) {
			t.Errorf("%s: %d samples from %v, want %d from %v", c.name, len(got), got[0].Time, c.n, s[c.first].Time)
		}
	}
}
