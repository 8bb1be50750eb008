package analyze

import (
	"time"

	"github.com/runlint/runlint/activity"
)

// Class is what a run was, judged by its goal.
type Class string

// The four classes. A run that is not judged (not a run, too broken, a
// duplicate) has no class.
const (
	Hard     Class = "hard"
	Easy     Class = "easy"
	Long     Class = "long"
	Recovery Class = "recovery"
)

// Run is one activity and what runlint made of it.
type Run struct {
	*activity.Activity
	Digest *activity.Digest

	Class     Class
	Reasons   []string // the verdict first, then the numbers behind it: rendered from verdict at the end
	NotJudged string   // why the run has no class; "" when judged
	LRP       LRP      // the long-run pace it was judged against
	EasyPace  LRP      // the runner's easy pace in force: the yardstick of its class
	Intent    Class    // what its name says it was meant to be, if it says
	PartOf    *Run     // the session a warm-up or cool-down belongs to
	DupOf     *Run     // the copy that is judged, when this one is a duplicate
	After     *Run     // for a recovery run: the hard or long run the day before
	Intensity Intensity
	Findings  []Finding
	// Race: the run was a race effort (from start to end, or a race inside
	// it: a parkrun, a time trial), by its pace or its heart rate.
	Race bool
	// Light: a session by its sprints alone (a speed session, speed play,
	// hill sprints): neuromuscular work that costs the body little, no
	// hard day for what follows it.
	Light bool
	// Quality: a long run with quality inside (marathon-pace blocks, a fast
	// finish): its minutes over the threshold are its point.
	Quality bool
	// Warmup: its name, deciding (use_names), says a warm-up or cool-down,
	// or a jog around a race: part of its day, audited with it.
	Warmup bool
	// easyHR: the runner's easy runs' heart rate in force, bpm (0:
	// unknown): what a race by heart rate stands above, and what
	// easy-too-hard tells a runner's usual effort by.
	easyHR float64
	// runningS: its time at a running pace, s (walking and standing left
	// out; 0 where not read): what a week's hours of training count.
	runningS float64

	*judging           // while it is judged; nil once its reasons are written
	date     string    // local date, computed once: classification asks for it often
	dayT     time.Time // the same date at midnight UTC
}

// judging is what classification works out about a run on its way to a
// class: read from its samples, weighed, decided. Nothing reads it once the
// reasons are written from it, so it is dropped then: kept, it was a third
// of the heap held to the end of a large block (about 570 bytes a run).
type judging struct {
	facts    runFacts
	evidence evidence
	verdict  verdict
	sprints  bool // its name, deciding, says a session of sprints alone
}

// LocalDate is the run's local date (YYYY-MM-DD).
func (r *Run) LocalDate() string {
	if r.date == "" {
		r.date = r.Activity.LocalDate()
		r.dayT, _ = time.Parse(time.DateOnly, r.date)
	}
	return r.date
}

// judgeable reports whether the run can be classified: a run, not a
// duplicate, with enough data.
func (r *Run) judgeable() bool {
	return r.IsRun() && r.DupOf == nil && r.NotJudged == "" && r.Digest != nil
}

// Judged reports whether the run got a class.
func (r *Run) Judged() bool { return r.Class != "" }

// Pace is the run's moving pace in s/km (0 without distance).
func (r *Run) Pace() float64 {
	if r.Totals.DistanceM <= 0 {
		return 0
	}
	return r.Totals.MovingS / (r.Totals.DistanceM / 1000)
}

// Day is the run's local date, as midnight UTC.
func (r *Run) Day() time.Time { return r.day() }

// day is the run's local calendar date at midnight UTC, for day arithmetic
// that time zones and DST cannot shift.
func (r *Run) day() time.Time {
	r.LocalDate()
	return r.dayT
}

// end is when the run ended (UTC).
func (r *Run) end() time.Time {
	return r.Start.Add(time.Duration(r.Totals.ElapsedS * float64(time.Second)))
}
