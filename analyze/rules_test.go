package analyze

import (
	"strings"
	"testing"
)

// ruleCase is one run (or block) a rule is held to: the messages it must
// give, in order, or none.
type ruleCase struct {
	name string
	runs []*Run
	want []string // substrings of the messages, one per finding
}

// checkRule runs one rule over hand-built runs, in the spirit of
// analysistest: every case's findings, exactly.
func checkRule(t *testing.T, rule *Rule, profile Profile, cases []ruleCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			rep := &Report{Runs: tc.runs, Profile: profile}
			p := &Pass{Report: rep, Rule: rule, Config: Defaults(), severity: rule.Severity, opts: map[string]string{}}
			for _, o := range rule.Options {
				p.opts[o.Name] = o.Default
			}
			rule.Check(p)
			if len(p.found) != len(tc.want) {
				t.Fatalf("%d findings, want %d: %v", len(p.found), len(tc.want), p.found)
			}
			for i, f := range p.found {
				if !strings.Contains(f.Message, tc.want[i]) {
					t.Errorf("finding %d: %q, want it to say %q", i, f.Message, tc.want[i])
				}
			}
		})
	}
}

func classed(r *Run, c Class) *Run {
	r.Class = c
	return r
}

func TestRuleEasyTooHard(t *testing.T) {
	hot := classed(testRun("2024-01-02", 48, 9, nil), Easy)
	hot.Intensity = Intensity{Zones: [3]float64{1100, 1500, 280}, ZonesFrom: "heart rate", AvgHR: 172}
	fine := classed(testRun("2024-01-03", 48, 9, nil), Long)
	fine.Intensity = Intensity{Zones: [3]float64{2500, 380, 0}, ZonesFrom: "heart rate"}
	byPace := classed(testRun("2024-01-04", 30, 6, nil), Recovery)
	byPace.EasyPace = PaceRef{Pace: 300}
	byPace.Intensity = Intensity{Zones: [3]float64{600, 1200, 0}, ZonesFrom: "pace"}
	hardRun := classed(testRun("2024-01-05", 40, 9, nil), Hard)
	hardRun.Intensity = Intensity{Zones: [3]float64{0, 0, 2400}, ZonesFrom: "heart rate"}
	checkRule(t, easyTooHard, Profile{MaxHR: 205}, []ruleCase{
		{"most of an easy run above AeT", []*Run{hot}, []string{"62 % of 48 min above the aerobic threshold by heart rate (over 168 bpm, 82 % of max 205), average 172 bpm; the limit is 50 %"}},
		{"a long run mostly below", []*Run{fine}, nil},
		{"by pace without heart rate", []*Run{byPace}, []string{"67 % of 30 min above the aerobic threshold by pace (faster than 4:36/km, 8 % faster than easy pace 5:00/km)"}},
		{"a hard session is meant to be hard", []*Run{hardRun}, nil},
	})
}

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

func TestRuleRecoveryWithoutHardDay(t *testing.T) {
	named := classed(testRun("2024-06-03", 25, 4.2, nil), Recovery)
	after := classed(testRun("2024-06-05", 25, 4.2, nil), Recovery)
	after.After = classed(testRun("2024-06-04", 50, 11, nil), Hard)
	checkRule(t, recoveryWithoutHardDay, Profile{}, []ruleCase{
		{"no hard day before", []*Run{named}, []string{"2024-06-02 held no hard or long run"}},
		{"after a hard day", []*Run{after}, nil},
	})
}

func TestRuleHardDaysBackToBack(t *testing.T) {
	mon := classed(testRun("2024-06-03", 50, 11, nil), Hard)
	tue := classed(testRun("2024-06-04", 50, 11, nil), Hard)
	thu := classed(testRun("2024-06-06", 50, 11, nil), Hard)
	checkRule(t, hardDaysBackToBack, Profile{}, []ruleCase{
		{"two in a row, then a day off", []*Run{mon, tue, thu}, []string{"hard the day after a hard day (2024-06-03 08:00)"}},
	})
}

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
