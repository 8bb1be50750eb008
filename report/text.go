package report

import (
	"bytes"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"text/tabwriter"

	"github.com/runlint/runlint/analyze"
)

// Text writes the readable table: one row per activity, oldest first, and a
// closing summary. Errors are not in it: the command prints them on stderr.
func Text(w io.Writer, r *analyze.Report) error {
	var buf bytes.Buffer
	tw := tabwriter.NewWriter(&buf, 0, 0, 2, ' ', 0)
	perFile := map[string]int{}
	for _, run := range r.Runs {
		perFile[run.Source.Path]++
	}
	fmt.Fprintln(tw, "DATE\tTIME\tFILE\tSPORT\tKM\tMOVING\tELAPSED\tPACE/KM\tHR\tNOTE")
	for _, run := range r.Runs {
		a := run.Activity
		t := a.Totals
		local := a.LocalStart()
		sport := a.Sport
		if a.SubSport != "" && a.SubSport != "generic" {
			sport += "/" + a.SubSport
		}
		file := filepath.Base(a.Source.Path)
		if perFile[a.Source.Path] > 1 { // a multi-sport file: say which session
			file += fmt.Sprintf("#%d", a.Source.Session+1)
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n",
			local.Format("2006-01-02"), local.Format("15:04"), file, sport,
			Km(t.DistanceM), Clock(t.MovingS), Clock(t.ElapsedS), Pace(a.PaceSPerKm()),
			hr(t.AvgHR, t.MaxHR), note(a.Warnings))
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	// tabwriter pads the empty last cell; trailing blanks are noise in diffs.
	for _, line := range strings.SplitAfter(buf.String(), "\n") {
		if line == "" {
			continue
		}
		if _, err := io.WriteString(w, strings.TrimRight(line, " \n")+"\n"); err != nil {
			return err
		}
	}
	_, err := fmt.Fprintln(w, summaryLine(r.Summary))
	return err
}

func note(warnings []string) string {
	if len(warnings) == 0 {
		return ""
	}
	n := warnings[0]
	if len(n) > 60 {
		n = n[:57] + "..."
	}
	if len(warnings) > 1 {
		n += fmt.Sprintf(" (+%d more)", len(warnings)-1)
	}
	return n
}

func plural(n int, one, many string) string {
	if n == 1 {
		return fmt.Sprintf("%d %s", n, one)
	}
	return fmt.Sprintf("%d %s", n, many)
}

func summaryLine(s analyze.Summary) string {
	return fmt.Sprintf("%s read: %s, %s not analysed; %s skipped (not activities); %s could not be read",
		plural(s.Activities, "activity", "activities"), plural(s.Runs, "run", "runs"),
		plural(s.NonRuns, "other activity", "other activities"),
		plural(s.Skipped, "file", "files"), plural(s.Errors, "file", "files"))
}
