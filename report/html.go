package report

import (
	"fmt"
	"html/template"
	"io"
	"path/filepath"
	"sort"
	"strings"
	"sync"

	"github.com/runlint/runlint/analyze"
)

// The class colours, used by every chart and the legend.
var classColour = map[analyze.Class]string{
	analyze.Hard: "#d7301f", analyze.Long: "#7a3db8", analyze.Easy: "#2c9f48", analyze.Recovery: "#2b7bba",
}

// HTML writes one standalone page that works offline: the charts are inline
// SVG drawn here, the script only adds tooltips and the run table's
// filters, and needs nothing from the network. It opens on the story (the
// last weeks run by run, what followed each hard or long day, the next
// run), then the whole block at a glance, then the detail, folded.
//
// The charts are written straight to w between the parts of the page, not
// built as strings first: a lifetime of runs is thousands of shapes.
func HTML(w io.Writer, r *analyze.Report) error {
	ws := weeks(r)
	story := recoveryStory(r)
	win := recentWindow(r)
	data := map[string]any{
		"Summary":     r.Summary,
		"Counts":      severityCounts(r.Summary),
		"Range":       rangeOf(r),
		"LastRun":     lastRunLine(r),
		"Yardsticks":  yardsticks(r.Profile),
		"State":       stateLine(r),
		"Notes":       r.Notes,
		"Legend":      template.HTML(legend()),
		"ZoneLegend":  template.HTML(zoneLegend()),
		"Def8020":     eightyTwentyDefinition,
		"RecentWeeks": detailWeeks,
		"RecentStory": win.stories(story),
		"Next":        nextOnPage(r),
		"SpikeBound":  fmt.Sprintf("%.2g", r.Load.SpikeBound),
		"Story":       story,
		"Weeks":       weekRows(ws),
		"Cross":       crossTraining(r),
		"CrossNote":   crossNote,
		"Errors":      r.Errors,
	}
	ew := &errWriter{w: w}
	charts := []func(io.Writer){
		func(w io.Writer) { recentRuns(w, r, win, ws) },
		func(w io.Writer) { volumeChart(w, ws) },
		func(w io.Writer) { zonesChart(w, ws) },
		func(w io.Writer) { loadChart(w, r.Load, r.Load.SpikeBound) },
		func(w io.Writer) { paceHistory(w, r.Profile) },
		func(w io.Writer) { hrHistory(w, ws, r.Profile) },
		func(w io.Writer) { scatterChart(w, r) },
		func(w io.Writer) { calendar(w, r, ws) },
		func(w io.Writer) { findingGroups(w, r) },
		func(w io.Writer) { runTable(w, r) },
	}
	for i, part := range pageParts() {
		if err := part.Execute(ew, data); err != nil {
			return err
		}
		if i < len(charts) {
			charts[i](ew)
		}
	}
	return ew.err
}

// weekRow is one line of the HTML's weekly table.
type weekRow struct {
	Monday, Km, Time, HardShare, EightyTwenty string
	Runs                                      int
}

func weekRows(ws []*week) []weekRow {
	var out []weekRow
	for _, wk := range ws {
		by, all := wk.totals()
		row := weekRow{Monday: wk.Monday, Runs: all.N, Km: fmt.Sprintf("%.1f", all.Km), Time: Clock(all.Secs), HardShare: "-", EightyTwenty: eightyTwenty(wk.zoneTime())}
		if all.Secs > 0 {
			row.HardShare = fmt.Sprintf("%.0f %%", 100*by[analyze.Hard].Secs/all.Secs)
		}
		out = append(out, row)
	}
	return out
}

func legend() string {
	var b strings.Builder
	for _, c := range classes {
		fmt.Fprintf(&b, `<span class="key"><i style="background:%s"></i>%s</span>`, classColour[c], c)
	}
	b.WriteString(`<span class="key"><i class="flag"></i>flagged recovery run</span>`)
	return b.String()
}

// esc is untrusted text for the charts' markup, written by hand rather than
// by html/template: markup escaped, and no control characters or bidi
// overrides (a tooltip must read as the file says).
func esc(s string) string { return template.HTMLEscapeString(Escape(s)) }

var pageFuncs = template.FuncMap{
	"base": filepath.Base,
	// clean: html/template escapes markup by context; Escape removes what it
	// leaves (control characters, bidi overrides).
	"clean":        Escape,
	"why":          why,
	"crossSummary": crossSummary,
	"sev":          func(s analyze.Severity) string { return string(s) },
	"get":          func(m map[analyze.Class]int, c string) int { return m[analyze.Class(c)] },
	"gets":         func(m map[analyze.Severity]int, s string) int { return m[analyze.Severity(s)] },
	"list":         func(xs ...string) []string { sort.Strings(xs); return xs },
	"label":        findingLabel,
	"slug":         func(s string) string { return strings.ReplaceAll(s, " ", "-") },
	"runs":         storyRuns,
	"found":        storyFindings,
	"summary":      storySummary,
}

// pageParts is the page cut where the charts go (volume, scatter, calendar).
// Each cut is between elements, where html/template's escaping context is
// plain text, so each part escapes as the whole page did. Parsed on first
// use, not at start: every run of runlint paid for it (a tenth of a warm
// check's start) and most write no page.
var pageParts = sync.OnceValue(func() []*template.Template {
	var parts []*template.Template
	for i, src := range strings.Split(pageSource, "{{chart}}") {
		parts = append(parts, template.Must(template.New(fmt.Sprint("page", i)).Funcs(pageFuncs).Parse(src)))
	}
	return parts
})
