package report

import (
	"cmp"
	"fmt"
	"html/template"
	"io"
	"slices"
	"time"

	"github.com/runlint/runlint/activity"
	"github.com/runlint/runlint/analyze"
)

// ruleGroup is one rule's findings, by week, for the page's fold.
type ruleGroup struct {
	rule, code string
	severity   analyze.Severity
	weeks      []weekGroup // newest first
	n          int
}

// weekGroup is a rule's findings in one week ("" for findings on a file,
// which have no date), oldest first.
type weekGroup struct {
	monday   string
	findings []analyze.Finding
}

// groupFindings gathers the findings by rule, the most severe rules first
// and then the most frequent, and each rule's by week, newest first: what a
// coach opens is a rule and the weeks it bit, not thousands of rows.
func groupFindings(fs []analyze.Finding) []ruleGroup {
	byRule := map[string]*ruleGroup{}
	var order []*ruleGroup
	for _, f := range fs {
		g := byRule[f.Rule]
		if g == nil {
			g = &ruleGroup{rule: f.Rule, code: f.Code, severity: f.Severity}
			byRule[f.Rule] = g
			order = append(order, g)
		}
		g.n++
		monday := ""
		if t, err := time.Parse(time.DateOnly, f.Date); err == nil {
			monday = activity.WeekStart(t).Format(time.DateOnly)
		}
		if i := slices.IndexFunc(g.weeks, func(w weekGroup) bool { return w.monday == monday }); i >= 0 {
			g.weeks[i].findings = append(g.weeks[i].findings, f)
		} else {
			g.weeks = append(g.weeks, weekGroup{monday: monday, findings: []analyze.Finding{f}})
		}
	}
	out := make([]ruleGroup, len(order))
	for i, g := range order {
		slices.SortStableFunc(g.weeks, func(a, b weekGroup) int { return cmp.Compare(b.monday, a.monday) })
		out[i] = *g
	}
	slices.SortStableFunc(out, func(a, b ruleGroup) int {
		if c := cmp.Compare(b.severity.Rank(), a.severity.Rank()); c != 0 {
			return c
		}
		if c := cmp.Compare(b.n, a.n); c != 0 {
			return c
		}
		return cmp.Compare(a.code, b.code)
	})
	return out
}

// findingGroups writes the findings folded by rule and by week, with the
// counts on each fold; a week opens to its findings and why each run got
// its class.
func findingGroups(w io.Writer, r *analyze.Report) {
	if len(r.Findings) == 0 {
		io.WriteString(w, `<p>None.</p>`)
		return
	}
	titles := map[string]string{}
	for _, rs := range r.Rules {
		if rs.Rule != nil {
			titles[rs.Name] = rs.Doc.Title
		}
	}
	for _, g := range groupFindings(r.Findings) {
		last := g.weeks[0].monday
		span := ""
		if last != "" {
			span = fmt.Sprintf(" in %s, the last in the week of %s", activity.Plural(len(g.weeks), "week"), last)
		}
		fmt.Fprintf(w, `<details class="group"><summary><span class="%s">%s</span> <b>%s</b> (%s): %s%s</summary>`,
			g.severity, g.severity, esc(g.rule), esc(g.code), activity.Plural(g.n, "finding"), span)
		if t := titles[g.rule]; t != "" {
			fmt.Fprintf(w, `<p class="note">%s</p>`, esc(t))
		}
		for _, wk := range g.weeks {
			label := "week of " + wk.monday
			if wk.monday == "" {
				label = "files"
			}
			fmt.Fprintf(w, `<details class="group"><summary>%s: %d</summary><div class="scroll"><table><thead><tr><th>date</th><th>run</th><th>finding</th><th>the run</th></tr></thead><tbody>`, label, len(wk.findings))
			for _, f := range wk.findings {
				verdict := ""
				if f.Run != nil {
					verdict = why(f.Run)
				}
				fmt.Fprintf(w, `<tr><td class="nowrap">%s</td><td title="%s">%s</td><td>%s</td><td>%s</td></tr>`,
					f.Date, template.HTMLEscapeString(Escape(f.File)), esc(findingLabel(f)), esc(clip(f.Message, maxMessage)), esc(clip(verdict, maxMessage)))
			}
			io.WriteString(w, `</tbody></table></div></details>`)
		}
		io.WriteString(w, `</details>`)
	}
}
