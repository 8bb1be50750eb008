package report

import (
	"fmt"
	"html/template"
	"io"
	"path/filepath"
	"time"

	"github.com/runlint/runlint/activity"
	"github.com/runlint/runlint/analyze"
)

// detailWeeks is how many weeks, back from the block's last run, the page
// opens on run by run (each run opens to its pace and heart rate, its laps,
// reasons and findings): the weeks a coach reviews, in a page that stays
// small for a lifetime of runs (every run is in the run table and the JSON).
const detailWeeks = 8

// recent is the window the page opens on: the detailWeeks weeks up to the
// week of the block's last judged run.
type recent struct {
	from, last time.Time // the window's first Monday; the last run's date
}

func recentWindow(r *analyze.Report) recent {
	last := r.LastDay()
	if last.IsZero() {
		return recent{}
	}
	return recent{from: activity.WeekStart(last).AddDate(0, 0, -7*(detailWeeks-1)), last: last}
}

// stories are the recovery stories of the days in the window.
func (win recent) stories(ss []story) []story {
	var out []story
	from := win.from.Format(time.DateOnly)
	for _, s := range ss {
		if !win.last.IsZero() && s.Day >= from {
			out = append(out, s)
		}
	}
	return out
}

// recentRuns writes the window week by week, the newest week first and
// each week's runs in the order they were run, as a training log reads:
// the week's totals, then a fold per run. Weeks sit two abreast where the
// screen is wide enough, so the story that follows is on the first screens.
func recentRuns(w io.Writer, r *analyze.Report, win recent, ws []*week) {
	if win.last.IsZero() {
		io.WriteString(w, `<p>No judged run.</p>`)
		return
	}
	byMonday := map[string]*week{}
	for _, wk := range ws {
		byMonday[wk.Monday] = wk
	}
	fmt.Fprintf(w, `<p class="muted">From %s to the last run, %s. Each run opens to its pace and heart rate, its laps, reasons and findings.</p><div class="weeks">`,
		win.from.Format(time.DateOnly), win.last.Format("Mon 2006-01-02"))
	defer io.WriteString(w, `</div>`)
	for monday := activity.WeekStart(win.last); !monday.Before(win.from); monday = monday.AddDate(0, 0, -7) {
		m := monday.Format(time.DateOnly)
		wk := byMonday[m]
		if wk == nil {
			fmt.Fprintf(w, `<div><h4 class="week"><b>Week of %s</b>: no run</h4></div>`, m)
			continue
		}
		by, all := wk.totals()
		share := "-"
		if all.Secs > 0 {
			share = fmt.Sprintf("%.0f %%", 100*by[analyze.Hard].Secs/all.Secs)
		}
		fmt.Fprintf(w, `<div><h4 class="week"><b>Week of %s</b>: %s, %.1f km, %s; hard share %s; 80/20 %s</h4>`,
			m, activity.Plural(all.N, "run"), all.Km, Clock(all.Secs), share, eightyTwenty(wk.zoneTime()))
		for _, run := range wk.Runs {
			if run.Judged() {
				runDetail(w, run)
			} else {
				fmt.Fprintf(w, `<p class="note">%s %s: %s</p>`, run.LocalDate(), esc(runTitle(run)), esc(clip(notJudgedWhy(run), maxMessage)))
			}
		}
		io.WriteString(w, `</div>`)
	}
}

// runTitle is what names a run on the page: its name, else its file's
// base name (the whole path is in the fold and the tooltips).
func runTitle(run *analyze.Run) string {
	if name := runName(run.Activity); name != "" {
		return name
	}
	return clipLeft(Escape(filepath.Base(run.Source.Path)), 40)
}

// runDetail is one run, folded: its line, and opened, its file, its chart,
// its laps, its reasons and its findings.
func runDetail(w io.Writer, run *analyze.Run) {
	a := run.Activity
	fmt.Fprintf(w, `<details class="run"><summary>%s <b>%s</b> · <b class="%s">%s</b> · %s km · %s · %s/km · HR %s%s</summary>`,
		a.LocalStart().Format("Mon 02"), esc(runTitle(run)), run.Class, run.Class, Km(a.Totals.DistanceM), Clock(a.Totals.MovingS),
		Pace(a.PaceSPerKm()), hr(a.Totals.AvgHR, a.Totals.MaxHR), findingMarks(run.Findings))
	fmt.Fprintf(w, `<p class="note" title="%s">%s</p>`, template.HTMLEscapeString(Escape(a.Source.Path)), esc(clipLeft(a.Source.Path, 80)))
	if s, err := run.Digest.Series(); err == nil && len(s.Buckets) > 1 {
		runChart(w, s.Buckets)
		if len(s.Laps) > 1 && len(s.Laps) <= 60 {
			io.WriteString(w, `<div class="scroll"><table class="laps"><tr><th>lap</th><th>time</th><th>km</th><th>pace /km</th><th>HR</th></tr>`)
			for i, l := range s.Laps {
				pace, lapHR := "-", "-"
				if l.DistM > 0 {
					pace = Pace(l.Secs / l.DistM * 1000)
				}
				if l.AvgHR > 0 {
					lapHR = fmt.Sprintf("%.0f", l.AvgHR)
				}
				fmt.Fprintf(w, `<tr><td>%d</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>`, i+1, Clock(l.Secs), Km(l.DistM), pace, lapHR)
			}
			io.WriteString(w, `</table></div>`)
		}
	}
	io.WriteString(w, `<ul>`)
	for _, reason := range run.Reasons {
		fmt.Fprintf(w, `<li>%s</li>`, esc(clip(reason, maxMessage)))
	}
	for _, f := range run.Findings {
		fmt.Fprintf(w, `<li><span class="%s">%s</span> %s: %s</li>`, f.Severity, f.Severity, esc(f.Rule), esc(clip(f.Message, maxMessage)))
	}
	io.WriteString(w, `</ul></details>`)
}

// findingMarks counts a run's findings by severity for its folded line:
// " · 1 error, 2 info", each coloured by its severity.
func findingMarks(fs []analyze.Finding) string {
	n := map[analyze.Severity]int{}
	for _, f := range fs {
		n[f.Severity]++
	}
	out := ""
	for _, s := range []analyze.Severity{analyze.Error, analyze.Warning, analyze.Info} {
		if n[s] == 0 {
			continue
		}
		if out == "" {
			out = " ·"
		}
		word := activity.Plural(n[s], string(s))
		if s == analyze.Info {
			word = fmt.Sprintf("%d info", n[s])
		}
		out += fmt.Sprintf(` <span class="%s">%s</span>`, s, word)
	}
	return out
}
