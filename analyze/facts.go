package analyze

import (
	"cmp"
	"math"
	"slices"

	"github.com/runlint/runlint/activity"
)

// runFacts are what a run's series says that does not depend on the runner's
// profile, read once and kept as scalars: the series may be in a spill file.
type runFacts struct {
	steady float64 // m/s: the median speed of its running, on the flat when it has enough flat
	floor  float64 // m/s: the slowest quarter of its running
	// running is its time (s) at running speed: what makes a run long, not
	// the minutes of a track session spent walking between repeats.
	running   float64
	flatSecs  float64 // its running on the flat (grade within flatGrade), s
	best      float64 // m/s: its fastest continuous TempoMin; 0 when shorter
	raceBest  float64 // m/s: its fastest continuous RaceBlock; 0 when shorter
	shortBest float64 // m/s: its fastest continuous RaceShort; 0 when shorter
	// bestDrop, raceDrop and shortDrop are those stretches' falls over
	// their length (negative: climbs), NaN without elevation.
	bestDrop, raceDrop, shortDrop float64

	first float64 // m/s: its first and last thirds, each 10 min or more; else 0
	last  float64
	hills hillRepeats
	// bursts are the speeds (m/s) of its physically real 10-s bursts, fastest first.
	bursts []float64
	// sprintLaps are the speeds (m/s) of the watch's laps of 5 s to under a
	// work lap: sprints the runner marked with the lap button (60-m sprints
	// are shorter than the 10-s bursts the pace stream is searched for).
	sprintLaps []float64
	burstsN    int     // how many bursts there were before coherence
	cadRise    float64 // the real bursts' mean cadence rise (rpm), NaN without cadence
	// hr is the trusted mean heart rate of its running, and of its first
	// and last thirds (0 without): what says a run was a race where its
	// pace cannot (hills, heat, a slower runner).
	hr, hrFirst, hrLast float64
}

// flatGrade: a bucket on a slope gentler than this counts as flat for the
// runner's steady speed. minFlat: how many such buckets a run needs (5 min).
const (
	flatGrade = 0.04
	minFlat   = 30
)

func readFacts(r *Run, v *view, cfg ClassifyConfig, artefactHR float64) runFacts {
	s, grade := v.Series, v.grade
	runV := 1000 / float64(cfg.RunPace)
	var f runFacts
	all, flat := v.scratch[:0], v.scratch2[:0]
	covered := 0.0
	for i, b := range s.Buckets {
		covered += b.Secs()
		v := b.Speed()
		if v < runV {
			continue // walking or standing: not the runner's running
		}
		all = append(all, v)
		f.running += b.Secs()
		if grade != nil && math.Abs(grade[i]) <= flatGrade {
			flat = append(flat, v)
			f.flatSecs += b.Secs()
		}
	}
	if moving := r.Totals.MovingS; covered < moving/2 && r.Pace() > 0 && r.Pace() <= float64(cfg.RunPace) {
		// A record of a few samples (a session with its totals and
		// hardly a record) cannot tell walking from running: the watch's
		// moving time, at a running pace, is the running.
		f.running = moving
	}
	if len(all) > 0 {
		f.steady = medianInPlace(all)
		f.floor = nth(all[:len(all)/2+1], len(all)/4) // the lower half holds the lowest values
	}
	if len(flat) >= minFlat {
		f.steady = medianInPlace(flat)
	}
	v.scratch, v.scratch2 = all, flat // their room for the next run
	var alt []float64
	if grade != nil {
		alt = smoothAlt(s.Buckets)
	}
	f.best, f.bestDrop = bestSpan(s.Buckets, alt, cfg.TempoMin.Seconds(), cfg.DescentGrade)
	f.raceBest, f.raceDrop = bestSpan(s.Buckets, alt, cfg.RaceBlock.Seconds(), cfg.DescentGrade)
	f.shortBest, f.shortDrop = bestSpan(s.Buckets, alt, cfg.RaceShort.Seconds(), cfg.DescentGrade)
	f.first, f.last = thirds(s.Buckets, alt, runV, cfg.DescentGrade)
	f.hills = findHillRepeats(s.Buckets, grade, cfg)
	f.bursts, f.cadRise = realBursts(s.Bursts, cfg)
	f.burstsN = len(s.Bursts)
	f.hr, f.hrFirst, f.hrLast = hrThirds(s.Buckets, v.hrMask(artefactHR))
	for _, l := range s.Laps {
		if l.Secs >= 5 && l.Secs < cfg.WorkLap.Seconds() && l.DistM > 0 {
			f.sprintLaps = append(f.sprintLaps, l.DistM/l.Secs)
		}
	}
	return f
}

