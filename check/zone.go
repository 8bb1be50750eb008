package check

import (
	"sort"
	"time"

	"github.com/runlint/runlint/activity"
	"github.com/runlint/runlint/internal/tz"
	"github.com/runlint/runlint/parse"
)

// Where placeZones found an activity's zone (activity.Zone.From), beside
// the readers' (parse.ZoneFromFIT, ZoneFromPosition, ZoneFromOffset).
const (
	ZoneFromNearest = "nearest activity" // the zone of the runner's activity nearest in time that has one
	ZoneFromNone    = "none"             // nothing says: UTC, with a warning
)

// placeZones dates the activities whose files do not say where they were
// recorded (a treadmill run's GPX or TCX has no position; some FIT files no
// local time), after reading and before judging: the day a run was run on
// decides "the day after a hard day". The runner's own block says it best:
// each takes the zone of the activity nearest to it in time that has one
// of its own (a position, the device's local time), at its own start, so a
// named zone's summer time is its own. Without one in the block, the
// offset written on the file's times stands (a hint, see parse); without
// that, UTC, with a warning. Never the zone of the machine runlint runs on:
// the same block gave other dates on a CI machine, and the cache kept them.
func placeZones(results []parse.Result) {
	var placed, open []*activity.Activity
	for i := range results {
		for _, a := range results[i].Activities {
			switch {
			case a.Zone.From == "" || a.Zone.From == parse.ZoneFromOffset:
				open = append(open, a)
			case !a.Start.IsZero():
				placed = append(placed, a)
			}
		}
	}
	if len(open) == 0 {
		return
	}
	// Stable, from the results' path order: the same block places the same way.
	sort.SliceStable(placed, func(i, j int) bool { return placed[i].Start.Before(placed[j].Start) })
	for _, a := range open {
		place(a, nearest(placed, a.Start))
	}
}

// nearest is the activity of placed (in start order) that starts nearest
// to at, the earlier of two as near; nil when placed is empty.
func nearest(placed []*activity.Activity, at time.Time) *activity.Activity {
	i := sort.Search(len(placed), func(i int) bool { return !placed[i].Start.Before(at) })
	switch {
	case len(placed) == 0:
		return nil
	case i == 0:
		return placed[0]
	case i == len(placed):
		return placed[i-1]
	}
	before, after := placed[i-1], placed[i]
	if after.Start.Sub(at) < at.Sub(before.Start) {
		return after
	}
	return before
}

// place gives a its zone from n, else keeps its file's hint, else UTC.
func place(a, n *activity.Activity) {
	switch {
	case n != nil && n.Zone.Name != "":
		if loc, err := tz.Load(n.Zone.Name); err == nil {
			_, off := a.Start.In(loc).Zone()
			a.Zone = activity.Zone{Offset: off, Name: n.Zone.Name, From: ZoneFromNearest}
			return
		}
		a.Zone = activity.Zone{Offset: n.Zone.Offset, Name: n.Zone.Name, From: ZoneFromNearest}
	case n != nil:
		a.Zone = activity.Zone{Offset: n.Zone.Offset, From: ZoneFromNearest}
	case a.Zone.From == parse.ZoneFromOffset:
	default:
		a.Zone = activity.Zone{Name: "UTC", From: ZoneFromNone}
		a.Warn("no time zone: the file has no position, no local time and no offset on its times, and no other activity read with it has one: dated in UTC")
	}
}
