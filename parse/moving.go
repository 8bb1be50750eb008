// Moving time, ascent and sample order: the totals worked out from the samples.

package parse

import (
	"math"
	"slices"

	"github.com/runlint/runlint/activity"
)

// moved is what movingTime found along the samples.
type moved struct {
	moving        float64 // seconds
	covered       float64 // seconds the samples cover outside pauses and gaps
	hrSum, hrSecs float64 // heart rate weighted by moving time
	gaps          int     // intervals longer than activity.MaxGap, left out
	gapS          float64 // ... and their seconds
}

// movingTime walks the intervals between samples, leaving out the device's
// pauses, gaps of hours (activity.IsGap: never moving, whatever the timer
// or the cadence say) and stretches of standing still. With gapsMove, an
// interval longer than StillAfter counts as moving: standing still is then
// judged only from densely sampled stretches.
func movingTime(s []activity.Sample, cum []float64, gapsMove bool, pauses []activity.Pause) (m moved) {
	var moving, covered, hrSum, hrSecs float64
	var still, stillHR, stillHRs float64
	flush := func(keep bool) {
		if keep {
			moving += still
			hrSum += stillHR
			hrSecs += stillHRs
		}
		still, stillHR, stillHRs = 0, 0, 0
	}
	p := 0
	for i := 1; i < len(s); i++ {
		a, b := s[i-1].Time, s[i].Time
		dt := activity.Seconds(a, b)
		if dt <= 0 {
			continue
		}
		for p < len(pauses) && !pauses[p].To.After(a) {
			p++
		}
		for q := p; q < len(pauses) && pauses[q].From.Before(b); q++ {
			dt -= activity.Overlap(a, b, pauses[q].From, pauses[q].To).Seconds()
		}
		if dt <= 0 {
			flush(still <= activity.StillAfter.Seconds())
			continue
		}
		if activity.IsGap(dt) {
			m.gaps++
			m.gapS += dt
			flush(still <= activity.StillAfter.Seconds())
			continue
		}
		covered += dt
		hr, hrT := 0.0, 0.0
		if s[i].HR > 0 {
			hr, hrT = float64(s[i].HR)*dt, dt
		}
		moves := true
		if cum != nil && !(gapsMove && dt > activity.StillAfter.Seconds()) {
			moves = (cum[i]-cum[i-1])/dt >= activity.StillSpeed || activity.CadenceMoves(s[i].Cadence, dt)
		}
		if !moves {
			still += dt
			stillHR += hr
			stillHRs += hrT
			continue
		}
		flush(still <= activity.StillAfter.Seconds())
		moving += dt
		hrSum += hr
		hrSecs += hrT
	}
	flush(still <= activity.StillAfter.Seconds())
	m.moving, m.covered, m.hrSum, m.hrSecs = moving, covered, hrSum, hrSecs
	return m
}

// ascent sums climbs of smoothed altitude, counting a rise only once it passes
// 5 m: GPS altitude roughly doubles real ascent when summed raw.
func ascent(s []activity.Sample) float64 {
	const hysteresis = 5.0
	total, base := 0.0, math.NaN()
	for i := range s {
		alt := s[i].AltM
		if math.IsNaN(alt) {
			continue
		}
		switch {
		case math.IsNaN(base) || alt < base:
			base = alt
		case alt-base >= hysteresis:
			total += alt - base
			base = alt
		}
	}
	return total
}

// sortByTime orders samples by time, stably; recordings almost always are
// in order already, which costs one pass to see. The pass is written out
// rather than slices.IsSortedFunc, which calls its comparison through a
// function value for every pair of a FIT file's samples.
func sortByTime(s []activity.Sample) {
	for i := 1; i < len(s); i++ {
		if s[i].Time.Before(s[i-1].Time) {
			slices.SortStableFunc(s, func(a, b activity.Sample) int { return a.Time.Compare(b.Time) })
			return
		}
	}
}
