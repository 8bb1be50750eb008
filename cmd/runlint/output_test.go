package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/runlint/runlint/analyze"
	"github.com/runlint/runlint/report"
)

// TestStepSummaryAppendCap: what the step already wrote to the job summary
// counts against GitHub's 1 MiB, so the report appended after it is cut to
// fit and says so.
func TestStepSummaryAppendCap(t *testing.T) {
	path := filepath.Join(t.TempDir(), "summary.md")
	before := strings.Repeat("earlier step output\n", (report.StepSummaryLimit-300)/20)
	if err := os.WriteFile(path, []byte(before), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Setenv("GITHUB_STEP_SUMMARY", path)
	rep := &analyze.Report{Runs: []*analyze.Run{}, Summary: analyze.Summary{Runs: 3}}
	if err := appendStepSummary(rep); err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	added := string(got[len(before):])
	if len(got) >= 1<<20 || !strings.HasPrefix(string(got), before) || !strings.Contains(added, "The report stops here") {
		t.Fatalf("%d bytes in the summary; appended:\n%s", len(got), added)
	}
	if !strings.HasPrefix(added, "# runlint training report\n") {
		t.Errorf("the cut report does not start with its title:\n%s", added)
	}
}
