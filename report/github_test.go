package report_test

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"github.com/runlint/runlint/analyze"
	"github.com/runlint/runlint/report"
)

// TestGitHubAnnotationsCapped: a block with more findings than GitHub
// shows gets at most ten annotations of each kind; within a kind the rules
// share them (two findings of one rule are not crowded out by forty of
// another), each rule's most recent first; and one notice says how many of
// each rule were left out.
func TestGitHubAnnotationsCapped(t *testing.T) {
	rep := synthetic(t)
	rep.Findings = nil
	add := func(rule, code string, sev analyze.Severity, n int) {
		for i := range n {
			date := fmt.Sprintf("2024-03-%02d", 1+i%28)
			rep.Findings = append(rep.Findings, analyze.Finding{
				Rule: rule, Code: code, Severity: sev,
				File: fmt.Sprintf("block/%s-%02d.fit", rule, i), Date: date, Message: date,
			})
		}
	}
	add("gps-glitch", "RL404", analyze.Warning, 40)
	add("recovery-too-short", "RL102", analyze.Warning, 2)
	add("recovery-too-fast", "RL101", analyze.Error, 3)
	add("no-heart-rate", "RL401", analyze.Info, 30)
	// A rule that is sure of some findings (errors) and not of others
	// (warnings): each goes to its kind's room.
	add("recovery-too-fast", "RL101", analyze.Warning, 12)
	var b bytes.Buffer
	if err := report.GitHub(&b, rep); err != nil {
		t.Fatal(err)
	}
	kinds := map[string]int{}
	rules := map[string]int{}
	var glitchDates []string
	for _, l := range strings.Split(b.String(), "\n") {
		kind, rest, ok := strings.Cut(strings.TrimPrefix(l, "::"), " ")
		if !ok || !strings.HasPrefix(l, "::") {
			continue
		}
		kinds[kind]++
		for _, r := range []string{"gps-glitch", "recovery-too-short", "recovery-too-fast", "no-heart-rate"} {
			if strings.Contains(rest, "title=runlint RL") && strings.Contains(rest, " "+r+"::") {
				rules[r]++
				if r == "gps-glitch" {
					glitchDates = append(glitchDates, rest[strings.Index(rest, "::")+2:][:10])
				}
			}
		}
	}
	if kinds["error"] != 3 || kinds["warning"] != 10 || kinds["notice"] != 10 {
		t.Errorf("annotations by kind: %v, want 3 errors (all), 10 warnings and 10 notices (9 and the one that says what is left out)", kinds)
	}
	if rules["recovery-too-short"] != 2 || rules["gps-glitch"] != 4 || rules["recovery-too-fast"] != 3+4 || rules["no-heart-rate"] != 9 {
		t.Errorf("annotations by rule: %v", rules)
	}
	for i := 1; i < len(glitchDates); i++ {
		if glitchDates[i] > glitchDates[i-1] {
			t.Errorf("not the most recent first: %v", glitchDates)
			break
		}
	}
	if !strings.Contains(b.String(), "::notice title=runlint%3A 65 more findings not annotated::GitHub shows 10 annotations of each kind per step; left out, by rule: gps-glitch 36 (warning), recovery-too-fast 8 (warning), no-heart-rate 21 (info).") {
		t.Errorf("no notice of what was left out:\n%s", b.String())
	}
}
