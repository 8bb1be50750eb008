package parse

import (
	"math"
	"slices"
	"sort"
)

// BucketS is the width of the time buckets a run is summarised into. Ten
// seconds averages speed (not pace) enough to cut 1-Hz GPS jitter from about
// ±17 s/km to ±5 s/km, and still resolves 200-m repeats.
const BucketS = 10

// Bucket is BucketS seconds of moving time, packed in 8 bytes: a lifetime of
// runs is millions of buckets, and they are most of what a check holds in
// memory and in its cache. Digests are built packed, so a cached digest is
// the same as a fresh one.
type Bucket struct {
	dist uint32 // centimetres
	secs uint16 // tenths of a second (at most 6553.5 s)
	hr   uint8  // mean heart rate over the bucket's HR-covered seconds, 0 if none
	cad  uint8  // mean foot cadence, 0 if none
}

// NewBucket packs a bucket, rounding and clamping to what it can hold.
func NewBucket(secs, distM, hr, cadence float64) Bucket {
	clamp := func(x, hi float64) float64 { return math.Max(0, math.Min(hi, math.Round(x))) }
	return Bucket{dist: uint32(clamp(distM*100, math.MaxUint32)), secs: uint16(clamp(secs*10, math.MaxUint16)),
		hr: uint8(clamp(hr, 255)), cad: uint8(clamp(cadence, 255))}
}

func (b Bucket) Secs() float64    { return float64(b.secs) / 10 }
func (b Bucket) DistM() float64   { return float64(b.dist) / 100 }
func (b Bucket) HR() float64      { return float64(b.hr) }
func (b Bucket) Cadence() float64 { return float64(b.cad) }

// Speed is the bucket's speed in m/s.
func (b Bucket) Speed() float64 {
	if b.secs == 0 {
		return 0
	}
	return b.DistM() / b.Secs()
}

// LapDigest is one device lap, reduced to what classification reads.
type LapDigest struct {
	Secs, DistM, AvgHR float64
	Intensity          string
}

// Digest is everything analysis needs from one activity that does not depend
// on the runner's profile, so the profile can change without re-reading files.
// It travels with its Activity, whose Totals and flags it does not repeat.
type Digest struct {
	PeakHR      float64 // highest 30-s mean HR, ignoring spikes, dropouts and cadence lock
	HRCover     float64 // share of moving time with heart rate
	HRDropouts  int     // gaps in heart rate of over 10 s inside a run that has HR
	CadenceLock float64 // share of HR samples that equal the step cadence (optical lock)
	GPSJumps    int     // position steps implying a speed no runner reaches
	Buckets     int     // how many buckets the series holds
	// GAPPace is the moving pace adjusted for hills (s/km, Minetti's cost of
	// running), or 0 when the elevation cannot be trusted for it.
	GAPPace float64
	Indoor  bool
	Points  int

	series *Series // nil once spilled
	spill  *Spill
	at     int64 // where in the spill, and how many bytes
	size   int32
}

// Series is the part of a digest that grows with the run: its laps, bursts
// and buckets, most of a digest's bytes. A walk of many files moves it to a
// Spill, so a lifetime of runs holds only their scalars in memory, and
// classification reads one run's series at a time.
type Series struct {
	Laps    []LapDigest
	Bursts  []float64 // speeds (m/s) of the fastest 10-s stretches, at least 20 s apart, fastest first
	Buckets []Bucket
}

// Series returns the digest's series, from memory or read back from its
// spill.
func (d *Digest) Series() (Series, error) {
	var s Series
	return d.SeriesWith(&s)
}

// SeriesWith is Series for a caller that reads many digests' series one at
// a time: one read back from the spill is decoded into scratch's room, and
// is valid until scratch is used again. The caller must not change it.
func (d *Digest) SeriesWith(scratch *Series) (Series, error) {
	if d.spill == nil {
		if d.series == nil {
			return Series{}, nil
		}
		return *d.series, nil
	}
	err := d.spill.series(d.at, d.size, scratch)
	if err != nil {
		return Series{}, err
	}
	return *scratch, nil
}

// MaxRunSpeed: faster than this (about 1:50/km) between two GPS points is a
// glitch, not a runner.
const MaxRunSpeed = 9.0

