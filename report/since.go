package report

import (
	"fmt"
	"math"
	"time"

	"github.com/runlint/runlint/activity"
	"github.com/runlint/runlint/analyze"
)

// Span says how long it is from one local date to a later one, as a coach
// says it: "1 day", "12 days", "5 weeks", "4 months", "3 years 8 months".
// A block that ended long ago must say so wherever a report speaks of
// "the next run" or "the last weeks".
func Span(from, to time.Time) string {
	days := int(math.Round(to.Sub(from).Hours() / 24))
	switch {
	case days < 14:
		return activity.Plural(days, "day")
	case days < 60:
		return activity.Plural(days/7, "week")
	}
	months := (to.Year()-from.Year())*12 + int(to.Month()-from.Month())
	if to.Day() < from.Day() {
		months--
	}
	switch y, m := months/12, months%12; {
	case y == 0:
		return activity.Plural(m, "month")
	case m == 0:
		return activity.Plural(y, "year")
	default:
		return activity.Plural(y, "year") + " " + activity.Plural(m, "month")
	}
}

// afterLast is how the advice's day stands to the last run before it:
// ", the day after the last run" or ", 3 years 8 months after the last
// run, 2023-03-23".
func afterLast(a analyze.Advice) string {
	if a.LastRun == nil {
		return ""
	}
	last := a.LastRun.Day()
	if a.Date.Sub(last) <= 24*time.Hour {
		return ", the day after the last run"
	}
	return fmt.Sprintf(", %s after the last run, %s", Span(last, a.Date), last.Format(time.DateOnly))
}
