package analyze

import (
	"fmt"
	"testing"
	"time"

	"github.com/runlint/runlint/activity"
	"github.com/runlint/runlint/parse"
)

// benchBlock is n runs, one a day from 1990 (several a day past 30 years):
// a week of intervals, easy, long and recovery runs, repeated, so the
// profile windows, the long runs and the day context are all exercised.
func benchBlock(n int) []parse.Result {
	plan := []struct {
		mins, speed, hr float64
	}{{50, 3.5, 150}, {30, 2.8, 128}, {45, 3.1, 140}, {0, 0, 0}, {45, 3.1, 140}, {40, 3.0, 138}, {100, 3.0, 142}}
	start := time.Date(1990, 1, 1, 7, 0, 0, 0, time.UTC)
	res := make([]parse.Result, 0, n)
	for i := 0; len(res) < n; i++ {
		p := plan[i%len(plan)]
		if p.mins == 0 {
			continue
		}
		bs := steadyBuckets(p.mins*60, p.speed, p.hr, 84, 100)
		day := start.AddDate(0, 0, i%15000).Add(time.Duration(i/15000) * 3 * time.Hour)
		a := &activity.Activity{
			Sport: "running", Start: day, Source: activity.Source{Path: fmt.Sprintf("%06d.fit", i)},
			Totals: activity.Totals{MovingS: p.mins * 60, ElapsedS: p.mins * 60, DistanceM: p.mins * 60 * p.speed, DistanceFrom: "session", AvgHR: p.hr, MaxHR: p.hr + 10},
		}
		a.Digest = activity.NewDigest(activity.Series{Buckets: bs})
		res = append(res, parse.Result{Path: a.Source.Path, Activities: []*activity.Activity{a}})
	}
	return res
}

// BenchmarkBlockPerActivity judges blocks of 5,000 and 25,000 runs; the
// ns/activity metric must stay flat (linear analysis).
func BenchmarkBlockPerActivity(b *testing.B) {
	for _, n := range []int{5000, 25000} {
		res := benchBlock(n)
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			for b.Loop() {
				Block(res, Defaults())
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/activity")
		})
	}
}
