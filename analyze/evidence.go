package analyze

import (
	"fmt"
	"math"

	"github.com/runlint/runlint/activity"
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
	raceHR      float64 // the whole run at a race's heart rate (its mean, bpm), where its pace says less; else 0
	steadyHard  float64 // a steady run over the anaerobic threshold, pace and heart rate agreeing (its mean, bpm); else 0
	raceBlock   float64 // s/km of its fastest RaceBlock when that is at race effort (a parkrun inside a jog), else 0
	raceShort   float64 // s/km of its fastest RaceShort when that is at R pace or faster (a 1,500-m time trial), else 0
	progression bool
	fartlek     fartlek // speed play: surges at work pace, each perhaps shorter than a bout
	speedPlay   speedPlay
	// repSurges are the run's surges at R pace over its whole length, when
	// SpeedReps of them hold RepMin in all: reps with long rests (10-40 s
	// hard, a walk back), a session that a stride count misses where GPS
	// jitter hides half of its bursts.
	repSurges speedPlay
	// strides are the run's real strides or sprints (SprintReps or more,
	// else none): on an easy run they are what an easy day carries (Daniels,
	// Pfitzinger), named in its reasons; SpeedReps or more make a speed
	// session.
	strides    int
	stridesTop float64 // m/s: the fastest of them (a burst or a sprint lap)
	speedReps  bool    // strides >= SpeedReps: a session of sprints
	hills      bool
	paceMute   string // why the pace cannot speak ("" when it can)
	hrEasy     string // why the heart rate says a sustained effort was none ("" when it does not)
	hrHard     string // the heart-rate verdict where it had to decide
}

// hard reports whether anything made the session hard.
func (e evidence) hard() bool {
	return e.intervals || e.tempo > 0 || e.race || e.raceHR > 0 || e.steadyHard > 0 || e.raceBlock > 0 || e.raceShort > 0 || e.progression || e.fartlek.surges > 0 ||
		e.speedPlay.surges > 0 || e.repSurges.surges > 0 || e.hills || e.speedReps || e.hrHard != ""
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
	// A stretch of minutes faster than SustainedMax over easy pace is the
	// GPS's, not the legs': no tempo or race block stands on it.
	top := speedFor(easy, cfg.SustainedMax)
	if f.best >= speedFor(easy, cfg.TempoMargin) && f.best <= top {
		e.tempo = 1000 / f.best
	}
	if f.raceBest >= speedFor(easy, cfg.RaceMargin) && f.raceBest <= top {
		e.raceBlock = 1000 / f.raceBest
	}
	if f.shortBest >= speedFor(easy, cfg.RepMargin) && f.shortBest <= speedFor(easy, cfg.SustainedMax+0.1) { // mile pace, 10 points past 3-km's
		e.raceShort = 1000 / f.shortBest
	}
	e.race = r.Totals.MovingS >= cfg.RaceMin.Seconds() && r.Pace() > 0 && r.Pace() <= easy*(1-cfg.RaceMargin)
	e.raceHR = c.raceByHR(r)
	e.steadyHard = c.steadyHardByHR(r, easy)
	e.progression = f.first > 0 && f.last >= f.first/(1-cfg.ProgressionMargin) && f.last >= speedFor(easy, cfg.ProgressionMargin)
	// A burst faster than BurstMax times the easy speed is no runner's
	// legs: 10 m/s on a 5:00/km jogger is GPS.
	sprintV, topV := speedFor(easy, cfg.SprintMargin), cfg.BurstMax*1000/easy
	for _, v := range append(f.bursts[:len(f.bursts):len(f.bursts)], f.sprintLaps...) {
		if v >= sprintV && v <= topV {
			e.strides++
			e.stridesTop = max(e.stridesTop, v)
		}
	}
	if e.strides < cfg.SprintReps {
		e.strides, e.stridesTop = 0, 0
	}
	// Ten sprints are a speed session; so are fewer when the run between
	// them is mostly walking and standing (reps with full recoveries on a
	// track): strides keep an easy run easy, and that was no run.
	e.speedReps = e.strides >= cfg.SpeedReps || e.strides > 0 && f.running < r.Totals.MovingS/2
	return e
}

