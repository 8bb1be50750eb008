package report

import (
	"fmt"
	"html/template"
	"io"
	"math"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/runlint/runlint/analyze"
)

// The class colours, used by every chart and the legend.
var classColour = map[analyze.Class]string{
	analyze.Hard: "#d7301f", analyze.Long: "#7a3db8", analyze.Easy: "#2c9f48", analyze.Recovery: "#2b7bba",
}

// HTML writes one standalone page that works offline: the charts are inline
// SVG drawn here, the script only adds tooltips and needs nothing from the
// network. Weekly volume by class, pace against heart rate by class, a
// calendar of the block with flagged recovery runs marked, and the findings.
//
// The charts are written straight to w between the parts of the page, not
// built as strings first: a lifetime of runs is thousands of shapes.
func HTML(w io.Writer, r *analyze.Report) error {
	ws := weeks(r)
	data := map[string]any{
		"Summary":    r.Summary,
		"Profile":    r.Profile,
		"Findings":   findingsBySeverity(r.Findings),
		"Counts":     severityCounts(r.Summary),
		"Story":      recoveryStory(r),
		"Weeks":      weekRows(ws),
		"Def8020":    eightyTwentyDefinition,
		"Errors":     r.Errors,
		"Legend":     template.HTML(legend()),
		"ZoneLegend": template.HTML(zoneLegend()),
		"Range":      rangeOf(ws),
		"Cross":      crossTraining(r),
		"CrossNote":  crossNote,
	}
	ew := &errWriter{w: w}
	charts := []func(io.Writer){
		func(w io.Writer) { volumeChart(w, ws) },
		func(w io.Writer) { zonesChart(w, ws) },
		func(w io.Writer) { loadChart(w, r.Load, r.Load.SpikeBound) },
		func(w io.Writer) { scatterChart(w, r) },
		func(w io.Writer) { calendar(w, r, ws) },
		func(w io.Writer) { paceHistory(w, r.Profile) },
		func(w io.Writer) { hrHistory(w, ws, r.Profile) },
		func(w io.Writer) { runDetails(w, r) },
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

func rangeOf(ws []*week) string {
	if len(ws) == 0 {
		return ""
	}
	return "weeks of " + ws[0].Monday + " to " + ws[len(ws)-1].Monday
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

// scatterChart plots each judged run's pace against its average heart rate.
func scatterChart(w io.Writer, r *analyze.Report) {
	const W, H, left, bottom, top, right = 760, 300, 52, 34, 12, 12
	type pt struct {
		pace, hr float64
		run      *analyze.Run
	}
	var pts []pt
	for _, run := range r.Runs {
		if run.Judged() && run.PaceSPerKm() > 0 && run.Totals.AvgHR > 0 {
			pts = append(pts, pt{run.PaceSPerKm(), run.Totals.AvgHR, run})
		}
	}
	if len(pts) == 0 {
		io.WriteString(w, `<p class="empty">No runs with both pace and heart rate.</p>`)
		return
	}
	minP, maxP, minH, maxH := math.Inf(1), math.Inf(-1), math.Inf(1), math.Inf(-1)
	for _, p := range pts {
		minP, maxP = math.Min(minP, p.pace), math.Max(maxP, p.pace)
		minH, maxH = math.Min(minH, p.hr), math.Max(maxH, p.hr)
	}
	minP, maxP = math.Floor(minP/30)*30, math.Ceil(maxP/30)*30+1
	minH, maxH = math.Floor(minH/10)*10, math.Ceil(maxH/10)*10+1
	x := func(p float64) float64 { return left + (p-minP)/(maxP-minP)*float64(W-left-right) }
	y := func(h float64) float64 { return float64(H-bottom) - (h-minH)/(maxH-minH)*float64(H-bottom-top) }
	fmt.Fprintf(w, `<svg id="scatter" class="chart" viewBox="0 0 %d %d" role="img" aria-label="Pace against heart rate by class">`, W, H)
	for p := minP; p <= maxP; p += 30 {
		fmt.Fprintf(w, `<line x1="%.1f" x2="%.1f" y1="%d" y2="%d" class="grid"/><text x="%.1f" y="%d" class="axis" text-anchor="middle">%s</text>`, x(p), x(p), top, H-bottom, x(p), H-bottom+16, Pace(p))
	}
	for h := minH; h <= maxH; h += 10 {
		fmt.Fprintf(w, `<line x1="%d" x2="%d" y1="%.1f" y2="%.1f" class="grid"/><text x="%d" y="%.1f" class="axis" text-anchor="end">%.0f</text>`, left, W-right, y(h), y(h), left-4, y(h)+4, h)
	}
	fmt.Fprintf(w, `<text x="%d" y="%d" class="axis" text-anchor="end">pace /km (faster to the left)</text><text x="%d" y="%d" class="axis">avg HR</text>`, W-right, H-4, 4, H-4)
	if lrp := r.Profile.LongRunPace.Pace; lrp > minP && lrp < maxP {
		fmt.Fprintf(w, `<line x1="%.1f" x2="%.1f" y1="%d" y2="%d" class="lrp"/><text x="%.1f" y="%d" class="axis">long-run pace %s</text>`, x(lrp), x(lrp), top, H-bottom, x(lrp)+4, top+10, Pace(lrp))
	}
	for _, p := range pts {
		fmt.Fprintf(w, `<circle class="dot" cx="%.1f" cy="%.1f" r="4" fill="%s"><title>%s %s: %s, %s/km, HR %.0f</title></circle>`,
			x(p.pace), y(p.hr), classColour[p.run.Class], p.run.LocalDate(), esc(runLabel(p.run)), p.run.Class, Pace(p.pace), p.hr)
	}
	io.WriteString(w, `</svg>`)
}

// calendarDay is one day of the calendar: the class that colours it and
// the tooltip's lines.
type calendarDay struct {
	class   analyze.Class
	flagged []string
	runs    []string
}

// calendarDays gathers the judged runs by local date. A day with two runs
// takes the weightiest class, so a hard session is not hidden by the
// recovery jog after it.
func calendarDays(r *analyze.Report) map[string]*calendarDay {
	rank := map[analyze.Class]int{analyze.Hard: 4, analyze.Long: 3, analyze.Easy: 2, analyze.Recovery: 1}
	days := map[string]*calendarDay{}
	for _, run := range r.Runs {
		if !run.Judged() {
			continue
		}
		d := days[run.LocalDate()]
		if d == nil {
			d = &calendarDay{}
			days[run.LocalDate()] = d
		}
		if rank[run.Class] > rank[d.class] {
			d.class = run.Class
		}
		d.runs = append(d.runs, fmt.Sprintf("%s %s %s %s km", runLabel(run), run.Class, Clock(run.Totals.MovingS), Km(run.Totals.DistanceM)))
		for _, f := range run.Findings {
			if strings.HasPrefix(f.Rule, "recovery-") {
				d.flagged = append(d.flagged, f.Rule+": "+f.Message)
			}
		}
	}
	return days
}

// calendar draws the block day by day, coloured by the day's weightiest class,
// with a ring on days whose recovery run was flagged.
func calendar(w io.Writer, r *analyze.Report, ws []*week) {
	if len(ws) == 0 {
		io.WriteString(w, `<p class="empty">No runs.</p>`)
		return
	}
	days := calendarDays(r)
	const cell, gap, left, top = 18, 3, 86, 18
	first, last := ws[0].Start, ws[len(ws)-1].Start
	n := int(last.Sub(first).Hours()/24/7) + 1
	W, H := left+7*(cell+gap), top+n*(cell+gap)
	fmt.Fprintf(w, `<svg id="calendar" class="chart cal" viewBox="0 0 %d %d" role="img" aria-label="Calendar of the block">`, W, H)
	for i, name := range []string{"M", "T", "W", "T", "F", "S", "S"} {
		fmt.Fprintf(w, `<text x="%d" y="12" class="axis" text-anchor="middle">%s</text>`, left+i*(cell+gap)+cell/2, name)
	}
	for wk := range n {
		monday := first.AddDate(0, 0, 7*wk)
		fmt.Fprintf(w, `<text x="%d" y="%d" class="axis" text-anchor="end">%s</text>`, left-6, top+wk*(cell+gap)+13, monday.Format("2006-01-02"))
		for i := range 7 {
			date := monday.AddDate(0, 0, i).Format(time.DateOnly)
			xx, yy := left+i*(cell+gap), top+wk*(cell+gap)
			d := days[date]
			if d == nil {
				fmt.Fprintf(w, `<rect class="day rest" x="%d" y="%d" width="%d" height="%d"><title>%s: no run</title></rect>`, xx, yy, cell, cell, date)
				continue
			}
			tip := date + ": " + strings.Join(d.runs, "; ")
			if len(d.flagged) > 0 {
				tip += " | " + strings.Join(d.flagged, "; ")
			}
			fmt.Fprintf(w, `<rect class="day" x="%d" y="%d" width="%d" height="%d" fill="%s"><title>%s</title></rect>`, xx, yy, cell, cell, classColour[d.class], esc(tip))
			if len(d.flagged) > 0 {
				fmt.Fprintf(w, `<rect class="flagged" x="%d" y="%d" width="%d" height="%d"/><text class="flagmark" x="%d" y="%d" text-anchor="middle">!</text>`, xx+1, yy+1, cell-2, cell-2, xx+cell/2, yy+13)
			}
		}
	}
	io.WriteString(w, `</svg>`)
}

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
