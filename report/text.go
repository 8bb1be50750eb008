package report

import (
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/runlint/runlint/activity"

	"github.com/runlint/runlint/analyze"
)

// TextOptions tune the table.
type TextOptions struct {
	Verbose bool // every run's reasons, not only those of runs with findings
	Colour  bool // ANSI colour for classes and severities (the caller decides: a terminal, no NO_COLOR)
	// Width is the columns the table fits (the terminal's, when it is
	// one); 0 is DefaultWidth. Columns are dropped or shortened in the
	// order of fitSteps, and the lines under a row are wrapped.
	Width int
	// Only lists only the activities with a finding at or above this
	// severity ("" lists every one): what needs action in a block of years.
	// The summary still counts them all.
	Only analyze.Severity
}

// listed reports whether the table lists run under opt.Only.
func (opt TextOptions) listed(run *analyze.Run) bool {
	if opt.Only == "" {
		return true
	}
	for _, f := range run.Findings {
		if f.Severity.Rank() >= opt.Only.Rank() {
			return true
		}
	}
	return false
}

var ansi = map[string]string{
	"hard": "\033[31m", "long": "\033[35m", "easy": "\033[32m", "recovery": "\033[36m",
	"error": "\033[1;31m", "warning": "\033[33m", "info": "\033[2m",
}

func paint(on bool, key, s string) string {
	if !on || ansi[key] == "" {
		return s
	}
	return ansi[key] + s + "\033[0m"
}

// Text writes the readable table: one row per activity, oldest first, each
// run's findings under it with the reason for its class, and a closing summary.
func Text(w io.Writer, r *analyze.Report) error { return TextWith(w, r, TextOptions{}) }

// TextWith is Text with options.
func TextWith(w io.Writer, r *analyze.Report, opt TextOptions) error {
	perFile := map[string]int{}
	for _, run := range r.Runs {
		perFile[run.Source.Path]++
	}
	width := opt.Width
	if width <= 0 {
		width = DefaultWidth
	}
	t := &table{header: []string{"DATE", "TIME", "FILE", "NAME", "SPORT", "CLASS", "KM", "MOVING", "PACE", "HR"}, limit: width}
	shown := 0
	t.rows = func(emit func(row, extra []string)) {
		shown = 0
		for _, run := range r.Runs {
			if !opt.listed(run) {
				continue
			}
			shown++
			row, extra := textRow(r.Root, run, perFile, opt)
			emit(row, extra)
		}
	}
	t.paint = func(col int, s string) string {
		if t.header[col] == "CLASS" {
			return paint(opt.Colour, strings.TrimSpace(s), s)
		}
		return s
	}
	if err := t.write(w); err != nil {
		return err
	}
	var b strings.Builder
	if shown == 0 {
		b.WriteString("no activity listed\n")
	}
	for _, f := range r.Findings {
		if f.Run == nil {
			fmt.Fprintf(&b, "%s  %s %s: %s\n", clip(Escape(f.File), maxShown), f.Severity, Escape(f.Rule), clip(Escape(f.Message), maxMessage))
		}
	}
	for _, ig := range r.Unused {
		fmt.Fprintf(&b, "config: an ignore of %s (%s%s) matched nothing\n", Escape(ig.Rule), clip(Escape(ig.File), maxShown), Escape(ig.Date))
	}
	b.WriteString("\n")
	if opt.Only != "" {
		fmt.Fprintf(&b, "listed: %d of %s, those with a finding at or above %s (--only %s)\n",
			shown, activity.PluralIrregular(len(r.Runs), "activity", "activities"), opt.Only, opt.Only)
	}
	b.WriteString(summaryLines(r))
	var out strings.Builder
	for _, line := range strings.Split(strings.TrimSuffix(b.String(), "\n"), "\n") {
		for _, l := range wrap(line, width, 4) {
			out.WriteString(l + "\n")
		}
	}
	_, err := io.WriteString(w, out.String())
	return err
}

// textRow is one activity's row and the lines under it. Every string from
// a file (its name, sport, warnings, and the reasons and findings that quote
// them) goes through Escape: the table goes to terminals and CI logs.
func textRow(root string, run *analyze.Run, perFile map[string]int, opt TextOptions) (row, extra []string) {
	a := run.Activity
	local := a.LocalStart()
	sport := a.Sport
	if a.SubSport != "" && a.SubSport != "generic" {
		sport += "/" + a.SubSport
	}
	sport = clip(Escape(sport), maxShown)
	file := clip(Escape(displayPath(root, a.Source.Path)), maxShown)
	if perFile[a.Source.Path] > 1 { // a multi-sport file: say which session
		file += fmt.Sprintf("#%d", a.Source.Session+1)
	}
	class := string(run.Class)
	switch {
	case run.DupOf != nil:
		class = "(duplicate)"
	case run.IsRun() && run.NotJudged != "":
		class = "(not judged)"
	case !run.IsRun():
		// Not judged, but not nothing: a narrow table drops SPORT, and a
		// ride is training load a coach wants to see named.
		class = "(" + Escape(clip(a.Sport, 9)) + ")"
	}
	for _, w := range a.Warnings {
		extra = append(extra, "    note: "+clip(Escape(w.Text), maxMessage))
	}
	if opt.Verbose || len(run.Findings) > 0 {
		for i, reason := range run.Reasons {
			if i == 0 || opt.Verbose {
				extra = append(extra, "    "+clip(Escape(reason), maxMessage))
			}
		}
	}
	for _, f := range run.Findings {
		sev := fmt.Sprintf("%-7s", f.Severity)
		extra = append(extra, "    "+paint(opt.Colour, string(f.Severity), sev)+" "+Escape(f.Rule)+": "+clip(Escape(f.Message), maxMessage))
	}
	name := runName(a)
	if name == "" {
		name = "-"
	}
	return []string{
		local.Format("2006-01-02"), local.Format("15:04"), file, name, sport, class,
		Km(a.Totals.DistanceM), Clock(a.Totals.MovingS), Pace(a.PaceSPerKm()),
		hr(a.Totals.AvgHR, a.Totals.MaxHR),
	}, extra
}

