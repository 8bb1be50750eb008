package digest

import (
	"math"
	"slices"

	"github.com/runlint/runlint/activity"
)

// burstWindow is a 10-s stretch of a run, between samples i and j.
type burstWindow struct {
	at, speed float64
	i, j      int
}

// bursts finds the fastest 10-s stretches of a run (strides, sprints, short
// repeats), each at least 20 s from a faster one; at most 30, fastest first,
// each with what tells a real one from a GPS wobble. Ten seconds of the
// device's own distance is short enough for a 100-m sprint and long enough to
// ride over a single GPS jump. track says the run has positions and its
// distance comes from elsewhere, so the two can be held to each other.
func bursts(tl *timeline, track bool, room *Builder) []activity.Burst {
	if len(tl.secs) < 2 {
		return nil
	}
	var out []activity.Burst
	medCad := medianCadence(tl.s)
	for _, w := range fastestWindows(burstWindows(tl, room), room) {
		out = append(out, tl.burst(w, medCad, track))
	}
	return out
}

// burstWindows is every window of 8-12 s that the device's timer ran through.
func burstWindows(tl *timeline, room *Builder) []burstWindow {
	secs, cum, pauses := tl.secs, tl.cum, tl.pauses
	wins := slices.Grow(room.wins[:0], len(secs)) // nearly every second of a run ends one: growing the slice showed
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
		if !(v > 0) || v > activity.MaxRunSpeed*1.2 || pk < len(pauses) && pauses[pk][0] < secs[i] {
			continue // too slow, impossible, or the watch was paused inside the window
		}
		wins = append(wins, burstWindow{at: secs[i], speed: v, i: j, j: i})
	}
	room.wins = wins[:0]
	return wins
}

// fastestWindows keeps the windows that are the fastest within 20 s either
// side (the earliest of equals), then picks greedily among those few,
// fastest first. The fastest of each 40-s span comes from a monotone queue:
// a scan of the span for every window was a twentieth of a FIT export's CPU.
func fastestWindows(wins []burstWindow, room *Builder) []burstWindow {
	cand := room.cand[:0]
	queue := room.queue[:0] // windows that may yet be a span's fastest, slower ones behind
	head, next, lo, hi := 0, 0, 0, 0
	for i, w := range wins {
		for lo < i && w.at-wins[lo].at > 20 {
			lo++
		}
		hi = max(hi, i)
		for hi+1 < len(wins) && wins[hi+1].at-w.at <= 20 {
			hi++
		}
		for ; next <= hi; next++ {
			for len(queue) > head && wins[queue[len(queue)-1]].speed < wins[next].speed {
				queue = queue[:len(queue)-1]
			}
			queue = append(queue, next)
		}
		for queue[head] < lo {
			head++
		}
		if queue[head] == i {
			cand = append(cand, w)
		}
	}
	// Fastest first, equals in time order, by slices' generic sort:
	// sort.SliceStable's swaps through reflection were a fiftieth of a
	// cold check of FIT files. It is sort.Stable's algorithm, and asked
	// the same question (a.speed > b.speed) it orders them the same.
	slices.SortStableFunc(cand, func(a, b burstWindow) int {
		if a.speed > b.speed {
			return -1
		}
		if b.speed > a.speed {
			return 1
		}
		return 0
	})
	room.cand, room.queue = cand[:0], queue[:0]
	var out []burstWindow
	for _, w := range cand {
		far := true
		for _, k := range out {
			if d := w.at - k.at; d < 20 && d > -20 {
				far = false
				break
			}
		}
		if far {
			out = append(out, w)
			if len(out) == 30 {
				break
			}
		}
	}
	return out
}

// burst measures one window: its fastest single step, its cadence against
// the run's, and the track's distance against the stream's.
func (tl *timeline) burst(w burstWindow, medCad float64, track bool) activity.Burst {
	spike, cadRise, posRatio := 0.0, math.NaN(), 0.0
	var cadSum, cadN float64
	for k := w.i + 1; k <= w.j; k++ {
		if dt := tl.secs[k] - tl.secs[k-1]; dt > 0 {
			spike = math.Max(spike, (tl.cum[k]-tl.cum[k-1])/dt/w.speed)
		}
		if c := tl.s[k].Cadence; c > 0 {
			cadSum += float64(c)
			cadN++
		}
	}
	if cadN > 0 && medCad > 0 {
		cadRise = cadSum/cadN - medCad
	}
	if d := tl.cum[w.j] - tl.cum[w.i]; track && d > 0 {
		posRatio = trackDistance(tl.s, w.i, w.j) / d
	}
	return activity.NewBurst(w.speed, spike, cadRise, posRatio, tl.gradeAround(w.i, w.j, 25))
}

// gradeAround is the slope from margin seconds before sample i to margin
// seconds after sample j, between the nearest samples with altitude; NaN
// when there are none or they are under 20 m apart.
func (tl *timeline) gradeAround(i, j int, margin float64) float64 {
	s := tl.s
	a := i
	for a > 0 && tl.secs[i]-tl.secs[a-1] <= margin {
		a--
	}
	b := j
	for b+1 < len(s) && tl.secs[b+1]-tl.secs[j] <= margin {
		b++
	}
	for a < b && math.IsNaN(s[a].AltM) {
		a++
	}
	for b > a && math.IsNaN(s[b].AltM) {
		b--
	}
	d := tl.cum[b] - tl.cum[a]
	if a >= b || d < 20 {
		return math.NaN()
	}
	return (s[b].AltM - s[a].AltM) / d
}

// medianCadence is the median foot cadence of the samples that have one.
func medianCadence(s []activity.Sample) float64 {
	var hist [256]int
	n := 0
	for i := range s {
		if c := s[i].Cadence; c > 0 {
			hist[c]++
			n++
		}
	}
	if n == 0 {
		return 0
	}
	seen := 0
	for c, k := range hist {
		seen += k
		if 2*seen >= n {
			return float64(c)
		}
	}
	return 0
}
