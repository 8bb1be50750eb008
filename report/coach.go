package report

import (
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/runlint/runlint/activity"
	"github.com/runlint/runlint/analyze"
)

// The coach's view: what the Markdown and HTML reports share beyond the
// weekly table. Each helper works out one answer from the judged runs, so
// both formats say the same thing.

// zoneTime is a week's time in Seiler's three zones (below the aerobic
// threshold, between the thresholds, above the anaerobic threshold), summed
// over its judged runs' Intensity.Zones. Runs whose zones could not be told
// (no trusted heart rate and no pace) add nothing.
func (w *week) zoneTime() [3]float64 {
	var z [3]float64
	for _, run := range w.Runs {
		if !run.Judged() {
			continue
		}
		for i, s := range run.Intensity.Zones {
			z[i] += s
		}
	}
	return z
}

// polarisedShare is the share of time (0-1) that Seiler's 80/20 rule wants
// at least 80 % of: below the aerobic threshold. Zoned time is moving time
// as the zones saw it.
const polarisedShare = 0.80

// eightyTwenty is the week's 80/20 verdict by time in zones: the share of
// its zoned time below the aerobic threshold against the share above it,
// "yes" at 80 % below or more. "-" for a week without zoned time.
func eightyTwenty(z [3]float64) string {
	total := z[0] + z[1] + z[2]
	if total <= 0 {
		return "-"
	}
	low := z[0] / total
	mark := "yes"
	if low < polarisedShare {
		mark = "no, too much above the aerobic threshold"
	}
	below := int(100*low + 0.5) // rounded once, so the two halves add to 100
	return fmt.Sprintf("%d/%d %s", below, 100-below, mark)
}

// eightyTwentyDefinition is what the 80/20 column means, for both formats.
const eightyTwentyDefinition = "80/20: the week's time below the aerobic threshold (zone 1) against the time above it (zones 2 and 3), " +
	"from each run's time in zones (by heart rate, by pace where heart rate cannot be trusted); \"yes\" at 80 % below or more (Seiler)."

// runName is the name the runner (or their plan) gave the run, escaped and
// bounded, or "": a FIT sport profile's name ("Run", "Trail") is the
// device's, not the runner's, and says nothing the sport does not.
func runName(a *activity.Activity) string {
	n := strings.TrimSpace(a.Name)
	if n == "" || a.NameFrom == "fit sport profile" {
		return ""
	}
	return clip(Escape(n), maxName)
}

// maxName bounds a run's name wherever a report shows it.
const maxName = 60

// findingsBySeverity is the findings errors first, then warnings, then
// info, each newest first (a file that could not be read, which has no
// date, first of all: it is today's problem); ties keep the report's order
// (run, then rule). Newest first, so that a report cut to fit (a job
// summary, ten annotations) keeps what a coach acts on.
func findingsBySeverity(fs []analyze.Finding) []analyze.Finding {
	out := slices.Clone(fs)
	slices.SortStableFunc(out, func(a, b analyze.Finding) int {
		if ra, rb := a.Severity.Rank(), b.Severity.Rank(); ra != rb {
			return rb - ra
		}
		return strings.Compare(newest(b.Date), newest(a.Date))
	})
	return out
}

// newest sorts a finding without a date after every date.
func newest(date string) string {
	if date == "" {
		return "~"
	}
	return date
}

// severityCounts is "6 error, 3 warning, 40 info".
func severityCounts(s analyze.Summary) string {
	return fmt.Sprintf("%d error, %d warning, %d info",
		s.BySeverity[analyze.Error], s.BySeverity[analyze.Warning], s.BySeverity[analyze.Info])
}

// story is one hard or long day and what followed it on the next local date.
type story struct {
	Day      string
	Class    analyze.Class // the day's weightiest class: hard or long
	Runs     []*analyze.Run
	Next     string // the next local date
	Followed string // "recovery run", "easy run", "another hard day", "long run", "rest day", "block ends"
	NextRuns []*analyze.Run
	Findings []analyze.Finding // on the next day's runs
}

// classRank orders a day's classes: a day counts as its weightiest run.
var classRank = map[analyze.Class]int{analyze.Hard: 4, analyze.Long: 3, analyze.Easy: 2, analyze.Recovery: 1}

