package check_test

import (
	"testing"

	"github.com/runlint/runlint/analyze"
	"github.com/runlint/runlint/check"
	"github.com/runlint/runlint/internal/synth"
)

// TestSeriesOutliveTheRead: a report draws runs' series (the HTML page's
// drill-down) after the check returns, so the spill file they were written to
// lives until the check is closed. A block whose spilt series outgrow the
// spill's read-back cache (1 MB) shows it; before, charts went missing at
// random. Four years: the first 2 MB of series stay in memory (spillFree).
func TestSeriesOutliveTheRead(t *testing.T) {
	if testing.Short() {
		t.Skip("writes two years of synthetic runs")
	}
	dir := t.TempDir()
	opt := synth.DefaultOptions()
	opt.Weeks = 208
	if _, err := synth.WriteBlock(dir, "fit", opt); err != nil {
		t.Fatal(err)
	}
	c, err := check.Run([]string{dir}, analyze.Defaults(), check.Options{Spill: true})
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	judged := 0
	for _, r := range c.Report.Runs {
		if !r.Judged() {
			continue
		}
		judged++
		if _, err := r.Digest.Series(); err != nil {
			t.Fatalf("%s: %v", r.Source.Path, err)
		}
	}
	if judged < 1000 {
		t.Fatalf("only %d runs judged; the block is too small to outgrow the cache", judged)
	}
}
