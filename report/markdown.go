package report

import (
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"time"

	"github.com/runlint/runlint/activity"
	"github.com/runlint/runlint/analyze"
)

// week gathers one training week's runs.
type week struct {
	Start  time.Time // the Monday, midnight UTC: the calendar counts days from it
	Monday string    // the same, as the reports print it
	Runs   []*analyze.Run
}

// weeks groups the judged runs by their local week, oldest first.
func weeks(r *analyze.Report) []*week {
	var out []*week
	idx := map[string]*week{}
	for _, run := range r.Runs {
		if !run.IsRun() {
			continue
		}
		start := activity.WeekStart(run.LocalStart())
		m := start.Format(time.DateOnly)
		w := idx[m]
		if w == nil {
			w = &week{Start: start, Monday: m}
			idx[m] = w
			out = append(out, w)
		}
		w.Runs = append(w.Runs, run)
	}
	return out
}

// classTotals are a week's volume by class.
type classTotals struct {
	N        int
	Km, Secs float64
}

func (w *week) totals() (map[analyze.Class]*classTotals, classTotals) {
	by := map[analyze.Class]*classTotals{}
	var all classTotals
	for _, c := range classes {
		by[c] = &classTotals{}
	}
	for _, run := range w.Runs {
		if !run.Judged() {
			continue
		}
		t := by[run.Class]
		t.N++
		t.Km += run.Totals.DistanceM / 1000
		t.Secs += run.Totals.MovingS
		all.N++
		all.Km += run.Totals.DistanceM / 1000
		all.Secs += run.Totals.MovingS
	}
	return by, all
}

var classes = []analyze.Class{analyze.Hard, analyze.Long, analyze.Easy, analyze.Recovery}

// Markdown writes the coach's report: the profile, a weekly table (distance
// and time by class, the share of hard sessions, the 80/20 line), every
// finding with its reason, and the runs week by week.
//
// Every untrusted string (file names, messages, reasons that quote a name)
// goes through mdEscape, so it renders as the text it is.
func Markdown(w io.Writer, r *analyze.Report) error { return MarkdownWith(w, r, MarkdownOptions{}) }

// MarkdownWith is Markdown with options.
func MarkdownWith(w io.Writer, r *analyze.Report, opt MarkdownOptions) error {
	// Written as it goes: a lifetime of runs is a long report.
	b := &mdWriter{errWriter: errWriter{w: w}, limit: opt.Limit}
	ws := weeks(r)
	mdSummary(b, r, ws)
	mdWeeks(b, ws)
	mdLoad(b, r.Load)
	mdCross(b, r)
	mdStory(b, r)
	mdFindings(b, r)
	mdRuns(b, ws)
	if len(r.Errors) > 0 {
		b.WriteString("\n## Files that could not be read\n\n")
		for _, e := range r.Errors {
			fmt.Fprintf(b, "- %s: %s\n", mdEscape(e.File), mdEscape(e.Message))
			if b.cut {
				b.leftFiles++
			}
		}
	}
	b.finish()
	return b.err
}

// mdSummary is the title, the counts and the profile.
func mdSummary(b *mdWriter, r *analyze.Report, ws []*week) {
	b.WriteString("# runlint training report\n\n")
	if len(ws) > 0 {
		fmt.Fprintf(b, "Weeks of %s to %s.\n\n", ws[0].Monday, ws[len(ws)-1].Monday)
	}
	s := r.Summary
	fmt.Fprintf(b, "**%d runs**: %d hard, %d long, %d easy, %d recovery. **Findings**: %d error, %d warning, %d info.",
		s.Runs, s.ByClass[analyze.Hard], s.ByClass[analyze.Long], s.ByClass[analyze.Easy], s.ByClass[analyze.Recovery],
		s.BySeverity[analyze.Error], s.BySeverity[analyze.Warning], s.BySeverity[analyze.Info])
	if s.Errors > 0 {
		fmt.Fprintf(b, " %d files could not be read.", s.Errors)
	}
	b.WriteString("\n\n## Profile\n\n")
	p := r.Profile
	fmt.Fprintf(b, "- %s\n- %s\n", mdEscape(p.LongRunPace.Reason), mdEscape(p.MaxHRReason))
	if len(p.Zones) > 0 {
		var z []string
		for _, zone := range p.Zones {
			z = append(z, fmt.Sprintf("%s %.0f-%.0f", zone.Name, zone.Low, zone.High))
		}
		fmt.Fprintf(b, "- Heart-rate zones (Seiler, bpm): %s\n", strings.Join(z, ", "))
	}
}

// mdWeeks is the weekly table: volume by class, hard share, the 80/20 line.
func mdWeeks(b *mdWriter, ws []*week) {
	b.WriteString("\n## Weeks\n\n| week | runs | km | time | hard | long | easy | recovery | hard share | 80/20 |\n| --- | ---: | ---: | ---: | --- | --- | --- | --- | ---: | --- |\n")
	cell := func(t *classTotals) string {
		if t.N == 0 {
			return "-"
		}
		return fmt.Sprintf("%d: %.1f km, %s", t.N, t.Km, Clock(t.Secs))
	}
	for _, wk := range ws {
		by, all := wk.totals()
		share := "-"
		if all.Secs > 0 {
			share = fmt.Sprintf("%.0f %%", 100*by[analyze.Hard].Secs/all.Secs)
		}
		fmt.Fprintf(b, "| %s | %d | %.1f | %s | %s | %s | %s | %s | %s | %s |\n", wk.Monday, all.N, all.Km, Clock(all.Secs),
			cell(by[analyze.Hard]), cell(by[analyze.Long]), cell(by[analyze.Easy]), cell(by[analyze.Recovery]),
			share, eightyTwenty(wk.zoneTime()))
	}
	b.WriteString("\nHard share: the time of hard sessions (warm-ups and jogs included: a session counts by its goal). " + eightyTwentyDefinition + "\n")
}

