package report

import (
	"testing"
	"time"

	"github.com/runlint/runlint/activity"
	"github.com/runlint/runlint/analyze"
)

func zonedRun(day string, class analyze.Class, zones [3]float64) *analyze.Run {
	start, _ := time.Parse(time.DateTime, day+" 08:00:00")
	return &analyze.Run{
		Activity:  &activity.Activity{Sport: "running", Start: start, Totals: activity.Totals{MovingS: zones[0] + zones[1] + zones[2]}},
		Class:     class,
		Intensity: analyze.Intensity{Zones: zones, ZonesFrom: "heart rate"},
	}
}

// TestEightyTwentyByTime: the verdict is by time in zones, not by sessions.
// The week: three runs, one of them a quality session, whose hard
// time is small. By sessions it is 67/33 and "fails"; by time it is 85/15.
func TestEightyTwentyByTime(t *testing.T) {
	wk := &week{Runs: []*analyze.Run{
		zonedRun("2024-03-05", analyze.Hard, [3]float64{1800, 600, 1200}), // 30 min easy around 30 min of work
		zonedRun("2024-03-07", analyze.Easy, [3]float64{3000, 0, 0}),
		zonedRun("2024-03-10", analyze.Long, [3]float64{5400, 300, 0}),
		{Activity: &activity.Activity{Sport: "running"}, Intensity: analyze.Intensity{Zones: [3]float64{0, 0, 9999}}}, // not judged: not counted
	}}
	// 10,200 s below of 12,300 s zoned: 82.9 %.
	if got, want := eightyTwenty(wk.zoneTime()), "83/17 yes"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	wk.Runs = append(wk.Runs, zonedRun("2024-03-09", analyze.Hard, [3]float64{600, 900, 1200}))
	// 10,800 s below of 15,000 s: 72 %.
	if got, want := eightyTwenty(wk.zoneTime()), "72/28 no, too much above the aerobic threshold"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	// Exactly 80 % below is "yes".
	if got, want := eightyTwenty([3]float64{800, 100, 100}), "80/20 yes"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	if got := eightyTwenty([3]float64{}); got != "-" {
		t.Errorf("a week with no zoned time: %q", got)
	}
}

// TestFindingsBySeverity: errors first, then warnings, then info, each
// newest first, a file's finding (no date) before any run's.
func TestFindingsBySeverity(t *testing.T) {
	fs := []analyze.Finding{
		{Severity: analyze.Info, Date: "2024-01-01", Rule: "a"},
		{Severity: analyze.Error, Date: "2024-02-01", Rule: "b"},
		{Severity: analyze.Warning, Date: "2024-01-15", Rule: "c"},
		{Severity: analyze.Error, Date: "2024-01-10", Rule: "d"},
		{Severity: analyze.Error, Rule: "e"},
	}
	var got string
	for _, f := range findingsBySeverity(fs) {
		got += f.Rule
	}
	if got != "ebdca" || fs[0].Rule != "a" {
		t.Errorf("order %q (and the input must not be reordered)", got)
	}
}

// TestRunName: the runner's names are shown, a device's sport profile is not.
func TestRunName(t *testing.T) {
	for _, c := range []struct{ name, from, want string }{
		{"Track 6x800", "fit workout", "Track 6x800"},
		{"Run", "fit sport profile", ""},
		{"  ", "gpx", ""},
		{"a\x1b[31mb", "activities.csv", `a\x1b[31mb`},
	} {
		if got := runName(&activity.Activity{Name: c.name, NameFrom: c.from}); got != c.want {
			t.Errorf("%q from %s: %q, want %q", c.name, c.from, got, c.want)
		}
	}
}

// TestRecoveryStory: each hard or long day and what its next date held.
func TestRecoveryStory(t *testing.T) {
	rec := zonedRun("2024-03-06", analyze.Recovery, [3]float64{1500, 0, 0})
	rec.Findings = []analyze.Finding{{Rule: "recovery-too-fast", Severity: analyze.Error}}
	r := &analyze.Report{Runs: []*analyze.Run{
		zonedRun("2024-03-05", analyze.Hard, [3]float64{1800, 600, 1200}),
		rec,
		zonedRun("2024-03-07", analyze.Hard, [3]float64{1800, 600, 1200}),
		zonedRun("2024-03-08", analyze.Hard, [3]float64{1800, 600, 1200}),
		zonedRun("2024-03-10", analyze.Long, [3]float64{5400, 300, 0}),
	}}
	var got []string
	for _, s := range recoveryStory(r) {
		got = append(got, s.Day+" "+string(s.Class)+": "+s.Followed+" ("+storyFindings(s.Findings)+")")
	}
	want := []string{
		"2024-03-05 hard: recovery run (recovery-too-fast (error))",
		"2024-03-07 hard: another hard day (none)",
		"2024-03-08 hard: rest day (none)",
		"2024-03-10 long: block ends (none)",
	}
	if len(got) != len(want) {
		t.Fatalf("got %q", got)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("got %q, want %q", got[i], want[i])
		}
	}
}
