package parse

import (
	"github.com/runlint/runlint/activity"
	"github.com/runlint/runlint/internal/tz"
)

// zoneAt names the time zone at a position, or "". A variable so the fuzz
// targets can skip building the finder, which takes seconds under coverage.
var zoneAt = tz.At

// Where an activity's zone came from (activity.Zone.From). A reader sets the
// first three; a check places the rest from the runner's block.
const (
	ZoneFromFIT      = "fit local_timestamp" // the device's own local time
	ZoneFromPosition = "position"            // the zone at its first position
	ZoneFromOffset   = "time offset"         // the offset written on its times: a hint
)

// locate sets a's zone from its first position, through an offline
// time-zone lookup, when the file did not state one. Without a position it
// leaves the zone unset: the machine runlint runs on says nothing of where
// a run was, and a date taken from it changed with TZ and stayed in the
// cache. Package check places such an activity from the runner's other
// runs.
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
				a.Zone = activity.Zone{Offset: off, Name: name, From: ZoneFromPosition}
			}
		}
		return
	}
}

// offsetHint is the first offset from UTC a file writes on its times
// ("2024-05-01T08:00:00+02:00"): the zone of the clock that wrote it, a
// hint of where the activity was recorded. Only a hint: Polar writes +01:00
// on a run in Kraków in April, when Poland is at +02:00 (Runalyze's
// Wrong-time-zone-by-polar.tcx), so a position, and the runner's own block
// (check), come first. A time in UTC ("Z", "+00:00") says nothing: it is
// what most writers write wherever they are.
type offsetHint struct {
	secs int
	ok   bool
}

// read takes the offset from a time's text, until one is found.
func (h *offsetHint) read(text []byte) {
	if h.ok {
		return
	}
	n := len(text)
	if n < 6 || text[n-3] != ':' || text[n-6] != '+' && text[n-6] != '-' {
		return
	}
	hh, ok1 := twoDigits(text[n-5:])
	mm, ok2 := twoDigits(text[n-2:])
	if !ok1 || !ok2 || hh > 14 || mm > 59 || hh == 0 && mm == 0 {
		return
	}
	h.secs = hh*3600 + mm*60
	if text[n-6] == '-' {
		h.secs = -h.secs
	}
	h.ok = true
}

func twoDigits(b []byte) (int, bool) {
	if b[0] < '0' || b[0] > '9' || b[1] < '0' || b[1] > '9' {
		return 0, false
	}
	return int(b[0]-'0')*10 + int(b[1]-'0'), true
}

// apply gives a the hinted zone when nothing surer has placed it.
func (h offsetHint) apply(a *activity.Activity) {
	if h.ok && a.Zone.From == "" {
		a.Zone = activity.Zone{Offset: h.secs, From: ZoneFromOffset}
	}
}
