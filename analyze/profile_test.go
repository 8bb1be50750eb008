package analyze

import (
	"math"
	"strings"
	"testing"
	"time"
)

func TestEasyPaceFallbacks(t *testing.T) {
	week := 7 * 24 * time.Hour
	pts := []dated{
		{mustDay("2024-01-01"), 300},
		{mustDay("2024-01-03"), 310},
		{mustDay("2024-01-05"), 320},
		{mustDay("2024-03-01"), 360},
	}
	f := newEasyFinder(pts, 4*week, 20*time.Minute)
	for _, tc := range []struct {
		day, from string
		pace      float64
		reason    string
	}{
		{"2024-01-10", "window", 310, "easy pace 5:10/km: median steady pace of 3 runs of 20 min or more in the 4w before"},
		{"2024-01-04", "around", 310, "easy pace 5:10/km: under 3 runs of 20 min or more in the 4w before, so the median steady pace of 3 runs within 4w either side"},
		{"2024-03-02", "block", 315, "easy pace 5:15/km: too few runs near this date, so the median steady pace of the block's 4 runs of 20 min or more"},
	} {
		p := f.at(mustDay(tc.day))
		if p.From != tc.from || p.Pace != tc.pace || p.Reason != tc.reason {
			t.Errorf("%s: %+v; want %s %.0f %q", tc.day, p, tc.from, tc.pace, tc.reason)
		}
	}
	if p := newEasyFinder(nil, week, 20*time.Minute).at(mustDay("2024-01-01")); p.From != "none" || p.Pace != 0 {
		t.Errorf("no runs: %+v", p)
	}
}

func TestLRPFallbacks(t *testing.T) {
	cfg := Defaults().Profile
	longRun := func(day string, minutes, km float64) *Run {
		r := testRun(day, minutes, km, nil)
		r.Class, r.facts = Long, runFacts{steady: km * 1000 / (minutes * 60), running: minutes * 60}
		return r
	}
	long, long2 := longRun("2024-01-07", 100, 17.6), longRun("2024-01-14", 100, 17.6) // 5:41/km
	easy := PaceRef{Pace: 330, Runs: 9}
	f := newLRPFinder([]*Run{long, long2}, cfg)
	if l := f.at(mustDay("2024-01-17"), easy); l.From != "window" || math.Abs(l.Pace-340.9) > 0.1 || !strings.Contains(l.Reason, "median steady pace of 2 long runs in the 6w before") {
		t.Errorf("window: %+v", l)
	}
	if l := f.at(mustDay("2024-01-03"), easy); l.From != "around" || !strings.Contains(l.Reason, "under 2 long runs in the 6w before, so the median steady pace of 2 long runs within 6w either side") {
		t.Errorf("around: %+v", l)
	}
	// Long runs of months away say nothing of this week's fitness.
	if l := f.at(mustDay("2024-05-01"), easy); l.From != "easy" || !strings.Contains(l.Reason, "under 2 long runs on the flat within 6w either side") {
		t.Errorf("months away: %+v", l)
	}
	// One long run is no yardstick for the weeks after it.
	if l := newLRPFinder([]*Run{long}, cfg).at(mustDay("2024-01-10"), easy); l.From != "easy" || l.Pace != 330 || !strings.Contains(l.Reason, "under 2 long runs on the flat within 6w either side") {
		t.Errorf("one long run: %+v", l)
	}
	if l := newLRPFinder(nil, cfg).at(mustDay("2024-05-01"), easy); l.From != "easy" || l.Pace != 330 || !strings.Contains(l.Reason, "the easy pace 5:30/km stands in") {
		t.Errorf("easy: %+v", l)
	}
	cfg.LongRunPace = 345
	if l := newLRPFinder(nil, cfg).at(mustDay("2024-05-01"), easy); l.From != "config" || l.Pace != 345 {
		t.Errorf("config: %+v", l)
	}
	cfg.LongRunPace = 0
	// Trail long runs (30 m a km, little flat) say nothing of the flat.
	trail, trail2 := longRun("2024-01-07", 150, 15), longRun("2024-01-14", 150, 15) // 10:00/km
	trail.Totals.AscentM, trail2.Totals.AscentM = 450, 450
	if l := newLRPFinder([]*Run{long, long2, trail, trail2}, cfg).at(mustDay("2024-01-17"), easy); math.Abs(l.Pace-long.Pace()) > 0.01 || !strings.Contains(l.Reason, "2 long runs left out, their pace set by hills, trails, walking or quality inside them") {
		t.Errorf("trail: %+v", l)
	}
	// Long runs with quality inside (marathon-pace blocks) run the session's pace, not the long run's.
	mp, mp2 := longRun("2024-01-07", 80, 20), longRun("2024-01-14", 80, 20) // 4:00/km
	mp.evidence.tempo, mp2.evidence.progression = 4.2, true
	if l := newLRPFinder([]*Run{long, long2, mp, mp2}, cfg).at(mustDay("2024-01-17"), easy); math.Abs(l.Pace-long.Pace()) > 0.01 || !strings.Contains(l.Reason, "2 long runs left out") {
		t.Errorf("quality inside: %+v", l)
	}
	// A long-run pace 20 % or more from the easy pace is a symptom: the easy pace stands in.
	slow, slow2 := longRun("2024-01-07", 120, 15), longRun("2024-01-14", 120, 15) // 8:00/km on the flat, easy 5:30
	if l := newLRPFinder([]*Run{slow, slow2}, cfg).at(mustDay("2024-01-17"), easy); l.From != "easy" || l.Pace != 330 ||
		!strings.Contains(l.Reason, "long-run pace 8:00/km is 45 % slower than the easy pace 5:30/km (more than 20 %): the long runs were not run at easy effort on the flat") {
		t.Errorf("symptom: %+v", l)
	}
}

