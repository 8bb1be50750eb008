// Package tz names the time zone at a position, offline, from tzf's data:
// the local date of a GPX or TCX run, which "the day after a hard day" needs.
package tz

import (
	"sync"
	"time"

	tzfrellite "github.com/ringsaturn/tzf-rel-lite"
)

// The time-zone lookup is tzf's DefaultFinder taken apart, so that its two
// halves cost time and memory only when needed: the pre-indexed tiles
// (zoneTiles, tzf's fuzzy finder read without its 95 ms and 24 MB) answer
// for nearly every position; the polygons only for positions near a
// border, where the tiles say nothing, and then from the polygons around
// the position (zoneShapes), not the whole world's (+130 MB). Answers are
// DefaultFinder's: the same data asked in the same order.
var (
	tilesOnce, shapesOnce sync.Once
	tiles                 *zoneTiles
	shapes                *zoneShapes
)

// At names the time zone at a position, or "". The finders are built on
// the first call the memo cannot answer.
func At(lat, lon float64) string {
	if name, ok := remembered(lat, lon); ok {
		return name
	}
	tilesOnce.Do(func() { tiles, _ = loadZoneTiles(tzfrellite.PreindexData) })
	at := func(lon, lat float64) (name string, tiled bool) {
		if tiles != nil {
			if name := tiles.at(lon, lat); name != "" {
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
