package main

import (
	"fmt"
	"io"
	"os"
	"sort"
	"strconv"
	"strings"

	"golang.org/x/term"

	"github.com/runlint/runlint/analyze"
	"github.com/runlint/runlint/report"
)

// formatters are the output formats, by name.
var formatters = map[string]func(io.Writer, *analyze.Report) error{
	"text":     report.Text,
	"json":     report.JSON,
	"csv":      report.CSV,
	"junit":    report.JUnit,
	"sarif":    report.SARIF,
	"markdown": report.Markdown,
	"github":   report.GitHub,
	"html":     report.HTML,
}

func formatNames() string {
	var names []string
	for n := range formatters {
		names = append(names, n)
	}
	sort.Strings(names)
	return strings.Join(names, ", ")
}

// output is one requested format and where it goes ("" is standard output).
type output struct {
	format string
	path   string
}

// parseOutputs reads --format: "json", or "json=out.json,html=report.html",
// or a mix ("text,sarif=out.sarif"). At most one goes to standard output;
// -o sends that one to a file instead.
func parseOutputs(spec, o string) ([]output, error) {
	var outs []output
	toStdout := 0
	for _, part := range strings.Split(spec, ",") {
		part = strings.TrimSpace(part)
		if part == "" {
			continue
		}
		name, path, _ := strings.Cut(part, "=")
		if name == "md" {
			name = "markdown"
		}
		if _, ok := formatters[name]; !ok {
			return nil, fmt.Errorf("unknown format %q: use one of %s", name, formatNames())
		}
		if path == "" {
			toStdout++
			path = o
		}
		outs = append(outs, output{format: name, path: path})
	}
	switch {
	case len(outs) == 0:
		return nil, fmt.Errorf("--format: name a format (%s)", formatNames())
	case toStdout > 1:
		return nil, fmt.Errorf("--format: only one format can go to standard output; give the others a file (json=out.json)")
	case o != "" && toStdout == 0:
		return nil, fmt.Errorf("-o: every format already names its file")
	}
	return outs, nil
}

// isTerminal reports whether w is a terminal.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

// useColour: on a terminal only, and never when NO_COLOR is set and non-empty.
func useColour(w io.Writer) bool {
	return os.Getenv("NO_COLOR") == "" && isTerminal(w)
}

// textWidth is what the text table fits: COLUMNS when it is set to a
// number (as for ls and most tools that lay out columns), else the
// terminal's width when w is one, else report.DefaultWidth (80: a file,
// a pipe, a CI log).
func textWidth(w io.Writer) int {
	if n, err := strconv.Atoi(os.Getenv("COLUMNS")); err == nil && n > 0 {
		return n
	}
	if f, ok := w.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
		if cols, _, err := term.GetSize(int(f.Fd())); err == nil && cols > 0 {
			return cols
		}
	}
	return report.DefaultWidth
}

// writeOutputs writes every requested format.
func writeOutputs(outs []output, rep *analyze.Report, stdout io.Writer, text report.TextOptions) error {
	for _, o := range outs {
		write := formatters[o.format]
		if o.format == "text" {
			opt := text
			opt.Colour, opt.Width = o.path == "" && useColour(stdout), report.DefaultWidth
			if o.path == "" {
				opt.Width = textWidth(stdout)
			}
			write = func(w io.Writer, r *analyze.Report) error { return report.TextWith(w, r, opt) }
		}
		if err := writeOut(o.path, stdout, func(w io.Writer) error { return write(w, rep) }); err != nil {
			return err
		}
		if o.format == "github" {
			if err := appendStepSummary(rep); err != nil {
				return err
			}
		}
	}
	return nil
}

// appendStepSummary adds the Markdown report to the job summary when run
// inside GitHub Actions, cut to fit: GitHub drops a step summary over 1 MiB
// whole, so a lifetime of runs would otherwise leave no summary at all.
// What the step already wrote to the file counts against the cap.
func appendStepSummary(rep *analyze.Report) error {
	path := os.Getenv("GITHUB_STEP_SUMMARY")
	if path == "" {
		return nil
	}
	f, err := os.OpenFile(path, os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o644)
	if err != nil {
		return fmt.Errorf("GITHUB_STEP_SUMMARY: %w", err)
	}
	limit := report.StepSummaryLimit
	if fi, err := f.Stat(); err == nil {
		limit = max(limit-int(fi.Size()), 1) // 0 would mean no cap
	}
	if err := report.MarkdownWith(f, rep, report.MarkdownOptions{Limit: limit}); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
