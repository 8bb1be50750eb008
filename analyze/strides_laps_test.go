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

// TestStrideLapsAreALightDay: 30 min easy, then 10 laps of 30 s at 3:09/km
// with a walk back, is a session by its structure but a light day (strides,
// Daniels' and Pfitzinger's easy-day fare): the day after it is no second
// hard day, and its strides in the last third make no progression. Twenty
// 30-30s with a jog between them are a real session: no light day.
func TestStrideLapsAreALightDay(t *testing.T) {
	const easyV, fastV, walkV, jogV = 1000 / 300.0, 1000 / 189.0, 1.2, 3.0
	at := func(secs, v float64) []activity.Bucket { return steadyBuckets(secs, v, 0, 0, 100) }
	reps := func(n int, offV, offS float64) ([]activity.Bucket, []activity.LapDigest) {
		bs := at(1800, easyV)
		laps := []activity.LapDigest{{Secs: 1800, DistM: 1800 * easyV}}
		for range n {
			bs = concat(bs, at(30, fastV), at(offS, offV))
			laps = append(laps, activity.LapDigest{Secs: 30, DistM: 30 * fastV}, activity.LapDigest{Secs: offS, DistM: offS * offV})
		}
		bs = concat(bs, at(300, easyV))
		return bs, append(laps, activity.LapDigest{Secs: 300, DistM: 300 * easyV})
	}
	for _, tc := range []struct {
		name      string
		n         int
		offV, off float64
		light     bool
	}{
		{"10 x 30 s with a 40-s walk back", 10, walkV, 40, true},
		{"20 x 30-30 with a jog", 20, jogV, 30, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var series [][]activity.Bucket
			for range 12 {
				series = append(series, at(2400, easyV))
			}
			bs, laps := reps(tc.n, tc.offV, tc.off)
			res := blockOf(append(series, bs)...)
			res[len(res)-1].Activities[0].Digest = activity.NewDigest(activity.Series{Buckets: bs, Laps: laps})
			r := Block(res, Defaults()).Runs[len(res)-1]
			why := strings.Join(r.Reasons, " | ")
			if r.Class != Hard || r.Light != tc.light {
				t.Fatalf("class %s, light %v; want hard, light %v: %s", r.Class, r.Light, tc.light, why)
			}
			if strings.Contains(why, "progression") {
				t.Errorf("reasons name a progression: %s", why)
			}
			if got := strings.Contains(why, "strides by their length"); got != tc.light {
				t.Errorf("reasons name the laps strides: %v, want %v: %s", got, tc.light, why)
			}
		})
	}
}
