package tz

import (
	"fmt"
	"math"
	"strings"
	"sync"

	"github.com/ringsaturn/tzf"
	tzfrellite "github.com/ringsaturn/tzf-rel-lite"
	pb "github.com/ringsaturn/tzf/gen/go/tzf/v1"
	"github.com/ringsaturn/tzf/reduce"
	"google.golang.org/protobuf/proto"
)

// zoneShapes answers what tzf's polygon finder answers without building it
// for the whole world: that finder decompresses every zone's polygons at once
// (about 130 MB at its peak while built, 22 MB kept), for the few positions
// near a border where the pre-indexed tiles say nothing. Here the compressed
// polygons are kept (a few MB) with each polygon's bounding box, and a lookup
// builds tzf's finder from only the polygons whose box holds the position.
// A position lies in no polygon whose box does not hold it, and the finder
// tries zones in their order, so the answer is the same
// (TestZoneShapesMatchDefaultFinder).
type zoneShapes struct {
	all   *pb.CompressedTimezones
	boxes [][]box // [zone][polygon]

	mu      sync.Mutex
	finders map[string]tzf.F // by the polygons they hold
}

type box struct{ minLng, minLat, maxLng, maxLat float64 }

func (b box) holds(lng, lat float64) bool {
	return lng >= b.minLng && lng <= b.maxLng && lat >= b.minLat && lat <= b.maxLat
}

func loadZoneShapes() (*zoneShapes, error) {
	all := &pb.CompressedTimezones{}
	if err := proto.Unmarshal(tzfrellite.LiteCompressData, all); err != nil {
		return nil, fmt.Errorf("time-zone polygons: %w", err)
	}
	if all.Method != pb.CompressMethod_COMPRESS_METHOD_POLYLINE {
		return nil, fmt.Errorf("time-zone polygons: unknown compression %v", all.Method)
	}
	z := &zoneShapes{all: all, boxes: make([][]box, len(all.Timezones)), finders: map[string]tzf.F{}}
	for i, tz := range all.Timezones {
		for _, poly := range tz.Data {
			b := box{math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)}
			// The outer ring bounds the polygon; decoded as tzf decodes it.
			for _, p := range reduce.DecompressedPolylineBytesToPoints(poly.Points) {
				lng, lat := float64(p.Lng), float64(p.Lat)
				b = box{min(b.minLng, lng), min(b.minLat, lat), max(b.maxLng, lng), max(b.maxLat, lat)}
			}
			z.boxes[i] = append(z.boxes[i], b)
		}
	}
	return z, nil
}

// zoneAt is the polygon finder's answer at a position, or "".
func (z *zoneShapes) zoneAt(lng, lat float64) string {
	var key strings.Builder
	sub := &pb.CompressedTimezones{Method: z.all.Method, Version: z.all.Version}
	for i, tz := range z.all.Timezones {
		var kept *pb.CompressedTimezone
		for k, b := range z.boxes[i] {
			if !b.holds(lng, lat) {
				continue
			}
			if kept == nil {
				kept = &pb.CompressedTimezone{Name: tz.Name}
				sub.Timezones = append(sub.Timezones, kept)
			}
			kept.Data = append(kept.Data, tz.Data[k])
			fmt.Fprintf(&key, "%d.%d ", i, k)
		}
	}
	if len(sub.Timezones) == 0 {
		return ""
	}
	z.mu.Lock()
	f, ok := z.finders[key.String()]
	if !ok {
		f, _ = tzf.NewFinderFromCompressed(sub, tzf.SetDropPBTZ)
		z.finders[key.String()] = f
	}
	z.mu.Unlock()
	if f == nil {
		return ""
	}
	return f.GetTimezoneName(lng, lat)
}
