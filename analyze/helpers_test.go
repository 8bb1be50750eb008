package analyze

import (
	"time"

	"github.com/runlint/runlint/parse"
)

// testRun is a judged run on local date day (UTC), moving for the given
// minutes over km, with the series of its buckets.
func testRun(day string, minutes, km float64, bs []parse.Bucket) *Run {
	start, err := time.Parse(time.DateOnly, day)
	if err != nil {
		panic(err)
	}
	start = start.Add(8 * time.Hour)
	a := &parse.Activity{Sport: "running", Start: start, Source: parse.Source{Path: day + ".fit"},
		Totals: parse.Totals{MovingS: minutes * 60, ElapsedS: minutes * 60, DistanceM: km * 1000, DistanceFrom: "session"}}
	d := parse.NewDigest(parse.Series{Buckets: bs})
	a.Digest = d
	return &Run{Activity: a, Digest: d}
}

func mustDay(s string) time.Time {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return t
}
