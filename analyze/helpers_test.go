package analyze

import (
	"time"

	"github.com/runlint/runlint/activity"
)

// testRun is a judged run on local date day (UTC), moving for the given
// minutes over km, with the series of its buckets.
func testRun(day string, minutes, km float64, bs []activity.Bucket) *Run {
	start, err := time.Parse(time.DateOnly, day)
	if err != nil {
		panic(err)
	}
	start = start.Add(8 * time.Hour)
	a := &activity.Activity{
		Sport: "running", Start: start, Source: activity.Source{Path: day + ".fit"},
		Totals: activity.Totals{MovingS: minutes * 60, ElapsedS: minutes * 60, DistanceM: km * 1000, DistanceFrom: "session"},
	}
	d := activity.NewDigest(activity.Series{Buckets: bs})
	a.Digest = d
	return &Run{Activity: a, Digest: d, judging: &judging{}}
}

func mustDay(s string) time.Time {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return t
}
