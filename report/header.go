package report

import (
	"fmt"
	"strings"
	"time"

	"github.com/runlint/runlint/analyze"
)

// The page's header: the dates the block spans, how long ago its last run
// was, and the runner's three yardsticks with where each came from.

// rangeOf is "runs from 2015-11-28 to 2023-03-23": the first and last
// judged runs reported.
func rangeOf(r *analyze.Report) string {
	var first, last string
	for _, run := range r.Runs {
		if !run.Judged() {
			continue
		}
		if d := run.LocalDate(); first == "" || d < first {
			first = d
		}
		if d := run.LocalDate(); d > last {
			last = d
		}
	}
	if first == "" {
		return "No judged run"
	}
	return "Runs from " + first + " to " + last
}

// lastRunLine says how long before the advised day the last run was, when
// the check advised one: "the last run 3 years 8 months before 2026-12-07".
func lastRunLine(r *analyze.Report) string {
	if r.Next == nil || r.Next.LastRun == nil {
		return ""
	}
	last := r.Next.LastRun.Day()
	return fmt.Sprintf("the last run %s before %s", Span(last, r.Next.Date), r.Next.Date.Format(time.DateOnly))
}

// yardstick is one of the runner's yardsticks: its value, and why.
type yardstick struct{ Value, Reason string }

// yardsticks are the easy pace (what the classes are measured against), the
// long-run pace (what recovery runs are) and HRmax (what the zones are), each
// with its reason in numbers.
func yardsticks(p analyze.Profile) []yardstick {
	split := func(label, reason, value string) yardstick {
		_, why, ok := strings.Cut(reason, ": ")
		if !ok {
			why = reason
		}
		return yardstick{Value: label + " " + value, Reason: why}
	}
	hrmax := "not estimated"
	if p.MaxHR > 0 {
		hrmax = fmt.Sprintf("%.0f bpm", p.MaxHR)
	}
	hr := split("HRmax", p.MaxHRReason, hrmax)
	if p.AeTHR > 0 {
		// The thresholds every zone, load and easy-too-hard finding is read against.
		hr.Reason += fmt.Sprintf("; the aerobic threshold %.0f bpm (%.0f %%) and the anaerobic %.0f bpm (%.0f %%) split easy, moderate and hard",
			p.AeTHR, 100*p.AeTHR/p.MaxHR, p.AnTHR, 100*p.AnTHR/p.MaxHR)
	}
	return []yardstick{
		split("Easy pace", p.EasyPace.Reason, analyze.FormatPace(p.EasyPace.Pace)),
		split("Long-run pace", p.LongRunPace.Reason, analyze.FormatPace(p.LongRunPace.Pace)),
		hr,
	}
}

// pageNext is the next run as the page gives it: the line and its reasons.
type pageNext struct {
	Line    string
	Because []string
}

func nextOnPage(r *analyze.Report) *pageNext {
	if r.Next == nil {
		return nil
	}
	return &pageNext{Line: NextLine(*r.Next), Because: r.Next.Because}
}
