// The window a check lists (--since, --until, --context), and what it says when nothing is in it.

package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/runlint/runlint/analyze"
	"github.com/runlint/runlint/report"
)

// narrow keeps in the report only what was asked about: with --context,
// the files given (and their own errors); with --since and --until, the
// runs in those dates. Everything was judged with the whole block around it.
func narrow(rep *analyze.Report, context string, paths []string, since, until string) {
	rep.Root = workingDir()
	if context != "" {
		only := map[string]bool{}
		for _, p := range paths {
			only[absPath(p)] = true
		}
		rep.Keep(func(r *analyze.Run) bool { return under(only, r.Source.Path) })
		rep.KeepFiles(func(path string) bool { return under(only, path) })
	}
	if since != "" || until != "" {
		rep.Keep(func(r *analyze.Run) bool {
			d := r.LocalDate()
			return (since == "" || d >= since) && (until == "" || d <= until)
		})
	}
}

// runSpan is the local dates of the block's first and last judged runs.
func runSpan(rep *analyze.Report) (first, last time.Time) {
	for _, r := range rep.Runs {
		if r.Judged() && (first.IsZero() || r.Day().Before(first)) {
			first = r.Day()
		}
	}
	return first, rep.LastDay()
}

// emptyWindow says where the block's runs are when the dates asked hold
// none, and how long ago the last one was: an export that ended a year
// ago, checked with --since 8w, must not just print an empty table.
func emptyWindow(since, until string, first, last, today time.Time) string {
	asked := "on or after " + since
	switch {
	case since != "" && until != "":
		asked = "from " + since + " to " + until
	case since == "":
		asked = "on or before " + until
	}
	day := time.Date(today.Year(), today.Month(), today.Day(), 0, 0, 0, 0, time.UTC)
	ago := "today"
	if day.After(last) {
		ago = report.Span(last, day) + " ago"
	}
	return fmt.Sprintf("no activity %s: the block's runs are from %s to %s, the last %s", asked,
		first.Format(time.DateOnly), last.Format(time.DateOnly), ago)
}

// foundActivities is exit 2 when the paths held no activity file at all (an
// empty folder, a folder of CSV lap exports: a hook that checks nothing
// must not pass), and names each file given by name that is not one.
func foundActivities(rep *analyze.Report, paths []string, stderr io.Writer) error {
	seen := map[string]bool{}
	for _, r := range rep.Runs {
		seen[fileOf(r.Source.Path)] = true
	}
	for _, e := range rep.Errors {
		seen[fileOf(e.File)] = true
	}
	for _, s := range rep.Skipped {
		seen[fileOf(s.File)] = true
	}
	for _, p := range paths {
		if info, err := os.Stat(p); err == nil && !info.IsDir() && !seen[absPath(p)] {
			if strings.EqualFold(filepath.Ext(p), ".zip") {
				fmt.Fprintf(stderr, "runlint: warning: %s: no FIT, GPX or TCX file in it (gzipped or not): not checked\n", report.Escape(p))
				continue
			}
			fmt.Fprintf(stderr, "runlint: warning: %s: not a FIT, GPX or TCX file (gzipped or not): not checked\n", report.Escape(p))
		}
	}
	if len(seen) > 0 {
		return nil
	}
	quoted := make([]string, len(paths))
	for i, p := range paths {
		quoted[i] = report.Escape(p)
	}
	return usageError{fmt.Errorf("no activity files found in %s (FIT, GPX or TCX, gzipped or not)", strings.Join(quoted, ", "))}
}
