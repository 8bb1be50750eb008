package analyze

import (
	"math"

	"github.com/runlint/runlint/activity"
)

// climb is one rise of a run: from a low point to the next high point.
type climb struct {
	foot, top   int     // bucket indexes
	footM, topM float64 // smoothed altitude there
	secs, distM float64
}

func (c climb) gain() float64 { return c.topM - c.footM }

// hillRepeats is the longest run of climbs of the same hill, one after another.
type hillRepeats struct {
	reps        int
	gain, grade float64 // of the climbs in that run, on average
	secs        float64 // average time up
}

// climbs finds the rises of at least minGain metres at minGrade or steeper
// that take 20 s to 6 min: the size of a hill repeat, not of a mountain.
// Rises and falls are told apart with half of minGain of hysteresis, so
// altitude noise does not split a climb.
func climbs(bs []activity.Bucket, alt []float64, minGain, minGrade float64) []climb {
	var raw [][2]int
	lo, hi, up := 0, 0, false
	for i := 1; i < len(alt); i++ {
		switch {
		case !up && alt[i] <= alt[lo]: // the last low point: a climb starts where the rise does
			lo = i
		case !up && alt[i]-alt[lo] >= minGain/2:
			up, hi = true, i
		case up && alt[i] > alt[hi]:
			hi = i
		case up && alt[hi]-alt[i] >= minGain/2:
			raw = append(raw, [2]int{lo, hi})
			up, lo = false, i
		}
	}
	if up {
		raw = append(raw, [2]int{lo, hi})
	}
	var out []climb
	for _, r := range raw {
		c := measure(bs, alt, r[0], r[1])
		if c.secs > 360 {
			c = steepPart(bs, alt, c)
		}
		if c.gain() >= minGain && c.distM > 0 && c.gain()/c.distM >= minGrade && c.secs >= 20 && c.secs <= 360 {
			out = append(out, c)
		}
	}
	return out
}

// measure is a rise from foot to top, with its time and distance.
func measure(bs []activity.Bucket, alt []float64, foot, top int) climb {
	c := climb{foot: foot, top: top, footM: alt[foot], topM: alt[top]}
	for _, b := range bs[foot+1 : top+1] {
		c.secs += b.Secs()
		c.distM += b.DistM()
	}
	return c
}

// steepPart is a rise too long for a repeat, from where it has climbed a
// quarter of its height: the road to the foot of a hill is no part of the
// repeat (a 2-min climb reached by 4 min of false flat is a 2-min climb).
func steepPart(bs []activity.Bucket, alt []float64, c climb) climb {
	foot := c.foot
	for foot+1 < c.top && alt[foot] < c.footM+c.gain()/4 {
		foot++
	}
	return measure(bs, alt, foot, c.top)
}

// findHillRepeats is the longest chain of climbs of the same hill: feet and
// tops within HillSame of the gain of each other, lengths within
// HillSameLength of each other, each begun within three times
// the climb's time (at least 4 min) of the one before: up, back down, up
// again. A bump of under half the chain's gain between two repeats (a
// rise on the jog back) neither joins nor breaks the chain.
func findHillRepeats(bs []activity.Bucket, grade []float64, cfg ClassifyConfig) hillRepeats {
	if grade == nil {
		return hillRepeats{}
	}
	alt := smoothAlt(bs)
	cs := climbs(bs, alt, cfg.HillGain, cfg.HillGrade)
	var best hillRepeats
	for i := range cs {
		if chain := chainFrom(bs, cs[i:], cfg); len(chain) > best.reps {
			best = summarise(chain)
		}
	}
	return best
}

// chainFrom is the chain of repeats that starts with cs[0].
func chainFrom(bs []activity.Bucket, cs []climb, cfg ClassifyConfig) []climb {
	chain := cs[:1:1]
	for _, c := range cs[1:] {
		last := chain[len(chain)-1]
		switch {
		case sameHill(bs, last, c, cfg):
			chain = append(chain, c)
		case c.gain() < last.gain()/2:
			// a bump on the way back: neither a repeat nor the end of them
		default:
			return chain
		}
	}
	return chain
}

func sameHill(bs []activity.Bucket, a, b climb, cfg ClassifyConfig) bool {
	tol := cfg.HillSame * math.Max(a.gain(), b.gain())
	if math.Abs(a.footM-b.footM) > tol || math.Abs(a.topM-b.topM) > tol {
		return false
	}
	if math.Abs(a.distM-b.distM) > cfg.HillSameLength*math.Max(a.distM, b.distM) {
		return false // as long as each other too: rolling ground has rises of one height but not of one length
	}
	gap := 0.0
	for _, x := range bs[a.top+1 : b.foot+1] {
		gap += x.Secs()
	}
	return gap <= math.Max(3*a.secs, 240)
}

func summarise(cs []climb) hillRepeats {
	h := hillRepeats{reps: len(cs)}
	var dist float64
	for _, c := range cs {
		h.gain += c.gain()
		h.secs += c.secs
		dist += c.distM
	}
	h.grade = h.gain / dist
	h.gain /= float64(len(cs))
	h.secs /= float64(len(cs))
	return h
}
