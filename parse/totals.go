package parse

import (
	"fmt"
	"math"
	"time"

	"github.com/runlint/runlint/activity"
)

// stated holds what a file itself says about a whole activity; NaN where it says nothing.
type stated struct {
	distance     float64
	distanceFrom string
	timer        float64
	elapsed      float64
	avgHR, maxHR float64
	ascent       float64
	ordered      bool      // the reader has put the samples in time order already
	end          time.Time // the end the file states (a FIT session's timestamp); zero when none
}

func unstated() stated {
	n := math.NaN()
	return stated{distance: n, timer: n, elapsed: n, avgHR: n, maxHR: n, ascent: n}
}

func ok(x float64) bool { return !math.IsNaN(x) && !math.IsInf(x, 0) && x >= 0 }

// finish cleans an activity's samples and fills its totals: the file's own
// figures where it states them, the samples' where it does not. It is the same
// for every format, so a run reads the same as FIT, GPX or TCX.
func finish(a *activity.Activity, st stated) {
	cleanSamples(a, st.ordered)
	a.ScanFlags()
	limit, what := activity.MaxGPSSpeed, "over 400 km/h"
	if a.Sport == "running" {
		// On foot, a step between two positions faster than the fastest
		// sprinter is a GPS jump, and would make an easy run look hard.
		limit, what = activity.MaxRunSpeed, fmt.Sprintf("faster than a runner, over %.0f m/s", activity.MaxRunSpeed)
	}
	cum, from, jumps := cumulative(a.Samples, limit, a.Pauses)
	if jumps > 0 {
		a.Warn("%s (%s) left out of the distance", activity.Plural(jumps, "impossible GPS jump"), what)
	}
	st = holdStated(a, st, cum)
	holdLaps(a)
	finishClock(a, st)
	finishDistance(a, st, cum, from)
	movingHR := finishMoving(a, cum, from)
	finishHR(a, st, movingHR)
	if len(a.Samples) < 10 && !ok(st.timer) {
		a.Warn("only %s and no totals in the file: too little to measure", activity.Plural(len(a.Samples), "point"))
	}
	if ok(st.ascent) {
		a.Totals.AscentM = st.ascent
	} else {
		a.Totals.AscentM = ascent(a.Samples)
	}
	a.Track = activity.Track{Cum: cum, From: from, Jumps: jumps}
}

// finishClock sets the start, the elapsed and the timer time.
func finishClock(a *activity.Activity, st stated) {
	s := a.Samples
	if a.Start.IsZero() && len(s) > 0 {
		a.Start = s[0].Time
	}
	if a.Start.Year() < 2000 && !a.Start.IsZero() {
		a.Warn("start date %s cannot be right: the device's clock was not set", a.Start.Format(time.DateOnly))
	}
	t := &a.Totals
	t.Laps = len(a.Laps)
	switch {
	case ok(st.elapsed) && st.elapsed > 0:
		t.ElapsedS = st.elapsed
	case len(s) > 1:
		t.ElapsedS = activity.Seconds(s[0].Time, s[len(s)-1].Time)
	}
	if ok(st.timer) {
		t.TimerS = st.timer
	}
	// A timer cannot run longer than the clock: one of the two totals is
	// wrong, and moving time must not be taken from it (see finishMoving).
	if t.ElapsedS > 0 && t.TimerS > t.ElapsedS+60 {
		a.Warn("the timer time (%s) is longer than the elapsed time (%s): the file's totals disagree; moving time is held to the elapsed time",
			clock(t.TimerS), clock(t.ElapsedS))
	}
}

func finishDistance(a *activity.Activity, st stated, cum []float64, from string) {
	t := &a.Totals
	switch {
	case ok(st.distance) && st.distance > 0:
		t.DistanceM, t.DistanceFrom = st.distance, st.distanceFrom
	case len(cum) > 0 && cum[len(cum)-1] > 0:
		t.DistanceM, t.DistanceFrom = cum[len(cum)-1], from
	default:
		t.DistanceFrom = "none"
	}
}

// finishMoving works out the moving time, never more than the elapsed time,
// and the average heart rate while moving.
func finishMoving(a *activity.Activity, cum []float64, from string) (avgHR float64) {
	t := &a.Totals
	// With a device timer, a long silent interval is the timer running (sparse
	// phone records, smart recording); without one, it is a pause.
	m := movingTime(a.Samples, cum, t.TimerS > 0 || from == "speed", a.Pauses)
	moving, covered := m.moving, m.covered
	switch {
	case t.TimerS > 0 && covered < 0.5*t.TimerS:
		// Too few records to judge standing still (phone files with two records):
		// the device's timer is the best there is.
		t.MovingS = t.TimerS
	case t.TimerS > 0:
		t.MovingS = math.Min(moving, t.TimerS)
	case covered > 0:
		t.MovingS = moving
	default:
		t.MovingS = t.ElapsedS
	}
	if t.ElapsedS > 0 {
		// Gaps of hours are no moving time, even where a device's timer ran
		// through them.
		t.MovingS = math.Min(t.MovingS, math.Max(0, t.ElapsedS-m.gapS))
	}
	warnGaps(a, m.gaps, m.gapS)
	if m.hrSecs > 0 {
		avgHR = math.Round(m.hrSum / m.hrSecs)
	}
	return avgHR
}

