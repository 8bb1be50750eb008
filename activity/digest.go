package activity

import (
	"math"
)

// BucketS is the width of the time buckets a run is summarised into. Ten
// seconds averages speed (not pace) enough to cut 1-Hz GPS jitter from about
// ±17 s/km to ±5 s/km, and still resolves 200-m repeats.
const BucketS = 10

// Bucket is BucketS seconds of moving time, packed in 12 bytes: a lifetime of
// runs is millions of buckets, and they are most of what a check spills and
// caches. Digests are built packed, so a cached digest is the same as a fresh
// one.
type Bucket struct {
	dist uint32 // centimetres
	secs uint16 // tenths of a second (at most 6553.5 s)
	hr   uint8  // mean heart rate over the bucket's HR-covered seconds, 0 if none
	cad  uint8  // mean foot cadence, 0 if none
	alt  uint16 // mean altitude as FIT stores it, (m + 500) * 5; 0 when none
}

// NewBucket packs a bucket, rounding and clamping to what it can hold. alt is
// NaN when the bucket has no altitude.
func NewBucket(secs, distM, hr, cadence, alt float64) Bucket {
	b := Bucket{
		dist: uint32(clampRound(distM*100, math.MaxUint32)), secs: uint16(clampRound(secs*10, math.MaxUint16)),
		hr: uint8(clampRound(hr, 255)), cad: uint8(clampRound(cadence, 255)),
	}
	if !math.IsNaN(alt) {
		b.alt = uint16(max(1, clampRound((alt+500)*5, math.MaxUint16)))
	}
	return b
}

func clampRound(x, hi float64) float64 { return math.Max(0, math.Min(hi, math.Round(x))) }

func (b Bucket) Secs() float64    { return float64(b.secs) / 10 }
func (b Bucket) DistM() float64   { return float64(b.dist) / 100 }
func (b Bucket) HR() float64      { return float64(b.hr) }
func (b Bucket) Cadence() float64 { return float64(b.cad) }

// Alt is the bucket's mean altitude in metres, and whether it has one.
func (b Bucket) Alt() (float64, bool) {
	if b.alt == 0 {
		return 0, false
	}
	return float64(b.alt)/5 - 500, true
}

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

// Burst is one of a run's fastest 10-s stretches (a stride, a sprint, or a
// GPS wobble), with what tells them apart; analysis decides which are real,
// so the thresholds live in its config, not in the cache. Packed in 10 bytes,
// as buckets are, so a cached burst is the same as a fresh one.
type Burst struct {
	speed    uint16 // mm/s over the stretch
	spike    uint16 // thousandths
	cadRise  int16  // tenths of rpm; noValue without cadence
	posRatio uint16 // thousandths; 0 when the run lacks positions or a distance stream
	grade    int16  // thousandths over the minute around it; noValue without altitude
}

const noValue = math.MinInt16

func packSigned(x, scale float64) int16 {
	if math.IsNaN(x) {
		return noValue
	}
	return int16(math.Max(noValue+1, math.Min(math.MaxInt16, math.Round(x*scale))))
}

func unpackSigned(v int16, scale float64) (float64, bool) {
	if v == noValue {
		return 0, false
	}
	return float64(v) / scale, true
}

// NewBurst packs a burst; cadRise and grade are NaN without cadence or
// altitude, posRatio 0 without both a track and a distance stream.
func NewBurst(speed, spike, cadRise, posRatio, grade float64) Burst {
	return Burst{
		speed: uint16(clampRound(speed*1000, math.MaxUint16)), spike: uint16(clampRound(spike*1000, math.MaxUint16)),
		posRatio: uint16(clampRound(posRatio*1000, math.MaxUint16)), cadRise: packSigned(cadRise, 10), grade: packSigned(grade, 1000),
	}
}

// Speed is the stretch's speed in m/s.
func (b Burst) Speed() float64 { return float64(b.speed) / 1000 }

// Spike is the fastest single step between samples over the stretch's speed:
// near 1 when the runner sped up, well above it when one jumping position
// made the stretch.
func (b Burst) Spike() float64 { return float64(b.spike) / 1000 }

// CadRise is the stretch's foot cadence less the run's median (rpm), and
// whether the run has cadence. A stride lifts it by 5-10 rpm (10-20 spm).
func (b Burst) CadRise() (float64, bool) { return unpackSigned(b.cadRise, 10) }