// heartSays holds a run's sustained efforts (tempo, race, progression,
// fartlek) to its trusted heart rate: a run that spent under HardDayAbove
// (or a third of itself, for a run shorter than half an hour) within
// HardDayMargin of HRmax under the aerobic threshold or above it was not
// run at tempo or race effort, whatever the pace against an easy pace that
// may not be the runner's today (a tailwind, a GPS that ran ahead, a
// yardstick from slow weeks). The margin keeps a progression that ends at
// the threshold, and a runner whose HRmax is set by a rare peak, hard.
// Short repeats, sprints and hill repeats stay: the heart lags them.
func (c *classifier) heartSays(r *Run, v *view) {
	in, e := r.Intensity, &r.evidence
	if in.ZonesFrom != "heart rate" || !(e.tempo > 0 || e.race || e.raceBlock > 0 || e.raceShort > 0 || e.progression || e.fartlek.surges > 0) {
		return
	}
	floor := (c.icfg.AeTHR - c.cfg.HardDayMargin) * c.maxHR
	mask := v.hrMask(c.icfg.ArtefactHR)
	var near float64
	for i, b := range v.Buckets {
		if mask[i] && b.HR() >= floor {
			near += b.Secs()
		}
	}
	if near >= min(c.cfg.HardDayAbove.Seconds(), r.Totals.MovingS/3) { // a 1,500-m race lasts 4 min
		return
	}
	e.hrEasy = fmt.Sprintf("its heart rate was at %.0f bpm or more (%s of HRmax, near the aerobic threshold) for only %s (average %.0f bpm), no tempo or race effort",
		floor, pct(floor/c.maxHR), FormatMinutes(near), in.AvgHR)
	e.tempo, e.race, e.raceBlock, e.raceShort, e.progression, e.fartlek = 0, false, 0, 0, false, fartlek{}
}

// raceByHR is a run's mean heart rate when it says the run was a race, 0
// otherwise: RaceHRMin or longer, held from start to end at RaceHR of HRmax
// or more and RaceHRMargin of HRmax above the runner's own easy runs' heart
// rate (the first third too: a race starts hot, while a hot or hilly easy
// run drifts up), on a pace that did not fade by more than a twentieth.
// Pace alone misses races on hills, in heat and for slower runners; heart
// rate held high from the start says it. Where the heart rate cannot be
// trusted, or the runner's easy heart rate is unknown, it says nothing.
func (c *classifier) raceByHR(r *Run) float64 {
	f, cfg := &r.facts, c.cfg
	if c.maxHR <= 0 || r.easyHR <= 0 || f.hr <= 0 || r.Totals.MovingS < cfg.RaceHRMin.Seconds() || c.hrTrust(r) != "" {
		return 0
	}
	floor := max(cfg.RaceHR*c.maxHR, r.easyHR+cfg.RaceHRMargin*c.maxHR)
	if f.hr < floor || f.hrFirst < floor-0.03*c.maxHR || f.hrLast < floor {
		return 0
	}
	if f.first > 0 && f.last > 0 && f.last < 0.95*f.first {
		return 0 // a fade, not a race's even or negative split
	}
	return f.hr
}

