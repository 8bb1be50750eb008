package report

import (
	"bytes"
	"encoding/json"
	"fmt"
	"html/template"
	"io"
	"net/url"
	"strings"
	"sync"
	"time"

	"github.com/runlint/runlint/analyze"
)

// SquadSchema names the document `check --athletes --format json` writes:
// each athlete's row and their own check document (runlint.check/v1).
const SquadSchema = "runlint.squad/v1"

// Athlete is one runner of a squad, judged alone: their own profile, their
// own classes. Link is where their own report was written ("" for none).
type Athlete struct {
	Name   string
	Path   string
	Report *analyze.Report // nil when the athlete could not be judged (Err)
	Link   string
	Err    string // why the athlete could not be judged; the rest of the squad was
}

// squadWindow is how far back from each athlete's last run the index
// counts volume and hard share: what a coach looks at this month.
const squadWindow = 28 * 24 * time.Hour

// SquadRow is what the index says of one athlete.
type SquadRow struct {
	Name             string  `json:"name"`
	Runs             int     `json:"runs"`
	LastRun          string  `json:"last_run"`
	Km4w             float64 `json:"km_4w"`
	HardShare4w      float64 `json:"hard_share_4w"` // of the judged moving time, by class
	Acute            float64 `json:"acute_load"`
	Chronic          float64 `json:"chronic_load"`
	Ratio            float64 `json:"acute_chronic"`
	Errors, Warnings int
	Infos            int
	NotJudged        string `json:"not_judged,omitempty"` // why the athlete could not be judged
}

// RowOf sums an athlete's report into their row of the index.
func RowOf(a Athlete) SquadRow {
	r := a.Report
	if r == nil {
		return SquadRow{Name: a.Name, NotJudged: a.Err}
	}
	row := SquadRow{Name: a.Name, Errors: r.Summary.BySeverity[analyze.Error], Warnings: r.Summary.BySeverity[analyze.Warning], Infos: r.Summary.BySeverity[analyze.Info]}
	for _, run := range r.Runs {
		if run.Judged() {
			row.Runs++
		}
	}
	last := r.LastDay()
	if last.IsZero() {
		return row
	}
	row.LastRun = last.Format(time.DateOnly)
	var hard, all float64
	for _, run := range r.Runs {
		if !run.Judged() || last.Sub(run.Day()) >= squadWindow {
			continue
		}
		row.Km4w += run.Totals.DistanceM / 1000
		all += run.Totals.MovingS
		if run.Class == analyze.Hard {
			hard += run.Totals.MovingS
		}
	}
	if all > 0 {
		row.HardShare4w = hard / all
	}
	if d, ok := r.Load.DayLoad(last); ok {
		row.Acute, row.Chronic, row.Ratio = d.Acute, d.Chronic, d.Ratio
	}
	return row
}

