package report

import (
	"fmt"
	"strings"
	"time"

	"github.com/runlint/runlint/analyze"
)

// stateLine is where the runner stood at the block's last run, in the
// numbers a coach asks first: the weekly volume over the last 4 and 8
// weeks, the acute:chronic load on that day against the bound, and the
// races of those 8 weeks with their times. "" without a judged run.
func stateLine(r *analyze.Report) string {
	var last time.Time
	for _, run := range r.Runs {
		if run.Judged() && run.Day().After(last) {
			last = run.Day()
		}
	}
	if last.IsZero() {
		return ""
	}
	km := func(weeks int) float64 {
		from := last.AddDate(0, 0, -7*weeks)
		sum := 0.0
		for _, run := range r.Runs {
			if run.Judged() && run.Day().After(from) && !run.Day().After(last) {
				sum += run.Totals.DistanceM / 1000
			}
		}
		return sum / float64(weeks)
	}
	parts := []string{fmt.Sprintf("At the last run (%s): %.0f km a week over the last 4 weeks, %.0f over the last 8",
		last.Format(time.DateOnly), km(4), km(8))}
	if d, ok := r.Load.DayLoad(last); ok && d.ChronicSettled && d.Ratio > 0 {
		parts = append(parts, fmt.Sprintf("acute:chronic load %.2f (bound %.2g)", d.Ratio, r.Load.SpikeBound))
	}
	var races []string
	for _, run := range r.Runs {
		if run.Judged() && run.Race && run.Day().After(last.AddDate(0, 0, -56)) {
			races = append(races, fmt.Sprintf("%s %s (%s km in %s)", run.Day().Format("01-02"), runName(run.Activity),
				km1(run.Totals.DistanceM), analyze.FormatMinutes(run.Totals.MovingS)))
		}
	}
	if len(races) > 0 {
		parts = append(parts, "races in the last 8 weeks: "+strings.Join(races, ", "))
	}
	return strings.Join(parts, "; ") + "."
}

func km1(m float64) string { return fmt.Sprintf("%.1f", m/1000) }