// bestSpan is the fastest speed held over span seconds of buckets in a row,
// 0 when the run is shorter. A stretch that drops more than descent of its
// length (alt: the smoothed altitude, nil without trustworthy elevation) is
// left out: 15 fast minutes down a mountain are gravity's, not a tempo.
// drop is the stretch's fall over its length (negative: a climb), NaN
// without elevation: the reasons say where it was run.
func bestSpan(bs []activity.Bucket, alt []float64, span, descent float64) (speed, drop float64) {
	best, secs, dist, bestDrop := 0.0, 0.0, 0.0, math.NaN()
	j, from, to := 0, 0, 0
	for i, b := range bs {
		secs += b.Secs()
		dist += b.DistM()
		for j < i && secs-bs[j].Secs() >= span {
			secs -= bs[j].Secs()
			dist -= bs[j].DistM()
			j++
		}
		if secs < 0.95*span || secs <= 0 {
			continue
		}
		v, drop := dist/secs, math.NaN()
		if alt != nil && dist > 0 {
			drop = (alt[j] - alt[i]) / dist
			if drop > descent {
				continue
			}
			// Down a gentler slope the stretch is held to its flat
			// worth: a 3 % grade is worth some 10 % of speed (Minetti).
			v *= slopeFactor(-max(0, drop))
		}
		if v > best {
			best, from, to, bestDrop = v, j, i+1, drop
		}
	}
	// A stretch held at its pace has its median there too; one whose
	// median is a twentieth slower than its mean was made by surges in
	// it (strides in an easy run): what it held is its median.
	if best > 0 && !heldAt(bs[from:to], 0.95*best) {
		ts := make([]timed, 0, to-from)
		for _, b := range bs[from:to] {
			ts = append(ts, timed{b.Speed(), b.Secs()})
		}
		return medianSpeed(ts), bestDrop
	}
	return best, bestDrop
}

// heldAt reports whether half of the buckets' time went at v or faster:
// their median is v or more, found without sorting them.
func heldAt(bs []activity.Bucket, v float64) bool {
	var at, all float64
	for _, b := range bs {
		all += b.Secs()
		if b.Speed() >= v {
			at += b.Secs()
		}
	}
	return 2*at > all
}

// thirds is the speed of the first and last thirds of the run's running
// (buckets at runV or faster: a walk to the start is no slow first third),
// when each third lasts 10 min or more. Where the first third climbs
// steeper than the last by more than descent (alt, as bestSpan's), the
// terrain made the difference, and there are no thirds to compare.
func thirds(bs []activity.Bucket, alt []float64, runV, descent float64) (first, last float64) {
	total := runningSecs(bs, runV)
	if total < 30*60 {
		return 0, 0
	}
	var fs, fd, ls, ld, fClimb, lClimb float64
	eachThird(bs, runV, total, func(i int, b activity.Bucket, third int) {
		rise := 0.0
		if alt != nil && i > 0 {
			rise = alt[i] - alt[i-1]
		}
		switch third {
		case 0:
			fs, fd, fClimb = fs+b.Secs(), fd+b.DistM(), fClimb+rise
		case 2:
			ls, ld, lClimb = ls+b.Secs(), ld+b.DistM(), lClimb+rise
		}
	})
	if fs <= 0 || ls <= 0 || fd <= 0 || ld <= 0 || fClimb/fd-lClimb/ld > descent {
		return 0, 0
	}
	return fd / fs, ld / ls
}

