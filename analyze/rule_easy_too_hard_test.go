package analyze

import "testing"

func TestRuleEasyTooHard(t *testing.T) {
	hot := classed(testRun("2024-01-02", 48, 9, nil), Easy)
	hot.Intensity = Intensity{Zones: [3]float64{1100, 1500, 280}, ZonesFrom: "heart rate", AvgHR: 176}
	fine := classed(testRun("2024-01-03", 48, 9, nil), Long)
	fine.Intensity = Intensity{Zones: [3]float64{2500, 380, 0}, ZonesFrom: "heart rate"}
	byPace := classed(testRun("2024-01-04", 30, 6.6, nil), Easy) // 4:33/km: 9 % faster than easy, over the threshold by pace as a whole
	byPace.EasyPace = PaceRef{Pace: 300, Runs: 8}
	thinYardstick := classed(testRun("2024-01-17", 30, 6.6, nil), Easy) // the same against an easy pace of 3 runs
	thinYardstick.EasyPace, thinYardstick.Intensity = PaceRef{Pace: 300, Runs: 3}, Intensity{Zones: [3]float64{600, 1200, 0}, ZonesFrom: "pace"}
	swings := classed(testRun("2024-01-16", 30, 6, nil), Easy) // its minutes over the threshold from a pace that swings, on an easy average
	swings.EasyPace, swings.Intensity = PaceRef{Pace: 300}, Intensity{Zones: [3]float64{600, 1200, 0}, ZonesFrom: "pace"}
	byPace.Intensity = Intensity{Zones: [3]float64{600, 1200, 0}, ZonesFrom: "pace"}
	skewed := classed(testRun("2024-01-06", 48, 9, nil), Easy) // over half above, yet an average under the threshold
	skewed.Intensity = Intensity{Zones: [3]float64{1300, 1580, 0}, ZonesFrom: "heart rate", AvgHR: 165}
	warm := classed(testRun("2024-01-07", 48, 8, nil), Easy) // 55 % above on a slow, warm run: the edge
	warm.EasyPace = PaceRef{Pace: 330}
	warm.Intensity = Intensity{Zones: [3]float64{1300, 1580, 0}, ZonesFrom: "heart rate", AvgHR: 170}
	slowHigh := classed(testRun("2024-01-10", 48, 8, nil), Easy) // 70 % above at 6:00/km, 26 bpm over the runner's easy heart rate
	slowHigh.EasyPace, slowHigh.easyHR = PaceRef{Pace: 330}, 150
	slowHigh.Intensity = Intensity{Zones: [3]float64{860, 1500, 520}, ZonesFrom: "heart rate", AvgHR: 176}
	usualHigh := classed(testRun("2024-01-11", 48, 8.7, nil), Easy) // at easy pace, at the runner's usual 172-176
	usualHigh.EasyPace, usualHigh.easyHR = PaceRef{Pace: 330}, 172
	usualHigh.Intensity = Intensity{Zones: [3]float64{1100, 1500, 280}, ZonesFrom: "heart rate", AvgHR: 176}
	between := classed(testRun("2024-01-13", 48, 48.0/5.25, nil), Easy) // 5:15/km: faster than easy, under the threshold by pace
	between.EasyPace, between.easyHR = PaceRef{Pace: 330}, 150
	between.Intensity = Intensity{Zones: [3]float64{1100, 1500, 280}, ZonesFrom: "heart rate", AvgHR: 176}
	usualFast := classed(testRun("2024-01-14", 48, 9.4, nil), Easy) // 5:06/km, 7 % faster than easy, at the runner's usual 172-176
	usualFast.EasyPace, usualFast.easyHR = PaceRef{Pace: 330}, 172
	usualFast.Intensity = usualHigh.Intensity
	agreeing := classed(testRun("2024-01-15", 48, 48.0/4.9, nil), Easy) // 4:54/km: 11 % faster than easy, over the threshold by pace too
	agreeing.EasyPace, agreeing.easyHR = PaceRef{Pace: 330}, 150
	agreeing.Intensity = usualHigh.Intensity
	nearLine := classed(testRun("2024-01-18", 48, 8.7, nil), Easy) // at easy pace, 171 bpm: 3 over the line, the runner's easy runs at 166, under it
	nearLine.EasyPace, nearLine.easyHR = PaceRef{Pace: 330}, 166
	nearLine.Intensity = Intensity{Zones: [3]float64{1100, 1500, 280}, ZonesFrom: "heart rate", AvgHR: 171}
	warmup := classed(testRun("2024-01-09", 25, 5, nil), Easy) // named "Warm up": part of its session
	warmup.Intensity, warmup.Warmup = Intensity{Zones: [3]float64{300, 1200, 0}, ZonesFrom: "heart rate", AvgHR: 176}, true
	mpLong := classed(testRun("2024-01-08", 110, 21, nil), Long) // marathon-pace blocks inside
	mpLong.Intensity, mpLong.Quality = Intensity{Zones: [3]float64{30, 1000, 5570}, ZonesFrom: "heart rate", AvgHR: 181}, true
	recovery := classed(testRun("2024-01-12", 30, 6, nil), Recovery)
	recovery.Intensity = Intensity{Zones: [3]float64{300, 1500, 0}, ZonesFrom: "heart rate", AvgHR: 176}
	hardRun := classed(testRun("2024-01-05", 40, 9, nil), Hard)
	hardRun.Intensity = Intensity{Zones: [3]float64{0, 0, 2400}, ZonesFrom: "heart rate"}
	byPaceOn := map[string]string{"by_pace": "true"}
	checkRule(t, easyTooHard, Profile{MaxHR: 205}, []ruleCase{
		{name: "a long run with quality inside", runs: []*Run{mpLong}},
		{name: "a warm-up by its name", runs: []*Run{warmup}},
		{name: "most of an easy run above AeT", runs: []*Run{hot}, want: []string{"62 % of 48 min above the aerobic threshold by heart rate (over 168 bpm, 82 % of max 205), average 176 bpm; the limit is 50 %"}, sev: []Severity{Warning}},
		{name: "an average under the threshold", runs: []*Run{skewed}},
		{name: "at the edge on a slow run", runs: []*Run{warm}},
		{name: "well over the runner's usual heart rate at a slow pace: no runner who pushed", runs: []*Run{slowHigh}},
		{name: "over the runner's usual heart rate, under the threshold by pace", runs: []*Run{between}, want: []string{"average 176 bpm; the limit is 50 %; 26 bpm over the runner's easy heart rate 150 at a pace 5 % faster than easy pace 5:30/km, under the threshold by pace"}, sev: []Severity{Info}},
		{name: "the runner's usual heart rate at about the easy pace", runs: []*Run{usualHigh}, want: []string{"62 % of 48 min above the aerobic threshold by heart rate (over 168 bpm, 82 % of max 205), average 176 bpm; the limit is 50 %; at about the runner's easy pace 5:30/km and their usual easy heart rate 172: their easy running sits over the threshold"}, sev: []Severity{Info}},
		{name: "the runner's usual heart rate, faster than easy", runs: []*Run{usualFast}, want: []string{"62 % of 48 min above the aerobic threshold by heart rate (over 168 bpm, 82 % of max 205), average 176 bpm; the limit is 50 %; the pace 7 % faster than easy pace 5:30/km, the heart rate at the runner's usual easy one (172): their easy running sits over the threshold"}, sev: []Severity{Info}},
		{name: "a few beats over the line at easy pace, the runner's easy heart rate under it", runs: []*Run{nearLine}},
		{name: "faster than the threshold by pace: both say so", runs: []*Run{agreeing}, want: []string{"62 % of 48 min above"}, sev: []Severity{Warning}},
		{name: "a long run mostly below", runs: []*Run{fine}},
		{name: "by pace without heart rate: off by default", runs: []*Run{byPace}},
		{name: "by pace without heart rate, by_pace on", runs: []*Run{byPace}, opts: byPaceOn, want: []string{"67 % of 30 min above the aerobic threshold by pace (faster than 4:36/km, 8 % faster than easy pace 5:00/km)"}, sev: []Severity{Info}},
		{name: "by pace, on an easy average pace", runs: []*Run{swings}, opts: byPaceOn},
		{name: "by pace, against an easy pace of 3 runs", runs: []*Run{thinYardstick}, opts: byPaceOn},
		{name: "a hard session is meant to be hard", runs: []*Run{hardRun}},
		{name: "a day's recovery run is recovery-too-fast's", runs: []*Run{recovery}},
	})
}
