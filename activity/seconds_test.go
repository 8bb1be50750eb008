package activity

import (
	"math"
	"math/rand/v2"
	"testing"
	"time"
)

// Seconds stands in for Sub(...).Seconds() in the per-sample loops: it must
// give the same float64, to the bit, near and far apart, before and after.
func TestSecondsIsSub(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	base := time.Date(2024, 3, 1, 6, 30, 0, 0, time.UTC)
	check := func(a, b time.Time) {
		t.Helper()
		if got, want := Seconds(a, b), b.Sub(a).Seconds(); math.Float64bits(got) != math.Float64bits(want) {
			t.Fatalf("Seconds(%v, %v) = %v, Sub says %v", a, b, got, want)
		}
	}
	for range 10000 {
		a := base.Add(time.Duration(rng.Int64N(1e18) - 5e17))
		b := a.Add(time.Duration(rng.Int64N(1e16) - 5e15))
		check(a, b)
		check(a.Truncate(time.Second), b.Truncate(time.Second))
	}
	far := []time.Time{time.Unix(0, 0), time.Date(7502, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(1, 1, 1, 0, 0, 0, 1, time.UTC), base, base.Add(136 * 365 * 24 * time.Hour)}
	for _, a := range far {
		for _, b := range far {
			check(a, b)
		}
	}
}
