package analyze

import (
	"fmt"
	"math"
	"time"
)

// dayContext classes a run that is neither hard nor long by the day around
// it: a warm-up or cool-down belongs to its session; a short easy
// run the day after a hard or long day is a recovery run; the rest are easy.
// A short slow run after an easy day is an easy run, not a recovery run: a
// recovery run is defined by the day before, not by its pace.
func (c *classifier) dayContext(r *Run) {
	if r.Class != "" {
		return
	}
	if s := c.sessionOf(r); s != nil {
		r.Class, r.PartOf, r.verdict.by = Easy, s, byPart
		return
	}
	if s := c.splitFrom(r); s != nil {
		r.Class, r.PartOf, r.verdict.by = Easy, s, bySplit
		return
	}
	prev := dayBefore(c.byDay, r)
	if prev == nil || r.Totals.MovingS > c.cfg.RecoveryMax.Seconds() {
		r.Class, r.verdict.by = Easy, byEasy
		return
	}
	if race := c.raceOn(r.day().AddDate(0, 0, 1)); race != nil {
		// The shake-out the day before a race: loosening the legs, not
		// recovering from the day before.
		r.Class, r.verdict = Easy, verdict{by: byShakeout, prev: race, prevAs: race.Class}
		return
	}
	if main := c.dayMain(r); main != r {
		// Part of a day whose main run is another: the shorter run of a
		// double, or a jog on the day of a session or a race. The day is
		// what recovers, and it is judged by its main run.
		r.Class, r.verdict = Easy, verdict{by: byDayPart, prev: main, prevAs: main.Class}
		return
	}
	r.Class, r.After, r.verdict = Recovery, prev, verdict{by: byRecovery, prev: prev, prevAs: prev.Class}
}

// raceOn is a race of day d, nil without one: a run at race effort from
// start to end (by pace or by heart rate), or a stretch at R pace or faster
// that is no interval session's (a 1,500 m or a mile inside its jogs). A
// tempo block at threshold pace is no race.
func (c *classifier) raceOn(d time.Time) *Run {
	for _, o := range c.byDay[d] {
		if e := o.evidence; o.Class == Hard && (e.race || c.raceThroughout(o) || !e.intervals && e.raceShort > 0) {
			return o
		}
	}
	return nil
}

// dayMain is the run its day is judged by: a hard or long run of the day if
// it holds one (a session, a race, a long run: not a recovery day), else the
// day's longest run, the earlier of equals.
func (c *classifier) dayMain(r *Run) *Run {
	main := r
	for _, o := range c.byDay[r.day()] {
		switch {
		case o == r:
		case (o.Class == Hard || o.Class == Long) && main.Class != Hard:
			main = o
		case main.Class == Hard || main.Class == Long:
		case o.Totals.MovingS > main.Totals.MovingS, o.Totals.MovingS == main.Totals.MovingS && o.Start.Before(main.Start):
			main = o
		}
	}
	return main
}

// paceWords is a run's pace beside the runner's easy pace.
func (c *classifier) paceWords(r *Run) string {
	if r.evidence.paceMute != "" {
		return "pace not judged: " + r.evidence.paceMute
	}
	return fmt.Sprintf("pace %s (easy pace %s)", FormatPace(r.Pace()), FormatPace(r.easyPace()))
}

// sessionOf finds the hard session a short run warms up or cools down for:
// same local date, ending or starting within WarmupGap of it.
func (c *classifier) sessionOf(r *Run) *Run {
	if r.Totals.MovingS > c.cfg.WarmupMax.Seconds() {
		return nil
	}
	gap := c.cfg.WarmupGap.Duration
	var best *Run
	bestGap := time.Duration(math.MaxInt64)
	for _, s := range c.byDay[r.day()] {
		if s == r || s.Class != Hard {
			continue
		}
		var g time.Duration
		switch {
		case !r.end().After(s.Start):
			g = s.Start.Sub(r.end())
		case !r.Start.Before(s.end()):
			g = r.Start.Sub(s.end())
		default:
			continue
		}
		if g <= gap && g < bestGap {
			best, bestGap = s, g
		}
	}
	return best
}

// splitGap: a run this short a time from another of its day, or overlapping
// it, is a piece of the same run recorded apart (the watch stopped and
// started again, or two devices split it).
const splitGap = 10 * time.Minute

// splitFrom is the longer run of r's day that r is a piece of: r is short
// (WarmupMax or less), shorter than it, and starts or ends within splitGap
// of it. Nil without one.
func (c *classifier) splitFrom(r *Run) *Run {
	if r.Totals.MovingS > c.cfg.WarmupMax.Seconds() {
		return nil
	}
	for _, o := range c.byDay[r.day()] {
		if o == r || o.Totals.MovingS <= r.Totals.MovingS {
			continue
		}
		if r.Start.Before(o.end().Add(splitGap)) && o.Start.Before(r.end().Add(splitGap)) {
			return o
		}
	}
	return nil
}

// dayBefore returns the hardest run of the previous local date, if that day
// held a hard or long run.
func dayBefore(byDay map[time.Time][]*Run, r *Run) *Run {
	return hardOrLongOn(byDay, r.day().AddDate(0, 0, -1))
}

// hardOrLongOn is the hardest run of day d when it held a hard or long run
// (the first hard one, else the first long one), nil otherwise.
func hardOrLongOn(byDay map[time.Time][]*Run, d time.Time) *Run {
	var found *Run
	for _, p := range byDay[d] {
		if p.Class == Hard || p.Class == Long {
			if found == nil || p.Class == Hard && found.Class != Hard {
				found = p
			}
		}
	}
	return found
}
