package analyze

import (
	"fmt"
	"strings"
	"time"

	"github.com/runlint/runlint/activity"
)

// minTypicalRuns: fewer runs than this in the window before a run, and its
// typical run is the block's.
const minTypicalRuns = 5

// longFinder tells the long runs: long for this runner, not by a fixed clock.
type longFinder struct {
	cfg     ClassifyConfig
	span    time.Duration
	typical *window // running times of the judged runs
	open    *window // the same, of the runs that are not sessions
}

func newLongFinder(judged []*Run, c *classifier, span time.Duration) *longFinder {
	f := &longFinder{cfg: c.cfg, span: span}
	var pts, open []dated
	for _, r := range judged {
		pts = append(pts, dated{r.day(), r.facts.running})
		if !c.sessionThroughout(r, nil) {
			open = append(open, dated{r.day(), r.facts.running})
		}
	}
	f.typical = newWindow(pts, span)
	f.open = newWindow(open, 0)
	return f
}

// weekLongest is the longest run, sessions left out, of the seven days
// centred on day: the run's own week, wherever the calendar's week begins
// (a Sunday long run done on Monday is still the week's long run).
func (f *longFinder) weekLongest(day time.Time) float64 {
	longest := 0.0
	for _, v := range f.open.between(day.AddDate(0, 0, -3), day.AddDate(0, 0, 4)) {
		longest = max(longest, v)
	}
	return longest
}

// typicalRun is the median running time of the runs in the window before day,
// or of the block's when the window holds too few; and where it came from.
func (f *longFinder) typicalRun(day time.Time) (float64, typicalFrom) {
	if in := f.typical.before(day); len(in) >= minTypicalRuns {
		return median(in), typicalFrom{span: f.span}
	}
	all := f.typical.all()
	return median(all), typicalFrom{span: f.span, blockRuns: len(all)}
}

// typicalFrom is where a typical run came from: the window before the run,
// or (blockRuns > 0) the whole block's runs when that window held too few.
type typicalFrom struct {
	span      time.Duration
	blockRuns int
}

func (t typicalFrom) words() string {
	span := FormatDuration(t.span)
	if t.blockRuns == 0 {
		return fmt.Sprintf("the runner's typical run of the %s before", span)
	}
	return fmt.Sprintf("the typical run of the block (%s; the %s before held too few)", activity.Plural(t.blockRuns, "run"), span)
}

// longWhy is what makes a run long, in numbers.
type longWhy struct {
	running, distM float64 // s of running, m
	always         float64 // s: LongAlways, when the run is at least that long; else 0
	longest        float64 // s: the longest run of the 7 days around it
	within         float64 // the share of it a long run may fall short by
	typical        float64 // s: the runner's typical run
	factor         float64 // how many times typical a long run lasts
	min, moving    float64 // s: LongMin; the run's moving time
	typicalFrom    typicalFrom
}

func (w longWhy) words() string {
	what := fmt.Sprintf("%s running, %s km", FormatMinutes(w.running), km(w.distM))
	if w.always > 0 {
		return fmt.Sprintf("%s, at or over %s", what, FormatMinutes(w.always))
	}
	week := "the longest run of the 7 days around it"
	if w.running < w.longest {
		week = fmt.Sprintf("within %s of the longest run of the 7 days around it (%s)", pct(w.within), FormatMinutes(w.longest))
	}
	return fmt.Sprintf("%s: %s, %.1f times %s (%s)", what, week, w.running/w.typical, w.typicalFrom.words(), FormatMinutes(w.typical))
}

// long says whether r is a long run, and why in numbers.
func (f *longFinder) long(r *Run) (bool, longWhy) { return f.longFor(r, r.facts.running) }

// longFor says whether r would be long with m seconds of running.
func (f *longFinder) longFor(r *Run, m float64) (bool, longWhy) {
	cfg := f.cfg
	why := longWhy{
		running: m, distM: r.Totals.DistanceM, moving: r.Totals.MovingS,
		within: 1 - cfg.LongWeekShare, factor: cfg.LongFactor, min: cfg.LongMin.Seconds(),
	}
	if m >= cfg.LongAlways.Seconds() {
		why.always = cfg.LongAlways.Seconds()
		return true, why
	}
	if m < cfg.LongMin.Seconds() {
		return false, why
	}
	why.typical, why.typicalFrom = f.typicalRun(r.day())
	why.longest = f.weekLongest(r.day())
	if why.typical <= 0 || m < cfg.LongFactor*why.typical || m < cfg.LongWeekShare*why.longest {
		return false, why
	}
	return true, why
}

// notWords says why a run that lasted long enough to be long is not: too
// little of it running, too close to the runner's typical run, or not the
// longest of its week; "" for a run too short to be tried.
func (w longWhy) notWords() string {
	if w.typical <= 0 {
		if w.moving < w.min || w.running >= w.min {
			return ""
		}
		return fmt.Sprintf("not long: %s of it running (walking and standing left out), under the %s a long run needs", FormatMinutes(w.running), FormatMinutes(w.min))
	}
	var why []string
	if w.running < w.factor*w.typical {
		why = append(why, fmt.Sprintf("under %g times %s (%s)", w.factor, w.typicalFrom.words(), FormatMinutes(w.typical)))
	}
	if w.running < (1-w.within)*w.longest {
		why = append(why, fmt.Sprintf("more than %s short of the longest run of the 7 days around it (%s)", pct(w.within), FormatMinutes(w.longest)))
	}
	// Running time is what is compared (walking and standing left out):
	// say it, or a 2-h mountain loop reads as shorter than a 1:51 h run.
	return fmt.Sprintf("not long: %s of running, ", FormatMinutes(w.running)) + strings.Join(why, ", and ")
}
