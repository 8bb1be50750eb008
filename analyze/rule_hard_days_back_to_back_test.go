package analyze

import "testing"

func TestRuleHardDaysBackToBack(t *testing.T) {
	mon := classed(testRun("2024-06-03", 50, 11, nil), Hard)
	tue := classed(testRun("2024-06-04", 50, 11, nil), Hard)
	thu := classed(testRun("2024-06-06", 50, 11, nil), Hard)
	checkRule(t, hardDaysBackToBack, Profile{}, []ruleCase{
		{name: "two in a row, then a day off", runs: []*Run{mon, tue, thu}, want: []string{"hard the day after a hard day (2024-06-03 08:00)"}},
	})
}
