package analyze

import (
	"fmt"
	"time"

	"github.com/runlint/runlint/activity"
)

// PaceRef is a pace a run is held to, where it came from, and the sentence
// that says so: the runner's easy pace (the yardstick of the class) or the
// long-run pace (the yardstick of recovery runs).
type PaceRef struct {
	Pace   float64 // s/km
	From   string  // "config", "window", "around", "block", "easy", "none"
	Runs   int     // the runs it is the median of
	Reason string
}

// LRP is the long-run pace one run is judged against, and where it came from.
type LRP = PaceRef

// minEasyRuns: fewer runs than this in the window before, and the easy pace
// looks around the date instead.
const minEasyRuns = 3

// easyFinder works out the runner's easy pace in force on a date: the median
// steady pace of their runs in the window before it that were not hard.
type easyFinder struct {
	w       *window
	min     string // "20 min", for the reasons
	reasons map[string]string
}

func newEasyFinder(pts []dated, span time.Duration, minMoving time.Duration) *easyFinder {
	return &easyFinder{w: newWindow(pts, span), min: FormatMinutes(minMoving.Seconds()), reasons: map[string]string{}}
}

func (f *easyFinder) at(day time.Time) PaceRef {
	p := f.compute(day)
	if r, ok := f.reasons[p.Reason]; ok { // neighbouring days share one copy
		p.Reason = r
	} else {
		f.reasons[p.Reason] = p.Reason
	}
	return p
}

func (f *easyFinder) compute(day time.Time) PaceRef {
	span := FormatDuration(f.w.span)
	if in := f.w.before(day); len(in) >= minEasyRuns {
		p := median(in)
		return PaceRef{Pace: p, From: "window", Runs: len(in), Reason: fmt.Sprintf("easy pace %s: median steady pace of %s of %s or more in the %s before", FormatPace(p), activity.Plural(len(in), "run"), f.min, span)}
	}
	if in := f.w.around(day); len(in) >= minEasyRuns {
		p := median(in)
		return PaceRef{Pace: p, From: "around", Runs: len(in), Reason: fmt.Sprintf("easy pace %s: under %d runs of %s or more in the %s before, so the median steady pace of %s within %s either side", FormatPace(p), minEasyRuns, f.min, span, activity.Plural(len(in), "run"), span)}
	}
	if all := f.w.all(); len(all) > 0 {
		p := median(all)
		return PaceRef{Pace: p, From: "block", Runs: len(all), Reason: fmt.Sprintf("easy pace %s: too few runs near this date, so the median steady pace of the block's %s of %s or more", FormatPace(p), activity.Plural(len(all), "run"), f.min)}
	}
	return PaceRef{From: "none", Reason: fmt.Sprintf("no easy pace: no run of %s or more", f.min)}
}

// easyHRFinder is the runner's easy heart rate in force on a date: the
// median trusted heart rate of their runs of EasyRunsMin or more that were
// not hard, in the window before (else around) it. It is what a race by
// heart rate stands above: 88 % of HRmax is a race for one runner and an
// easy run for another.
func (c *classifier) easyHRFinder(judged []*Run) *easyFinder {
	var pts []dated
	for _, r := range judged {
		if r.Totals.MovingS >= c.cfg.EasyRunsMin.Seconds() && !r.evidence.hard() && r.facts.hr > 0 && c.hrTrust(r) == "" {
			pts = append(pts, dated{r.day(), r.facts.hr})
		}
	}
	return newEasyFinder(pts, c.pcfg.EasyWindow.Duration, c.cfg.EasyRunsMin.Duration)
}