// digest summarises a parsed activity; cum is its cumulative distance per
// sample (finish has it already), nil when unknown.
func digest(a *Activity, cum []float64) *Digest {
	d := &Digest{
		series: &Series{},
		Points: len(a.Samples),
		Indoor: a.SubSport == "treadmill" || a.SubSport == "indoor_running" || a.SubSport == "virtual_activity",
	}
	for _, l := range a.Laps {
		secs := l.TimerS
		if secs <= 0 {
			secs = l.ElapsedS
		}
		d.series.Laps = append(d.series.Laps, LapDigest{Secs: secs, DistM: l.DistanceM, AvgHR: l.AvgHR, Intensity: l.Intensity})
	}
	s := a.Samples
	if len(s) < 2 {
		return d
	}
	if cum == nil {
		cum = make([]float64, len(s))
	}
	// Times as seconds from the first sample, and pauses likewise: the loops
	// below run per sample, where time.Time arithmetic showed in profiles.
	t0 := s[0].Time
	secs := make([]float64, len(s))
	for i := range s {
		secs[i] = s[i].Time.Sub(t0).Seconds()
	}
	pauses := make([][2]float64, len(a.Pauses))
	for i, p := range a.Pauses {
		pauses[i] = [2]float64{p.From.Sub(t0).Seconds(), p.To.Sub(t0).Seconds()}
	}
	sort.Slice(pauses, func(i, j int) bool { return pauses[i][0] < pauses[j][0] })
	scale := 1.0
	if last := cum[len(cum)-1]; last > 0 && a.Totals.DistanceM > 0 {
		scale = a.Totals.DistanceM / last // the buckets add up to the activity's own distance
	}
	pi := 0
	hasHR := a.HasHR()
	paused := func(mid float64) bool {
		for pi < len(pauses) && pauses[pi][1] <= mid {
			pi++
		}
		return pi < len(pauses) && pauses[pi][0] <= mid
	}
	var curSecs, curDist float64 // the bucket being filled, summed in float64
	var hrSecs, cadSecs, hrCovered, moving float64
	var hrSum, cadSum float64
	var lockN, hrN int
	gapStart := -1.0
	flush := func() {
		if curSecs <= 0 {
			return
		}
		var hr, cad float64
		if hrSecs > 0 {
			hr = hrSum / hrSecs
		}
		if cadSecs > 0 {
			cad = cadSum / cadSecs
		}
		d.series.Buckets = append(d.series.Buckets, NewBucket(curSecs, curDist, hr, cad))
		curSecs, curDist, hrSecs, cadSecs, hrSum, cadSum = 0, 0, 0, 0, 0, 0
	}
	for i := 1; i < len(s); i++ {
		dt := secs[i] - secs[i-1]
		if dt <= 0 || paused((secs[i]+secs[i-1])/2) {
			continue
		}
		step := (cum[i] - cum[i-1]) * scale
		if s[i].HasPosition() && s[i-1].HasPosition() && dt <= 30 {
			if step/dt > MaxRunSpeed {
				d.GPSJumps++
			}
		}
		if step/dt < StillSpeed && s[i].Cadence < StillCadence && dt > 1 {
			continue // standing still: not part of the run's effort
		}
		moving += dt
		curSecs += dt
		curDist += step
		if hr := s[i].HR; hr > 0 {
			hrSum += float64(hr) * dt
			hrSecs += dt
			hrCovered += dt
			hrN++
			if c := s[i].Cadence; c > 0 && math.Abs(float64(hr)-2*float64(c)) <= 1 {
				lockN++
			}
			if gapStart >= 0 && moving-gapStart > 10 {
				d.HRDropouts++
			}
			gapStart = -1
		} else if hasHR && gapStart < 0 {
			gapStart = moving - dt
		}
		if c := s[i].Cadence; c > 0 {
			cadSum += float64(c) * dt
			cadSecs += dt
		}
		if curSecs >= BucketS {
			flush()
		}
	}
	flush()
	if f := gradeFactor(s, cum); f > 0 && a.Totals.DistanceM > 0 {
		d.GAPPace = a.PaceSPerKm() / f
	}
	if moving > 0 {
		d.HRCover = hrCovered / moving
	}
	if hrN > 0 {
		d.CadenceLock = float64(lockN) / float64(hrN)
	}
	d.series.Buckets = slices.Clip(d.series.Buckets) // kept for the whole check: no spare capacity
	d.Buckets = len(d.series.Buckets)
	d.PeakHR = peakHR(d.series.Buckets)
	d.series.Bursts = bursts(secs, cum, pauses)
	return d
}