// steadyHardByHR is the trusted mean heart rate of a steady hard run (a
// threshold or steady-state run, a time trial its heart rate found only
// late), or 0: RaceHRMin or more at intensity.aet_margin faster than easy
// pace, its heart rate half way between the thresholds or more and over the
// runner's usual easy heart rate (intensity.usual_hr). Over the aerobic
// threshold by pace and by heart rate, the whole run: no easy run. Both must
// say it: the pace alone is the tempo test's, the heart rate alone on an
// easy pace is the heat's or the sensor's, and a steady easy run stays easy.
func (c *classifier) steadyHardByHR(r *Run, easy float64) float64 {
	f, cfg := &r.facts, c.cfg
	if c.maxHR <= 0 || r.easyHR <= 0 || f.hr <= 0 || easy <= 0 || r.Totals.MovingS < cfg.RaceHRMin.Seconds() || c.hrTrust(r) != "" {
		return 0
	}
	if r.Pace() <= 0 || r.Pace() > easy*(1-c.icfg.AeTMargin) || f.hr < (c.icfg.AeTHR+c.icfg.AnTHR)/2*c.maxHR || usualHR(r, f.hr, c.icfg.UsualHR*c.maxHR) {
		return 0
	}
	return f.hr
}

// seriesEvidence adds what takes the run's series: work bouts from the pace
// stream and the laps, and heart rate where the pace cannot speak. full adds
// what only the final verdict reads (bouts at tempo effort, marathon-pace
// blocks).
func (c *classifier) seriesEvidence(e *evidence, r *Run, v *view, full bool) {
	s, grade, cfg, easy := v.Series, v.grade, c.cfg, e.easy
	if e.paceMute != "" {
		e.hrHard = c.hrVerdict(r, v)
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
	runV := 1000 / float64(cfg.RunPace)
	if n, share := surges(s.Buckets, grade, workV, runV, cfg.DescentGrade); n >= cfg.FartlekSurges && share >= cfg.FartlekShare {
		e.fartlek = fartlek{surges: n, share: share, speed: workV}
	}
	repV := speedFor(easy, cfg.RepMargin)
	if sp := findSpeedPlay(s.Buckets, grade, repV, runV, cfg.DescentGrade, cfg.SpeedPlayGap.Seconds()); sp.surges >= cfg.SpeedPlaySurges {
		e.speedPlay = sp
	}
	// Strides are a handful and a couple of minutes (8 x 20 s is 2:40);
	// ten surges at R pace holding a rep session's dose are not strides.
	// Real strides witness that the surges are legs: a 1-Hz track's
	// jitter makes single fast buckets all through a jog.
	if e.strides > 0 { // asked first: most runs have none, and the pass over the buckets is not needed then
		if all := findSpeedPlay(s.Buckets, grade, repV, runV, cfg.DescentGrade, math.MaxFloat64); all.surges >= cfg.SpeedReps && all.fast >= cfg.RepMin.Seconds() {
			e.repSurges = all
		}
	}
	// A last third made fast by the work bouts in it, its median no
	// faster, is a session or an easy run with strides, not a progression.
	if e.progression && e.intervals {
		if first, last := midThirds(s.Buckets, runV); !(last >= first/(1-cfg.ProgressionMargin)) {
			e.progression = false
		}
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
	case r.Totals.MovingS >= 5*60 && r.Pace() < MinPlausiblePace:
		return fmt.Sprintf("its pace, %s over %s, is faster than any runner's: its distance is wrong", FormatPace(r.Pace()), FormatMinutes(r.Totals.MovingS))
	case r.Totals.DistanceFrom == "positions" && float64(r.Digest.GPSJumps) > r.Totals.DistanceM/1000:
		return fmt.Sprintf("its GPS track jumps more than once a kilometre (%s in %s km)", activity.Plural(r.Digest.GPSJumps, "jump"), km(r.Totals.DistanceM))
	}
	return ""
}

// strideLaps reports whether a run's work bouts were strides: none longer
// than StrideMax and SpeedReps of them at most in time (10 x 25 s with a
// walk back after an easy run). Daniels and Pfitzinger put these on easy
// days; a 30-30 session of twenty is no light day and stays one.
func (c *classifier) strideLaps(w work) bool {
	most := c.cfg.StrideMax.Seconds()
	return w.reps > 0 && w.longest <= most && w.secs <= float64(c.cfg.SpeedReps)*most
}
