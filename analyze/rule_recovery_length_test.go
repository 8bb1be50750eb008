package analyze

import "testing"

func TestRuleRecoveryLength(t *testing.T) {
	short := classed(testRun("2024-01-02", 14, 2.4, nil), Recovery)
	shortKm := classed(testRun("2024-01-03", 22, 2.8, nil), Recovery)
	long := classed(testRun("2024-01-04", 42, 7, nil), Recovery)
	checkRule(t, recoveryTooShort, Profile{}, []ruleCase{
		{"minutes", []*Run{short}, []string{"14 min moving, under the 20 min minimum"}},
		{"km", []*Run{shortKm}, []string{"2.8 km, under the 3.0 km minimum"}},
		{"long enough", []*Run{long}, nil},
	})
	checkRule(t, recoveryTooLong, Profile{}, []ruleCase{
		{"too long", []*Run{long}, []string{"42 min moving, over the 30 min maximum"}},
		{"short", []*Run{short}, nil},
	})
}
