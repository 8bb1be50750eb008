package main

import (
	"fmt"
	"io"
	"math"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/runlint/runlint/analyze"
	"github.com/runlint/runlint/check"
	"github.com/runlint/runlint/report"
)

// judgeFlags are the flags every command that judges a block shares.
type judgeFlags struct {
	config      string
	longRunPace string
	maxHR       float64
	workers     int
	noCache     bool
	cacheDir    string
	stderr      io.Writer      // the progress bar (on a terminal) and warnings; nil: neither
	check       *check.Check   // the last check judge ran: see done
	read        []check.Inputs // the files each check judge ran read: no output may be one
}

// done undoes what judge changed in the process (the GC target): commands
// run in-process in tests and benchmarks, where it would outlive them.
func (f *judgeFlags) done() {
	if f.check != nil {
		f.check.Close()
		f.check = nil
	}
}

func (f *judgeFlags) register(cmd *cobra.Command) {
	cmd.Flags().StringVar(&f.config, "config", "", "config file (default: .runlint.toml found by walking up from the first PATH)")
	cmd.Flags().StringVar(&f.longRunPace, "long-run-pace", "", "long-run pace to judge by, e.g. 5:40/km (overrides the block's)")
	cmd.Flags().Float64Var(&f.maxHR, "max-hr", 0, "maximum heart rate, bpm (overrides the block's)")
	cmd.Flags().IntVar(&f.workers, "workers", 0, "files read in parallel (0: one per CPU)")
	cmd.Flags().BoolVar(&f.noCache, "no-cache", false, "read every file, neither using nor filling the cache")
	cmd.Flags().StringVar(&f.cacheDir, "cache-dir", "", "cache folder (default: runlint in the user cache directory)")
}

// load reads the config and applies the flags over it.
func (f *judgeFlags) load(paths []string) (analyze.Config, string, error) {
	path := f.config
	if path == "" {
		found, err := analyze.FindConfig(paths[0])
		if err != nil {
			return analyze.Config{}, "", usageError{err}
		}
		path = found
	}
	cfg := analyze.Defaults()
	if path != "" {
		var err error
		if cfg, err = analyze.LoadConfig(path); err != nil {
			return cfg, "", usageError{fmt.Errorf("config: %w", err)}
		}
	}
	if f.longRunPace != "" {
		p, err := analyze.ParsePace(f.longRunPace)
		if err != nil {
			return cfg, "", usageError{fmt.Errorf("--long-run-pace: %w", err)}
		}
		cfg.Profile.LongRunPace, cfg.Profile.LongRunPaceFrom = analyze.Pace(p), "--long-run-pace"
	}
	if f.maxHR != 0 {
		if math.IsNaN(f.maxHR) || math.IsInf(f.maxHR, 0) {
			return cfg, "", usageError{fmt.Errorf("--max-hr %v: not a finite number", f.maxHR)}
		}
		if f.maxHR < 100 || f.maxHR > 250 {
			return cfg, "", usageError{fmt.Errorf("--max-hr %v: out of range", f.maxHR)}
		}
		cfg.Profile.MaxHR, cfg.Profile.MaxHRFrom = f.maxHR, "--max-hr"
	}
	return cfg, path, nil
}

// judge reads the paths and judges the block.
func (f *judgeFlags) judge(paths []string) (*analyze.Report, analyze.Config, error) {
	if len(paths) == 0 {
		paths = []string{"."}
	}
	cfg, cfgPath, err := f.load(paths)
	if err != nil {
		return nil, cfg, err
	}
	opt := check.Options{Workers: f.workers, Cache: !f.noCache, CacheDir: f.cacheDir, Spill: true}
	if f.stderr != nil {
		opt.Warnf = func(format string, a ...any) {
			fmt.Fprintf(f.stderr, "runlint: warning: %s\n", report.Escape(fmt.Sprintf(format, a...)))
		}
	}
	bar := newProgress(f.stderr)
	opt.Progress = bar.update
	c, err := check.Run(paths, cfg, opt)
	bar.finish()
	if err != nil {
		return nil, cfg, usageError{err}
	}
	f.check = c
	f.read = append(f.read, c.Inputs)
	c.Report.Config = cfgPath
	if f.stderr != nil {
		for _, fl := range c.Report.Failures {
			fmt.Fprintf(f.stderr, "runlint: error: %s\n", report.Escape(fl.String()))
		}
	}
	return c.Report, cfg, nil
}

