// Package tz names the time zone at a position, offline, from tzf's data:
// the local date of a GPX or TCX run, which "the day after a hard day" needs.
package tz

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

// At names the time zone at a position, or "". The finders are built on
// the first call the memo cannot answer.
func At(lat, lon float64) string {
	if name, ok := remembered(lat, lon); ok {
		return name
	}
	fuzzyOnce.Do(func() {
		input := &pb.PreindexTimezones{}
		if proto.Unmarshal(tzfrellite.PreindexData, input) == nil {
			fuzzy, _ = tzf.NewFuzzyFinderFromPB(input)
		}
	})
	at := func(lon, lat float64) (name string, tiled bool) {
		if fuzzy != nil {
			if name := fuzzy.GetTimezoneName(lon, lat); name != "" {
				return name, true
			}
		}
		shapesOnce.Do(func() { shapes, _ = loadZoneShapes() })
		if shapes == nil {
			return "", false
		}
		return shapes.zoneAt(lon, lat), false
	}
	if name, tiled := at(lon, lat); name != "" {
		if tiled { // only the tiles' answers hold for the whole cell
			remember(lat, lon, name)
		}
		return name
	}
	for _, dx := range []float64{-0.02, 0, 0.02} {
		for _, dy := range []float64{-0.02, 0, 0.02} {
			if dx == 0 && dy == 0 {
				continue // the position itself had no answer
			}
			if name, _ := at(lon+dx, lat+dy); name != "" {
				return name
			}
		}
	}
	return ""
}

// locations caches time.LoadLocation, which reads the zone database anew on
// every call: once per GPX or TCX file otherwise.
var locations sync.Map

// Load is time.LoadLocation, cached.
func Load(name string) (*time.Location, error) {
	if l, ok := locations.Load(name); ok {
		return l.(*time.Location), nil
	}
	l, err := time.LoadLocation(name)
	if err == nil {
		locations.Store(name, l)
	}
	return l, err
}
