package analyze

import (
	"fmt"
	"runtime"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/runlint/runlint/activity"
)

// classifier gives every judgeable run its class, its reasons and its
// intensity, from the runner's own block.
type classifier struct {
	cfg        ClassifyConfig
	icfg       IntensityConfig
	pcfg       ProfileConfig
	maxHR      float64
	restHR     float64
	trimpTable *[256]float64           // see trimpAt
	paceTable  *[paceSteps + 1]float64 // see paceTrimpAt
	intent     map[string]intentRead   // names repeat (sport profiles): read each once
	byDay      map[time.Time][]*Run    // judged runs by local date
	// loadScaleRuns: how many runs put the loads from pace on the
	// heart-rate scale (calibratePaceLoad).
	loadScaleRuns int
	// scratch holds one run's series read back from the spill at a time
	// (cross-training); rooms, one per goroutine of a pass, likewise.
	scratch activity.Series
	rooms   []room
	failed  *failures // runs a fault of runlint's left unjudged
}

// room is where one goroutine of a classification pass reads a run's series
// back and works out its view.
type room struct {
	series activity.Series
	view   view
}

// view is one run's series as classification reads it, with the slope under
// each bucket (nil without elevation) worked out once, and room for sorting.
type view struct {
	activity.Series
	grade             []float64
	gradeRoom         []float64 // gradesInto's
	scratch, scratch2 []float64
	mask              []bool // hrMask's, once per run
	masked            bool
}

// hrMask is the run's trusted heart-rate buckets (see hrMask), worked out
// once per pass.
func (v *view) hrMask(artefactHR float64) []bool {
	if !v.masked {
		v.mask, v.masked = hrMask(v.mask, v.Buckets, v.grade, artefactHR), true
	}
	return v.mask
}

// classify judges the runs (oldest first). The easy pace and the classes
// depend on each other (a hard session's pace is no easy pace), so the runs
// are measured twice: against the steady pace of every run first, then
// against that of the runs that were not hard. Each pass reads every run's
// series once, after one that reads their facts.
func (c *classifier) classify(runs []*Run) (*easyFinder, *lrpFinder) {
	var judged []*Run
	for _, r := range runs {
		if r.judgeable() {
			r.judging = &judging{}
			judged = append(judged, r)
		}
	}
	if c.maxHR > 0 {
		c.trimpAt() // built before the passes share them
		c.paceTrimpAt()
	}
	judged = c.readAll(judged, func(r *Run, s *view) { r.facts = readFacts(r, s, c.cfg, c.icfg.ArtefactHR) })
	steady := func(r *Run) float64 {
		if r.facts.steady <= 0 || terrainSet(r, c.pcfg) != "" {
			return 0 // a mountain run's pace is the terrain's
		}
		return 1000 / r.facts.steady
	}
	first := c.easyFinder(judged, steady)
	// Against the first easy pace, the series of a run is read only when its
	// facts did not already make it hard: all this pass decides is which
	// runs make the easy pace.
	for _, r := range judged {
		r.EasyPace = first.at(r.day())
		r.evidence = c.factsEvidence(r, r.EasyPace.Pace)
	}
	judged = c.readSome(judged, func(r *Run) bool { return !r.evidence.hard() }, func(r *Run, s *view) {
		c.seriesEvidence(&r.evidence, r, s, false)
	})
	easy := c.easyFinder(judged, func(r *Run) float64 {
		if r.evidence.hard() {
			return 0
		}
		return steady(r)
	})
	easyHR := c.easyHRFinder(judged)
	for _, r := range judged {
		r.EasyPace = easy.at(r.day()) // here: easy.at memoizes, unsafe for the pass's goroutines
		r.easyHR = easyHR.at(r.day()).Pace
	}
	judged = c.readAll(judged, func(r *Run, s *view) {
		r.evidence = c.factsEvidence(r, r.EasyPace.Pace)
		c.seriesEvidence(&r.evidence, r, s, true)
		r.Intensity = c.intensity(r, s, r.EasyPace.Pace)
		c.heartSays(r, s)
		r.Class, r.Reasons, r.After, r.PartOf, r.Intent, r.verdict, r.Warmup = "", nil, nil, nil, "", verdict{}, false
	})

	_, c.loadScaleRuns = calibratePaceLoad(judged)
	c.byDay = map[time.Time][]*Run{}
	for _, r := range judged {
		c.byDay[r.day()] = append(c.byDay[r.day()], r)
	}
	longs := newLongFinder(judged, c, c.pcfg.EasyWindow.Duration)
	judged = c.each(judged, func(r *Run) { c.sessionOrLong(r, longs) })
	judged = c.each(judged, c.dayContext)
	judged = c.each(judged, c.applyIntent)
	lrps := newLRPFinder(runs, c.pcfg)
	c.each(judged, func(r *Run) {
		r.LRP = lrps.at(r.day(), r.EasyPace)
		r.Reasons = c.render(r)
		r.Race = c.raceOn(r.day()) == r
		e := r.evidence
		r.Quality = r.Class == Long && (e.hard() || e.steadyWork.reps > 0) // as longQuality names it
		r.runningS = r.facts.running
		strideLaps := c.strideLaps(e.work)
		r.Light = r.Class == Hard && (!e.intervals || strideLaps) && e.tempo == 0 && !e.race && e.raceHR == 0 && e.steadyHard == 0 && e.raceBlock == 0 && e.raceShort == 0 &&
			!e.progression && e.fartlek.surges == 0 && e.hrHard == "" && (!e.hills && (e.speedReps || e.speedPlay.surges > 0 || e.repSurges.surges > 0 || strideLaps) || r.sprints) &&
			!(c.cfg.UseNames && r.Intent == Hard && !r.sprints) // its name, deciding, says a session beyond sprints ("2 km tempo")
	})
	for _, r := range runs {
		r.judging = nil // also of a run whose series could not be read back
	}
	return easy, lrps
}

