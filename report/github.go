package report

import (
	"cmp"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/runlint/runlint/activity"
	"github.com/runlint/runlint/analyze"
)

// GitHubPerKind is how many annotations of one kind (error, warning,
// notice) GitHub Actions shows for a step; the rest are dropped without a
// word (actions/toolkit, docs/problem-matchers.md: 10 of each kind per
// step, 50 per job).
const GitHubPerKind = 10

// GitHub writes GitHub Actions workflow commands: ::error, ::warning and
// ::notice annotations on the findings' files, at most GitHubPerKind of each
// kind, and a notice that says what was left out. Within a kind the rules
// share the annotations (a rule that fired a thousand times does not crowd
// out one that fired twice), each rule's most recent findings first; the
// errors come first, then the warnings, then the notices. Every finding is
// still in the other reports.
//
// The runner reads a command from every line of the log that starts with
// "::", so no file name or message may carry a line break: each goes
// through Escape (control characters, a newline among them, become \xNN)
// and then GitHub's own escaping, which the runner undoes.
func GitHub(w io.Writer, r *analyze.Report) error {
	var b strings.Builder
	shown, left := annotations(r.Findings)
	for _, f := range shown {
		fmt.Fprintf(&b, "::%s file=%s,title=%s::%s\n", ghCommand(f.Severity), ghProperty(Escape(relURI(r.Root, f.File))),
			ghProperty(Escape("runlint "+f.Code+" "+f.Rule)), ghData(Escape(findingText(f))))
	}
	if len(left) > 0 {
		fmt.Fprintf(&b, "::notice title=%s::%s\n", ghProperty("runlint: "+activity.Plural(len(r.Findings)-len(shown), "more finding")+" not annotated"), ghData(leftOut(left)))
	}
	s := r.Summary
	fmt.Fprintf(&b, "runlint: %d runs (%d hard, %d long, %d easy, %d recovery); %d error, %d warning, %d info findings\n",
		s.Runs, s.ByClass[analyze.Hard], s.ByClass[analyze.Long], s.ByClass[analyze.Easy], s.ByClass[analyze.Recovery],
		s.BySeverity[analyze.Error], s.BySeverity[analyze.Warning], s.BySeverity[analyze.Info])
	_, err := io.WriteString(w, b.String())
	return err
}

func ghCommand(s analyze.Severity) string {
	switch s {
	case analyze.Error:
		return "error"
	case analyze.Warning:
		return "warning"
	}
	return "notice"
}

// ruleLeft is how many of a rule's findings were not annotated.
type ruleLeft struct {
	rule string
	sev  analyze.Severity
	n    int
}

// annotations picks the findings to annotate, most severe kind first: for
// each kind, the rules take turns, each giving its next most recent
// finding, until the kind has GitHubPerKind (one fewer notices when
// anything is left out: the notice that says so is one). left is what each
// rule had beyond its share.
func annotations(fs []analyze.Finding) (shown []analyze.Finding, left []ruleLeft) {
	// A rule's findings by kind: a rule may say an error where it is sure
	// and a warning at the edge of its limit, and each kind has its own room.
	type key struct{ rule, kind string }
	byRule := map[key][]analyze.Finding{}
	var keys []key
	count := map[string]int{}
	for _, f := range findingsBySeverity(fs) { // the most severe first, newest first within each
		k := key{f.Rule, ghCommand(f.Severity)}
		if byRule[k] == nil {
			keys = append(keys, k)
		}
		byRule[k] = append(byRule[k], f)
		count[k.kind]++
	}
	room := map[string]int{"error": GitHubPerKind, "warning": GitHubPerKind, "notice": GitHubPerKind}
	if count["error"] > GitHubPerKind || count["warning"] > GitHubPerKind || count["notice"] > GitHubPerKind {
		room["notice"]-- // the notice that says what was left out
	}
	taken := map[key]int{}
	for _, kind := range []string{"error", "warning", "notice"} {
		var picked []analyze.Finding
		for room[kind] > 0 {
			before := room[kind]
			for _, k := range keys { // the kind's rules take turns, in the order of their newest finding
				if k.kind == kind && room[kind] > 0 && taken[k] < len(byRule[k]) {
					picked = append(picked, byRule[k][taken[k]])
					taken[k]++
					room[kind]--
				}
			}
			if room[kind] == before {
				break
			}
		}
		// Newest first within the kind, as a coach reads them.
		slices.SortStableFunc(picked, func(a, b analyze.Finding) int { return strings.Compare(newest(b.Date), newest(a.Date)) })
		shown = append(shown, picked...)
	}
	for _, k := range keys {
		if n := len(byRule[k]) - taken[k]; n > 0 {
			left = append(left, ruleLeft{k.rule, byRule[k][0].Severity, n})
		}
	}
	return shown, left
}

// leftOut is the notice's text: how many of each rule's findings were not
// annotated, and where they all are.
func leftOut(left []ruleLeft) string {
	slices.SortStableFunc(left, func(a, b ruleLeft) int { return cmp.Compare(b.sev.Rank(), a.sev.Rank()) })
	parts := make([]string, len(left))
	for i, l := range left {
		parts[i] = fmt.Sprintf("%s %d (%s)", l.rule, l.n, l.sev)
	}
	return fmt.Sprintf("GitHub shows %d annotations of each kind per step; left out, by rule: %s. Every finding is in the job summary and the other reports (--format markdown, html, sarif, junit, json).",
		GitHubPerKind, strings.Join(parts, ", "))
}

// The escaping GitHub's toolkit (@actions/core, escapeData and
// escapeProperty) applies to workflow command data and properties: a
// property ends at "," and the properties at "::".
func ghData(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A").Replace(s)
}

func ghProperty(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C").Replace(s)
}
