package report_test

import (
	"bytes"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/runlint/runlint/analyze"
	"github.com/runlint/runlint/check"
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
	if i := strings.Index(body, "### Runs, week by week"); i >= 0 {
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

// TestStepSummaryKeepsTheRecentWeeks: the job summary of a real seven-year
// block (gareth's Strava export in ../shared/corpus, 0.9 MB of Markdown) cut
// to half its size (to GitHub's 1 MiB, were it larger) keeps the story: the
// next run and the last 8 weeks whole, run by run; what goes is the oldest
// detail.
func TestStepSummaryKeepsTheRecentWeeks(t *testing.T) {
	if testing.Short() {
		t.Skip("reads a block of 2,067 files")
	}
	block := "../../shared/corpus/block-gareth-strava-export"
	if _, err := os.Stat(block); err != nil {
		t.Skip("no shared corpus")
	}
	res, err := check.Read([]string{block}, check.Options{})
	if err != nil {
		t.Fatal(err)
	}
	rep := analyze.Block(res, analyze.Defaults())
	if next := analyze.Next(rep, analyze.Defaults(), rep.LastDay().AddDate(0, 0, 1)); next.Kind != "none" {
		rep.Next = &next
	}
	var full, capped bytes.Buffer
	if err := report.Markdown(&full, rep); err != nil {
		t.Fatal(err)
	}
	limit := min(report.StepSummaryLimit, full.Len()/2)
	if err := report.MarkdownWith(&capped, rep, report.MarkdownOptions{Limit: limit}); err != nil {
		t.Fatal(err)
	}
	recent, _, ok := strings.Cut(full.String(), "\n## The whole block\n")
	if !ok || !strings.HasPrefix(capped.String(), recent) || !strings.Contains(recent, "## The next run") {
		t.Fatalf("the capped summary (%d bytes) does not keep the next run and the last weeks whole (%d bytes)", capped.Len(), len(recent))
	}
	last := rep.LastDay().Format("2006-01-02")
	if n := strings.Count(recent, "\n| "+rep.LastDay().Format("Mon ")+last); n == 0 {
		t.Errorf("the last run, %s, is not in the last weeks", last)
	}
	t.Logf("%d bytes of %d kept; the next run and the last weeks take %d", capped.Len(), full.Len(), len(recent))
}
