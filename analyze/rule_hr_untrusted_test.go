package analyze

import "testing"

// TestHRFault: which heart rates the judge sets aside, and which it keeps.
// A race's high average is a race; a jog's is a sensor.
func TestHRFault(t *testing.T) {
	c := &classifier{cfg: Defaults().Classify, icfg: Defaults().Intensity, pcfg: Defaults().Profile, maxHR: 190}
	run := func(minutes, km, avg, peak, ascent float64) *Run {
		r := testRun("2024-06-03", minutes, km, nil)
		r.WithHR, r.Digest.HRCover, r.Digest.PeakHR = true, 1, peak
		r.Totals.AvgHR, r.Totals.MaxHR, r.Totals.AscentM = avg, peak, ascent
		r.facts.hr, r.facts.running = avg, minutes*60
		r.EasyPace = LRP{Pace: 300} // 5:00/km
		return r
	}
	hiked := run(40, 7.1, 160, 170, 20) // a third of it walked
	hiked.facts.running = 25 * 60
	stops := run(40, 7.1, 160, 170, 20) // 6 min of it standing: its running at 4:58/km
	stops.facts.running = 34 * 60
	session := run(40, 7.1, 160, 170, 20)
	session.evidence.intervals = true
	for _, c2 := range []struct {
		name string
		r    *Run
		want string
	}{
		{"a jog at 96 % of HRmax: a sensor", run(40, 8, 183, 186, 20), hrFaultSensor},
		{"a 10-km race at 96 %: a race", run(40, 10, 183, 190, 20), ""},
		{"a hilly run at 96 %: the climbs", run(40, 8, 183, 186, 400), ""},
		{"a stuck reading", run(40, 8, 150, 151, 20), hrFaultSensor},
		{"a jog 12 % slower than easy at 84 %: disagrees", run(40, 7.1, 160, 170, 20), hrFaultDisagrees},
		{"the same on a hill: the climbs", run(40, 7.1, 160, 170, 300), ""},
		{"the same with work bouts: a session's average pace", session, ""},
		{"the same, a third of it walked", hiked, ""},
		{"the same, its stops left out: at the easy pace", stops, ""},
		{"an easy run at 75 %", run(40, 8, 143, 155, 20), ""},
		{"a lone peak over HRmax: the estimate's, not the run's", run(40, 10, 160, 198, 20), ""},
	} {
		if got, why := c.hrFault(c2.r); got != c2.want {
			t.Errorf("%s: fault %q (%s), want %q", c2.name, got, why, c2.want)
		}
	}
}

func TestRuleHRUntrusted(t *testing.T) {
	ok := classed(testRun("2024-06-03", 40, 8, nil), Easy)
	sensor := classed(testRun("2024-06-04", 40, 8, nil), Easy)
	sensor.Intensity.HRFault, sensor.Intensity.HRTrust = hrFaultSensor, "heart rate averaging 183 on a run of 40 min at about the easy pace is 96 % of HRmax 190, more than a heart holds: a sensor artefact"
	disagrees := classed(testRun("2024-06-05", 40, 7.1, nil), Easy)
	disagrees.Intensity.HRFault, disagrees.Intensity.HRTrust = hrFaultDisagrees, "heart rate 160 (84 % of HRmax) on a flat run 13 % slower than easy pace 5:00/km disagrees with the pace"
	locked := classed(testRun("2024-06-06", 40, 8, nil), Easy) // cadence-lock's to say
	locked.Intensity.HRTrust = "heart rate follows step cadence"
	checkRule(t, hrUntrusted, Profile{}, []ruleCase{
		{
			name: "a sensor, a disagreement", runs: []*Run{ok, sensor, disagrees, locked},
			want: []string{"more than a heart holds: a sensor artefact; its zones and load are from its pace", "disagrees with the pace"},
			sev:  []Severity{Warning, Info},
		},
		{name: "nothing wrong", runs: []*Run{ok, locked}},
	})
}
