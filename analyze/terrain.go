package analyze

import (
	"slices"

	"github.com/runlint/runlint/activity"
)

// gradeHalf is how many buckets either side a bucket's grade is measured
// over: a minute of running, long enough that GPS altitude noise of a few
// metres does not read as a slope.
const gradeHalf = 3

// grades is the slope under each bucket (rise over run), or nil when the run's
// elevation is too thin to read slopes from (altitude on under nine buckets
// in ten).
func grades(bs []activity.Bucket) []float64 { return gradesInto(nil, bs) }

// gradesInto is grades reusing dst's room: a check reads every run's series
// three times. The distance between two buckets comes from running sums.
func gradesInto(dst []float64, bs []activity.Bucket) []float64 {
	n := 0
	for _, b := range bs {
		if _, ok := b.Alt(); ok {
			n++
		}
	}
	if len(bs) < 2*gradeHalf+1 || n*10 < len(bs)*9 {
		return nil
	}
	// dst holds the running distance first, then the grades.
	dst = slices.Grow(dst[:0], 2*len(bs)+1)[:2*len(bs)+1]
	cum, out := dst[:len(bs)+1], dst[len(bs)+1:]
	cum[0] = 0
	for i, b := range bs {
		cum[i+1] = cum[i] + b.DistM()
	}
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
		out[i] = 0
		if d := cum[hi+1] - cum[lo+1]; hi > lo && d >= 30 {
			out[i] = (z - a) / d
		}
	}
	return out
}

// smoothAlt is each bucket's altitude averaged with its neighbours (30 s),
// carrying the last known one over gaps; nil without elevation.
func smoothAlt(bs []activity.Bucket) []float64 {
	out := make([]float64, len(bs))
	last, any := 0.0, false
	for i := range bs {
		sum, n := 0.0, 0
		for j := max(0, i-1); j <= min(len(bs)-1, i+1); j++ {
			if a, ok := bs[j].Alt(); ok {
				sum += a
				n++
			}
		}
		if n > 0 {
			last, any = sum/float64(n), true
		}
		out[i] = last
	}
	if !any {
		return nil
	}
	return out
}