// easyFinder builds the easy pace from pace(r) of the runs long enough to
// show one (0 leaves a run out).
func (c *classifier) easyFinder(judged []*Run, pace func(*Run) float64) *easyFinder {
	var pts []dated
	for _, r := range judged {
		if r.Totals.MovingS < c.cfg.EasyRunsMin.Seconds() {
			continue
		}
		if p := pace(r); p >= MinPlausiblePace && p <= MaxPlausiblePace {
			pts = append(pts, dated{r.day(), p})
		}
	}
	return newEasyFinder(pts, c.pcfg.EasyWindow.Duration, c.cfg.EasyRunsMin.Duration)
}

// readAll reads each run's series back (they may be in a spill file) and
// hands it to do. A run whose series cannot be read back is not judged.
func (c *classifier) readAll(judged []*Run, do func(*Run, *view)) []*Run {
	return c.readSome(judged, nil, do)
}

// runsPerGoroutine is the least work worth another goroutine: a run's pass
// takes tens of microseconds.
const runsPerGoroutine = 16

// readSome is readAll for the runs need accepts (nil: all of them). The
// runs are shared out among a few goroutines, one per CPU, each with its
// own room: do must write to its run only. The passes are most of a warm
// check's time, and one run's pass does not look at another run.
func (c *classifier) readSome(judged []*Run, need func(*Run) bool, do func(*Run, *view)) []*Run {
	n := max(1, min(runtime.GOMAXPROCS(0), len(judged)/runsPerGoroutine))
	for len(c.rooms) < n {
		c.rooms = append(c.rooms, room{})
	}
	failed := make([]bool, len(judged))
	var next atomic.Int64
	var wg sync.WaitGroup
	for w := range n {
		rm := &c.rooms[w]
		wg.Go(func() {
			for i := int(next.Add(1)) - 1; i < len(judged); i = int(next.Add(1)) - 1 {
				if r := judged[i]; need == nil || need(r) {
					ok := false
					c.failed.guard(r, func() { ok = rm.pass(r, do) })
					failed[i] = !ok
				}
			}
		})
	}
	wg.Wait()
	kept := judged[:0]
	for i, r := range judged {
		if !failed[i] {
			kept = append(kept, r)
		}
	}
	return kept
}

