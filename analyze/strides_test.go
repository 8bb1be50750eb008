package analyze

import (
	"strings"
	"testing"

	"github.com/runlint/runlint/activity"
	"github.com/runlint/runlint/parse"
)

// judgeLast judges twelve easy 40-min runs at 5:00/km and then run (its
// buckets and bursts), and returns the last.
func judgeLast(t *testing.T, bs []activity.Bucket, bursts []activity.Burst) *Run {
	t.Helper()
	const easyV = 1000 / 300.0
	var series [][]activity.Bucket
	for range 12 {
		series = append(series, steadyBuckets(2400, easyV, 0, 0, 100))
	}
	res := blockOf(append(series, bs)...)
	last := res[len(res)-1].Activities[0]
	last.Digest = activity.NewDigest(activity.Series{Buckets: bs, Bursts: bursts})
	rep := Block(res, Defaults())
	return rep.Runs[len(rep.Runs)-1]
}

// stride is a real 10-s burst at v m/s: cadence up 8 rpm, the track agreeing.
func stride(v float64) activity.Burst { return activity.NewBurst(v, 1.02, 8, 1, 0) }

// TestStridesKeepAnEasyDayEasy: strides on an easy run are an easy day
// (Daniels, Pfitzinger): the run stays easy and its reasons name them. Ten
// or more sprints are a speed session; surges close together are speed
// play; bursts no runner's legs make are not counted.
func TestStridesKeepAnEasyDayEasy(t *testing.T) {
	const easyV, jogV = 1000 / 300.0, 1000 / 320.0
	at := func(secs, v float64) []activity.Bucket { return steadyBuckets(secs, v, 0, 0, 100) }
	var endStrides, speedSession, speedPlay, gps []activity.Burst
	var playBuckets []activity.Bucket
	for range 6 {
		endStrides = append(endStrides, stride(5.6)) // 2:59/km
		gps = append(gps, stride(10.5))              // 1:35/km on a 5:00/km jogger
	}
	for range 12 {
		speedSession = append(speedSession, stride(6.5))
	}
	for range 8 { // 20-s surges at 3:30/km, 30 s of jog between: a fartlek
		playBuckets = concat(playBuckets, at(20, 1000/210.0), at(30, jogV))
		speedPlay = append(speedPlay, stride(4.9))
	}
	var stridesBuckets []activity.Bucket // the strides at the end, each with a 90-s jog back
	for range 6 {
		stridesBuckets = concat(stridesBuckets, at(10, 5.6), at(90, jogV))
	}
	// 12 x 20 s at 3:30/km with a 90-s walk back after a 10-min warm-up:
	// reps with long rests, of which GPS jitter left five real bursts.
	repBuckets := at(600, easyV)
	for range 12 {
		repBuckets = concat(repBuckets, at(20, 1000/210.0), at(90, 1.2))
	}
	repBuckets = concat(repBuckets, at(600, easyV))
	for _, tc := range []struct {
		name, class, reason string
		bs                  []activity.Bucket
		bursts              []activity.Burst
	}{
		{"easy run with strides at the end", "easy", "with 6 strides or sprints (10-s bursts 30 % faster than easy pace or more), the fastest at 2:59/km, cadence up 16 spm: strides keep an easy day easy", concat(at(2400, easyV), stridesBuckets), endStrides},
		{"a speed session of 12 sprints", "hard", "a speed session: 12 strides or sprints", at(2400, easyV), speedSession},
		{"speed play", "hard", "speed play: 8 surges at 3:45/km or faster (25 % faster than easy pace 5:00/km), each within 1 min of the last", concat(at(900, easyV), playBuckets, at(900, easyV)), speedPlay},
		{"bursts no runner makes", "easy", "no work bouts", at(2400, easyV), gps},
		{"reps with walks back", "hard", "a speed session: 12 surges at 3:45/km or faster (25 % faster than easy pace 5:00/km), 4 min fast in all", repBuckets, endStrides[:5]},
		{"the same surges with no real burst", "easy", "no work bouts", repBuckets, gps},
		{"a mile time trial inside a jog", "hard", "race effort: its fastest 3 min at 3:30/km on the flat, 30 % faster than easy pace 5:00/km", concat(at(900, jogV), at(330, 1000/210.0), at(900, jogV)), nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := judgeLast(t, tc.bs, tc.bursts)
			if string(r.Class) != tc.class || !strings.Contains(r.Reasons[0], tc.reason) {
				t.Errorf("%s: %s\nwant %s with %q", tc.name, r.Reasons[0], tc.class, tc.reason)
			}
		})
	}
}

// TestLongRunKeepsItsQuality: a long run with quality inside stays long and
// names it; a session whose running without its quality would not be long
// is a session with a warm-up and a cool-down.
func TestLongRunKeepsItsQuality(t *testing.T) {
	const easyV = 1000 / 300.0
	at := func(secs, v float64) []activity.Bucket { return steadyBuckets(secs, v, 0, 0, 100) }
	var tempoLong, reps []activity.Bucket
	tempoLong = concat(at(2400, easyV), at(900, 1000/250.0), at(600, easyV), at(900, 1000/250.0), at(2400, easyV)) // 2 h with 2 x 15 min at 4:10/km
	reps = at(900, easyV)
	for range 10 { // 10 x 3 min at 4:00/km, 1 min jog
		reps = concat(reps, at(180, 1000/240.0), at(60, 1000/330.0))
	}
	reps = concat(reps, at(900, easyV))
	var block []parse.Result
	for _, tc := range []struct {
		name, class, reason string
		bs                  []activity.Bucket
	}{
		{"a long run with two tempo blocks", "long", "with quality inside: tempo: its fastest 15 min at 4:10/km", tempoLong},
		{"10 x 3 min with a warm-up and a cool-down", "hard", "a session with a warm-up and a cool-down: without its 30 min of quality, its 40 min of running would not be long", reps},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := judgeLast(t, tc.bs, nil)
			if got := strings.Join(r.Reasons, " | "); string(r.Class) != tc.class || !strings.Contains(got, tc.reason) {
				t.Errorf("%s: %s %s\nwant %s with %q", tc.name, r.Class, got, tc.class, tc.reason)
			}
		})
	}
	_ = block
}
