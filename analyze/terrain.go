package analyze

import (
	"math"
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
func grades(bs []activity.Bucket) []float64 {
	var room []float64
	return gradesInto(&room, bs)
}

// gradesInto is grades in *room, which it keeps whole for the next run: a
// check reads every run's series three times. (It kept only the grades, the
// tail of the room, so each run's found the room short and made a new one:
// a twentieth of a warm check.) The distance between two buckets comes
// from running sums.
func gradesInto(room *[]float64, bs []activity.Bucket) []float64 {
	if len(bs) < 2*gradeHalf+1 {
		return nil
	}
	// dst holds the running distance, then each bucket's altitude (NaN
	// where it has none: decoded once, not at every window that reaches
	// it), then the grades.
	n := len(bs)
	*room = slices.Grow((*room)[:0], 3*n+1)
	dst := (*room)[:3*n+1]
	cum, alt, out := dst[:n+1], dst[n+1:2*n+1], dst[2*n+1:]
	cum[0] = 0
	with := 0
	for i, b := range bs {
		cum[i+1] = cum[i] + b.DistM()
		alt[i] = math.NaN()
		if a, ok := b.Alt(); ok {
			alt[i] = a
			with++
		}
	}
	if with*10 < n*9 {
		return nil
	}
	for i := range bs {
		lo, hi := max(0, i-gradeHalf), min(n-1, i+gradeHalf)
		for lo < i && math.IsNaN(alt[lo]) {
			lo++
		}
		for hi > i && math.IsNaN(alt[hi]) {
			hi--
		}
		out[i] = 0
		if d := cum[hi+1] - cum[lo+1]; hi > lo && d >= 30 {
			out[i] = (altOr0(alt[hi]) - altOr0(alt[lo])) / d
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

// altOr0 is a bucket's altitude as Bucket.Alt gives it: 0 where it has
// none (a window whose end found none counts from 0 m, as before the
// altitudes were decoded once).
func altOr0(a float64) float64 {
	if math.IsNaN(a) {
		return 0
	}
	return a
}

// flatWorth is a bucket's speed on the flat its slope is worth (grade nil:
// its own): a climb costs some 3.3 % of speed for each 1 % (climbCost), a
// descent gives as much back down to 9 %, past which braking spends what
// gravity gives (Minetti's cost of running bottoms out there). A mountain
// run's pace zones are its effort's, not its descents' and climbs'.
func flatWorth(v float64, grade []float64, i int) float64 {
	if grade == nil {
		return v
	}
	return v * slopeFactor(grade[i])
}

// slopeFactor is what a slope (rise over run) multiplies a speed by to give
// its flat worth, within the slopes flatWorth credits.
func slopeFactor(g float64) float64 {
	return 1 + climbCost*1000*min(max(g, -maxDescentCredit), maxClimbCredit)
}

// maxDescentCredit and maxClimbCredit bound the slopes flatWorth credits:
// past 9 % down a runner brakes, past 25 % up a runner walks (and a bucket
// that steep is more often the altimeter's).
const (
	maxDescentCredit = 0.09
	maxClimbCredit   = 0.25
)