// mdLoad is the load week by week: what load-spike and monotony judge.
func mdLoad(b *mdWriter, l analyze.Load) {
	if len(l.Weeks) == 0 {
		return
	}
	b.WriteString("\n## Load\n\n| week | load | acute | chronic | highest acute:chronic | monotony | strain |\n| --- | ---: | ---: | ---: | ---: | ---: | ---: |\n")
	for _, w := range l.Weeks {
		acute, chronic := "-", "-"
		if d, ok := l.DayLoad(w.Week.AddDate(0, 0, 6)); ok {
			acute, chronic = fmt.Sprintf("%.0f", d.Acute), fmt.Sprintf("%.0f", d.Chronic)
		}
		ratio := "-"
		if w.MaxRatio > 0 {
			ratio = fmt.Sprintf("%.2f", w.MaxRatio)
			if w.MaxRatio > l.SpikeBound {
				ratio = "**" + ratio + "**"
			}
		}
		fmt.Fprintf(b, "| %s | %.0f | %s | %s | %s | %.1f | %.0f |\n", w.Week.Format(time.DateOnly), w.Load, acute, chronic, ratio, w.Monotony, w.Strain)
	}
	fmt.Fprintf(b, "\nLoad: each run's TRIMP. Acute and chronic: exponentially weighted averages of the daily load (7 and 28 days), at the week's last day; the ratio counts once the block holds 28 days, in bold past %.2g. Monotony: the mean daily load over its deviation (Foster); strain: load times monotony.\n", l.SpikeBound)
}

// mdFindings lists every finding, errors first, with the verdict of its
// run, so a coach reads why without looking the run up.
func mdFindings(b *mdWriter, r *analyze.Report) {
	b.WriteString("\n## Findings\n\n")
	if len(r.Findings) == 0 {
		b.WriteString("None.\n")
		return
	}
	fmt.Fprintf(b, "%s; errors first, then warnings, then info, each oldest first.\n\n", severityCounts(r.Summary))
	b.WriteString("| severity | date | name | file | rule | finding | the run |\n| --- | --- | --- | --- | --- | --- | --- |\n")
	for _, f := range findingsBySeverity(r.Findings) {
		verdict, name := "", ""
		if f.Run != nil {
			verdict, name = why(f.Run), runName(f.Run.Activity)
		}
		fmt.Fprintf(b, "| %s | %s | %s | %s | `%s` | %s | %s |\n", f.Severity, f.Date, mdEscape(name), mdEscape(filepath.Base(f.File)), f.Rule, mdEscape(f.Message), mdEscape(verdict))
		if b.cut {
			b.leftFindings++
		}
	}
}

// mdStory is the recovery story: each hard or long day and the next one.
func mdStory(b *mdWriter, r *analyze.Report) {
	ss := recoveryStory(r)
	if len(ss) == 0 {
		return
	}
	fmt.Fprintf(b, "\n## After each hard or long day\n\n%s\n\n", storySummary(ss))
	b.WriteString("| day | the day | next day | what followed | findings on it |\n| --- | --- | --- | --- | --- |\n")
	for _, s := range ss {
		fmt.Fprintf(b, "| %s | %s | %s | %s | %s |\n", s.Day, mdEscape(storyRuns(s.Runs)), s.Next, s.Followed, mdEscape(storyFindings(s.Findings)))
	}
	b.WriteString("\nA day counts as its weightiest run (hard, then long, easy, recovery); a date with no run is a rest day.\n")
}

// mdRuns is a table of runs for each week.
func mdRuns(b *mdWriter, ws []*week) {
	b.WriteString("\n## Runs\n")
	for _, wk := range ws {
		fmt.Fprintf(b, "\n### Week of %s\n\n| date | time | name | file | class | km | moving | pace | HR | why |\n| --- | --- | --- | --- | --- | ---: | ---: | ---: | ---: | --- |\n", wk.Monday)
		for _, run := range wk.Runs {
			class := string(run.Class)
			if !run.Judged() {
				class = "-"
			}
			t := run.Totals
			fmt.Fprintf(b, "| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n", run.LocalDate(), run.LocalStart().Format("15:04"),
				mdEscape(runName(run.Activity)), mdEscape(filepath.Base(run.Source.Path)), class, Km(t.DistanceM), Clock(t.MovingS), Pace(run.PaceSPerKm()), hr(t.AvgHR, t.MaxHR), mdEscape(why(run)))
			if b.cut {
				b.leftRuns++
			}
		}
	}
	b.WriteString("\nHR: average/maximum heart rate, bpm.\n")
}

// why is the verdict line of a run, or why it has none.
func why(run *analyze.Run) string {
	if run.Judged() && len(run.Reasons) > 0 {
		return run.Reasons[0]
	}
	return notJudgedWhy(run)
}