// recoveryStory answers the founding question at a glance: after each hard
// or long day, what did the runner do the next day, and what was found on it.
func recoveryStory(r *analyze.Report) []story {
	byDay := map[string][]*analyze.Run{}
	var days []string
	for _, run := range r.Runs {
		if !run.Judged() {
			continue
		}
		d := run.LocalDate()
		if byDay[d] == nil {
			days = append(days, d)
		}
		byDay[d] = append(byDay[d], run)
	}
	slices.Sort(days)
	var out []story
	for _, d := range days {
		c := dayClass(byDay[d])
		if c != analyze.Hard && c != analyze.Long {
			continue
		}
		t, _ := time.Parse(time.DateOnly, d)
		next := t.AddDate(0, 0, 1).Format(time.DateOnly)
		s := story{Day: d, Class: c, Runs: byDay[d], Next: next, NextRuns: byDay[next]}
		s.Followed = followed(dayClass(s.NextRuns), next > days[len(days)-1])
		for _, run := range s.NextRuns {
			s.Findings = append(s.Findings, run.Findings...)
		}
		out = append(out, s)
	}
	return out
}

func dayClass(runs []*analyze.Run) analyze.Class {
	var c analyze.Class
	for _, run := range runs {
		if classRank[run.Class] > classRank[c] {
			c = run.Class
		}
	}
	return c
}

func followed(c analyze.Class, pastEnd bool) string {
	switch c {
	case analyze.Hard:
		return "another hard day"
	case analyze.Long:
		return "long run"
	case analyze.Easy:
		return "easy run"
	case analyze.Recovery:
		return "recovery run"
	}
	if pastEnd {
		return "block ends"
	}
	return "rest day"
}

// storyRuns names a day's runs: "hard: Track 6x800 (5:17/km)".
func storyRuns(runs []*analyze.Run) string {
	var parts []string
	for _, run := range runs {
		label := runName(run.Activity)
		if label == "" {
			label = clip(Escape(filepath.Base(run.Source.Path)), maxName)
		}
		parts = append(parts, fmt.Sprintf("%s %s, %s km at %s/km", run.Class, label, Km(run.Totals.DistanceM), Pace(run.PaceSPerKm())))
	}
	return strings.Join(parts, "; ")
}

// storyFindings is the next day's findings, "rule (severity)", or "none".
func storyFindings(fs []analyze.Finding) string {
	if len(fs) == 0 {
		return "none"
	}
	var parts []string
	for _, f := range findingsBySeverity(fs) {
		parts = append(parts, fmt.Sprintf("%s (%s)", f.Rule, f.Severity))
	}
	return strings.Join(parts, ", ")
}

// runLabel is a run's name and file, "Track 6x800 (2024-03-05.fit)", or
// its file alone: for tooltips, where both fit.
func runLabel(run *analyze.Run) string {
	file := clip(Escape(filepath.Base(run.Source.Path)), maxShown)
	if name := runName(run.Activity); name != "" {
		return name + " (" + file + ")"
	}
	return file
}

// findingLabel is what names a finding's run in a table: its name, else its
// file (a tooltip or the JSON keeps the file either way).
func findingLabel(f analyze.Finding) string {
	if f.Run != nil {
		if n := runName(f.Run.Activity); n != "" {
			return n
		}
	}
	return clip(Escape(filepath.Base(f.File)), maxShown)
}

// storySummary is the recovery story in one line: "After 36 hard or long
// days, the next day held: 22 recovery runs, 11 rest days, 1 more hard day;
// it had findings 4 times."
func storySummary(ss []story) string {
	n := map[string]int{}
	flagged := 0
	for _, s := range ss {
		n[s.Followed]++
		if len(s.Findings) > 0 {
			flagged++
		}
	}
	var parts []string
	for _, k := range []struct{ key, noun string }{
		{"recovery run", "recovery run"},
		{"easy run", "easy run"},
		{"long run", "long run"},
		{"another hard day", "more hard day"},
		{"rest day", "rest day"},
	} {
		if n[k.key] > 0 {
			parts = append(parts, activity.Plural(n[k.key], k.noun))
		}
	}
	if n["block ends"] > 0 {
		parts = append(parts, "the end of the block")
	}
	found := fmt.Sprintf("it had findings %d times", flagged)
	switch flagged {
	case 0:
		found = "none of those days had findings"
	case 1:
		found = "it had findings once"
	}
	return fmt.Sprintf("After %s, the next day held %s; %s.",
		activity.Plural(len(ss), "hard or long day"), strings.Join(parts, ", "), found)
}
