// Package digest reduces an activity's samples to its digest: 10-s buckets
// of pace, heart rate, cadence and altitude, the fastest bursts with their
// witnesses, the grade factor and the heart-rate scalars. It owns no
// thresholds of analysis: what it measures, analysis judges.
package digest

import (
	"math"
	"slices"
	"sort"

	"github.com/runlint/runlint/activity"
)

// timeline is an activity's samples as seconds from the first, with its
// pauses likewise: the loops below run per sample, where time.Time
// arithmetic showed in profiles.
type timeline struct {
	s      []activity.Sample
	secs   []float64
	cum    []float64 // distance covered up to each sample
	pauses [][2]float64
}

func newTimeline(a *activity.Activity, cum []float64, b *Builder) *timeline {
	s := a.Samples
	t0 := s[0].Time
	b.secs = slices.Grow(b.secs[:0], len(s))[:len(s)]
	tl := &timeline{s: s, secs: b.secs, cum: cum}
	for i := range s {
		tl.secs[i] = activity.Seconds(t0, s[i].Time)
	}
	tl.pauses = make([][2]float64, len(a.Pauses))
	for i, p := range a.Pauses {
		tl.pauses[i] = [2]float64{activity.Seconds(t0, p.From), activity.Seconds(t0, p.To)}
	}
	sort.Slice(tl.pauses, func(i, j int) bool { return tl.pauses[i][0] < tl.pauses[j][0] })
	return tl
}

// Of summarises a read activity from its samples and its Track (the reader's
// cumulative distance), GPS jumps the reader left out included.
func Of(a *activity.Activity) *activity.Digest {
	var b Builder
	return b.Of(a)
}

// Builder digests activities one after another in the same room: a run's
// seconds, its 10-s windows and the fastest of them are each as long as
// the run, and made afresh for every run they were half of what a cold
// check of the Strava FIT export allocated. Nothing of the room outlives
// a digest. A Builder is not safe for concurrent use: give each worker
// its own.
type Builder struct {
	secs       []float64
	wins, cand []burstWindow
	queue      []int
}

// Of is the package's Of, built in b's room.
func (b *Builder) Of(a *activity.Activity) *activity.Digest {
	s := build(a, a.Track.Cum, a.Track.From, b)
	m := activity.InMemory(*s.series)
	s.d.SetSeries(&m)
	s.d.Buckets = len(s.series.Buckets)
	return s.d
}

// built is a digest being built, with its series in the open.
type built struct {
	d      *activity.Digest
	series *activity.Series
}

func build(a *activity.Activity, cum []float64, from string, room *Builder) built {
	d := &activity.Digest{
		Points: len(a.Samples),
		Indoor: a.SubSport == "treadmill" || a.SubSport == "indoor_running" || a.SubSport == "virtual_activity",
	}
	out := built{d: d, series: &activity.Series{}}
	for _, l := range a.Laps {
		secs := l.TimerS
		if secs <= 0 {
			secs = l.ElapsedS
		}
		out.series.Laps = append(out.series.Laps, activity.LapDigest{Secs: secs, DistM: l.DistanceM, AvgHR: l.AvgHR, Intensity: l.Intensity})
	}
	if len(a.Samples) < 2 {
		return out
	}
	if cum == nil {
		cum = make([]float64, len(a.Samples))
	}
	tl := newTimeline(a, cum, room)
	scale := 1.0
	if last := cum[len(cum)-1]; last > 0 && a.Totals.DistanceM > 0 {
		scale = a.Totals.DistanceM / last // the buckets add up to the activity's own distance
	}
	b := bucketer{d: d, s: out.series, hasHR: a.HasHR()}
	b.fill(tl, scale)
	partialCover(d, out.series.Buckets, a.Totals.MovingS)
	if f := gradeFactor(a.Samples, cum); f > 0 && a.Totals.DistanceM > 0 {
		d.GAPPace = a.PaceSPerKm() / f
	}
	out.series.Buckets = slices.Clip(out.series.Buckets) // kept for the whole check: no spare capacity
	d.PeakHR = peakHR(out.series.Buckets)
	out.series.Bursts = bursts(tl, from != "positions" && a.HasGPS(), room)
	if a.HasGPS() {
		d.GPSJumps, d.GPSJumpM = positionJumps(a.Samples)
	}
	d.CadenceFollow = cadenceFollow(a.Samples)
	return out
}

// bucketer cuts a timeline into BucketS-second buckets of moving time and
// gathers the heart-rate figures of the digest on the way.
type bucketer struct {
	d     *activity.Digest
	s     *activity.Series
	hasHR bool

	curSecs, curDist               float64 // the bucket being filled, summed in float64
	hrSecs, hrSum, cadSecs, cadSum float64
	altSecs, altSum                float64
}

