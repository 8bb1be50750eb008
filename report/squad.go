package report

import (
	"encoding/json"
	"fmt"
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
// counts volume, hard share and load spikes: what a coach looks at this
// month.
const squadWindow = 28 * 24 * time.Hour

// SquadRow is what the index says of one athlete.
type SquadRow struct {
	Name             string      `json:"name"`
	Runs             int         `json:"runs"`
	LastRun          string      `json:"last_run"`
	Km4w             float64     `json:"km_4w"`
	HardShare4w      float64     `json:"hard_share_4w"` // of the judged moving time, by class
	Acute            float64     `json:"acute_load"`
	Chronic          float64     `json:"chronic_load"`
	Ratio            float64     `json:"acute_chronic"`
	Spike            *SquadSpike `json:"load_spike"` // nil: no day of the 4 weeks past the bound
	Next             *SquadNext  `json:"next_run"`
	Errors, Warnings int         `json:"-"` // in findings_by_severity
	Infos            int         `json:"-"`
	NotJudged        string      `json:"not_judged,omitempty"` // why the athlete could not be judged
}

// SquadSpike is the highest acute:chronic ratio of the 4 weeks to an
// athlete's last run, when it passed load-spike's bound: the athlete a
// coach calls first.
type SquadSpike struct {
	Ratio float64 `json:"ratio"`
	Day   string  `json:"day"`
	Bound float64 `json:"bound"`
}

// SquadNext is the athlete's next run, as `runlint next` advises it.
type SquadNext struct {
	Date    string `json:"date"`
	Kind    string `json:"kind"`
	Advice  string `json:"advice"`
	LastRun string `json:"last_run,omitempty"`
	line    string // NextLine's: the day, how long after the last run, the advice
}

// RowOf sums an athlete's report into their row of the index.
func RowOf(a Athlete) SquadRow {
	r := a.Report
	if r == nil {
		return SquadRow{Name: a.Name, NotJudged: a.Err}
	}
	row := SquadRow{Name: a.Name, Errors: r.Summary.BySeverity[analyze.Error], Warnings: r.Summary.BySeverity[analyze.Warning], Infos: r.Summary.BySeverity[analyze.Info]}
	if n := r.Next; n != nil {
		row.Next = &SquadNext{Date: n.Date.Format(time.DateOnly), Kind: n.Kind, Advice: n.Text, line: NextLine(*n)}
		if n.LastRun != nil {
			row.Next.LastRun = n.LastRun.LocalDate()
		}
	}
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
	row.Spike = spikeOf(r.Load, last)
	return row
}

// spikeOf is the highest acute:chronic ratio of the window to last that
// passed the bound, or nil.
func spikeOf(l analyze.Load, last time.Time) *SquadSpike {
	var top *analyze.LoadDay
	for i, d := range l.Days {
		if last.Sub(d.Day) >= squadWindow || d.Day.After(last) || d.Ratio <= l.SpikeBound {
			continue
		}
		if top == nil || d.Ratio > top.Ratio {
			top = &l.Days[i]
		}
	}
	if top == nil || l.SpikeBound <= 0 {
		return nil
	}
	return &SquadSpike{Ratio: round(top.Ratio, 2), Day: top.Day.Format(time.DateOnly), Bound: l.SpikeBound}
}

// squadCells is a row as the index's Markdown and HTML show it, and the
// text index before its lines under the row.
func squadCells(row SquadRow) []string {
	if row.NotJudged != "" {
		return []string{row.Name, "not judged: " + row.NotJudged, "", "", "", "", "", "", ""}
	}
	load := "-"
	if row.Ratio > 0 {
		load = fmt.Sprintf("%.0f / %.0f = %.2f", row.Acute, row.Chronic, row.Ratio)
	}
	spike, next := "-", "-"
	if s := row.Spike; s != nil {
		spike = fmt.Sprintf("%.2f on %s (bound %.2g)", s.Ratio, s.Day, s.Bound)
	}
	if n := row.Next; n != nil {
		next = n.line
	}
	return []string{
		row.Name, fmt.Sprint(row.Runs), row.LastRun, fmt.Sprintf("%.1f", row.Km4w), fmt.Sprintf("%.0f %%", 100*row.HardShare4w),
		load, spike, fmt.Sprintf("%d / %d / %d", row.Errors, row.Warnings, row.Infos), next,
	}
}

var squadHeader = []string{"athlete", "runs", "last run", "km, 4 weeks", "hard share, 4 weeks", "load: acute / chronic", "load spike, 4 weeks", "findings: errors / warnings / info", "next run"}

const squadNote = "Each athlete is judged alone, against their own profile. The 4 weeks end at the athlete's last run; " +
	"the hard share is the moving time of hard sessions over all judged runs; the load is each run's TRIMP, acute and chronic " +
	"its exponentially weighted averages over 7 and 28 days on the last run's day; a load spike is the highest acute:chronic " +
	"ratio of those 4 weeks when it passed load-spike's bound. The next run is what runlint next advises, with how long " +
	"after the athlete's last run its day is."

// jsonAthlete is one athlete of the squad document, its report aside.
type jsonAthlete struct {
	SquadRow
	Path     string         `json:"path"`
	Findings map[string]int `json:"findings_by_severity"`
}

func squadJSONRow(a Athlete) ([]byte, error) {
	row := RowOf(a)
	row.Km4w, row.HardShare4w = round(row.Km4w, 1), round(row.HardShare4w, 3)
	row.Acute, row.Chronic, row.Ratio = round(row.Acute, 1), round(row.Chronic, 1), round(row.Ratio, 2)
	return json.MarshalIndent(jsonAthlete{
		SquadRow: row, Path: a.Path,
		Findings: map[string]int{"error": row.Errors, "warning": row.Warnings, "info": row.Infos},
	}, "    ", "  ")
}
