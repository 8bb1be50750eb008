package analyze

import "testing"

func TestRuleRecoveryTooFast(t *testing.T) {
	lrp := LRP{Pace: 340}
	fast := classed(testRun("2024-01-02", 25, 25.0/5.2, nil), Recovery) // 5:12/km
	fast.LRP = lrp
	hot := classed(testRun("2024-01-03", 25, 25.0/6, nil), Recovery) // 6:00/km
	hot.LRP, hot.Intensity = lrp, Intensity{AvgHR: 152}
	untrusted := classed(testRun("2024-01-04", 25, 25.0/6, nil), Recovery)
	untrusted.LRP, untrusted.Intensity = lrp, Intensity{AvgHR: 0, HRTrust: "heart rate equals step cadence on 60 % of samples"}
	easy := classed(testRun("2024-01-05", 25, 25.0/5.2, nil), Easy)
	checkRule(t, recoveryTooFast, Profile{MaxHR: 188}, []ruleCase{
		{"by pace", []*Run{fast}, []string{"pace 5:12/km is 8 % faster than long-run pace 5:40/km (tolerance 3 %)"}},
		{"by heart rate", []*Run{hot}, []string{"average HR 152 is 81 % of max 188 (cap 76 %)"}},
		{"heart rate that cannot be trusted decides nothing", []*Run{untrusted}, nil},
		{"an easy run is not audited", []*Run{easy}, nil},
	})
}
