package analyze

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/runlint/runlint/activity"
	"github.com/runlint/runlint/parse"
)

// blockOf is a parse result per series, one a day from 2024-01-01, each
// run's totals summed from its buckets.
func blockOf(series ...[]activity.Bucket) []parse.Result {
	start := time.Date(2024, 1, 1, 7, 0, 0, 0, time.UTC)
	var res []parse.Result
	for i, bs := range series {
		var secs, dist float64
		for _, b := range bs {
			secs += b.Secs()
			dist += b.DistM()
		}
		a := &activity.Activity{
			Sport: "running", Start: start.AddDate(0, 0, i), Source: activity.Source{Path: fmt.Sprintf("%03d.fit", i)},
			Totals: activity.Totals{MovingS: secs, ElapsedS: secs, DistanceM: dist, DistanceFrom: "session"},
		}
		a.Digest = activity.NewDigest(activity.Series{Buckets: bs})
		res = append(res, parse.Result{Path: a.Source.Path, Activities: []*activity.Activity{a}})
	}
	return res
}

// TestSpeedPlayAndRaceBlocks: a fartlek of short pick-ups and a parkrun
// inside a jog are sessions though no stretch of them is a work bout or a
// 15-min tempo; a few strides, or one short pick-up, are not.
func TestSpeedPlayAndRaceBlocks(t *testing.T) {
	const easyV, slowV = 1000 / 300.0, 1000 / 330.0 // 5:00/km, the easy pace; 5:30/km, a jog
	at := func(secs, v float64) []activity.Bucket { return steadyBuckets(secs, v, 0, 0, 100) }
	var fartlek, strides []activity.Bucket
	for range 10 {
		fartlek = concat(fartlek, at(60, slowV), at(20, 4.5)) // 20-s pick-ups at 3:42/km, a quarter of the running
		strides = concat(strides, at(170, easyV), at(10, 4.0))
	}
	for _, tc := range []struct {
		name, class, reason string
		run                 []activity.Bucket
	}{
		{"fartlek", "hard", "fartlek: 10 surges at", fartlek},
		{"strides", "easy", "no work bouts, tempo, fartlek", strides},
		{"parkrun inside a jog", "hard", "race effort: its fastest 8 min at 3:45/km on the flat, 25 % faster", concat(at(600, slowV), at(540, 1000/225.0), at(600, slowV))},
		{"one pick-up", "easy", "no work bouts", concat(at(900, easyV), at(120, 4.2), at(900, easyV))},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var series [][]activity.Bucket
			for range 12 {
				series = append(series, at(2400, easyV)) // the runner's easy pace, 5:00/km
			}
			rep := Block(blockOf(append(series, tc.run)...), Defaults())
			r := rep.Runs[len(rep.Runs)-1]
			if string(r.Class) != tc.class || !strings.Contains(r.Reasons[0], tc.reason) {
				t.Errorf("%s: %s; want %s with %q", tc.name, r.Reasons[0], tc.class, tc.reason)
			}
		})
	}
}
