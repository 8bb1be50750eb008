package report

import (
	"fmt"
	"html/template"
	"io"
	"slices"
	"strings"

	"github.com/runlint/runlint/analyze"
)

// runTable writes every activity as one row, newest first, with the page's
// filters above it: class, rule (any finding, none, or one rule) and dates.
// Each row carries what the filters read (data-class, data-rules,
// data-date); the page's script hides the rows that do not match, so the
// filters work offline on the file alone.
func runTable(w io.Writer, r *analyze.Report) {
	var rules []string
	for _, f := range r.Findings {
		if f.Run != nil && !slices.Contains(rules, f.Rule) {
			rules = append(rules, f.Rule)
		}
	}
	slices.Sort(rules)
	io.WriteString(w, `<div class="filters"><label>class <select id="f-class"><option value="">any</option>`)
	for _, c := range classes {
		fmt.Fprintf(w, `<option value="%s">%s</option>`, c, c)
	}
	io.WriteString(w, `<option value="-">not judged</option></select></label><label>rule <select id="f-rule"><option value="">any or none</option><option value="*">any finding</option><option value="-">no finding</option>`)
	for _, rule := range rules {
		fmt.Fprintf(w, `<option value="%s">%s</option>`, esc(rule), esc(rule))
	}
	first, last := "", ""
	if len(r.Runs) > 0 {
		first, last = r.Runs[0].LocalDate(), r.Runs[len(r.Runs)-1].LocalDate()
	}
	fmt.Fprintf(w, `</select></label><label>from <input type="date" id="f-from" min="%s" max="%s"></label><label>to <input type="date" id="f-to" min="%s" max="%s"></label><output id="f-count"></output></div>`,
		first, last, first, last)
	io.WriteString(w, `<div class="scroll"><table id="runtable"><thead><tr><th>date</th><th>name</th><th>class</th><th class="num">km</th><th class="num">moving</th><th class="num">pace /km</th><th class="num">HR</th><th>findings</th></tr></thead><tbody>`)
	for i := len(r.Runs) - 1; i >= 0; i-- {
		runRow(w, r.Runs[i])
	}
	io.WriteString(w, `</tbody></table></div><p class="note">HR: average/maximum, bpm. A name's file is in its tooltip.</p>`)
}

// runRow is one activity of the run table.
func runRow(w io.Writer, run *analyze.Run) {
	a := run.Activity
	class, shown := string(run.Class), string(run.Class)
	if !run.Judged() {
		class, shown = "-", "not judged"
		if !run.IsRun() {
			shown = clip(Escape(a.Sport), 20)
		}
	}
	var rules, found []string
	for _, f := range run.Findings {
		if !slices.Contains(rules, f.Rule) {
			rules = append(rules, f.Rule)
		}
		found = append(found, fmt.Sprintf(`<span class="%s">%s</span>`, f.Severity, esc(f.Rule)))
	}
	fmt.Fprintf(w, `<tr data-class="%s" data-rules="%s" data-date="%s"><td class="nowrap">%s</td><td title="%s">%s</td><td class="%s">%s</td><td class="num">%s</td><td class="num">%s</td><td class="num">%s</td><td class="num">%s</td><td>%s</td></tr>`,
		class, esc(strings.Join(rules, " ")), a.LocalDate(), a.LocalStart().Format("2006-01-02 15:04"),
		template.HTMLEscapeString(Escape(a.Source.Path)), esc(runTitle(run)), class, esc(shown),
		Km(a.Totals.DistanceM), Clock(a.Totals.MovingS), Pace(a.PaceSPerKm()), hr(a.Totals.AvgHR, a.Totals.MaxHR), strings.Join(found, " "))
}