// midThirds is the median speed by time of the first and last thirds of
// the run's running: strides in the last third of an easy run make its
// mean faster, not its median.
func midThirds(bs []activity.Bucket, runV float64) (first, last float64) {
	var ts [3][]timed
	eachThird(bs, runV, runningSecs(bs, runV), func(_ int, b activity.Bucket, third int) {
		if third != 1 { // the middle third is not asked
			ts[third] = append(ts[third], timed{b.Speed(), b.Secs()})
		}
	})
	return medianSpeed(ts[0]), medianSpeed(ts[2])
}

// runningSecs is the time of the buckets at runV or faster.
func runningSecs(bs []activity.Bucket, runV float64) float64 {
	total := 0.0
	for _, b := range bs {
		if b.Speed() >= runV {
			total += b.Secs()
		}
	}
	return total
}

// eachThird hands do each running bucket (runV or faster) with the third
// (0, 1, 2) of the running time, total, it falls in.
func eachThird(bs []activity.Bucket, runV, total float64, do func(i int, b activity.Bucket, third int)) {
	at := 0.0
	for i, b := range bs {
		if b.Speed() < runV {
			continue
		}
		third := 1
		switch {
		case at < total/3:
			third = 0
		case at >= 2*total/3:
			third = 2
		}
		do(i, b, third)
		at += b.Secs()
	}
}

// timed is a speed (m/s) held for secs.
type timed struct{ v, secs float64 }

// medianSpeed is the speed half of ts's time went at or faster.
func medianSpeed(ts []timed) float64 {
	slices.SortFunc(ts, func(a, b timed) int { return cmp.Compare(a.v, b.v) })
	total := 0.0
	for _, t := range ts {
		total += t.secs
	}
	at := 0.0
	for _, t := range ts {
		if at += t.secs; at >= total/2 {
			return t.v
		}
	}
	return 0
}

// realBursts keeps the bursts a runner ran: no jumping position made them
// (Spike), cadence rose with the speed where there is cadence, the track
// agrees with the distance stream where there are both, and they were not
// run down a slope. A run with neither cadence nor a second distance has no
// witness to tell a stride from a GPS wander, and no real bursts. GPS jitter
// at 1 Hz makes 10-s "bursts" at twice a jogger's speed that do none of
// these.
func realBursts(bs []activity.Burst, cfg ClassifyConfig) (speeds []float64, cadRise float64) {
	sum, n := 0.0, 0
	for _, b := range bs {
		if b.Spike() >= cfg.BurstSpike {
			continue
		}
		rise, hasCad := b.CadRise()
		if hasCad && rise < cfg.BurstCadence {
			continue
		}
		p := b.PosRatio()
		if p > 0 && math.Abs(p-1) > cfg.BurstTrack || !hasCad && p == 0 {
			continue // against the other witness, or no witness at all
		}
		if g, ok := b.Grade(); ok && g < -cfg.BurstDescent {
			continue // down a hill: gravity's doing
		}
		speeds = append(speeds, b.Speed())
		if hasCad {
			sum += rise
			n++
		}
	}
	if n == 0 {
		return speeds, math.NaN()
	}
	return speeds, sum / float64(n)
}

// hrThirds is the trusted mean heart rate of a run, and of its first and
// last thirds by time; 0s without heart rate.
func hrThirds(bs []activity.Bucket, mask []bool) (all, first, last float64) {
	total := 0.0
	for _, b := range bs {
		total += b.Secs()
	}
	var at, sum, secs, fs, fn, ls, ln float64
	for i, b := range bs {
		if mask[i] {
			hr := b.HR() * b.Secs()
			sum, secs = sum+hr, secs+b.Secs()
			switch {
			case at < total/3:
				fs, fn = fs+hr, fn+b.Secs()
			case at >= 2*total/3:
				ls, ln = ls+hr, ln+b.Secs()
			}
		}
		at += b.Secs()
	}
	if secs == 0 || fn == 0 || ln == 0 {
		return 0, 0, 0
	}
	return sum / secs, fs / fn, ls / ln
}