// peakHR is the highest mean heart rate held over three consecutive buckets
// (30 s): a single spike cannot make it, and buckets where heart rate sat on
// twice the foot cadence (an optical sensor locked on steps) are left out.
func peakHR(bs []Bucket) float64 {
	best := 0.0
	for i := 2; i < len(bs); i++ {
		sum := 0.0
		okAll := true
		for _, b := range bs[i-2 : i+1] {
			if b.hr == 0 || b.hr > 220 || (b.cad > 0 && math.Abs(b.HR()-2*b.Cadence()) <= 2) {
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

// bursts finds the fastest 10-s stretches of a run (strides, sprints, short
// repeats), each at least 20 s from a faster one; at most 30, fastest first.
// Ten seconds of the device's own distance is short enough for a 100-m sprint
// and long enough to ride over a single GPS jump.
func bursts(secs, cum []float64, pauses [][2]float64) []float64 {
	if len(secs) < 2 {
		return nil
	}
	type win struct{ at, speed float64 }
	var wins []win
	j, pk := 0, 0
	for i := range secs {
		for j < i && secs[i]-secs[j] > 10 {
			j++
		}
		dt := secs[i] - secs[j]
		if dt < 8 || dt > 12 {
			continue
		}
		v := (cum[i] - cum[j]) / dt
		for pk < len(pauses) && pauses[pk][1] <= secs[j] {
			pk++
		}
		if v <= 0 || v > MaxRunSpeed*1.2 || pk < len(pauses) && pauses[pk][0] < secs[i] {
			continue // too slow, impossible, or the watch was paused inside the window
		}
		wins = append(wins, win{secs[i], v})
	}
	// Keep the windows that are the fastest within 20 s either side, then
	// pick greedily among those few.
	var cand []win
	lo, hi := 0, 0
	for i, w := range wins {
		for lo < i && w.at-wins[lo].at > 20 {
			lo++
		}
		if hi < i {
			hi = i
		}
		for hi+1 < len(wins) && wins[hi+1].at-w.at <= 20 {
			hi++
		}
		best := true
		for k := lo; k <= hi; k++ {
			if wins[k].speed > w.speed || wins[k].speed == w.speed && k < i {
				best = false
				break
			}
		}
		if best {
			cand = append(cand, w)
		}
	}
	sort.SliceStable(cand, func(a, b int) bool { return cand[a].speed > cand[b].speed })
	var out []float64
	var kept []float64 // their times
	for _, w := range cand {
		far := true
		for _, at := range kept {
			if d := w.at - at; d < 20 && d > -20 {
				far = false
				break
			}
		}
		if far {
			kept = append(kept, w.at)
			out = append(out, w.speed)
			if len(out) == 30 {
				break
			}
		}
	}
	return out
}

// minetti is the energy cost of running at grade i (J/kg/m), Minetti et al.
// 2002, valid for grades of -45 % to +45 %.
func minetti(i float64) float64 {
	i = math.Max(-0.45, math.Min(0.45, i))
	return 155.4*math.Pow(i, 5) - 30.4*math.Pow(i, 4) - 43.3*math.Pow(i, 3) + 46.3*i*i + 19.5*i + 3.6
}

// gradeFactor weighs each stretch of about 200 m by its cost relative to the
// flat (3.6 J/kg/m): the run's cost per metre over the flat's. Dividing the
// pace by it gives the flat pace of the same effort. The elevation must be
// trustworthy: present on nine samples in ten, and no steeper than 30 % over
// any 200 m (GPS altitude that jumps is not a hill). Otherwise 0.
func gradeFactor(s []Sample, cum []float64) float64 {
	withAlt := 0
	for i := range s {
		if !math.IsNaN(s[i].AltM) {
			withAlt++
		}
	}
	if withAlt*10 < len(s)*9 || len(s) < 2 {
		return 0
	}
	const seg = 200.0
	var flatEquiv, total float64
	start, startAlt := 0, math.NaN()
	for i := range s {
		if math.IsNaN(s[i].AltM) {
			continue
		}
		if math.IsNaN(startAlt) {
			start, startAlt = i, s[i].AltM
			continue
		}
		d := cum[i] - cum[start]
		if d < seg && i < len(s)-1 {
			continue
		}
		if d <= 0 {
			continue
		}
		grade := (s[i].AltM - startAlt) / d
		if math.Abs(grade) > 0.30 {
			return 0
		}
		flatEquiv += d * minetti(grade) / minetti(0)
		total += d
		start, startAlt = i, s[i].AltM
	}
	if total < 1000 || flatEquiv <= 0 {
		return 0
	}
	return flatEquiv / total
}
