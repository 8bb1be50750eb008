package analyze

import "testing"

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
		{name: "the poorer copy", runs: []*Run{keep, dup}, want: []string{"the same run as 2024-06-03.fit (39 min overlap); only that copy is judged"}},
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
	plain, rich := testRun("2024-06-03", 40, 8, nil), withHR(testRun("2024-06-03", 40, 8, nil))
	for _, c := range []struct {
		name       string
		keep, drop *Run
	}{
		{"the whole over a piece", whole, piece},
		{"the clock stopped with the run", stopped, on},
		{"the richer", rich, plain},
	} {
		if !better(c.keep, c.drop) || better(c.drop, c.keep) {
			t.Errorf("%s: the wrong copy kept", c.name)
		}
	}
}
