package parse

import (
	"fmt"
	"math"
	"time"

	"github.com/runlint/runlint/activity"
)

// Physical bounds on what a file states of a whole activity or of a lap. A
// figure past one is the file's mistake (a count that wrapped, a field in
// the wrong unit, a hostile file), not a run: it is replaced by what the
// samples say, or left out where they say nothing, and a data warning on
// the activity says what was replaced by what. They are far from any real
// activity, so no real file's figures are touched: the shared corpus's
// 2,785 activities have none past them.
const (
	// maxActivity: no activity lasts longer, as no sample lies further
	// from an activity's middle (monthAway). A session that ends before
	// it starts states about 1,193 h, a negative count of milliseconds
	// read as unsigned.
	maxActivity = 30 * 24 * 3600.0
	// maxDistance: once around the Earth at the equator, whatever the time.
	maxDistance = 40_075_000.0
	// maxHR: no heart beats faster; samples above it are ignored too
	// (cleanSamples).
	maxHR = 240.0
)

// holdStated holds what the file states of the whole activity to physical
// bounds and to its samples (their span, cum their distance), and returns
// it with every figure past one replaced by NaN, so that finish takes the
// samples' figure instead; each replacement is warned.
func holdStated(a *activity.Activity, st stated, cum []float64) stated {
	span := 0.0
	if n := len(a.Samples); n > 1 {
		span = activity.Seconds(a.Samples[0].Time, a.Samples[n-1].Time)
	}
	whyTime := fmt.Sprintf("longer than %d days, which no activity lasts", int(maxActivity/86400))
	if !st.end.IsZero() && !a.Start.IsZero() && st.end.Before(a.Start) {
		whyTime += fmt.Sprintf("; the session ends (%s) before it starts (%s), a negative time read as unsigned",
			st.end.UTC().Format(time.RFC3339), a.Start.UTC().Format(time.RFC3339))
	}
	if pastTime(st.elapsed) {
		st.elapsed = replaceStated(a, "elapsed time", clockOf(st.elapsed), when(span > 0, "the samples' span "+clockOf(span)), whyTime)
	}
	if pastTime(st.timer) {
		// The timer excludes the device's pauses, which the samples cannot
		// tell: moving time is then worked out from the samples alone.
		st.timer = replaceStated(a, "timer time", clockOf(st.timer), "", whyTime+"; moving time is worked out from the samples")
	}
	st.distance = holdDistance(a, st, span, cum)
	samplesHR := maxSampleHR(a.Samples)
	if st.avgHR > maxHR {
		st.avgHR = replaceStated(a, "average heart rate", fmt.Sprintf("%.4g bpm", st.avgHR), when(samplesHR > 0, "the samples' moving average"), "faster than any heart beats (240 bpm)")
	}
	if st.maxHR > maxHR {
		st.maxHR = replaceStated(a, "maximum heart rate", fmt.Sprintf("%.4g bpm", st.maxHR), when(samplesHR > 0, fmt.Sprintf("the samples' highest %.0f bpm", samplesHR)), "faster than any heart beats (240 bpm)")
	}
	if d := firstOK(st.distance, cumEnd(cum)); ok(st.ascent) && d > 0 && st.ascent > d {
		st.ascent = replaceStated(a, "ascent", metres(st.ascent), "the samples' climbs",
			fmt.Sprintf("more than the %s the activity covered: no path climbs more than its length", metres(d)))
	}
	return st
}

// holdDistance is the stated distance, or NaN where it is past a bound:
// faster than any vehicle (activity.MaxGPSSpeed) over the longest time the
// file and its samples give, or, with no time at all, longer than once
// around the Earth.
func holdDistance(a *activity.Activity, st stated, span float64, cum []float64) float64 {
	d := st.distance
	if math.IsNaN(d) {
		return d
	}
	t := math.Max(span, math.Max(firstOK(st.elapsed), firstOK(st.timer)))
	var why string
	switch {
	case math.IsInf(d, 0) || d < 0:
		why = "not a distance"
	case t > 0 && d/t > activity.MaxGPSSpeed:
		why = fmt.Sprintf("faster than any vehicle (400 km/h) over %s", clockOf(t))
	case t == 0 && d > maxDistance:
		why = "longer than once around the Earth, with no time to cover it in"
	default:
		return d
	}
	end := cumEnd(cum)
	return replaceStated(a, "distance", metres(d), when(end > 0, "the samples' "+metres(end)), why)
}

// replaceStated warns that the file's figure (what, stated as was) is
// replaced by the samples' (by), or left out where by is "", and returns
// NaN, so that finish falls back to the samples.
func replaceStated(a *activity.Activity, what, was, by, why string) float64 {
	if by == "" {
		a.Warn("the file's %s %s left out: %s", what, was, why)
	} else {
		a.Warn("the file's %s %s replaced by %s: %s", what, was, by, why)
	}
	return math.NaN()
}

// when is s where cond holds, else "".
func when(cond bool, s string) string {
	if cond {
		return s
	}
	return ""
}

// holdLaps holds each lap's stated figures to the same bounds: a time past
// maxActivity, or a distance faster than any vehicle over the lap's time,
// is left out (0, unknown), and one warning counts them.
func holdLaps(a *activity.Activity) {
	cut := 0
	for i := range a.Laps {
		l := &a.Laps[i]
		for _, v := range []*float64{&l.ElapsedS, &l.TimerS} {
			if pastTime(*v) {
				*v, cut = 0, cut+1
			}
		}
		t := math.Max(l.ElapsedS, l.TimerS)
		if d := l.DistanceM; math.IsNaN(d) || math.IsInf(d, 0) || d < 0 || t > 0 && d/t > activity.MaxGPSSpeed || t == 0 && d > maxDistance {
			l.DistanceM, cut = 0, cut+1
		}
		for _, v := range []*float64{&l.AvgHR, &l.MaxHR} {
			if math.IsNaN(*v) || math.IsInf(*v, 0) || *v < 0 || *v > maxHR {
				*v, cut = 0, cut+1
			}
		}
	}
	if cut > 0 {
		a.Warn("the file's laps state %s past physical bounds (a time over %d days, faster than 400 km/h, a heart rate over 240 bpm): left out",
			activity.Plural(cut, "figure"), int(maxActivity/86400))
	}
}

// pastTime reports whether a stated time cannot be an activity's: not a
// number of seconds, or longer than maxActivity. NaN (not stated) is not.
func pastTime(x float64) bool { return math.IsInf(x, 0) || x < 0 || x > maxActivity }

// clockOf is clock for a stated time, which may be absurd: seconds in
// scientific notation past maxActivity, where clock's hours would be too.
func clockOf(secs float64) string {
	if math.IsInf(secs, 0) || secs < 0 || secs > 100*maxActivity {
		return fmt.Sprintf("%.4g s", secs)
	}
	return clock(secs)
}

// metres writes a distance; in scientific notation where it is absurd.
func metres(d float64) string {
	if math.IsInf(d, 0) || d < 0 || d > maxDistance {
		return fmt.Sprintf("%.4g m", d)
	}
	return fmt.Sprintf("%.0f m", d)
}

// firstOK is the first of xs that is a usable figure, else 0.
func firstOK(xs ...float64) float64 {
	for _, x := range xs {
		if ok(x) {
			return x
		}
	}
	return 0
}

func cumEnd(cum []float64) float64 {
	if len(cum) == 0 {
		return 0
	}
	return cum[len(cum)-1]
}

func maxSampleHR(s []activity.Sample) float64 {
	m := 0.0
	for i := range s {
		m = math.Max(m, float64(s[i].HR))
	}
	return m
}
