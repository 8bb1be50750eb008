package parse

import (
	"sync"
	"time"

	"github.com/ringsaturn/tzf"
)

// The time-zone finder holds the world's zone polygons (a few MB); build it
// once, and only when a file without a local offset needs it.
var (
	finderOnce sync.Once
	finder     tzf.F
)

// zoneAt names the time zone at a position, or "". A variable so the fuzz
// targets can skip building the finder, which takes seconds under coverage.
var zoneAt = lookupZone

func lookupZone(lat, lon float64) string {
	finderOnce.Do(func() {
		f, err := tzf.NewDefaultFinder()
		if err == nil {
			finder = f
		}
	})
	if finder == nil {
		return ""
	}
	return finder.GetTimezoneName(lon, lat)
}

// MachineZone is the zone used when a file gives neither an offset nor a
// position. Tests set it; it defaults to the machine's.
var MachineZone = time.Local

// locate sets a's zone when the file did not: from its first position through
// an offline time-zone lookup, else the machine's zone. Zone.From says which,
// because "the day after a hard day" depends on it.
func locate(a *Activity) {
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
			if loc, err := loadLocation(name); err == nil {
				_, off := at.In(loc).Zone()
				a.Zone = Zone{Offset: off, Name: name, From: "position"}
				return
			}
		}
		break
	}
	_, off := at.In(MachineZone).Zone()
	a.Zone = Zone{Offset: off, Name: MachineZone.String(), From: "machine"}
}

// locations caches time.LoadLocation, which reads the zone database anew on
// every call: once per GPX or TCX file otherwise.
var locations sync.Map

func loadLocation(name string) (*time.Location, error) {
	if l, ok := locations.Load(name); ok {
		return l.(*time.Location), nil
	}
	l, err := time.LoadLocation(name)
	if err == nil {
		locations.Store(name, l)
	}
	return l, err
}
