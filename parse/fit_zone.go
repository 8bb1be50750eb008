package parse

import (
	"github.com/runlint/runlint/activity"

	"github.com/runlint/runlint/internal/tz"
)

// zoneAtStart dates a FIT activity by the offset in force at its start. A
// watch states one offset, its activity message's local time less its
// timestamp, and writes that message at the end: a run from 23:30 across
// the night the clocks go forward would be dated the next day by it. Where
// the activity has a position, and the zone there had the offset the file
// states when the file states it, the zone's offset at the start is taken
// (and its name kept). Without a position (a treadmill), or where the zone
// there disagrees with the watch (set by hand, or abroad), the stated
// offset stands: nothing else in the file says when the clocks changed.
func (l *fitListener) zoneAtStart(a *activity.Activity) {
	if !l.hasOffset || a.Start.IsZero() || !l.offsetAt.After(a.Start) {
		return
	}
	for i := range a.Samples {
		s := &a.Samples[i]
		if !s.HasPosition() {
			continue
		}
		name := zoneAt(s.Lat, s.Lon)
		loc, err := tz.Load(name)
		if name == "" || err != nil {
			return
		}
		_, atEnd := l.offsetAt.In(loc).Zone()
		_, atStart := a.Start.In(loc).Zone()
		if atEnd == l.localOffset && atStart != atEnd {
			a.Zone = activity.Zone{Offset: atStart, Name: name, From: "fit local_timestamp and position"}
		}
		return
	}
}
