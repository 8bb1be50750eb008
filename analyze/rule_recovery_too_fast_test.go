package analyze

import (
	"testing"
	"time"
)

// TestRuleRecoveryTooFast: long-run pace 5:40/km, easy pace 5:45/km, HRmax
// 188 (the cap, 76 %, is 143 bpm; 80 % is 150).
func TestRuleRecoveryTooFast(t *testing.T) {
	run := func(day string, pace, hr float64) *Run { // 25 min at pace s/km, average hr (0: none)
		r := classed(testRun(day, 25, 25*60/pace, nil), Recovery)
		r.LRP, r.EasyPace = LRP{Pace: 340}, PaceRef{Pace: 345}
		r.Intensity.AvgHR = hr
		if hr == 0 {
			r.Intensity.HRTrust = "no heart rate"
		}
		return r
	}
	clear := run("2024-01-02", 312, 0)     // 5:12/km: 8 % faster than long-run pace
	edge := run("2024-01-03", 325, 0)      // 5:25/km: 4 % faster, just faster than easy
	over := run("2024-01-14", 317, 0)      // 5:17/km: 7 % faster
	slowJog := run("2024-01-04", 332, 0)   // 2 % faster than long-run pace: within its tolerance
	slowHot := run("2024-01-05", 360, 152) // a 6:00/km jog on the flat at 81 %: heat, drift or the sensor
	hillHot := run("2024-01-16", 360, 152) // the same up 30 m a km: the climbs, run too hard for a recovery day
	hillHot.Totals.AscentM = 30 * hillHot.Totals.DistanceM / 1000
	both := run("2024-01-06", 320, 152)    // 5:20/km at 81 %
	edges := run("2024-01-13", 325, 146)   // 4 % past the long-run pace, 78 %: within 2 % of HRmax of the cap
	nearCap := run("2024-01-07", 345, 145) // 77 %, slower than easy pace: within the cap's noise
	overCap := run("2024-01-12", 345, 152) // 81 %: over the cap and its noise, at an easy pace
	calm := run("2024-01-08", 312, 130)    // fast by pace, heart rate at 69 %
	untrusted := run("2024-01-09", 360, 0)
	untrusted.Intensity.HRTrust = "heart rate follows step cadence"
	lrpSlow := run("2024-01-10", 335, 0) // at 5:35, with a long-run pace of 6:20 from trail runs
	lrpSlow.LRP.Pace = 380
	easy := classed(testRun("2024-01-11", 25, 25.0/5.2, nil), Easy)
	scrap := run("2024-01-15", 300, 0) // 7 min at 5:00/km: a scrap, not audited
	scrap.Totals.MovingS = 7 * 60
	calmish := run("2024-01-17", 317, 145) // 7 % faster, 77 %: a few beats over the cap say easy enough
	noPace := run("2024-01-18", 330, 155)  // a treadmill: no distance, 82 %
	noPace.Totals.DistanceM = 0
	afterEasy := run("2024-01-20", 312, 0)  // 8 % faster, the day after an easy run
	afterLight := run("2024-01-22", 312, 0) // the day after a session of strides alone
	light := classed(testRun("2024-01-21", 30, 6, nil), Hard)
	light.Light = true
	afterLong := run("2024-01-24", 312, 0) // 8 % faster, the day after a long run
	long := classed(testRun("2024-01-23", 75, 14, nil), Long)
	underEasyHR := run("2024-01-28", 360, 152) // over the cap, under the runner's own easy runs' 155
	underEasyHR.easyHR = 155
	edgeBoth := run("2024-01-30", 333, 155) // 2 % faster than easy 5:40 (long-run pace 5:55), 82 %: the pace at the nearer yardstick's edge
	edgeBoth.LRP.Pace, edgeBoth.EasyPace.Pace = 355, 340
	edgeUsual := run("2024-02-03", 333, 155) // the same at the runner's everyday easy heart rate of 152: an ordinary easy run
	edgeUsual.LRP.Pace, edgeUsual.EasyPace.Pace, edgeUsual.easyHR = 355, 340, 152
	usualBoth := run("2024-02-01", 320, 152) // 6 % past both, 81 %: the runner's everyday easy heart rate of 150
	usualBoth.easyHR = 150
	afterLighter := run("2024-02-06", 312, 0) // 8 % faster, the day after a session with 4 min over the threshold
	lighter := classed(testRun("2024-02-05", 23, 5, nil), Hard)
	lighter.Intensity = Intensity{Zones: [3]float64{19 * 60, 4 * 60, 0}, ZonesFrom: "heart rate"}
	nearer := run("2024-01-26", 312, 0) // 8 % past a long-run pace slower than the easy pace 5:20/km: 3 % past that
	nearer.EasyPace.Pace = 320
	checkRule(t, recoveryTooFast, Profile{MaxHR: 188}, withHardDayBefore([]ruleCase{
		{name: "clearly too fast by pace", runs: []*Run{clear}, want: []string{"pace 5:12/km is 8 % faster than long-run pace 5:40/km (tolerance 3 %) and faster than easy pace 5:45/km"}, sev: []Severity{Error}},
		{name: "at the edge by pace, no heart rate to ask: nothing", runs: []*Run{edge}},
		{name: "over the limit by pace", runs: []*Run{over}, want: []string{"pace 5:17/km is 7 % faster than long-run pace 5:40/km"}, sev: []Severity{Warning}},
		{name: "a jog slower than easy pace is never too fast by pace", runs: []*Run{slowJog, lrpSlow}},
		{name: "high heart rate on a flat jog at easy pace: it disagrees with the pace", runs: []*Run{slowHot}},
		{name: "both say so", runs: []*Run{both}, want: []string{"pace 5:20/km is 6 % faster than long-run pace 5:40/km (tolerance 3 %) and faster than easy pace 5:45/km; average HR 152 is 81 % of max 188 (cap 76 %, 143 bpm)"}, sev: []Severity{Error}},
		{name: "a point over the cap at an easy pace", runs: []*Run{nearCap}},
		{name: "at the edge of both: a few beats over the cap say easy enough", runs: []*Run{edges}},
		{name: "high heart rate on a hilly jog: the climbs run too hard", runs: []*Run{hillHot}, want: []string{"average HR 152 is 81 % of max 188 (cap 76 %, 143 bpm); on 30 m of climbing a km, grade-adjusted faster than easy pace 5:45/km: the climbs were run too hard for a recovery day"}, sev: []Severity{Info}},
		{name: "over the cap at an easy pace, on the flat", runs: []*Run{overCap}},
		{name: "heart rate says it was easy: clearly fast by pace is an info", runs: []*Run{calm}, want: []string{"pace 5:12/km is 8 % faster than long-run pace 5:40/km (tolerance 3 %) and faster than easy pace 5:45/km; average HR 130, 69 % of max, is within the cap (76 %)"}, sev: []Severity{Info}},
		{name: "heart rate that cannot be trusted decides nothing", runs: []*Run{untrusted}},
		{name: "an easy run is not audited", runs: []*Run{easy}},
		{name: "nor a 7-min jog", runs: []*Run{scrap}},
		{name: "a pace past the limit with the heart rate a few beats over its cap", runs: []*Run{calmish}},
		{name: "the heart rate alone, with no pace: never an error", runs: []*Run{noPace}, want: []string{"average HR 155 is 82 % of max 188"}, sev: []Severity{Warning}},
		{name: "the day before held no hard day", runs: []*Run{afterEasy, classed(testRun("2024-01-19", 40, 8, nil), Easy)}},
		{name: "the day before held strides alone", runs: []*Run{afterLight, light}},
		{name: "over the cap, under the runner's easy heart rate", runs: []*Run{underEasyHR}},
		{name: "both over, the pace within the nearer yardstick's tolerance", runs: []*Run{edgeBoth}, want: []string{"pace 5:33/km is 6 % faster than long-run pace 5:55/km"}, sev: []Severity{Info}},
		{name: "both over, the heart rate the runner's everyday one: no error", runs: []*Run{usualBoth}, want: []string{"pace 5:20/km is 6 % faster than long-run pace 5:40/km"}, sev: []Severity{Warning}},
		{name: "graded on the nearer yardstick: at its edge, nothing", runs: []*Run{nearer}},
		{name: "both over, the pace within the nearer yardstick's tolerance, the heart rate the runner's usual: nothing", runs: []*Run{edgeUsual}},
		{name: "the day after a long run", runs: []*Run{afterLong, long}, want: []string{"pace 5:12/km is 8 % faster"}, sev: []Severity{Error}},
		{name: "the day after a lighter session (2 km of tempo): no error", runs: []*Run{afterLighter, lighter}, want: []string{"pace 5:12/km is 8 % faster"}, sev: []Severity{Warning}},
	}))
}

// withHardDayBefore gives each case's first run, unless the case brings its
// own day before, a session the day before: a recovery run is audited only
// the day after a hard day.
func withHardDayBefore(cases []ruleCase) []ruleCase {
	for i, tc := range cases {
		if len(tc.runs) != 1 {
			continue
		}
		day := tc.runs[0].day().AddDate(0, 0, -1).Format(time.DateOnly)
		cases[i].runs = append(tc.runs, classed(testRun(day, 45, 10, nil), Hard))
	}
	return cases
}
