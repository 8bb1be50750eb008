package analyze

import (
	"fmt"
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
	reasons map[string]string
}

func newLongFinder(judged []*Run, cfg ClassifyConfig, span time.Duration) *longFinder {
	f := &longFinder{cfg: cfg, span: span, reasons: map[string]string{}}
	var pts, open []dated
	for _, r := range judged {
		pts = append(pts, dated{r.day(), r.facts.running})
		if !r.evidence.session() {
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
// or of the block's when the window holds too few; and the words for it.
func (f *longFinder) typicalRun(day time.Time) (float64, string) {
	span := FormatDuration(f.span)
	if in := f.typical.before(day); len(in) >= minTypicalRuns {
		return median(in), fmt.Sprintf("the runner's typical run of the %s before", span)
	}
	all := f.typical.all()
	return median(all), fmt.Sprintf("the typical run of the block (%s; the %s before held too few)", activity.Plural(len(all), "run"), span)
}

// long says whether r is a long run, and why in numbers.
func (f *longFinder) long(r *Run) (bool, string) {
	m, cfg := r.facts.running, f.cfg
	what := fmt.Sprintf("%s running, %s km", FormatMinutes(m), km(r.Totals.DistanceM))
	if m >= cfg.LongAlways.Seconds() {
		return true, fmt.Sprintf("%s, at or over %s", what, FormatMinutes(cfg.LongAlways.Seconds()))
	}
	if m < cfg.LongMin.Seconds() {
		return false, ""
	}
	typ, typWhat := f.typicalRun(r.day())
	longest := f.weekLongest(r.day())
	if typ <= 0 || m < cfg.LongFactor*typ || m < cfg.LongWeekShare*longest {
		return false, ""
	}
	week := "the longest run of the 7 days around it"
	if m < longest {
		week = fmt.Sprintf("within %s of the longest run of the 7 days around it (%s)", pct(1-cfg.LongWeekShare), FormatMinutes(longest))
	}
	return true, fmt.Sprintf("%s: %s, %.1f times %s (%s)", what, week, m/typ, typWhat, FormatMinutes(typ))
}
