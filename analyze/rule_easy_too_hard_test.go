package analyze

import "testing"

func TestRuleEasyTooHard(t *testing.T) {
	hot := classed(testRun("2024-01-02", 48, 9, nil), Easy)
	hot.Intensity = Intensity{Zones: [3]float64{1100, 1500, 280}, ZonesFrom: "heart rate", AvgHR: 176}
	fine := classed(testRun("2024-01-03", 48, 9, nil), Long)
	fine.Intensity = Intensity{Zones: [3]float64{2500, 380, 0}, ZonesFrom: "heart rate"}
	byPace := classed(testRun("2024-01-04", 30, 6, nil), Recovery)
	byPace.EasyPace = PaceRef{Pace: 300}
	byPace.Intensity = Intensity{Zones: [3]float64{600, 1200, 0}, ZonesFrom: "pace"}
	skewed := classed(testRun("2024-01-06", 48, 9, nil), Easy) // over half above, yet an average under the threshold
	skewed.Intensity = Intensity{Zones: [3]float64{1300, 1580, 0}, ZonesFrom: "heart rate", AvgHR: 165}
	warm := classed(testRun("2024-01-07", 48, 8, nil), Easy) // 55 % above on a slow, warm run: the edge
	warm.EasyPace = PaceRef{Pace: 330}
	warm.Intensity = Intensity{Zones: [3]float64{1300, 1580, 0}, ZonesFrom: "heart rate", AvgHR: 170}
	warmup := classed(testRun("2024-01-09", 25, 5, nil), Easy) // named "Warm up": part of its session
	warmup.Intensity, warmup.Warmup = Intensity{Zones: [3]float64{300, 1200, 0}, ZonesFrom: "heart rate", AvgHR: 176}, true
	mpLong := classed(testRun("2024-01-08", 110, 21, nil), Long) // marathon-pace blocks inside
	mpLong.Intensity, mpLong.Quality = Intensity{Zones: [3]float64{30, 1000, 5570}, ZonesFrom: "heart rate", AvgHR: 181}, true
	hardRun := classed(testRun("2024-01-05", 40, 9, nil), Hard)
	hardRun.Intensity = Intensity{Zones: [3]float64{0, 0, 2400}, ZonesFrom: "heart rate"}
	checkRule(t, easyTooHard, Profile{MaxHR: 205}, []ruleCase{
		{name: "a long run with quality inside", runs: []*Run{mpLong}},
		{name: "a warm-up by its name", runs: []*Run{warmup}},
		{name: "most of an easy run above AeT", runs: []*Run{hot}, want: []string{"62 % of 48 min above the aerobic threshold by heart rate (over 168 bpm, 82 % of max 205), average 176 bpm; the limit is 50 %"}, sev: []Severity{Warning}},
		{name: "an average under the threshold", runs: []*Run{skewed}},
		{name: "at the edge on a slow run", runs: []*Run{warm}, want: []string{"55 % of 48 min above the aerobic threshold by heart rate"}, sev: []Severity{Info}},
		{name: "a long run mostly below", runs: []*Run{fine}},
		{name: "by pace without heart rate", runs: []*Run{byPace}, want: []string{"67 % of 30 min above the aerobic threshold by pace (faster than 4:36/km, 8 % faster than easy pace 5:00/km)"}, sev: []Severity{Info}},
		{name: "a hard session is meant to be hard", runs: []*Run{hardRun}},
	})
}
