package analyze

import (
	"strings"
	"testing"

	"github.com/runlint/runlint/activity"
)

// panicky is a series source that fails as a bug of runlint's would.
type panicky struct{}

func (panicky) SeriesInto(*activity.Series) (activity.Series, error) { panic("boom") }

// TestAFaultCostsOnlyItsRun: a run that makes the judge panic is left
// unjudged, says why, and is listed among the failures; the rest of the
// block is judged as if it were not there.
func TestAFaultCostsOnlyItsRun(t *testing.T) {
	const easyV = 1000 / 300.0
	var series [][]activity.Bucket
	for range 10 {
		series = append(series, steadyBuckets(2400, easyV, 0, 0, 100))
	}
	res := blockOf(series...)
	bad := res[4].Activities[0]
	bad.Digest.SetSeries(panicky{})
	rep := Block(res, Defaults())
	if len(rep.Failures) != 1 || rep.Failures[0].File != bad.Source.Path || !strings.Contains(rep.Failures[0].Message, "boom") {
		t.Fatalf("failures %+v, want one naming %s", rep.Failures, bad.Source.Path)
	}
	for i, r := range rep.Runs {
		switch {
		case i == 4 && (r.Judged() || !strings.Contains(r.NotJudged, "could not judge this run")):
			t.Errorf("the failing run: class %q, not judged %q", r.Class, r.NotJudged)
		case i != 4 && r.Class != Easy:
			t.Errorf("run %d: class %q, want easy", i, r.Class)
		}
	}
}

// TestAFaultCostsOnlyItsRule: a rule that panics loses its findings; the
// check goes on.
func TestAFaultCostsOnlyItsRule(t *testing.T) {
	fs := &failures{}
	bad := &Rule{Name: "broken", Check: func(*Pass) { panic("rule bug") }}
	if runRule(bad, &Pass{}, fs) {
		t.Fatal("a panicking rule reported success")
	}
	if len(fs.list) != 1 || fs.list[0].Rule != "broken" || !strings.Contains(fs.list[0].String(), "rule broken failed") {
		t.Fatalf("failures %+v", fs.list)
	}
	good := &Rule{Name: "fine", Check: func(*Pass) {}}
	if !runRule(good, &Pass{}, fs) {
		t.Fatal("a rule that did not panic reported failure")
	}
}