// Grade is the slope over the minute around the stretch (rise over run), and
// whether the run has altitude there: a fast stretch down a hill is gravity's.
func (b Burst) Grade() (float64, bool) { return unpackSigned(b.grade, 1000) }

// PosRatio is the distance the positions cover over the stretch, over the
// distance stream's; 0 when the run lacks one of them.
func (b Burst) PosRatio() float64 { return float64(b.posRatio) / 1000 }

// Digest is everything analysis needs from one activity that does not depend
// on the runner's profile, so the profile can change without re-reading files.
// It travels with its Activity, whose Totals and flags it does not repeat.
type Digest struct {
	PeakHR      float64 // highest 30-s mean HR, ignoring spikes, dropouts and cadence lock
	HRCover     float64 // share of moving time with heart rate
	HRDropouts  int     // gaps in heart rate of over 10 s inside a run that has HR
	CadenceLock float64 // share of HR samples that equal the step cadence (optical lock)
	// CadenceFollow is the correlation of heart rate's and step cadence's
	// 5-s changes (0 without enough of both): a locked sensor's "heart
	// rate" follows the cadence; a heart beating near it does not.
	CadenceFollow float64
	GPSJumps      int     // steps between positions implying a speed no runner reaches
	GPSJumpM      float64 // the metres those steps span
	Buckets       int     // how many buckets the series holds
	// GAPPace is the moving pace adjusted for hills (s/km, Minetti's cost of
	// running), or 0 when the elevation cannot be trusted for it.
	GAPPace float64
	Indoor  bool
	Points  int

	series SeriesSource
}

// SeriesSource gives a digest's series back: from memory, or from where
// storage moved it (a spill file), decoded into scratch's room.
type SeriesSource interface {
	SeriesInto(scratch *Series) (Series, error)
}

// InMemory is a series held in memory.
type InMemory Series

// SeriesInto returns the series itself.
func (m *InMemory) SeriesInto(*Series) (Series, error) { return Series(*m), nil }

// SetSeries sets where the digest's series is; storage moves it.
func (d *Digest) SetSeries(src SeriesSource) { d.series = src }

// Source is where the digest's series is, nil when it has none.
func (d *Digest) Source() SeriesSource { return d.series }

// Series is the part of a digest that grows with the run: its laps, bursts
// and buckets, most of a digest's bytes. A walk of many files moves it to a
// Spill, so a lifetime of runs holds only their scalars in memory, and
// classification reads one run's series at a time.
type Series struct {
	Laps    []LapDigest
	Bursts  []Burst // the fastest 10-s stretches, at least 20 s apart, fastest first
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
	if d.series == nil {
		return Series{}, nil
	}
	return d.series.SeriesInto(scratch)
}

// MaxRunSpeed is the speed (m/s, about 1:50/km) faster than which a step
// between two GPS points is a glitch, not a runner.
const MaxRunSpeed = 9.0

// NewDigest is a digest of the given series held in memory, with its bucket
// count set; the rest of its scalars are the caller's to fill. For building
// runs by hand: tests, tools.
func NewDigest(s Series) *Digest {
	m := InMemory(s)
	return &Digest{series: &m, Buckets: len(s.Buckets)}
}

// Packed is a bucket's stored form, for storage's codec.
func (b Bucket) Packed() (dist uint32, secs uint16, hr, cad uint8, alt uint16) {
	return b.dist, b.secs, b.hr, b.cad, b.alt
}

// PackedBucket is a bucket from its stored form.
func PackedBucket(dist uint32, secs uint16, hr, cad uint8, alt uint16) Bucket {
	return Bucket{dist: dist, secs: secs, hr: hr, cad: cad, alt: alt}
}

// Packed is a burst's stored form, for storage's codec.
func (b Burst) Packed() (speed, spike uint16, cadRise int16, posRatio uint16, grade int16) {
	return b.speed, b.spike, b.cadRise, b.posRatio, b.grade
}

// PackedBurst is a burst from its stored form.
func PackedBurst(speed, spike uint16, cadRise int16, posRatio uint16, grade int16) Burst {
	return Burst{speed: speed, spike: spike, cadRise: cadRise, posRatio: posRatio, grade: grade}
}

// HRLocked reports whether a bucket's heart rate sits on twice its foot
// cadence: an optical sensor counting steps, not beats.
func (b Bucket) HRLocked() bool {
	return b.cad > 0 && b.hr > 0 && math.Abs(b.HR()-2*b.Cadence()) <= 2
}
