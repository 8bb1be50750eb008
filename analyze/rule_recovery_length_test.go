package analyze

import "testing"

func TestRuleRecoveryLength(t *testing.T) {
	short := classed(testRun("2024-01-02", 14, 2.4, nil), Recovery)
	shortKm := classed(testRun("2024-01-03", 22, 2.8, nil), Recovery) // time is the rule: long enough
	fast := classed(testRun("2024-01-04", 27, 6.1, nil), Recovery)    // a fast runner's 6.1 km in 27 min: not too long
	long := classed(testRun("2024-01-05", 42, 7, nil), Recovery)
	jog := classed(testRun("2024-01-06", 15, 2.5, nil), Recovery) // "Recovery jog" the day of a session
	session := classed(testRun("2024-01-06", 60, 12, nil), Hard)
	checkRule(t, recoveryTooShort, Profile{}, []ruleCase{
		{name: "minutes", runs: []*Run{short}, want: []string{"14 min moving (2.4 km), under the 20 min minimum"}},
		{name: "a short distance in enough time", runs: []*Run{shortKm}},
		{name: "long enough", runs: []*Run{long}},
		{name: "a jog beside its day's session", runs: []*Run{jog, session}},
	})
	checkRule(t, recoveryTooLong, Profile{}, []ruleCase{
		{name: "too long", runs: []*Run{long}, want: []string{"42 min moving (7.0 km), over the 35 min maximum"}},
		{name: "6.1 km in 27 min", runs: []*Run{fast}},
		{name: "short", runs: []*Run{short}},
	})
}
