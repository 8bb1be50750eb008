package analyze

import "github.com/runlint/runlint/activity"

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
	raceBlock   float64 // s/km of its fastest RaceBlock when that is at race effort (a parkrun inside a jog), else 0
	progression bool
	fartlek     fartlek // speed play: surges at work pace, each perhaps shorter than a bout
	sprints     int     // real strides or sprints
	sprintTop   float64 // m/s: the fastest of them (a burst or a sprint lap), 0 without
	hills       bool
	paceMute    string // why the pace cannot speak ("" when it can)
	hrHard      string // the heart-rate verdict where it had to decide
}

// hard reports whether anything made the session hard.
func (e evidence) hard() bool {
	return e.intervals || e.tempo > 0 || e.race || e.raceBlock > 0 || e.progression || e.fartlek.surges > 0 || e.hills || e.sprints > 0 || e.hrHard != ""
}

// session reports whether it is a session even inside a long run: separate
// work bouts at tempo effort or faster, a tempo stretch, hill repeats, a race
// effort, or a hard heart rate where the pace could not tell. Bouts at
// marathon pace (faster than easy, slower than tempo), a progression, a
// fartlek, a race-effort block or strides are quality a long run may carry
// (Pfitzinger; a parkrun inside a long run).
func (e evidence) session() bool {
	return e.fastReps || e.tempo > 0 || e.hills || e.race || e.hrHard != ""
}

// fartlek is the speed play of a run that has enough of it: its surges at
// work pace and their share of its running; zero surges when it has too few.
type fartlek struct {
	surges int
	share  float64
	speed  float64 // m/s: the work pace the surges went at or faster
}

// speedFor is the speed (m/s) of a pace margin faster than pace (s/km).
func speedFor(pace, margin float64) float64 { return 1000 / (pace * (1 - margin)) }

// factsEvidence measures what a run's facts can tell against easy pace
// (s/km), without its series: tempo, race, progression, strides, hills.
func (c *classifier) factsEvidence(r *Run, easy float64) evidence {
	cfg, f := c.cfg, &r.facts
	e := evidence{easy: easy, paceMute: paceMute(r), hills: f.hills.reps >= cfg.HillReps}
	if easy <= 0 || e.paceMute != "" {
		return e
	}
	if f.best >= speedFor(easy, cfg.TempoMargin) {
		e.tempo = 1000 / f.best
	}
	if f.raceBest >= speedFor(easy, cfg.RaceMargin) {
		e.raceBlock = 1000 / f.raceBest
	}
	e.race = r.Totals.MovingS >= cfg.RaceMin.Seconds() && r.Pace() > 0 && r.Pace() <= easy*(1-cfg.RaceMargin)
	e.progression = f.first > 0 && f.last >= f.first/(1-cfg.ProgressionMargin) && f.last >= speedFor(easy, cfg.ProgressionMargin)
	sprintV := speedFor(easy, cfg.SprintMargin)
	for _, v := range f.bursts {
		if v >= sprintV {
			e.sprints++
			e.sprintTop = max(e.sprintTop, v)
		}
	}
	for _, v := range f.sprintLaps {
		if v >= sprintV {
			e.sprints++
			e.sprintTop = max(e.sprintTop, v)
		}
	}
	if e.sprints < cfg.SprintReps {
		e.sprints, e.sprintTop = 0, 0
	}
	return e
}

// seriesEvidence adds what takes the run's series: work bouts from the pace
// stream and the laps, and heart rate where the pace cannot speak. full adds
// what only the final verdict reads (bouts at tempo effort, marathon-pace
// blocks).
func (c *classifier) seriesEvidence(e *evidence, r *Run, v *view, full bool) {
	s, grade, cfg, easy := v.Series, v.grade, c.cfg, e.easy
	if e.paceMute != "" {
		e.hrHard = c.hrVerdict(r, s)
		return
	}
	if easy <= 0 {
		return
	}
	bouts := func(speed, minSecs, minLap float64) work {
		w := paceBouts(s.Buckets, grade, speed, minSecs, cfg.DescentGrade)
		if minLap > 0 {
			if laps := lapBouts(s.Laps, speed, minLap); laps.secs > w.secs {
				w = laps
			}
		}
		return w
	}
	workV := max(speedFor(easy, cfg.WorkMargin), r.facts.floor/(1-cfg.ContrastMargin))
	e.work = bouts(workV, cfg.WorkBout.Seconds(), cfg.WorkLap.Seconds())
	e.intervals = e.work.interval(cfg.WorkReps, cfg.workNeeded(e.work, easy), cfg.CruiseMin.Seconds())
	if n, share := surges(s.Buckets, grade, workV, 1000/float64(cfg.RunPace), cfg.DescentGrade); n >= cfg.FartlekSurges && share >= cfg.FartlekShare {
		e.fartlek = fartlek{surges: n, share: share, speed: workV}
	}
	if !full {
		return
	}
	if e.intervals {
		fast := bouts(max(workV, speedFor(easy, cfg.TempoMargin)), cfg.WorkBout.Seconds(), cfg.WorkLap.Seconds())
		e.fastReps = fast.reps >= cfg.WorkReps && fast.secs >= cfg.workNeeded(fast, easy)
	}
	e.steadyWork = bouts(speedFor(easy, c.icfg.AeTMargin), cfg.MPBlock.Seconds(), 0)
}

// paceMute says why a run's pace cannot tell its effort, or "".
func paceMute(r *Run) string {
	switch {
	case r.Totals.DistanceM <= 0:
		return "it has no distance"
	case r.Digest.GPSJumps > 0 && r.Totals.DistanceFrom == "positions":
		return "its GPS track jumps (" + activity.Plural(r.Digest.GPSJumps, "jump") + ")"
	}
	return ""
}