// pass reads r's series back into the room and hands its view to do; false
// when the series cannot be read back.
func (rm *room) pass(r *Run, do func(*Run, *view)) bool {
	s, err := r.Digest.SeriesWith(&rm.series)
	if err != nil {
		r.NotJudged = err.Error()
		return false
	}
	v := &rm.view
	v.Series = s
	v.grade = gradesInto(&v.gradeRoom, s.Buckets)
	v.masked = false
	do(r, v)
	return true
}

// each does one step of the judging to every run, one after another; a run
// the step fails on is left unjudged and out of the runs it returns.
func (c *classifier) each(judged []*Run, step func(*Run)) []*Run {
	kept := judged[:0]
	for _, r := range judged {
		if c.failed.guard(r, func() { step(r) }) {
			kept = append(kept, r)
		}
	}
	return kept
}

// sessionOrLong gives a run what it is on its own: hard, long, or neither
// yet.
func (c *classifier) sessionOrLong(r *Run, longs *longFinder) {
	e := r.evidence
	long, why := longs.long(r)
	switch {
	case long && !c.sessionThroughout(r, longs):
		r.Class, r.verdict = Long, verdict{by: byLong, long: why}
	case e.hard():
		r.Class, r.verdict = Hard, verdict{by: byHard, long: why, isLong: long}
	default:
		r.verdict.long = why // an easy run says why it is not long
	}
}

// sessionThroughout reports whether a run long enough to be long was a
// session instead: a race effort from start to end, a hard heart rate where
// the pace cannot speak, or a session whose running outside its quality
// would not be long (10 x 3 min with a warm-up and a cool-down is an
// interval session, not a long run). A long run stays long with its
// quality named when it would be long without it (Pfitzinger's long runs
// with marathon-pace or threshold segments, a parkrun inside a long run).
func (c *classifier) sessionThroughout(r *Run, longs *longFinder) bool {
	e := r.evidence
	if c.raceThroughout(r) || e.hrHard != "" {
		return true
	}
	if !e.hard() {
		return false
	}
	easyPart := r.facts.running - c.qualitySecs(r)
	if longs == nil {
		return easyPart < c.cfg.LongMin.Seconds()
	}
	long, _ := longs.longFor(r, easyPart)
	return !long
}

// qualitySecs is how much of a run its quality took: its work bouts, or
// its tempo or race-effort stretch.
func (c *classifier) qualitySecs(r *Run) float64 {
	e, q := r.evidence, 0.0
	if e.intervals || e.fartlek.surges > 0 {
		q = e.work.secs
	}
	if e.tempo > 0 {
		q = max(q, c.cfg.TempoMin.Seconds())
	}
	if e.raceBlock > 0 {
		q = max(q, c.cfg.RaceBlock.Seconds())
	}
	return q
}

// raceThroughout reports whether a long run was run at tempo effort from
// start to end: a race, not a long run with quality inside.
func (c *classifier) raceThroughout(r *Run) bool {
	e := r.easyPace()
	return r.evidence.raceHR > 0 || r.evidence.hrEasy == "" && e > 0 && r.Pace() > 0 && r.evidence.paceMute == "" && r.Pace() <= e*(1-c.cfg.TempoMargin)
}

func (r *Run) easyPace() float64 { return r.EasyPace.Pace }

// sortRuns orders runs oldest first, then by file and session.
func sortRuns(runs []*Run) {
	sort.SliceStable(runs, func(i, j int) bool { return less(runs[i].Activity, runs[j].Activity) })
}

// longQuality names the quality a long run carries: what would make a
// shorter run hard, and blocks at marathon pace.
func (c *classifier) longQuality(r *Run) string {
	var parts []string
	if r.evidence.hard() {
		parts = append(parts, c.hardReason(r))
	}
	if w := r.evidence.steadyWork; w.reps > 0 {
		parts = append(parts, fmt.Sprintf("%s at marathon pace or faster (%s in all) at %s, %s faster than easy pace %s",
			activity.Plural(w.reps, "block"), FormatMinutes(w.secs), FormatPace(w.pace()), pct(fasterBy(w.pace(), r.easyPace())), FormatPace(r.easyPace())))
	}
	return strings.Join(parts, "; ")
}