func (b *bucketer) flush() {
	if b.curSecs <= 0 {
		return
	}
	hr, cad, alt := 0.0, 0.0, math.NaN()
	if b.hrSecs > 0 {
		hr = b.hrSum / b.hrSecs
	}
	if b.cadSecs > 0 {
		cad = b.cadSum / b.cadSecs
	}
	if b.altSecs > 0 {
		alt = b.altSum / b.altSecs
	}
	b.s.Buckets = append(b.s.Buckets, activity.NewBucket(b.curSecs, b.curDist, hr, cad, alt))
	*b = bucketer{d: b.d, s: b.s, hasHR: b.hasHR}
}

// hrTally follows heart rate over the whole activity. It is kept apart from
// the bucketer's own sums because flush resets those at every bucket.
type hrTally struct {
	covered, moving float64 // seconds with heart rate; seconds moving
	lockN, n        int     // samples locked on twice the cadence; samples with heart rate
	gapStart        float64 // moving time when heart rate went missing, or -1
}

func (b *bucketer) fill(tl *timeline, scale float64) {
	s, secs, cum, d := tl.s, tl.secs, tl.cum, b.d
	pi := 0
	paused := func(mid float64) bool {
		for pi < len(tl.pauses) && tl.pauses[pi][1] <= mid {
			pi++
		}
		return pi < len(tl.pauses) && tl.pauses[pi][0] <= mid
	}
	t := hrTally{gapStart: -1}
	for i := 1; i < len(s); i++ {
		dt := secs[i] - secs[i-1]
		if dt <= 0 || paused((secs[i]+secs[i-1])/2) {
			continue
		}
		step := (cum[i] - cum[i-1]) * scale
		if activity.IsGap(dt) || step/dt < activity.StillSpeed && !activity.CadenceMoves(s[i].Cadence, dt) && dt > 1 {
			continue // standing still, or hours apart: not part of the run's effort
		}
		t.moving += dt
		b.curSecs += dt
		b.curDist += step
		b.add(&s[i], dt, &t)
		if b.curSecs >= activity.BucketS {
			b.flush()
		}
	}
	b.flush()
	if t.moving > 0 {
		d.HRCover = t.covered / t.moving
	}
	if t.n > 0 {
		d.CadenceLock = float64(t.lockN) / float64(t.n)
	}
}

// add sums one moving sample, dt seconds long, into the bucket and t.
func (b *bucketer) add(p *activity.Sample, dt float64, t *hrTally) {
	if hr := p.HR; hr > 0 {
		b.hrSum += float64(hr) * dt
		b.hrSecs += dt
		t.covered += dt
		t.n++
		if c := p.Cadence; c > 0 && math.Abs(float64(hr)-2*float64(c)) <= 1 {
			t.lockN++
		}
		if t.gapStart >= 0 && t.moving-t.gapStart > 10 {
			b.d.HRDropouts++
		}
		t.gapStart = -1
	} else if b.hasHR && t.gapStart < 0 {
		t.gapStart = t.moving - dt
	}
	if c := p.Cadence; c > 0 {
		b.cadSum += float64(c) * dt
		b.cadSecs += dt
	}
	if alt := p.AltM; !math.IsNaN(alt) {
		b.altSum += alt * dt
		b.altSecs += dt
	}
}

// peakHR is the highest mean heart rate held over three consecutive buckets
// (30 s): a single spike cannot make it, and buckets where heart rate sat on
// twice the foot cadence (an optical sensor locked on steps) are left out.
func peakHR(bs []activity.Bucket) float64 {
	best := 0.0
	for i := 2; i < len(bs); i++ {
		sum := 0.0
		okAll := true
		for _, b := range bs[i-2 : i+1] {
			if b.HR() == 0 || b.HR() > 220 || b.HRLocked() {
				okAll = false
				break
			}
			sum += b.HR()
		}
		if okAll {
			best = math.Max(best, sum/3)
		}
	}
	return best
}

// trackDistance is the distance the positions alone cover from sample i
// to sample j: each leg between positioned samples that ends after i and no
// later than j, the first from the last position at or before i. Measured per
// burst, not as a running sum over the run: bursts are a few 10-s windows,
// and a sum over every sample was a sixth of reading a FIT export.
func trackDistance(s []activity.Sample, i, j int) float64 {
	prev := i
	for prev >= 0 && !s[prev].HasPosition() {
		prev--
	}
	prevCos, d := 0.0, 0.0
	if prev >= 0 {
		prevCos = activity.CosLat(s[prev].Lat)
	}
	for k := i + 1; k <= j; k++ {
		if !s[k].HasPosition() {
			continue
		}
		c := activity.CosLat(s[k].Lat)
		if prev >= 0 {
			d += activity.HaversineCos(s[prev].Lat, s[prev].Lon, prevCos, s[k].Lat, s[k].Lon, c)
		}
		prev, prevCos = k, c
	}
	return d
}

// partialCover holds the heart rate's cover to the activity's own moving
// time where the samples span under half of it (a record of 6 min for a
// run of 2:23 h): cover over the samples alone would call it whole.
func partialCover(d *activity.Digest, bs []activity.Bucket, moving float64) {
	secs := 0.0
	for _, b := range bs {
		secs += b.Secs()
	}
	if secs > 0 && secs < moving/2 {
		d.HRCover *= secs / moving
	}
}
