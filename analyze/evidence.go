package analyze

import (
	"github.com/runlint/runlint/parse"
)

// evidence is what makes a session hard, measured against the runner's easy
// pace: its structure first (work bouts, tempo, race, strides, hill
// repeats), heart rate only where the pace cannot speak.
type evidence struct {
	easy        float64 // s/km: the easy pace it was measured against
	work        work
	intervals   bool    // enough separate work bouts for an interval session
	fastReps    bool    // and as many at tempo effort or faster: a session even inside a long run
	steadyWork  work    // blocks of MPBlock or more at marathon pace (the aerobic threshold) or faster
	tempo       float64 // s/km of its fastest TempoMin when that is tempo work, else 0
	race        bool    // the whole run at race effort
	progression bool
	sprints     int // real strides or sprints
	hills       bool
	paceMute    string // why the pace cannot speak ("" when it can)
	hrHard      string // the heart-rate verdict where it had to decide
}

// hard reports whether anything made the session hard.
func (e evidence) hard() bool {
	return e.intervals || e.tempo > 0 || e.race || e.progression || e.hills || e.sprints > 0 || e.hrHard != ""
}

// session reports whether it is a session even inside a long run: separate
// work bouts at tempo effort or faster, a tempo stretch, hill repeats, a race
// effort, or a hard heart rate where the pace could not tell. Bouts at
// marathon pace (faster than easy, slower than tempo), a progression or
// strides are quality a long run may carry (Pfitzinger).
func (e evidence) session() bool {
	return e.fastReps || e.tempo > 0 || e.hills || e.race || e.hrHard != ""
}

// speedFor is the speed (m/s) of a pace margin faster than pace (s/km).
func speedFor(pace, margin float64) float64 { return 1000 / (pace * (1 - margin)) }

// gatherEvidence measures one run against easy pace (s/km), from its facts and
// its series.
func (c *classifier) gatherEvidence(r *Run, s parse.Series, easy float64) evidence {
	cfg := c.cfg
	e := evidence{easy: easy, paceMute: paceMute(r)}
	f := &r.facts
	if easy > 0 && e.paceMute == "" {
		workV := max(speedFor(easy, cfg.WorkMargin), f.floor/(1-cfg.ContrastMargin))
		e.work = paceBouts(s.Buckets, grades(s.Buckets), workV, cfg.WorkBout.Seconds(), cfg.DescentGrade)
		if laps := lapBouts(s.Laps, workV, cfg.WorkLap.Seconds()); laps.secs > e.work.secs {
			e.work = laps
		}
		e.intervals = e.work.interval(cfg.WorkReps, cfg.WorkMin.Seconds(), cfg.CruiseMin.Seconds())
		if e.intervals {
			fastV := max(workV, speedFor(easy, cfg.TempoMargin))
			fast := paceBouts(s.Buckets, grades(s.Buckets), fastV, cfg.WorkBout.Seconds(), cfg.DescentGrade)
			if laps := lapBouts(s.Laps, fastV, cfg.WorkLap.Seconds()); laps.secs > fast.secs {
				fast = laps
			}
			e.fastReps = fast.reps >= cfg.WorkReps && fast.secs >= cfg.WorkMin.Seconds()
		}
		mpV := speedFor(easy, c.icfg.AeTMargin)
		e.steadyWork = paceBouts(s.Buckets, grades(s.Buckets), mpV, cfg.MPBlock.Seconds(), cfg.DescentGrade)
		if f.best >= speedFor(easy, cfg.TempoMargin) {
			e.tempo = 1000 / f.best
		}
		e.race = r.Totals.MovingS >= cfg.RaceMin.Seconds() && r.Pace() > 0 && r.Pace() <= easy*(1-cfg.RaceMargin)
		e.progression = f.first > 0 && f.last >= f.first/(1-cfg.ProgressionMargin) && f.last >= speedFor(easy, cfg.ProgressionMargin)
		sprintV := speedFor(easy, cfg.SprintMargin)
		for _, v := range f.bursts {
			if v >= sprintV {
				e.sprints++
			}
		}
		e.sprints += lapSprints(s.Laps, sprintV, cfg.WorkLap.Seconds())
		if e.sprints < cfg.SprintReps {
			e.sprints = 0
		}
	}
	e.hills = f.hills.reps >= cfg.HillReps
	if e.paceMute != "" {
		e.hrHard = c.hrVerdict(r, s)
	}
	return e
}

// paceMute says why a run's pace cannot tell its effort, or "".
func paceMute(r *Run) string {
	switch {
	case r.Totals.DistanceM <= 0:
		return "it has no distance"
	case r.Digest.GPSJumps > 0 && r.Totals.DistanceFrom == "positions":
		return "its GPS track jumps (" + plural(r.Digest.GPSJumps, "jump") + ")"
	}
	return ""
}
