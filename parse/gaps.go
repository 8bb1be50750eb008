package parse

import (
	"fmt"
	"time"

	"github.com/runlint/runlint/activity"
)

// breaks tells a step between two samples that crosses a pause (the
// device's timer stopped, a GPX segment break, a TCX track break) or a gap
// of hours (activity.IsGap): no distance is counted across it, as Strava
// and Runalyze read a segment break. The line across a bus ride between two
// segments made 8.8 km of running read 14.8 km. It walks the pauses in time
// order alongside the steps, which come in time order too.
type breaks struct {
	pauses []activity.Pause
	next   int // the first pause that ends after the last step asked about starts
}

func (b *breaks) across(from, to time.Time) bool {
	if activity.IsGap(activity.Seconds(from, to)) {
		return true
	}
	for b.next < len(b.pauses) && !b.pauses[b.next].To.After(from) {
		b.next++
	}
	return b.next < len(b.pauses) && b.pauses[b.next].From.Before(to)
}

// warnGaps says that gaps of hours were left out of the moving time and the
// distance: a device left recording, or two recordings in one file.
func warnGaps(a *activity.Activity, n int, secs float64) {
	if n == 0 {
		return
	}
	a.Warn("%s of over %s between two points (%s in all) left out: no moving time or distance across them",
		activity.Plural(n, "gap"), wordSpan(activity.MaxGap.Seconds()), wordSpan(secs))
}

// wordSpan words a long stretch of time for a warning: "3 h", "9 days 2 h",
// "2 h 15 min".
func wordSpan(secs float64) string {
	d := time.Duration(secs) * time.Second
	days, h, m := int(d/(24*time.Hour)), int(d/time.Hour)%24, int(d/time.Minute)%60
	switch {
	case days > 0 && h > 0:
		return fmt.Sprintf("%s %d h", activity.Plural(days, "day"), h)
	case days > 0:
		return activity.Plural(days, "day")
	case m > 0:
		return fmt.Sprintf("%d h %d min", h, m)
	}
	return fmt.Sprintf("%d h", h)
}
