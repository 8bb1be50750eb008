package report

import (
	"fmt"
	"html/template"
	"io"
	"math"
	"path/filepath"
	"sort"
	"strings"
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
		"Summary":  r.Summary,
		"Profile":  r.Profile,
		"Findings": r.Findings,
		"Errors":   r.Errors,
		"Legend":   template.HTML(legend()),
		"Range":    rangeOf(ws),
	}
	ew := &errWriter{w: w}
	charts := []func(io.Writer){
		func(w io.Writer) { volumeChart(w, ws) },
		func(w io.Writer) { scatterChart(w, r) },
		func(w io.Writer) { calendar(w, r, ws) },
		func(w io.Writer) { loadChart(w, r.Load, r.Load.SpikeBound) },
	}
	for i, part := range pageParts {
		if err := part.Execute(ew, data); err != nil {
			return err
		}
		if i < len(charts) {
			charts[i](ew)
		}
	}
	return ew.err
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

// volumeChart stacks each week's kilometres by class.
func volumeChart(w io.Writer, ws []*week) {
	const W, H, left, bottom, top = 760, 260, 44, 28, 12
	max := 0.0
	for _, wk := range ws {
		_, all := wk.totals()
		max = math.Max(max, all.Km)
	}
	if max == 0 {
		io.WriteString(w, `<p class="empty">No judged runs.</p>`)
		return
	}
	max = math.Ceil(max/10) * 10
	fmt.Fprintf(w, `<svg id="volume" class="chart" viewBox="0 0 %d %d" role="img" aria-label="Weekly volume by class">`, W, H)
	plotH := float64(H - bottom - top)
	for k := 0.0; k <= max; k += max / 5 {
		y := float64(H-bottom) - k/max*plotH
		fmt.Fprintf(w, `<line x1="%d" x2="%d" y1="%.1f" y2="%.1f" class="grid"/><text x="%d" y="%.1f" class="axis" text-anchor="end">%.0f km</text>`, left, W, y, y, left-4, y+4, k)
	}
	bw := float64(W-left-8) / float64(len(ws))
	for i, wk := range ws {
		by, _ := wk.totals()
		x := float64(left) + float64(i)*bw + bw*0.15
		y := float64(H - bottom)
		for _, c := range []analyze.Class{analyze.Recovery, analyze.Easy, analyze.Long, analyze.Hard} {
			t := by[c]
			if t.Km <= 0 {
				continue
			}
			h := t.Km / max * plotH
			y -= h
			fmt.Fprintf(w, `<rect class="bar" x="%.1f" y="%.1f" width="%.1f" height="%.1f" fill="%s"><title>week of %s: %s %.1f km in %d runs, %s</title></rect>`,
				x, y, bw*0.7, h, classColour[c], wk.Monday, c, t.Km, t.N, Clock(t.Secs))
		}
		if len(ws) <= 16 || i%int(math.Ceil(float64(len(ws))/16)) == 0 {
			fmt.Fprintf(w, `<text x="%.1f" y="%d" class="axis" text-anchor="middle">%s</text>`, x+bw*0.35, H-bottom+16, wk.Monday[5:])
		}
	}
	io.WriteString(w, `</svg>`)
}

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
			x(p.pace), y(p.hr), classColour[p.run.Class], p.run.LocalDate(), esc(filepath.Base(p.run.Source.Path)), p.run.Class, Pace(p.pace), p.hr)
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
		d.runs = append(d.runs, fmt.Sprintf("%s %s %s km", run.Class, Clock(run.Totals.MovingS), Km(run.Totals.DistanceM)))
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
	"clean": Escape,
	"why":   why,
	"sev":   func(s analyze.Severity) string { return string(s) },
	"get":   func(m map[analyze.Class]int, c string) int { return m[analyze.Class(c)] },
	"gets":  func(m map[analyze.Severity]int, s string) int { return m[analyze.Severity(s)] },
	"list":  func(xs ...string) []string { sort.Strings(xs); return xs },
}

// pageParts is the page cut where the charts go (volume, scatter, calendar).
// Each cut is between elements, where html/template's escaping context is
// plain text, so each part escapes as the whole page did.
var pageParts = func() []*template.Template {
	var parts []*template.Template
	for i, src := range strings.Split(pageSource, "{{chart}}") {
		parts = append(parts, template.Must(template.New(fmt.Sprint("page", i)).Funcs(pageFuncs).Parse(src)))
	}
	return parts
}()

