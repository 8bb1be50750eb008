package analyze

import "testing"

func TestRuleDataQuality(t *testing.T) {
	noHR := classed(testRun("2024-06-03", 40, 8, nil), Easy)
	locked := classed(testRun("2024-06-04", 40, 8, nil), Easy)
	locked.WithHR, locked.Digest.HRCover, locked.Digest.CadenceLock = true, 1, 0.45
	gaps := classed(testRun("2024-06-05", 40, 8, nil), Easy)
	gaps.WithHR, gaps.Digest.HRCover, gaps.Digest.HRDropouts, gaps.Digest.Buckets = true, 0.78, 5, 240
	jumps := classed(testRun("2024-06-06", 40, 8, nil), Easy)
	jumps.WithHR, jumps.Digest.HRCover, jumps.Digest.GPSJumps = true, 1, 1
	checkRule(t, noHeartRate, Profile{}, []ruleCase{{"no HR", []*Run{noHR, locked}, []string{"effort judged by pace alone"}}})
	checkRule(t, cadenceLock, Profile{}, []ruleCase{{"lock", []*Run{noHR, locked}, []string{"equals step cadence on 45 % of samples; heart rate not used"}}})
	checkRule(t, hrDropouts, Profile{}, []ruleCase{{"dropouts", []*Run{locked, gaps}, []string{"missing for 22 % of moving time, in 5 gaps"}}})
	checkRule(t, gpsGlitch, Profile{}, []ruleCase{{"one jump", []*Run{noHR, jumps}, []string{"1 position jump faster than a runner"}}})
}