type checkFlags struct {
	judgeFlags
	format   string
	output   string
	failOn   string
	verbose  bool
	only     string
	since    string
	until    string
	context  string
	athletes string
	cpuprof  string
}

func newCheck(stdout, stderr io.Writer) *cobra.Command {
	var f checkFlags
	cmd := &cobra.Command{
		Use:   "check [PATH...]",
		Short: "Judge a block of training: classify every run and audit the recovery runs",
		Long: `Read the FIT, GPX and TCX files (gzipped or not) under each PATH (folders are
walked recursively; default: the current folder), work out the runner's
profile from the block, classify every run as hard, long, easy or recovery
with its reasons, and apply the rules (see 'runlint rules').

--format takes one format or several, each to its own file:
  --format sarif                      one format, to standard output (or -o FILE)
  --format text,json=out.json,html=report.html
Formats: text, json, csv, junit, sarif, markdown, github, html.

The text table has one row per activity: DATE (local), TIME (local start),
FILE, NAME (the run's own name, from activities.csv, the GPX or TCX, or the
FIT workout), SPORT, CLASS (hard, long, easy, recovery; "(not judged)" or
"(duplicate)"), KM, MOVING (moving time), PACE (moving pace, min:s per km)
and HR (average/maximum heart rate, bpm). Under a row: its notes (what the
file got wrong), and for a run with findings its class's reason and each
finding. It fits 80 columns, the terminal's width on a terminal, or COLUMNS
when that is set (text=FILE gets 80): a NAME column without a name goes
first, then TIME, then SPORT, then FILE and NAME are shortened (FILE first,
keeping the end of its path), then FILE goes (its path is then written
under each run that has lines under it), and NAME takes what is left; long
lines wrap. --only warning lists only the activities with a finding at or
above warning: what needs action in a block of years.

--context DIR reads the whole block in DIR for the profile and the classes
but reports only on the PATHs given (what a pre-commit hook passes).

Exit status: 0 when nothing at or above --fail-on was found, 1 when something
was (an unreadable file is an error finding), 2 when the command itself could
not run (bad flag, no such path, bad config).`,
		Example: `  runlint check ~/exports
  runlint check --format json -o block.json ~/exports
  runlint check --since 8w --format markdown=coach.md,html=coach.html .
  runlint check --fail-on warning --long-run-pace 5:40 .`,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runCheck(f, args, stdout, stderr)
		},
	}
	f.register(cmd)
	cmd.Flags().StringVar(&f.format, "format", "text", "output format(s): "+formatNames()+"; several as name=file,name=file")
	cmd.Flags().StringVarP(&f.output, "output", "o", "", "write the (standard-output) format to this file instead")
	cmd.Flags().StringVar(&f.failOn, "fail-on", "", "exit 1 on findings at or above: error, warning, info or none (default: the config's fail_on, else error)")
	cmd.Flags().BoolVarP(&f.verbose, "verbose", "v", false, "text: show every run's reasons")
	cmd.Flags().StringVar(&f.only, "only", "", "text: list only the activities with a finding at or above this severity: error, warning or info (the summary still counts all)")
	cmd.Flags().StringVar(&f.since, "since", "", "report only runs on or after this local date (2024-06-01) or this long ago (8w, 30d)")
	cmd.Flags().StringVar(&f.until, "until", "", "report only runs on or before this local date, or this long ago")
	cmd.Flags().StringVar(&f.context, "context", "", "read this folder for context, report only on the PATHs given")
	cmd.Flags().StringVar(&f.athletes, "athletes", "", "a squad: judge each subfolder of this folder as one athlete, alone, and write an index (text, json, markdown, html)")
	cmd.Flags().StringVar(&f.cpuprof, "cpuprofile", "", "write a CPU profile of the check to this file")
	cmd.Flags().MarkHidden("cpuprofile")
	completeValues(cmd, "format", strings.Split(formatNames(), ", ")...)
	completeValues(cmd, "fail-on", "error", "warning", "info", "none")
	completeValues(cmd, "only", "error", "warning", "info")
	return cmd
}

