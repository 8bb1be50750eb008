package parse

import (
	"time"

	"github.com/runlint/runlint/activity"

	"github.com/runlint/runlint/internal/tz"
)

// zoneAt names the time zone at a position, or "". A variable so the fuzz
// targets can skip building the finder, which takes seconds under coverage.
var zoneAt = tz.At

// MachineZone is the zone used when a file gives neither an offset nor a
// position. Tests set it; it defaults to the machine's.
var MachineZone = time.Local

// locate sets a's zone when the file did not: from its first position through
// an offline time-zone lookup, else the machine's zone. Zone.From says which,
// because "the day after a hard day" depends on it.
func locate(a *activity.Activity) {
	if a.Zone.From != "" || a.Start.IsZero() && len(a.Samples) == 0 {
		return
	}
	at := a.Start
	if at.IsZero() {
		at = a.Samples[0].Time
	}
	for i := range a.Samples {
		s := &a.Samples[i]
		if !s.HasPosition() {
			continue
		}
		if name := zoneAt(s.Lat, s.Lon); name != "" {
			if loc, err := tz.Load(name); err == nil {
				_, off := at.In(loc).Zone()
				a.Zone = activity.Zone{Offset: off, Name: name, From: "position"}
				return
			}
		}
		break
	}
	_, off := at.In(MachineZone).Zone()
	a.Zone = activity.Zone{Offset: off, Name: MachineZone.String(), From: "machine"}
}
