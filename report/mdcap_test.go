package report_test

import (
	"bytes"
	"strconv"
	"strings"
	"testing"

	"github.com/runlint/runlint/report"
)

// TestStepSummaryCap: the Markdown for a job summary stops at a whole line
// under the limit and says how much it left out; a lifetime fits in 1 MiB.
func TestStepSummaryCap(t *testing.T) {
	rep := hostileReport(t)
	var b bytes.Buffer
	const limit = 12_000
	if err := report.MarkdownWith(&b, rep, report.MarkdownOptions{Limit: limit}); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	body, note, ok := strings.Cut(out, "\n\n**The report stops here")
	if !ok || len(body)+1 > limit || len(out) > limit+400 {
		t.Fatalf("cut at %d bytes of %d (note found: %v)", len(body), len(out), ok)
	}
	shown := 0 // the cut may come before the runs: the story and the findings come first
	if i := strings.Index(body, "## Runs"); i >= 0 {
		shown = strings.Count(body[i:], "\n| 20")
	}
	runs := 0
	for _, run := range rep.Runs {
		if run.IsRun() {
			runs++
		}
	}
	for _, want := range []string{"Left out: " + strconv.Itoa(runs-shown) + " activities, ", strconv.Itoa(len(rep.Errors)) + " unreadable files."} {
		if !strings.Contains(note, want) {
			t.Errorf("the note %q does not say %q", note, want)
		}
	}
	checkMarkdown(t, commonMark(t, b.Bytes()))

	// A lifetime of runs: the synthetic block 150 times over.
	many := *rep
	many.Runs = nil
	for range 150 {
		many.Runs = append(many.Runs, rep.Runs...)
	}
	b.Reset()
	if err := report.MarkdownWith(&b, &many, report.MarkdownOptions{Limit: report.StepSummaryLimit}); err != nil {
		t.Fatal(err)
	}
	if n := b.Len(); n > 1<<20 || n < report.StepSummaryLimit-20_000 || !strings.Contains(b.String(), "The report stops here") {
		t.Errorf("a step summary of %d bytes", n)
	}
	var full bytes.Buffer
	report.Markdown(&full, &many)
	if !bytes.HasPrefix(full.Bytes(), b.Bytes()[:strings.Index(b.String(), "\n\n**The report stops here")]) {
		t.Error("the capped summary is not the report's beginning")
	}
}
