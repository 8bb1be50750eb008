package analyze

import "github.com/runlint/runlint/parse"

// gradeHalf is how many buckets either side a bucket's grade is measured
// over: a minute of running, long enough that GPS altitude noise of a few
// metres does not read as a slope.
const gradeHalf = 3

// grades is the slope under each bucket (rise over run), or nil when the run's
// elevation is too thin to read slopes from (altitude on under nine buckets
// in ten).
func grades(bs []parse.Bucket) []float64 {
	alts := make([]float64, len(bs))
	have := make([]bool, len(bs))
	n := 0
	for i, b := range bs {
		alts[i], have[i] = b.Alt()
		if have[i] {
			n++
		}
	}
	if len(bs) < 2*gradeHalf+1 || n*10 < len(bs)*9 {
		return nil
	}
	out := make([]float64, len(bs))
	for i := range bs {
		lo, hi := max(0, i-gradeHalf), min(len(bs)-1, i+gradeHalf)
		for lo < i && !have[lo] {
			lo++
		}
		for hi > i && !have[hi] {
			hi--
		}
		d := 0.0
		for _, b := range bs[lo+1 : hi+1] {
			d += b.DistM()
		}
		if hi > lo && d >= 30 {
			out[i] = (alts[hi] - alts[lo]) / d
		}
	}
	return out
}

// smoothAlt is each bucket's altitude averaged with its neighbours (30 s),
// carrying the last known one over gaps; nil without elevation.
func smoothAlt(bs []parse.Bucket) []float64 {
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
