package tz

import (
	"math/rand/v2"
	"testing"

	"github.com/ringsaturn/tzf"
)

// TestZoneShapesMatchDefaultFinder holds the lookup to tzf's DefaultFinder,
// which it takes apart: the same zone on a world grid, and at random points
// around the borders the shipped and shared files run near.
func TestZoneShapesMatchDefaultFinder(t *testing.T) {
	if testing.Short() {
		t.Skip("builds tzf's whole-world finder (150 MB)")
	}
	want, err := tzf.NewDefaultFinder()
	if err != nil {
		t.Fatal(err)
	}
	var points [][2]float64 // lat, lon
	for lat := -60.0; lat <= 70; lat += 1.5 {
		for lon := -180.0; lon < 180; lon += 1.5 {
			points = append(points, [2]float64{lat, lon})
		}
	}
	rng := rand.New(rand.NewPCG(1, 2))
	for _, c := range [][2]float64{{46.43, 13.75}, {45.45, 14.02}, {46.64, 16.17}, {50.78, 6.08}, {42.0, -6.9}, {49.0, 8.2}, {41.9, 12.45}, {40.7, -74.0}, {39.9, 116.4}, {-33.9, 151.2}} {
		for range 200 {
			points = append(points, [2]float64{c[0] + rng.Float64()*0.6 - 0.3, c[1] + rng.Float64()*0.6 - 0.3})
		}
	}
	viaShapes := 0
	for _, p := range points {
		got, exp := At(p[0], p[1]), want.GetTimezoneName(p[1], p[0])
		if got != exp {
			t.Errorf("%.4f,%.4f: %q, tzf's DefaultFinder %q", p[0], p[1], got, exp)
		}
		if tiles.at(p[1], p[0]) == "" {
			viaShapes++
		}
	}
	t.Logf("%d positions, %d of them past the tiles, all as tzf's DefaultFinder", len(points), viaShapes)
	if viaShapes < 100 {
		t.Fatalf("only %d positions needed the polygons", viaShapes)
	}
}
