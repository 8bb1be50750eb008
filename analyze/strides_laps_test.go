package analyze

import (
	"strings"
	"testing"

	"github.com/runlint/runlint/activity"
)

// TestStridesFromSprintLapsAlone: a run whose strides are only in its laps
// (the lap button pressed for each 60-m sprint, no 10-s burst in the pace
// stream) is judged, and its reason names the fastest sprint lap. It used to
// panic reading the fastest burst of a run that had none.
func TestStridesFromSprintLapsAlone(t *testing.T) {
	const easyV = 1000 / 300.0
	at := func(secs, v float64) []activity.Bucket { return steadyBuckets(secs, v, 0, 0, 100) }
	var series [][]activity.Bucket
	for range 12 {
		series = append(series, at(2400, easyV))
	}
	res := blockOf(append(series, at(2400, easyV))...)
	last := res[len(res)-1].Activities[0]
	var laps []activity.LapDigest
	for range 6 {
		laps = append(laps, activity.LapDigest{Secs: 12, DistM: 84}) // 7 m/s: 2:23/km
	}
	last.Digest = activity.NewDigest(activity.Series{Buckets: at(2400, easyV), Laps: laps})
	rep := Block(res, Defaults())
	r := rep.Runs[len(rep.Runs)-1]
	if !r.Judged() {
		t.Fatalf("not judged: %s", r.NotJudged)
	}
	if got := strings.Join(r.Reasons, " | "); !strings.Contains(got, "the fastest at 2:23/km") {
		t.Errorf("reasons %q do not name the fastest sprint lap, 2:23/km", got)
	}
}