func runCheck(f checkFlags, paths []string, stdout, stderr io.Writer) error {
	if f.cpuprof != "" {
		stop, err := startCPUProfile(f.cpuprof)
		if err != nil {
			return err
		}
		defer stop()
	}
	outs, failOn, since, until, err := f.validate()
	if err != nil {
		return err
	}
	if f.athletes != "" {
		if len(paths) > 0 || f.context != "" {
			return usageError{fmt.Errorf("--athletes DIR judges each of its subfolders: give no PATH and no --context")}
		}
		f.stderr = stderr
		return runSquad(f, f.athletes, outs, failOn, since, until, stdout, stderr)
	}
	if len(paths) == 0 {
		paths = []string{"."}
	}
	read := paths
	if f.context != "" {
		read = append([]string{f.context}, paths...)
	}
	f.stderr = stderr
	rep, cfg, err := f.judge(read)
	defer f.done()
	if err != nil {
		return err
	}
	if err := foundActivities(rep, paths, stderr); err != nil {
		return err
	}
	failOn = failOnFor(failOn, cfg)
	if err := checkSeverity(failOn); err != nil {
		return err
	}
	if next := analyze.Next(rep, cfg, adviceDay(rep, time.Time{})); next.Kind != "none" { // from the whole block, before narrowing
		rep.Next = &next
	}
	first, last := runSpan(rep)
	narrow(rep, f.context, paths, since, until)
	if err := notOverInputs(outs, f.read); err != nil {
		return err
	}
	if (since != "" || until != "") && len(rep.Runs) == 0 && !last.IsZero() {
		fmt.Fprintf(stderr, "runlint: warning: %s\n", emptyWindow(since, until, first, last, now()))
	}
	if err := writeOutputs(outs, rep, stdout, report.TextOptions{Verbose: f.verbose, Only: analyze.Severity(f.only)}); err != nil {
		return err
	}
	for _, e := range rep.Errors {
		fmt.Fprintf(stderr, "runlint: error: %s: %s\n", report.Escape(e.File), report.Escape(e.Message))
	}
	if failsOn(rep, failOn) {
		return exitError{exitFindings}
	}
	return nil
}

// failOnFor is the --fail-on in force: the flag's, else the config's.
func failOnFor(flag string, cfg analyze.Config) string {
	if flag != "" {
		return flag
	}
	return cfg.FailOn
}

// failsOn reports whether rep has a finding at or above failOn.
func failsOn(rep *analyze.Report, failOn string) bool {
	return failOn != "none" && rep.Summary.AtOrAbove(analyze.Severity(failOn)) > 0
}

// validate reads the flags that need no files: the outputs, --fail-on, and
// the dates, which must be in order.
func (f checkFlags) validate() (outs []output, failOn, since, until string, err error) {
	if outs, err = parseOutputs(f.format, f.output); err != nil {
		return nil, "", "", "", usageError{err}
	}
	if f.failOn != "" {
		if err := checkSeverity(f.failOn); err != nil {
			return nil, "", "", "", err
		}
	}
	switch analyze.Severity(f.only) {
	case "", analyze.Error, analyze.Warning, analyze.Info:
	default:
		return nil, "", "", "", usageError{fmt.Errorf("--only %q: use error, warning or info", f.only)}
	}
	if since, err = dateFlag("--since", f.since); err != nil {
		return nil, "", "", "", err
	}
	if until, err = dateFlag("--until", f.until); err != nil {
		return nil, "", "", "", err
	}
	if since != "" && until != "" && since > until {
		return nil, "", "", "", usageError{fmt.Errorf("--since %s is after --until %s: nothing to report", since, until)}
	}
	return outs, f.failOn, since, until, nil
}

func checkSeverity(s string) error {
	switch analyze.Severity(s) {
	case analyze.Error, analyze.Warning, analyze.Info, "none":
		return nil
	}
	return usageError{fmt.Errorf("--fail-on %q: use error, warning, info or none", s)}
}
