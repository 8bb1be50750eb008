package analyze

import "testing"

func TestRuleHardDaysBackToBack(t *testing.T) {
	session := func(day string, class Class, minutes, above float64) *Run {
		r := classed(testRun(day, minutes, minutes/5, nil), class)
		r.Intensity = Intensity{Zones: [3]float64{minutes*60 - above*60, above * 60, 0}, ZonesFrom: "heart rate"}
		return r
	}
	mon := session("2024-06-03", Hard, 50, 14)
	tue := session("2024-06-04", Hard, 50, 18)
	thu := session("2024-06-06", Hard, 50, 20)
	strides := session("2024-06-10", Hard, 45, 2) // "hard" by its pick-ups, easy by its heart rate
	tue2 := session("2024-06-11", Hard, 50, 18)
	easyLong := session("2024-06-16", Long, 63, 0) // an easy hour, long for this runner
	mon2 := session("2024-06-17", Hard, 50, 18)
	bigLong := session("2024-06-23", Long, 120, 0)
	mon3 := session("2024-06-24", Hard, 50, 18)
	race1, race2 := session("2024-06-29", Hard, 5, 5), session("2024-06-30", Hard, 3, 3) // a 1,500 m and an 800 m at a meet
	race1.Race, race2.Race = true, true
	driftLong := session("2024-07-14", Long, 45, 12) // a "longer run" whose heart rate drifted over the threshold
	mon4 := session("2024-07-15", Hard, 50, 18)
	mpLong := session("2024-07-21", Long, 80, 25) // marathon-pace blocks inside
	mon5 := session("2024-07-22", Hard, 50, 18)
	easyRace := session("2024-07-27", Hard, 54, 4) // a "race" at an easy heart rate
	easyRace.Race = true
	sun := session("2024-07-28", Hard, 50, 18)
	fragment := session("2024-08-03", Hard, 9, 3) // a 9-min piece a pace stretch called a race
	fragment.Race = true
	sun2 := session("2024-08-04", Hard, 50, 18)
	mountain := session("2024-08-10", Long, 111, 0) // a mountain outing: 1:51 h, 77 min of it running
	mountain.runningS = 77 * 60
	sun3 := session("2024-08-11", Hard, 50, 18)
	usualLong := session("2024-08-17", Long, 63, 49) // an hour at the runner's usual heart rate, itself over the threshold
	usualLong.easyHR, usualLong.Intensity.AvgHR = 164, 163
	sun4 := session("2024-08-18", Hard, 50, 18)
	noHR := classed(testRun("2024-07-08", 50, 11, nil), Hard) // no zones: the class says
	noHR2 := classed(testRun("2024-07-09", 50, 11, nil), Hard)
	checkRule(t, hardDaysBackToBack, Profile{}, []ruleCase{
		{name: "two in a row, then a day off", runs: []*Run{mon, tue, thu}, want: []string{"hard the day after a hard day (2024-06-03 08:00): 14 min above the aerobic threshold by heart rate that day, 18 min above"}},
		{name: "an easy day with pick-ups before", runs: []*Run{strides, tue2}},
		{name: "an easy hour before", runs: []*Run{easyLong, mon2}},
		{name: "a two-hour long run before", runs: []*Run{bigLong, mon3}, want: []string{"hard the day after a long day (2024-06-23 08:00): 2:00 h long that day, 18 min above"}},
		{name: "a meet's races", runs: []*Run{race1, race2}},
		{name: "a longer run that drifted", runs: []*Run{driftLong, mon4}},
		{name: "a long run with quality inside", runs: []*Run{mpLong, mon5}, want: []string{"hard the day after a long day (2024-07-21 08:00): 80 min long, 25 min of it above the aerobic threshold by heart rate that day"}},
		{name: "a race at an easy heart rate", runs: []*Run{easyRace, sun}},
		{name: "a short race is a hard day", runs: []*Run{race1, session("2024-06-30", Hard, 50, 18)}, want: []string{"hard the day after a hard day (2024-06-29 08:00): 5 min above the aerobic threshold by heart rate"}},
		{name: "a 9-min fragment of a race", runs: []*Run{fragment, sun2}},
		{name: "a long run at the runner's usual easy heart rate, over the threshold", runs: []*Run{usualLong, sun4}},
		{name: "a long mountain outing, much of it walked", runs: []*Run{mountain, sun3}, want: []string{"(2024-08-10 08:00): 1:51 h long (77 min of it running) that day"}},
		{name: "without zones", runs: []*Run{noHR, noHR2}, want: []string{"hard the day after a hard day (2024-07-08 08:00): a session that day, a session this one"}},
	})
}
