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

// Markdown writes the coach's report, the story first as the HTML page
// tells it: the yardsticks, the next run, the last weeks run by run with
// their findings and what followed each hard or long day; then the whole
// block: a weekly table (distance and time by class, the share of hard
// sessions, the 80/20 line), the load, cross-training, the whole recovery
// story, every finding with its reason, and the runs week by week, newest
// first. A report cut to fit (a GitHub job summary) keeps the recent weeks
// whole and loses the oldest.
//
// Every untrusted string (file names, messages, reasons that quote a name)
// goes through mdEscape, so it renders as the text it is.
func Markdown(w io.Writer, r *analyze.Report) error { return MarkdownWith(w, r, MarkdownOptions{}) }

// MarkdownWith is Markdown with options.
func MarkdownWith(w io.Writer, r *analyze.Report, opt MarkdownOptions) error {
	// Written as it goes: a lifetime of runs is a long report.
	b := &mdWriter{errWriter: errWriter{w: w}, limit: opt.Limit}
	ws := weeks(r)
	story := recoveryStory(r)
	win := recentWindow(r)
	mdSummary(b, r)
	mdNext(b, r)
	mdRecent(b, win, ws, win.stories(story))
	b.WriteString("\n## The whole block\n")
	mdWeeks(b, ws)
	mdLoad(b, r.Load)
	mdCross(b, r)
	mdStory(b, story)
	mdFindings(b, r)
	mdRuns(b, ws)
	if len(r.Errors) > 0 {
		b.WriteString("\n### Files that could not be read\n\n")
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

// mdSummary is the title, the dates, the counts and the yardsticks.
func mdSummary(b *mdWriter, r *analyze.Report) {
	b.WriteString("# runlint training report\n\n" + rangeOf(r))
	if last := lastRunLine(r); last != "" {
		b.WriteString("; " + last)
	}
	s := r.Summary
	fmt.Fprintf(b, ".\n\n**%d runs**: %d hard, %d long, %d easy, %d recovery. **Findings**: %d error, %d warning, %d info.",
		s.Runs, s.ByClass[analyze.Hard], s.ByClass[analyze.Long], s.ByClass[analyze.Easy], s.ByClass[analyze.Recovery],
		s.BySeverity[analyze.Error], s.BySeverity[analyze.Warning], s.BySeverity[analyze.Info])
	if s.Errors > 0 {
		fmt.Fprintf(b, " %d files could not be read.", s.Errors)
	}
	if len(r.Notes) > 0 {
		b.WriteString("\n")
	}
	for _, n := range r.Notes { // what holds for much of the block, said once
		fmt.Fprintf(b, "\n- Note, %s: %s", n.Rule, mdEscape(n.Message))
	}
	b.WriteString("\n\n## Profile\n\n")
	for _, y := range yardsticks(r.Profile) {
		fmt.Fprintf(b, "- **%s**: %s\n", y.Value, mdEscape(y.Reason))
	}
	if p := r.Profile; len(p.Zones) > 0 {
		var z []string
		for _, zone := range p.Zones {
			z = append(z, fmt.Sprintf("%s %.0f-%.0f", zone.Name, zone.Low, zone.High))
		}
		fmt.Fprintf(b, "- Heart-rate zones (Seiler, bpm): %s\n", strings.Join(z, ", "))
	}
}

// mdNext is the next run and why.
func mdNext(b *mdWriter, r *analyze.Report) {
	if r.Next == nil {
		return
	}
	fmt.Fprintf(b, "\n## The next run\n\n**%s**\n\n", mdEscape(NextLine(*r.Next)))
	for _, why := range r.Next.Because {
		fmt.Fprintf(b, "- %s\n", mdEscape(why))
	}
}

// mdRecent is the last weeks run by run, newest week first, each run with
// its findings, then what followed each hard or long day of those weeks.
func mdRecent(b *mdWriter, win recent, ws []*week, ss []story) {
	if win.last.IsZero() {
		return
	}
	fmt.Fprintf(b, "\n## The last %d weeks\n\nFrom %s to the last run, %s.\n", detailWeeks, win.from.Format(time.DateOnly), win.last.Format("Mon 2006-01-02"))
	byMonday := map[string]*week{}
	for _, wk := range ws {
		byMonday[wk.Monday] = wk
	}
	for monday := activity.WeekStart(win.last); !monday.Before(win.from); monday = monday.AddDate(0, 0, -7) {
		m := monday.Format(time.DateOnly)
		wk := byMonday[m]
		if wk == nil {
			fmt.Fprintf(b, "\n### Week of %s: no run\n", m)
			continue
		}
		by, all := wk.totals()
		share := "-"
		if all.Secs > 0 {
			share = fmt.Sprintf("%.0f %%", 100*by[analyze.Hard].Secs/all.Secs)
		}
		fmt.Fprintf(b, "\n### Week of %s: %s, %.1f km, %s; hard share %s; 80/20 %s\n\n", m, activity.Plural(all.N, "run"), all.Km, Clock(all.Secs), share, eightyTwenty(wk.zoneTime()))
		b.WriteString("| date | name | class | km | moving | pace | HR | why | findings |\n| --- | --- | --- | ---: | ---: | ---: | ---: | --- | --- |\n")
		for _, run := range wk.Runs {
			class := string(run.Class)
			if !run.Judged() {
				class = "-"
			}
			var found []string
			for _, f := range run.Findings {
				found = append(found, fmt.Sprintf("**%s** %s: %s", f.Severity, f.Rule, mdEscape(f.Message)))
			}
			t := run.Totals
			fmt.Fprintf(b, "| %s | %s | %s | %s | %s | %s | %s | %s | %s |\n", run.LocalStart().Format("Mon 2006-01-02 15:04"),
				mdEscape(mdTitle(run)), class, Km(t.DistanceM), Clock(t.MovingS), Pace(run.PaceSPerKm()), hr(t.AvgHR, t.MaxHR), mdEscape(why(run)), strings.Join(found, "; "))
		}
	}
	b.WriteString("\n### After each hard or long day of these weeks\n\n")
	if len(ss) == 0 {
		b.WriteString("No hard or long day in these weeks.\n")
		return
	}
	mdStoryTable(b, ss)
}

// mdWeeks is the weekly table: volume by class, hard share, the 80/20 line.
func mdWeeks(b *mdWriter, ws []*week) {
	b.WriteString("\n### Weeks\n\n| week | runs | km | time | hard | long | easy | recovery | hard share | 80/20 |\n| --- | ---: | ---: | ---: | --- | --- | --- | --- | ---: | --- |\n")
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
	b.WriteString("\n### Load\n\n| week | load | acute | chronic | highest acute:chronic | monotony | strain |\n| --- | ---: | ---: | ---: | ---: | ---: | ---: |\n")
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
	b.WriteString("\n### Findings\n\n")
	if len(r.Findings) == 0 {
		b.WriteString("None.\n")
		return
	}
	fmt.Fprintf(b, "%s; errors first, then warnings, then info, each newest first.\n\n", severityCounts(r.Summary))
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

// mdTitle names a run in a table: its name, else its file's base name.
func mdTitle(run *analyze.Run) string {
	if name := runName(run.Activity); name != "" {
		return name
	}
	return clip(Escape(filepath.Base(run.Source.Path)), maxShown)
}

// mdStory is the whole recovery story: each hard or long day and the next one.
func mdStory(b *mdWriter, ss []story) {
	if len(ss) == 0 {
		return
	}
	b.WriteString("\n### After each hard or long day\n\n")
	mdStoryTable(b, ss)
}

func mdStoryTable(b *mdWriter, ss []story) {
	fmt.Fprintf(b, "%s\n\n| day | the day | next day | what followed | findings on it |\n| --- | --- | --- | --- | --- |\n", storySummary(ss))
	for _, s := range ss {
		fmt.Fprintf(b, "| %s | %s | %s | %s | %s |\n", s.Day, mdEscape(storyRuns(s.Runs)), s.Next, s.Followed, mdEscape(storyFindings(s.Findings)))
	}
	b.WriteString("\nA day counts as its weightiest run (hard, then long, easy, recovery); a date with no run is a rest day.\n")
}

// mdRuns is a table of runs for each week, newest week first.
func mdRuns(b *mdWriter, ws []*week) {
	b.WriteString("\n### Runs, week by week\n")
	for i := len(ws) - 1; i >= 0; i-- {
		wk := ws[i]
		fmt.Fprintf(b, "\n#### Week of %s\n\n| date | time | name | file | class | km | moving | pace | HR | why |\n| --- | --- | --- | --- | --- | ---: | ---: | ---: | ---: | --- |\n", wk.Monday)
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
