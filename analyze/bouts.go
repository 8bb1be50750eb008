package analyze

import (
	"math"

	"github.com/runlint/runlint/activity"
)

// work is the fast running a run holds: its bouts, from the pace stream or
// from the watch's laps, whichever shows more.
type work struct {
	reps        int
	secs, distM float64
	from        string  // "laps" or "pace"
	shortest    float64 // s, the shortest and longest bout
	longest     float64
}

func (w work) pace() float64 {
	if w.distM <= 0 {
		return 0
	}
	return w.secs / (w.distM / 1000)
}

func (w *work) add(secs, distM float64) {
	if w.reps == 0 || secs < w.shortest {
		w.shortest = secs
	}
	w.longest = max(w.longest, secs)
	w.reps++
	w.secs += secs
	w.distM += distM
}

// paceBouts finds the stretches of buckets at v or faster lasting minSecs or
// more, bridging a single slower bucket (a corner, a GPS wobble). Buckets on
// a descent steeper than descent are not work: running downhill fast is
// gravity's doing. grade is nil without elevation.
func paceBouts(bs []activity.Bucket, grade []float64, v, minSecs, descent float64) work {
	w := work{from: "pace"}
	var runS, runD float64
	gap := 0
	closeRun := func() {
		if runS >= minSecs {
			w.add(runS, runD)
		}
		runS, runD, gap = 0, 0, 0
	}
	for i, b := range bs {
		fast := b.Speed() >= v && (grade == nil || grade[i] > -descent)
		switch {
		case fast:
			runS += b.Secs()
			runD += b.DistM()
			gap = 0
		case runS > 0 && gap == 0:
			gap++
		default:
			closeRun()
		}
	}
	closeRun()
	return w
}

// surges is the speed play a run holds: how many separate stretches of its
// running (buckets at runV or faster) went at v or faster, not down a slope
// steeper than descent, and their share of its running. A fartlek's surges
// are often shorter than a work bout, so every bucket counts; a walk or a
// slower bucket ends a surge.
func surges(bs []activity.Bucket, grade []float64, v, runV, descent float64) (n int, share float64) {
	var fast, running float64
	in := false
	for i, b := range bs {
		speed := b.Speed()
		if speed < runV {
			in = false
			continue
		}
		running += b.Secs()
		now := speed >= v && (grade == nil || grade[i] > -descent)
		if now {
			fast += b.Secs()
			if !in {
				n++
			}
		}
		in = now
	}
	if running == 0 {
		return 0, 0
	}
	return n, fast / running
}

// lapBouts are the watch's laps of minSecs or more run at v or faster.
func lapBouts(laps []activity.LapDigest, v, minSecs float64) work {
	w := work{from: "laps"}
	for _, l := range laps {
		if l.Secs >= minSecs && l.DistM > 0 && l.DistM/l.Secs >= v {
			w.add(l.Secs, l.DistM)
		}
	}
	return w
}

// interval reports whether the work makes an interval session: reps
// separate bouts with minSecs in all, or two bouts of cruise in all.
func (w work) interval(reps int, minSecs, cruise float64) bool {
	return w.reps >= reps && w.secs >= minSecs || w.reps >= 2 && w.secs >= cruise
}

// workNeeded is the work in all that separate bouts need to make an interval
// session: WorkMin, or only RepMin when they went at R pace (RepMargin faster
// than easy pace, s/km), where a few minutes are a session's dose.
func (c ClassifyConfig) workNeeded(w work, easy float64) float64 {
	if w.speed() >= speedFor(easy, c.RepMargin) {
		return c.RepMin.Seconds()
	}
	return c.WorkMin.Seconds()
}

// speed is the bouts' average speed, m/s.
func (w work) speed() float64 {
	if w.secs <= 0 {
		return 0
	}
	return w.distM / w.secs
}

// speedPlay is the densest stretch of surges of a run: surges at v or
// faster (not down a slope) with no more than a gap of running between one
// and the next. Strides come with a walk or a jog back of a minute or more;
// a fartlek's or a rep session's surges come closer.
type speedPlay struct {
	surges     int
	fast, span float64 // s: the time at v or faster, and the stretch from the first surge's start to the last's end
	speed      float64 // m/s: v
}

// findSpeedPlay finds the stretch with the most surges at v or faster, each
// begun within gap seconds of the last one's end.
func findSpeedPlay(bs []activity.Bucket, grade []float64, v, runV, descent, gap float64) speedPlay {
	var best, cur speedPlay
	at, lastEnd, start := 0.0, math.Inf(-1), 0.0
	in := false
	for i, b := range bs {
		fast := b.Speed() >= v && b.Speed() >= runV && (grade == nil || grade[i] > -descent)
		if fast {
			if !in {
				if at-lastEnd > gap {
					cur, start = speedPlay{speed: v}, at
				}
				cur.surges++
			}
			cur.fast += b.Secs()
			lastEnd = at + b.Secs()
			cur.span = lastEnd - start
			if cur.surges > best.surges || cur.surges == best.surges && cur.fast > best.fast {
				best = cur
			}
		}
		in = fast
		at += b.Secs()
	}
	return best
}
