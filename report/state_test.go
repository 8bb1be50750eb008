package report_test

import (
	"regexp"
	"testing"
)

// The page says where the runner stood at the last run: the volume of the
// last 4 and 8 weeks, the load against its bound, the races of those weeks.
func TestPageSaysTheStateAtTheLastRun(t *testing.T) {
	page := render(t, "html", synthetic(t))
	want := regexp.MustCompile(`<p class="state">At the last run \(2024-\d\d-\d\d\): \d+ km a week over the last 4 weeks, \d+ over the last 8; acute:chronic load \d\.\d\d \(bound 1\.6\)`)
	if !want.Match([]byte(page)) {
		t.Errorf("the page does not say the state at the last run (want %s)", want)
	}
}
