package parse

import (
	"errors"
	"math"
	"slices"

	"github.com/runlint/runlint/activity"
)

// errNoData marks a file that is an activity but recorded nothing to
// analyse: a pool swim exported as GPX has a track and no points. It is
// skipped with its reason, never an error: an export of two years holds
// dozens, and they must not fail a pre-commit hook.
var errNoData = errors.New("nothing to analyse")

// What a run looks like in numbers, for files that do not say their sport.
// Cadence is in steps per minute (a per-leg cadence of 70-110, as Garmin's
// GPX extension writes it, is doubled first); walkers step 100-130 spm,
// runners 150 or more. Without cadence, only pace speaks: walking is
// slower than 8:00/km, and a ride's fast stretches are faster than any
// runner holds (7.5 m/s is 2:13/km).
const (
	runCadenceMin = 145.0
	runPaceSlow   = 10 * 60.0 // s/km: slower than this is not running, cadence or not
	runPaceFast   = 2*60 + 30 // s/km: faster than this on average is not running
	walkPaceNoCad = 8 * 60.0  // s/km: without cadence, slower than this may be a walk
	rideTopSpeed  = 7.5       // m/s held by a tenth of the moving time
)

// inferSport reads a file that states no sport as running when its numbers
// are a run's, and says so; anything else stays unknown and is not judged.
func inferSport(a *activity.Activity) {
	if a.Sport != "unknown" || a.Totals.DistanceM <= 0 || a.Totals.MovingS <= 0 {
		return
	}
	p := a.Totals.MovingS / (a.Totals.DistanceM / 1000)
	if p < runPaceFast || p > runPaceSlow || topSpeed(a) > rideTopSpeed {
		return
	}
	cad := medianCadence(a.Samples)
	switch {
	case cad > 0 && cad >= runCadenceMin:
		a.Sport = "running"
		a.Warn("sport not stated; read as running from pace %s and cadence %.0f spm", pace(p), cad)
	case cad == 0 && p <= walkPaceNoCad:
		a.Sport = "running"
		a.Warn("sport not stated; read as running from pace %s (no cadence in the file)", pace(p))
	}
}

// medianCadence is the median of the samples' nonzero cadence in steps per
// minute, 0 without cadence.
func medianCadence(s []activity.Sample) float64 {
	var c []float64
	for i := range s {
		if s[i].Cadence > 0 {
			c = append(c, float64(s[i].Cadence))
		}
	}
	if len(c) < 10 {
		return 0
	}
	slices.Sort(c)
	m := c[len(c)/2]
	if m >= 70 && m <= 110 {
		m *= 2 // strides per minute: one leg
	}
	return m
}

// topSpeed is the speed the activity held or beat for a tenth of its
// sampled steps: a ride's descents, never a runner's.
func topSpeed(a *activity.Activity) float64 {
	cum, s := a.Track.Cum, a.Samples
	if len(cum) != len(s) {
		return 0
	}
	var v []float64
	for i := 1; i < len(s); i++ {
		if dt := s[i].Time.Sub(s[i-1].Time).Seconds(); dt > 0 && dt <= 30 {
			v = append(v, (cum[i]-cum[i-1])/dt)
		}
	}
	if len(v) < 10 {
		return 0
	}
	slices.Sort(v)
	return v[int(math.Floor(0.9*float64(len(v)-1)))]
}