const pageSource = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>runlint training report</title>
<style>
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;color:#222;max-width:980px;margin:24px auto;padding:0 16px}
h1{font-size:24px;margin:0 0 4px}h2{font-size:18px;margin:28px 0 8px;border-bottom:1px solid #ddd}
.muted{color:#666}.chart{width:100%;height:auto;background:#fff}
.grid{stroke:#e6e6e6}.acute{stroke:#b8323d;stroke-width:2}.chronic{stroke:#e7a1a6;stroke-width:2}.spike{fill:#fbe3c4;opacity:.7}.note{font-size:13px;color:#555}.axis{font-size:11px;fill:#555}.lrp{stroke:#7a3db8;stroke-dasharray:4 3}
.dot{stroke:#fff;stroke-width:1;opacity:.85}.day{stroke:#fff}.rest{fill:#f0f0f0}
.flagged{fill:none;stroke:#111;stroke-width:2}.flagmark{font-size:12px;font-weight:700;fill:#fff}
.cal{max-width:340px}.key{margin-right:14px;font-size:13px}.key i{display:inline-block;width:11px;height:11px;margin-right:4px;vertical-align:-1px}
.key i.flag{border:2px solid #111;width:7px;height:7px}
table{border-collapse:collapse;width:100%;font-size:13px}th,td{border-bottom:1px solid #eee;padding:4px 6px;text-align:left;vertical-align:top}
.error{color:#b00020;font-weight:600}.warning{color:#a15c00;font-weight:600}.info{color:#555}
#tip{position:fixed;pointer-events:none;background:#222;color:#fff;padding:4px 8px;border-radius:4px;font-size:12px;display:none;max-width:360px}
</style>
</head>
<body>
<h1>runlint training report</h1>
<p class="muted">{{.Range}}. {{.Summary.Runs}} runs: {{get .Summary.ByClass "hard"}} hard, {{get .Summary.ByClass "long"}} long, {{get .Summary.ByClass "easy"}} easy, {{get .Summary.ByClass "recovery"}} recovery. Findings: {{gets .Summary.BySeverity "error"}} error, {{gets .Summary.BySeverity "warning"}} warning, {{gets .Summary.BySeverity "info"}} info.</p>
<p>{{clean .Profile.LongRunPace.Reason}}.<br>{{clean .Profile.MaxHRReason}}.</p>
<p>{{.Legend}}</p>
<h2>Weekly volume by class</h2>
{{chart}}
<h2>Pace against heart rate</h2>
{{chart}}
<h2>The block, day by day</h2>
{{chart}}
<h2>Load: acute and chronic</h2>
{{chart}}
<p class="note">Each run's load is its TRIMP. Acute (dark) and chronic (light) load are exponentially weighted averages of the daily load over 7 and 28 days; shaded weeks are those whose acute:chronic ratio passed load-spike's bound.</p>
<h2>Findings</h2>
{{if .Findings}}<table id="findings"><thead><tr><th>date</th><th>file</th><th>severity</th><th>rule</th><th>finding</th><th>the run</th></tr></thead><tbody>
{{range .Findings}}<tr><td>{{.Date}}</td><td>{{clean (base .File)}}</td><td class="{{sev .Severity}}">{{.Severity}}</td><td>{{.Rule}}</td><td>{{clean .Message}}</td><td>{{if .Run}}{{clean (why .Run)}}{{end}}</td></tr>
{{end}}</tbody></table>{{else}}<p>None.</p>{{end}}
{{if .Errors}}<h2>Files that could not be read</h2><ul>{{range .Errors}}<li><code>{{clean .File}}</code>: {{clean .Message}}</li>{{end}}</ul>{{end}}
<div id="tip"></div>
<script>
// Tooltips from each shape's <title>; nothing is fetched. The data-* marks
// let a headless browser check that the page ran and the charts are drawn.
(function () {
  var errors = [];
  var record = function (m) { errors.push(String(m)); document.body.dataset.errors = errors.join(" | "); };
  window.addEventListener("error", function (e) { record(e.message); });
  var consoleError = console.error;
  console.error = function () { record(Array.prototype.join.call(arguments, " ")); consoleError.apply(console, arguments); };
  var tip = document.getElementById("tip");
  document.querySelectorAll(".chart title").forEach(function (t) {
    var shape = t.parentNode, text = t.textContent;
    shape.addEventListener("mousemove", function (e) { tip.textContent = text; tip.style.display = "block"; tip.style.left = (e.clientX + 12) + "px"; tip.style.top = (e.clientY + 12) + "px"; });
    shape.addEventListener("mouseleave", function () { tip.style.display = "none"; });
  });
  var count = function (sel) { return document.querySelectorAll(sel).length; };
  document.body.dataset.charts = ["volume:" + count("#volume .bar"), "scatter:" + count("#scatter .dot"), "calendar:" + count("#calendar .day")].join(" ");
  document.body.dataset.ready = "yes";
})();
</script>
</body>
</html>
`
