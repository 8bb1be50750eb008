package analyze

import "testing"

func TestRuleRecoveryWithoutHardDay(t *testing.T) {
	named := classed(testRun("2024-06-03", 25, 4.2, nil), Recovery)
	after := classed(testRun("2024-06-05", 25, 4.2, nil), Recovery)
	after.After = classed(testRun("2024-06-04", 50, 11, nil), Hard)
	checkRule(t, recoveryWithoutHardDay, Profile{}, []ruleCase{
		{name: "no hard day before", runs: []*Run{named}, want: []string{"2024-06-02 held no hard or long run"}},
		{name: "after a hard day", runs: []*Run{after}},
	})
}
