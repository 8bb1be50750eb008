package analyze

import (
	"fmt"
	"math"
	"testing"
	"time"
)

// lasting is an easy run on day with the given load (TRIMP) and minutes.
func lasting(day string, load, minutes float64) *Run {
	r := loaded(day, load)
	r.Totals.MovingS = minutes * 60
	return r
}

// loaded is an easy run on day with the given load (TRIMP).
func loaded(day string, load float64) *Run {
	r := classed(testRun(day, 45, 9, nil), Easy)
	r.Intensity.Load = load
	return r
}

// TestLoadByHand holds the load to figures worked out by hand: acute
// lambda 2/8 = 0.25, chronic lambda 2/29.
func TestLoadByHand(t *testing.T) {
	runs := []*Run{loaded("2024-06-03", 100), loaded("2024-06-05", 60), loaded("2024-06-05", 20)}
	l := loadOf(runs, Defaults().Intensity)
	near := func(what string, got, want float64) {
		t.Helper()
		if math.Abs(got-want) > 0.01 {
			t.Errorf("%s = %.4f, want %.4f", what, got, want)
		}
	}
	if len(l.Days) != 3 {
		t.Fatalf("%d days, want 3 (2024-06-03 to 05)", len(l.Days))
	}
	lc := 2.0 / 29
	// Day 1: 100. Day 2: rest. Day 3: 60 + 20 = 80.
	near("acute day 1", l.Days[0].Acute, 25)
	near("chronic day 1", l.Days[0].Chronic, 100*lc)
	near("acute day 2", l.Days[1].Acute, 18.75)
	near("acute day 3", l.Days[2].Acute, 18.75+0.25*(80-18.75))
	near("chronic day 3", l.Days[2].Chronic, 100*lc*(1-lc)*(1-lc)+lc*80)
	near("load day 3", l.Days[2].Load, 80)
	if l.Days[2].Ratio != 0 || l.Days[2].ChronicSettled {
		t.Errorf("ratio %v on day 3: the chronic window (28 days) is not full", l.Days[2].Ratio)
	}
	// The week: 100, 0, 80, then four days of nothing.
	w := l.Weeks[0]
	mean := 180.0 / 7
	sd := math.Sqrt((100*100+80*80)/7.0 - mean*mean)
	near("week load", w.Load, 180)
	near("monotony", w.Monotony, mean/sd)
	near("strain", w.Strain, 180*mean/sd)
	if !w.Week.Equal(time.Date(2024, 6, 3, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("week starts %v, want Monday 2024-06-03", w.Week)
	}
}

func TestMonotony(t *testing.T) {
	for _, tc := range []struct {
		loads []float64
		want  float64
	}{
		{[]float64{60, 0, 60, 0, 60, 0, 60}, (240.0 / 7) / math.Sqrt(4*3600/7.0-(240.0/7)*(240.0/7))},
		{[]float64{50, 50, 50, 50, 50, 50, 50}, maxMonotony},
		{[]float64{0, 0, 0, 0, 0, 0, 0}, 0},
	} {
		if got := monotony(tc.loads); math.Abs(got-tc.want) > 1e-9 {
			t.Errorf("monotony(%v) = %v, want %v", tc.loads, got, tc.want)
		}
	}
}

// fourWeeks is 28 days of the same daily load, settling the chronic load.
func fourWeeks(from string, load float64) []*Run {
	d, _ := time.Parse(time.DateOnly, from)
	var runs []*Run
	for i := range 28 {
		if i%2 == 0 {
			runs = append(runs, loaded(d.AddDate(0, 0, i).Format(time.DateOnly), load))
		}
	}
	return runs
}

func TestRuleLoadSpike(t *testing.T) {
	steadyBlock := fourWeeks("2024-05-06", 60)
	spike := append(fourWeeks("2024-05-06", 60), lasting("2024-06-03", 200, 90), lasting("2024-06-04", 200, 90), lasting("2024-06-05", 200, 90))
	small := append(fourWeeks("2024-05-06", 12), loaded("2024-06-03", 45), loaded("2024-06-04", 45), loaded("2024-06-05", 45)) // 10 against 6
	twoWeeks := append(fourWeeks("2024-05-06", 60), lasting("2024-06-08", 200, 90), lasting("2024-06-09", 200, 90), lasting("2024-06-10", 200, 90), lasting("2024-06-11", 200, 90))
	maxRatios := func(runs []*Run) (out []float64) {
		for _, w := range loadOf(runs, Defaults().Intensity).Weeks {
			out = append(out, w.MaxRatio)
		}
		return out
	}
	if r := maxRatios(small); r[len(r)-1] <= 1.6 {
		t.Fatalf("the small block's last week reaches %.2f: the case would not test the rise", r[len(r)-1])
	}
	if r := maxRatios(twoWeeks); r[len(r)-1] <= 1.6 || r[len(r)-2] <= 1.6 {
		t.Fatalf("the two-week spike's ratios %v: both weeks must pass the bound", r)
	}
	long := func(day string, load float64) *Run { return lasting(day, load, 90) }
	lowBase := append(fourWeeks("2024-05-06", 20), long("2024-06-03", 100), long("2024-06-04", 100), long("2024-06-05", 100))
	// A usual week but for one run two and a half times the usual: the
	// weighted ratio reaches 1.65, the week 1.38 times the average one.
	oneLong := append(fourWeeks("2024-05-06", 60), loaded("2024-06-04", 60), loaded("2024-06-06", 150))
	if r := maxRatios(oneLong); r[len(r)-1] <= 1.6 {
		t.Fatalf("the long run's week reaches %.2f: the case would not test the week", r[len(r)-1])
	}
	// Twice the running at an easy effort: the load rose less than the hours.
	grewEasy := append(fourWeeks("2024-05-06", 60), lasting("2024-06-06", 110, 150), lasting("2024-06-07", 110, 150))
	checkRule(t, loadSpike, Profile{}, []ruleCase{
		{name: "one long run in a usual week", runs: oneLong},
		{name: "the load grew, the running did not", runs: append(fourWeeks("2024-05-06", 20), loaded("2024-06-03", 100), loaded("2024-06-04", 100), loaded("2024-06-05", 100))},
		{name: "the running grew, the load did not", runs: grewEasy, want: []string{"of running, load"}, sev: []Severity{Info}},
		{name: "one all-day outing", runs: append(fourWeeks("2024-05-06", 60), lasting("2024-06-04", 500, 300)), want: []string{"81 % of it from one: 2024-06-04 08:00, 5:00 h of running, load 500"}},
		{name: "steady", runs: steadyBlock},
		{name: "from a low base", runs: lowBase, want: []string{"a jump from a low base"}, sev: []Severity{Warning}},
		{name: "three big days (the block begun 24 days before them: their average week)", runs: spike, sev: []Severity{Warning}, want: []string{"the 7 days to 2024-06-05: acute load 126 a day is 2.15 times the chronic 59 (exponentially weighted, bound 1.6); in all 6:00 h of running, load 720, against 2:38 h and 210 in the average week of the 3.4 before them the block holds"}},
		{name: "a large ratio of small loads", runs: small},
		{name: "one spike across two weeks, said at its peak", runs: twoWeeks, want: []string{"the 7 days to 2024-06-1"}},
		{name: "before the chronic window is full", runs: []*Run{loaded("2024-06-01", 10), loaded("2024-06-02", 300)}},
	})
}

func TestRuleMonotony(t *testing.T) {
	var same []*Run
	for d := 3; d <= 9; d++ {
		same = append(same, loaded("2024-06-0"+string(rune('0'+d)), 50))
	}
	checkRule(t, monotonyRule, Profile{}, []ruleCase{
		{name: "every other day", runs: fourWeeks("2024-05-06", 60)},
		{name: "the same every day", runs: same, want: []string{"week of 2024-06-03: monotony 10 or more (the same load every day)"}},
	})
}

// TestCalibratePaceLoad: loads from pace are put on the heart-rate scale by
// the median ratio of the runs that have both, once there are enough of
// them, and held to its bounds.
func TestCalibratePaceLoad(t *testing.T) {
	mk := func(n int, ratio float64) []*Run {
		var runs []*Run
		for i := range n {
			r := testRun(fmt.Sprintf("2024-01-%02d", i+1), 40, 8, nil)
			r.Intensity = Intensity{LoadFrom: "heart rate", Load: 60 * ratio, paceLoad: 60}
			runs = append(runs, r)
		}
		noHR := testRun("2024-02-01", 40, 8, nil)
		noHR.Intensity = Intensity{LoadFrom: "pace", Load: 50}
		return append(runs, noHR)
	}
	for _, tc := range []struct {
		name       string
		runs       []*Run
		factor     float64
		wantLoad   float64
		wantScaled bool
	}{
		{"a heart-rate scale half again the pace's", mk(12, 1.5), 1.5, 75, true},
		{"too few runs with both: left as it is", mk(9, 1.5), 0, 50, false},
		{"held to its bounds", mk(12, 3), 2, 100, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f, _ := calibratePaceLoad(tc.runs)
			last := tc.runs[len(tc.runs)-1].Intensity
			if f != tc.factor || last.Load != tc.wantLoad || (last.LoadScale > 0) != tc.wantScaled {
				t.Errorf("factor %g, load %g (scale %g); want %g, %g", f, last.Load, last.LoadScale, tc.factor, tc.wantLoad)
			}
		})
	}
}
