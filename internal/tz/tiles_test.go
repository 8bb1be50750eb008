package tz

import (
	"math/rand/v2"
	"testing"

	"github.com/paulmach/orb/maptile"
	"github.com/ringsaturn/tzf"
	tzfrellite "github.com/ringsaturn/tzf-rel-lite"
	pb "github.com/ringsaturn/tzf/gen/go/tzf/v1"
	"google.golang.org/protobuf/proto"
)

// TestZoneTilesMatchFuzzyFinder holds the tiles read off the wire to tzf's
// FuzzyFinder built from the same bytes: the centre of every pre-indexed
// tile, a world grid and random positions give the same zone, or none.
func TestZoneTilesMatchFuzzyFinder(t *testing.T) {
	input := &pb.PreindexTimezones{}
	if err := proto.Unmarshal(tzfrellite.PreindexData, input); err != nil {
		t.Fatal(err)
	}
	want, err := tzf.NewFuzzyFinderFromPB(input)
	if err != nil {
		t.Fatal(err)
	}
	got, err := loadZoneTiles(tzfrellite.PreindexData)
	if err != nil {
		t.Fatal(err)
	}
	var points [][2]float64 // lon, lat
	for _, k := range input.Keys {
		c := maptile.New(uint32(k.X), uint32(k.Y), maptile.Zoom(k.Z)).Center()
		points = append(points, [2]float64{c[0], c[1]})
	}
	for lat := -85.0; lat <= 85; lat += 0.25 {
		for lon := -180.0; lon < 180; lon += 0.25 {
			points = append(points, [2]float64{lon, lat})
		}
	}
	rng := rand.New(rand.NewPCG(3, 4))
	for range 100000 {
		points = append(points, [2]float64{rng.Float64()*360 - 180, rng.Float64()*170 - 85})
	}
	answered := 0
	for _, p := range points {
		g, w := got.at(p[0], p[1]), want.GetTimezoneName(p[0], p[1])
		if g != w {
			t.Fatalf("%.5f,%.5f: %q, tzf's FuzzyFinder %q", p[1], p[0], g, w)
		}
		if g != "" {
			answered++
		}
	}
	t.Logf("%d tiles, %d positions, %d with a zone, all as tzf's FuzzyFinder", len(input.Keys), len(points), answered)
	if answered < len(input.Keys) {
		t.Fatalf("only %d positions had a zone", answered)
	}
}

func TestZoneTilesRefuseMalformedWire(t *testing.T) {
	for _, b := range [][]byte{{0x1a, 0x05, 0x0a}, {0x08}, {0xff}} {
		if _, err := loadZoneTiles(b); err == nil {
			t.Errorf("% x: read without an error", b)
		}
	}
}

func BenchmarkLoadZoneTiles(b *testing.B) {
	for b.Loop() {
		if _, err := loadZoneTiles(tzfrellite.PreindexData); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkFuzzyFinderFromPB(b *testing.B) {
	for b.Loop() {
		input := &pb.PreindexTimezones{}
		if err := proto.Unmarshal(tzfrellite.PreindexData, input); err != nil {
			b.Fatal(err)
		}
		if _, err := tzf.NewFuzzyFinderFromPB(input); err != nil {
			b.Fatal(err)
		}
	}
}
