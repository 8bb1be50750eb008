package analyze

import (
	"strings"
	"testing"
	"time"
)

func TestRuleFiles(t *testing.T) {
	cut := classed(testRun("2024-06-03", 40, 8, nil), Easy)
	cut.Damaged("file is truncated or malformed (line 88: unexpected EOF): kept the 1200 points read before it")
	cut.Warn("times carry no zone: read as UTC")
	ride := testRun("2024-06-04", 40, 8, nil)
	ride.Sport = "cycling"
	ride.Damaged("file CRC mismatch")
	checkRule(t, damagedFile, Profile{}, []ruleCase{
		{name: "damage, not data warnings; runs only", runs: []*Run{cut, ride}, want: []string{"file is truncated or malformed (line 88"}},
	})
	rep := &Report{Errors: []FileError{{File: "a.fit", Message: "fit: unexpected end of file"}}}
	p := &Pass{Report: rep, Rule: unreadableFile, severity: Error, opts: map[string]string{}}
	unreadableFile.Check(p)
	if len(p.found) != 1 || p.found[0].File != "a.fit" || p.found[0].Run != nil || p.found[0].Severity != Error {
		t.Errorf("unreadable-file: %+v", p.found)
	}
}

func TestRuleDuplicateAndNotJudged(t *testing.T) {
	keep := classed(testRun("2024-06-03", 40, 8, nil), Easy)
	dup := testRun("2024-06-03", 39, 8, nil)
	dup.Source.Path, dup.DupOf = "phone.fit", keep
	short := testRun("2024-06-05", 1, 0.2, nil)
	short.NotJudged = "too short to judge: 1 min moving (under 2 min)"
	checkRule(t, duplicateActivity, Profile{}, []ruleCase{
		{name: "the poorer copy", runs: []*Run{keep, dup}, want: []string{"the same run as 2024-06-03.fit (2024-06-03 08:00-08:40): 39 min of its 39 min from start to end fall inside that one's; only that copy is judged"}},
	})
	checkRule(t, notJudged, Profile{}, []ruleCase{
		{name: "too short", runs: []*Run{keep, short}, want: []string{"too short to judge: 1 min moving"}},
		{name: "a duplicate is the duplicate rule's", runs: []*Run{dup}},
	})
}

// Of two copies of one activity, the one judged holds the run: the whole
// over a piece of it recorded apart, the copy whose clock stopped with the
// run over one left running for hours, else the one with more data.
func TestDuplicateKeepsTheCopyThatHoldsTheRun(t *testing.T) {
	withHR := func(r *Run) *Run { r.WithHR = true; return r }
	whole, piece := testRun("2024-06-03", 99, 14, nil), withHR(testRun("2024-06-03", 8, 0.9, nil))
	on, stopped := testRun("2024-06-03", 40, 8, nil), testRun("2024-06-03", 40, 8, nil)
	on.Totals.ElapsedS = 5 * 3600
	overnight := testRun("2024-06-03", 70, 12, nil) // left recording 12 h, with more "moving" than the run
	overnight.Totals.ElapsedS = 12 * 3600
	standing := testRun("2024-06-03", 487, 7.3, nil)
	standing.NotJudged = "not a run to judge: 8:07 h moving at 66:43/km"
	plain, rich := testRun("2024-06-03", 40, 8, nil), withHR(testRun("2024-06-03", 40, 8, nil))
	for _, c := range []struct {
		name       string
		keep, drop *Run
	}{
		{"the whole over a piece", whole, piece},
		{"the clock stopped with the run", stopped, on},
		{"not the watch left recording overnight", stopped, overnight},
		{"the richer", rich, plain},
		{"one that can be judged", stopped, standing},
	} {
		if !better(c.keep, c.drop) || better(c.drop, c.keep) {
			t.Errorf("%s: the wrong copy kept", c.name)
		}
	}
}

// A run too short, or so slow it was mostly standing (a watch left recording
// for hours), is not judged, and says why.
func TestUnjudgeable(t *testing.T) {
	cfg := Defaults().Classify
	for _, c := range []struct {
		name      string
		min, km   float64
		wantMatch string
	}{
		{"a run", 40, 8, ""},
		{"a slow hike up a hill", 120, 7, ""},
		{"too short", 1, 0.2, "too short to judge"},
		{"a watch left recording", 487, 7.3, "not a run to judge: 8:07 h moving at 66:43/km, slower than 30:00/km"},
		{"no distance (a treadmill without a footpod)", 40, 0, ""},
	} {
		got := unjudgeable(testRun("2024-06-03", c.min, c.km, nil), cfg)
		if (c.wantMatch == "") != (got == "") || !strings.Contains(got, c.wantMatch) {
			t.Errorf("%s: %q, want %q", c.name, got, c.wantMatch)
		}
	}
}

// A manual entry's start and length are typed: a recorded run covering half
// of it is its copy, a 7-min jog that falls inside its typed hour is not
// (shaonianche's 10 km in 60:00 at 21:51 and a jog at 22:45).
func TestDuplicatesOfAManualEntry(t *testing.T) {
	at := func(r *Run, hhmm string, points int) *Run {
		clock, _ := time.Parse("15:04", hhmm)
		r.Start = r.Start.Truncate(24 * time.Hour).Add(time.Duration(clock.Hour())*time.Hour + time.Duration(clock.Minute())*time.Minute)
		r.Activity.Digest.Points = points
		r.Source.Path = hhmm + ".fit"
		return r
	}
	entry := func() *Run { return at(testRun("2021-04-22", 60, 10, nil), "21:51", 2) }
	for _, c := range []struct {
		name  string
		other *Run
		dup   bool
	}{
		{"a jog inside its typed hour", at(testRun("2021-04-22", 7, 0.67, nil), "22:45", 470), false},
		{"the run it stands for, recorded", at(testRun("2021-04-22", 55, 9.4, nil), "21:55", 3300), true},
	} {
		m := entry()
		markDuplicates([]*Run{m, c.other})
		if got := m.DupOf != nil || c.other.DupOf != nil; got != c.dup {
			t.Errorf("%s: duplicates %v, want %v", c.name, got, c.dup)
		}
	}
	// Two recordings of one jog are still one jog.
	a, b := at(testRun("2021-04-22", 7, 0.67, nil), "22:45", 470), at(testRun("2021-04-22", 7, 0.7, nil), "22:45", 470)
	if markDuplicates([]*Run{a, b}); a.DupOf == nil && b.DupOf == nil {
		t.Error("two recordings of one jog: not duplicates")
	}
}