// SquadJSON writes the squad: each athlete's row and their own document.
func SquadJSON(w io.Writer, squad []Athlete) error {
	type jsonAthlete struct {
		SquadRow
		Path     string          `json:"path"`
		Findings map[string]int  `json:"findings_by_severity"`
		Report   json.RawMessage `json:"report"`
	}
	doc := struct {
		Schema   string        `json:"schema"`
		Athletes []jsonAthlete `json:"athletes"`
	}{Schema: SquadSchema, Athletes: []jsonAthlete{}}
	for _, a := range squad {
		var b bytes.Buffer
		if a.Report == nil {
			b.WriteString("null")
		} else if err := JSON(&b, a.Report); err != nil {
			return err
		}
		row := RowOf(a)
		row.Km4w, row.HardShare4w = round(row.Km4w, 1), round(row.HardShare4w, 3)
		row.Acute, row.Chronic, row.Ratio = round(row.Acute, 1), round(row.Chronic, 1), round(row.Ratio, 2)
		doc.Athletes = append(doc.Athletes, jsonAthlete{
			SquadRow: row, Path: a.Path, Report: b.Bytes(),
			Findings: map[string]int{"error": row.Errors, "warning": row.Warnings, "info": row.Infos},
		})
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(doc)
}

// squadCells is a row as the index's text, Markdown and HTML show it.
func squadCells(row SquadRow) []string {
	if row.NotJudged != "" {
		return []string{row.Name, "not judged: " + row.NotJudged, "", "", "", "", ""}
	}
	load := "-"
	if row.Ratio > 0 {
		load = fmt.Sprintf("%.0f / %.0f = %.2f", row.Acute, row.Chronic, row.Ratio)
	}
	return []string{
		row.Name, fmt.Sprint(row.Runs), row.LastRun, fmt.Sprintf("%.1f", row.Km4w), fmt.Sprintf("%.0f %%", 100*row.HardShare4w),
		load, fmt.Sprintf("%d / %d / %d", row.Errors, row.Warnings, row.Infos),
	}
}

var squadHeader = []string{"athlete", "runs", "last run", "km, 4 weeks", "hard share, 4 weeks", "load: acute / chronic", "findings: errors / warnings / info"}

const squadNote = "Each athlete is judged alone, against their own profile. The 4 weeks end at the athlete's last run; " +
	"the hard share is the moving time of hard sessions over all judged runs; the load is each run's TRIMP, acute and chronic " +
	"its exponentially weighted averages over 7 and 28 days on the last run's day."

// SquadText writes the index as a table.
func SquadText(w io.Writer, squad []Athlete) error {
	var b strings.Builder
	rows := [][]string{squadHeader}
	for _, a := range squad {
		cells := squadCells(RowOf(a))
		cells[0] = Escape(clip(cells[0], 40))
		rows = append(rows, cells)
	}
	widths := make([]int, len(squadHeader))
	for _, r := range rows {
		for i, c := range r {
			widths[i] = max(widths[i], len([]rune(c)))
		}
	}
	for _, r := range rows {
		var line strings.Builder
		for i, c := range r {
			fmt.Fprintf(&line, "%-*s", widths[i]+2, c)
		}
		b.WriteString(strings.TrimRight(line.String(), " ") + "\n")
	}
	b.WriteString("\n" + squadNote + "\n")
	_, err := io.WriteString(w, b.String())
	return err
}

// SquadMarkdown writes the index as a Markdown table, each athlete linked
// to their own report when it was written.
func SquadMarkdown(w io.Writer, squad []Athlete) error {
	var b strings.Builder
	b.WriteString("# runlint squad\n\n| " + strings.Join(squadHeader, " | ") + " |\n|" + strings.Repeat(" --- |", len(squadHeader)) + "\n")
	for _, a := range squad {
		cells := squadCells(RowOf(a))
		cells[0] = mdEscape(cells[0])
		if a.Link != "" {
			cells[0] = "[" + cells[0] + "](" + (&url.URL{Path: a.Link}).String() + ")"
		}
		b.WriteString("| " + strings.Join(cells, " | ") + " |\n")
	}
	b.WriteString("\n" + squadNote + "\n")
	_, err := io.WriteString(w, b.String())
	return err
}

// SquadHTML writes the index as a standalone page.
func SquadHTML(w io.Writer, squad []Athlete) error {
	type row struct {
		Cells []string
		Link  string
	}
	var rows []row
	for _, a := range squad {
		rows = append(rows, row{Cells: squadCells(RowOf(a)), Link: a.Link})
	}
	return squadPage().Execute(w, map[string]any{"Header": squadHeader, "Rows": rows, "Note": squadNote})
}

var squadPage = sync.OnceValue(func() *template.Template {
	return template.Must(template.New("squad").Funcs(template.FuncMap{"clean": Escape}).Parse(`<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>runlint squad</title>
<style>body{font:15px/1.45 system-ui,sans-serif;margin:0 auto;max-width:1400px;padding:12px}
.wrap{overflow-x:auto}table{border-collapse:collapse}td,th{padding:4px 8px;border-bottom:1px solid #ddd;text-align:left;white-space:nowrap}
p{color:#555;font-size:13px}</style></head><body>
<h1>runlint squad</h1>
<div class="wrap"><table id="squad"><thead><tr>{{range .Header}}<th>{{.}}</th>{{end}}</tr></thead><tbody>
{{range $r := .Rows}}<tr>{{range $i, $c := $r.Cells}}<td>{{if and (eq $i 0) $r.Link}}<a href="{{$r.Link}}">{{clean $c}}</a>{{else}}{{clean $c}}{{end}}</td>{{end}}</tr>
{{end}}</tbody></table></div>
<p>{{.Note}}</p>
</body></html>
`))
})
