package analyze

import (
	"fmt"
	"testing"
)

func TestRuleDataQuality(t *testing.T) {
	noHR := classed(testRun("2024-06-03", 40, 8, nil), Easy)
	locked := classed(testRun("2024-06-04", 40, 8, nil), Easy)
	locked.WithHR, locked.Digest.HRCover, locked.Digest.CadenceLock, locked.Digest.CadenceFollow = true, 1, 0.45, 0.93
	near := classed(testRun("2024-06-04", 40, 8, nil), Easy) // beats near the cadence, does not follow it
	near.WithHR, near.Digest.HRCover, near.Digest.CadenceLock, near.Digest.CadenceFollow = true, 1, 0.45, 0.08
	gaps := classed(testRun("2024-06-05", 40, 8, nil), Easy)
	gaps.WithHR, gaps.Digest.HRCover, gaps.Digest.HRDropouts, gaps.Digest.Buckets = true, 0.78, 5, 240
	jumps := classed(testRun("2024-06-06", 40, 8, nil), Easy) // distance from its positions
	jumps.WithHR, jumps.Digest.HRCover, jumps.Digest.GPSJumps, jumps.Digest.GPSJumpM = true, 1, 2, 640
	jumps.Totals.DistanceFrom = "positions"
	watch := classed(testRun("2024-06-07", 40, 8, nil), Easy) // the watch's own distance: the jumps change nothing
	watch.WithHR, watch.Digest.HRCover, watch.Digest.GPSJumps = true, 1, 3
	checkRule(t, noHeartRate, Profile{}, []ruleCase{{name: "no HR", runs: []*Run{noHR, locked}, want: []string{"effort judged by pace alone"}}})
	checkRule(t, cadenceLock, Profile{}, []ruleCase{
		{name: "lock", runs: []*Run{noHR, locked}, want: []string{"follows step cadence (their changes correlate at 0.93) and equals it on 45 % of samples; heart rate not used"}},
		{name: "near, not following", runs: []*Run{near}},
	})
	checkRule(t, hrDropouts, Profile{}, []ruleCase{{name: "dropouts", runs: []*Run{locked, gaps}, want: []string{"missing for 22 % of moving time, in 5 gaps"}}})
	checkRule(t, gpsGlitch, Profile{}, []ruleCase{
		{name: "positions", runs: []*Run{noHR, jumps}, want: []string{"2 position jumps faster than a runner (over 9.0 m/s) left out of the distance; they would have added 0.6 km to its 8.0 km"}},
		{name: "the watch's distance", runs: []*Run{noHR, watch}, notes: []string{"position jumps in 1 run whose distance is the watch's own"}},
	})
}

// TestBlockNotes: what holds for most of a watch's runs is said once, as a
// note with its count, not on every run; what holds for a few runs of a
// watch that records it stays on them.
func TestBlockNotes(t *testing.T) {
	var runs []*Run
	for i := range 30 {
		r := classed(testRun(fmt.Sprintf("2024-06-%02d", i+1), 40, 8, nil), Easy)
		r.Device, r.WithHR = "TomTom GPS Sport Watch", false // no sensor
		if i >= 20 {
			r.Device, r.WithHR = "garmin fr235", i >= 23 // 3 of 10 without: the strap left at home
		}
		runs = append(runs, r)
	}
	checkRule(t, noHeartRate, Profile{}, []ruleCase{
		{
			name: "a watch without a sensor, and a strap forgotten", runs: runs,
			want:  []string{"no heart rate", "no heart rate", "no heart rate"},
			notes: []string{`no heart rate on 20 of the 20 runs of "TomTom GPS Sport Watch" (a watch without a heart-rate sensor, or none worn)`},
		},
	})
}