func TestMaxHROutlier(t *testing.T) {
	var runs []*Run
	for i, peak := range []float64{181, 183, 182, 180, 199} {
		r := testRun(time.Date(2024, 1, 1+i, 0, 0, 0, 0, time.UTC).Format(time.DateOnly), 40, 8, nil)
		r.Digest.PeakHR = peak
		runs = append(runs, r)
	}
	hr, why := estimateMaxHR(runs, ProfileConfig{})
	if hr != 183 || !strings.Contains(why, "the highest, 199 on 2024-01-05, stands apart") {
		t.Errorf("HRmax %.0f (%s), want 183 with the 199 outlier left out", hr, why)
	}
	if hr, why := estimateMaxHR(runs[:4], ProfileConfig{}); hr != 0 || !strings.Contains(why, "4 runs with heart rate, 5 needed") {
		t.Errorf("four runs: %.0f %s", hr, why)
	}
	if hr, _ := estimateMaxHR(runs, ProfileConfig{MaxHR: 190}); hr != 190 {
		t.Errorf("config: %.0f", hr)
	}
}

func TestLongIsRelative(t *testing.T) {
	cfg := Defaults().Classify
	var runs []*Run
	add := func(day string, minutes float64) *Run {
		r := testRun(day, minutes, minutes/5, nil)
		r.facts.running = minutes * 60
		runs = append(runs, r)
		return r
	}
	for d := 1; d <= 28; d += 2 { // a month of 40-min runs
		add(time.Date(2024, 1, d, 0, 0, 0, 0, time.UTC).Format(time.DateOnly), 40)
	}
	ten := add("2024-02-04", 70)       // 1.75 times typical, the longest of its days: long
	mid := add("2024-02-08", 100)      // a medium-long run two days before a 3-h one
	marathon := add("2024-02-10", 180) // always long
	short := add("2024-02-14", 55)     // under 60 min: never long
	typical := add("2024-02-17", 45)   // not 1.25 times typical
	f := newLongFinder(runs, &classifier{cfg: cfg}, 8*7*24*time.Hour)
	for _, tc := range []struct {
		r    *Run
		long bool
		why  string
	}{
		{ten, true, "70 min running, 14.0 km: the longest run of the 7 days around it, 1.8 times the runner's typical run of the 8w before (40 min)"},
		{mid, false, ""},
		{marathon, true, "3:00 h running, 36.0 km, at or over 2:30 h"},
		{short, false, ""},
		{typical, false, ""},
	} {
		long, w := f.long(tc.r)
		why := ""
		if long {
			why = w.words()
		}
		if long != tc.long || why != tc.why {
			t.Errorf("%s: %v %q; want %v %q", tc.r.LocalDate(), long, why, tc.long, tc.why)
		}
	}
	// Too few runs before: the block's typical run, and it says so.
	first := newLongFinder(runs[len(runs)-3:], &classifier{cfg: cfg}, 8*7*24*time.Hour)
	if _, why := first.long(marathon); !strings.Contains(why.words(), "at or over") {
		t.Errorf("%q", why.words())
	}
	if typ, why := first.typicalRun(mustDay("2024-02-10")); typ != 55*60 || !strings.Contains(why.words(), "the typical run of the block (3 runs; the 8w before held too few)") {
		t.Errorf("block typical %.0f %q", typ, why.words())
	}
}