// table aligns columns itself (rather than text/tabwriter) so that lines
// under a row do not break the alignment of the rows around them. Its rows
// are made twice, once to measure the columns and once to write them, rather
// than held: a lifetime of runs is a long table. It fits limit columns (see
// fit); the lines under a row are wrapped to it.
type table struct {
	paint  func(col int, padded string) string
	header []string
	rows   func(emit func(row, extra []string))
	limit  int
}

func (t *table) write(w io.Writer) error {
	natural := make([]int, len(t.header))
	filled := make([]bool, len(t.header)) // a cell other than "-" in the column
	gaps := make([]bool, len(t.header))   // a cell "-" in the column
	for i, h := range t.header {
		natural[i] = utf8.RuneCountInString(h)
	}
	rows := 0
	t.rows(func(row, _ []string) {
		rows++
		for i, c := range row {
			natural[i] = max(natural[i], utf8.RuneCountInString(c))
			filled[i] = filled[i] || c != "-"
			gaps[i] = gaps[i] || c == "-"
		}
	})
	blank := make([]bool, len(t.header))
	for i := range blank {
		blank[i] = !filled[i]
	}
	if rows == 0 { // a header over nothing says less than the line the caller writes
		return nil
	}
	width := fit(t.header, natural, blank, gaps, t.limit).width
	last := len(width) - 1
	for last > 0 && width[last] == 0 {
		last--
	}
	file, name := indexOf(t.header, "FILE"), indexOf(t.header, "NAME")
	line := func(row []string) string {
		var b strings.Builder
		for i, c := range row {
			if width[i] == 0 {
				continue
			}
			// Without a FILE column, a run without a name is named by its file.
			byFile := i == name && file >= 0 && width[file] == 0 && c == "-"
			if byFile {
				c = row[file]
			}
			if t.header[i] == "FILE" || byFile {
				c = clipLeft(c, width[i])
			} else {
				c = clip(c, width[i])
			}
			if i < last {
				c += strings.Repeat(" ", width[i]-utf8.RuneCountInString(c)+2)
			}
			if t.paint != nil {
				c = t.paint(i, c)
			}
			b.WriteString(c)
		}
		return strings.TrimRight(b.String(), " ") + "\n"
	}
	ew := &errWriter{w: w}
	io.WriteString(ew, line(t.header))
	t.rows(func(row, extra []string) {
		io.WriteString(ew, line(row))
		if file >= 0 && width[file] == 0 && len(extra) > 0 {
			// Not wrapped: a path is one word, copied whole.
			io.WriteString(ew, "    file: "+row[file]+"\n")
		}
		for _, e := range extra {
			for _, l := range wrap(e, t.limit, 12) {
				io.WriteString(ew, l+"\n")
			}
		}
	})
	return ew.err
}

func summaryLines(r *analyze.Report) string {
	s := r.Summary
	var b strings.Builder
	fmt.Fprintf(&b, "%s read: %s, %s not analysed; %s skipped (no activity data); %s could not be read",
		activity.PluralIrregular(s.Activities, "activity", "activities"), activity.Plural(s.Runs, "run"),
		activity.PluralIrregular(s.NonRuns, "other activity", "other activities"),
		activity.Plural(s.Skipped, "file"), activity.Plural(s.Errors, "file"))
	if s.Context > 0 {
		fmt.Fprintf(&b, "; %s read for context", activity.PluralIrregular(s.Context, "more activity", "more activities"))
	}
	b.WriteString("\n")
	fmt.Fprintf(&b, "runs by class: %d hard, %d long, %d easy, %d recovery\n",
		s.ByClass[analyze.Hard], s.ByClass[analyze.Long], s.ByClass[analyze.Easy], s.ByClass[analyze.Recovery])
	fmt.Fprintf(&b, "findings: %s, %s, %d info\n",
		activity.Plural(s.BySeverity[analyze.Error], "error"), activity.Plural(s.BySeverity[analyze.Warning], "warning"), s.BySeverity[analyze.Info])
	for _, n := range r.Notes {
		fmt.Fprintf(&b, "note %s: %s\n", n.Rule, clip(Escape(n.Message), maxMessage))
	}
	p := r.Profile
	fmt.Fprintf(&b, "profile: %s; %s; %s\n", clip(Escape(p.EasyPace.Reason), maxMessage), clip(Escape(p.LongRunPace.Reason), maxMessage), clip(Escape(p.MaxHRReason), maxMessage))
	if r.Next != nil {
		b.WriteString(NextLine(*r.Next) + " (why: runlint next)\n")
	}
	if r.Config != "" {
		fmt.Fprintf(&b, "config: %s\n", Escape(displayPath(r.Root, r.Config)))
	}
	return b.String()
}
