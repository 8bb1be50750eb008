package parse

import (
	"sync"
	"time"

	"github.com/ringsaturn/tzf"
	tzfrellite "github.com/ringsaturn/tzf-rel-lite"
	pb "github.com/ringsaturn/tzf/gen/go/tzf/v1"
	"google.golang.org/protobuf/proto"
)

// The time-zone lookup is tzf's DefaultFinder taken apart, so that its two
// halves cost memory only when needed: the fuzzy finder (pre-indexed tiles,
// +24 MB at its peak while built, 8 MB kept) answers for nearly every
// position; the polygon finder behind it only for positions near a border,
// where the tiles say nothing, and then from the polygons around the
// position (zoneShapes), not the whole world's (+130 MB). Answers are
// DefaultFinder's: the same finders asked in the same order.
var (
	fuzzyOnce, shapesOnce sync.Once
	fuzzy                 tzf.F
	shapes                *zoneShapes
)

// zoneAt names the time zone at a position, or "". A variable so the fuzz
// targets can skip building the finder, which takes seconds under coverage.
var zoneAt = lookupZone

func lookupZone(lat, lon float64) string {
	fuzzyOnce.Do(func() {
		input := &pb.PreindexTimezones{}
		if proto.Unmarshal(tzfrellite.PreindexData, input) == nil {
			fuzzy, _ = tzf.NewFuzzyFinderFromPB(input)
		}
	})
	at := func(lon, lat float64) string {
		if fuzzy != nil {
			if name := fuzzy.GetTimezoneName(lon, lat); name != "" {
				return name
			}
		}
		shapesOnce.Do(func() { shapes, _ = loadZoneShapes() })
		if shapes == nil {
			return ""
		}
		return shapes.zoneAt(lon, lat)
	}
	if name := at(lon, lat); name != "" {
		return name
	}
	for _, dx := range []float64{-0.02, 0, 0.02} {
		for _, dy := range []float64{-0.02, 0, 0.02} {
			if name := at(lon+dx, lat+dy); name != "" {
				return name
			}
		}
	}
	return ""
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
