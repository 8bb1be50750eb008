package analyze

import (
	"math"
	"math/rand/v2"
	"testing"

	"github.com/runlint/runlint/activity"
)

// gradesByScan is gradesInto's first form, each window decoding the
// altitudes it reaches. gradesInto must give the same bits.
func gradesByScan(bs []activity.Bucket) []float64 {
	n := 0
	for _, b := range bs {
		if _, ok := b.Alt(); ok {
			n++
		}
	}
	if len(bs) < 2*gradeHalf+1 || n*10 < len(bs)*9 {
		return nil
	}
	cum := make([]float64, len(bs)+1)
	for i, b := range bs {
		cum[i+1] = cum[i] + b.DistM()
	}
	out := make([]float64, len(bs))
	for i := range bs {
		lo, hi := max(0, i-gradeHalf), min(len(bs)-1, i+gradeHalf)
		a, ok := bs[lo].Alt()
		for lo < i && !ok {
			lo++
			a, ok = bs[lo].Alt()
		}
		z, ok := bs[hi].Alt()
		for hi > i && !ok {
			hi--
			z, ok = bs[hi].Alt()
		}
		if d := cum[hi+1] - cum[lo+1]; hi > lo && d >= 30 {
			out[i] = (z - a) / d
		}
	}
	return out
}

// TestGradesMatchTheScan holds gradesInto to its first form on runs with
// altitudes missing at the start, the end and between, one room reused.
func TestGradesMatchTheScan(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 8))
	var room []float64
	for k := range 300 {
		n := r.IntN(400)
		bs := make([]activity.Bucket, n)
		alt := 200.0
		for i := range bs {
			alt += r.NormFloat64() * 2
			a := alt
			if i < r.IntN(4) || i > n-1-r.IntN(4) || r.IntN(30) == 0 {
				a = math.NaN()
			}
			bs[i] = activity.NewBucket(10, 20+r.Float64()*30, 140, 85, a)
		}
		got, want := gradesInto(&room, bs), gradesByScan(bs)
		if len(got) != len(want) {
			t.Fatalf("run %d (%d buckets): %d grades, want %d", k, n, len(got), len(want))
		}
		for i := range got {
			if math.Float64bits(got[i]) != math.Float64bits(want[i]) {
				t.Fatalf("run %d bucket %d: %v, want %v", k, i, got[i], want[i])
			}
		}
	}
}