// finishHR sets the average and the highest heart rate, each with one
// meaning in every format: the average over moving time (the seconds the
// pace is over) and the highest reading, both from the samples; the file's
// own figures only where the samples give none. A FIT session's
// average counts the stops its timer ran through: the same run read 130
// bpm as FIT and 142 as GPX. And a session's highest can be below its
// samples' (an exporter's), which made an average above the maximum.
func finishHR(a *activity.Activity, st stated, movingHR float64) {
	t := &a.Totals
	t.AvgHR, t.MaxHR = movingHR, maxSampleHR(a.Samples)
	if t.AvgHR == 0 && ok(st.avgHR) { // no moving second with a heart rate
		t.AvgHR = st.avgHR
	}
	if t.MaxHR == 0 && ok(st.maxHR) {
		t.MaxHR = st.maxHR
	}
}

// cleanSamples orders samples by time and drops those whose time cannot be true:
// far from the bulk of the activity (a Keep export stamps its first point in
// year 7502), and heart rates no heart beats at.
func cleanSamples(a *activity.Activity, ordered bool) {
	s := a.Samples
	if !ordered {
		sortByTime(s)
	}
	check := len(s) > 2 // two samples have no middle to trust
	var mid time.Time
	if check {
		mid = s[len(s)/2].Time
	}
	dropped, spikes := 0, 0
	for i := range s { // one pass, moving samples down only once one is dropped
		x := &s[i]
		if check && monthAway(mid, x.Time) {
			dropped++
			continue
		}
		if x.HR > 240 {
			x.HR = 0
			spikes++
		}
		if dropped > 0 {
			s[i-dropped] = *x
		}
	}
	if dropped > 0 {
		a.Warn("%s with impossible times dropped", activity.Plural(dropped, "point"))
	}
	if spikes > 0 {
		a.Warn("%d heart-rate readings above 240 bpm ignored", spikes)
	}
	a.Samples = s[:len(s)-dropped]
}

// monthAway: 30 days from the middle sample. An iGPSport ride paused for
// four days is real; year 7502 is not.
func monthAway(mid, t time.Time) bool {
	const month = 30 * 24 * 3600.0
	d := activity.Seconds(mid, t)
	return d > month || d < -month
}

// cumulative is the distance covered up to each sample: the device's distance
// stream when it has one, else positions (leaving out steps faster than
// maxSpeed), else integrated speed; nil when there is no way to tell.
// Positions and speed count nothing across a pause or a gap of hours
// (breaks). It also says where the distance came from and how many jumps
// were left out.
func cumulative(s []activity.Sample, maxSpeed float64, pauses []activity.Pause) (cum []float64, from string, jumps int) {
	if len(s) == 0 {
		return nil, "none", 0
	}
	withDist, withPos := 0, false
	for i := 0; i < len(s) && withDist*2 < len(s); i++ { // past half with distance, positions do not matter
		if ok(s[i].DistM) {
			withDist++
		}
		withPos = withPos || s[i].HasPosition()
	}
	switch {
	case withDist*2 >= len(s):
		return fromDistance(s), "distance stream", 0
	case withPos:
		cum, jumps = fromPositions(s, maxSpeed, pauses)
		return cum, "positions", jumps
	}
	if cum := fromSpeed(s, pauses); cum != nil {
		return cum, "speed", 0
	}
	return nil, "none", 0
}

// fromDistance is the device's distance stream from its first value, never
// going back (a stream that dips is a sensor reset, not the runner
// turning back time).
func fromDistance(s []activity.Sample) []float64 {
	cum := make([]float64, len(s))
	last, base := 0.0, math.NaN()
	for i := range s {
		if d := s[i].DistM; ok(d) {
			if math.IsNaN(base) {
				base = d
			}
			if d-base > last {
				last = d - base
			}
		}
		cum[i] = last
	}
	return cum
}

// fromPositions sums the great-circle steps between positions, leaving out
// and counting the steps faster than maxSpeed (GPS jumps), and leaving out
// the steps across a pause.
func fromPositions(s []activity.Sample, maxSpeed float64, pauses []activity.Pause) (cum []float64, jumps int) {
	cum = make([]float64, len(s))
	prev, prevCos := -1, 0.0
	br := breaks{pauses: pauses}
	for i := range s {
		if i > 0 {
			cum[i] = cum[i-1]
		}
		if !s[i].HasPosition() {
			continue
		}
		c := activity.CosLat(s[i].Lat)
		if prev >= 0 {
			d := activity.HaversineCos(s[prev].Lat, s[prev].Lon, prevCos, s[i].Lat, s[i].Lon, c)
			dt := activity.Seconds(s[prev].Time, s[i].Time)
			switch {
			case dt <= 0 && d > 50 || dt > 0 && d/dt > maxSpeed:
				jumps++
			case !br.across(s[prev].Time, s[i].Time):
				cum[i] += d
			}
		}
		prev, prevCos = i, c
	}
	return cum, jumps
}

// fromSpeed integrates the speed stream, but not across a pause; nil
// without one.
func fromSpeed(s []activity.Sample, pauses []activity.Pause) []float64 {
	cum := make([]float64, len(s))
	withSpeed := false
	br := breaks{pauses: pauses}
	for i := 1; i < len(s); i++ {
		cum[i] = cum[i-1]
		if v := s[i].SpeedMS; ok(v) {
			withSpeed = true
			if !br.across(s[i-1].Time, s[i].Time) {
				cum[i] += v * activity.Seconds(s[i-1].Time, s[i].Time)
			}
		}
	}
	if !withSpeed {
		return nil
	}
	return cum
}
