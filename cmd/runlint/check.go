package main

import (
	"bufio"
	"fmt"
	"io"
	"os"

	"github.com/spf13/cobra"

	"github.com/runlint/runlint/analyze"
	"github.com/runlint/runlint/parse"
	"github.com/runlint/runlint/report"
)

// judgeFlags are the flags every command that judges a block shares.
type judgeFlags struct {
	config      string
	longRunPace string
	maxHR       float64
	workers     int
}

func (f *judgeFlags) register(cmd *cobra.Command) {
	cmd.Flags().StringVar(&f.config, "config", "", "config file (default: .runlint.toml found by walking up from the first PATH)")
	cmd.Flags().StringVar(&f.longRunPace, "long-run-pace", "", "long-run pace to judge by, e.g. 5:40/km (overrides the block's)")
	cmd.Flags().Float64Var(&f.maxHR, "max-hr", 0, "maximum heart rate, bpm (overrides the block's)")
	cmd.Flags().IntVar(&f.workers, "workers", 0, "files read in parallel (0: one per CPU)")
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
		cfg.Profile.LongRunPace = analyze.Pace(p)
	}
	if f.maxHR != 0 {
		if f.maxHR < 100 || f.maxHR > 250 {
			return cfg, "", usageError{fmt.Errorf("--max-hr %v: out of range", f.maxHR)}
		}
		cfg.Profile.MaxHR = f.maxHR
	}
	return cfg, path, nil
}

// judge reads the paths and judges the block.
func (f *judgeFlags) judge(paths []string) (*analyze.Report, analyze.Config, error) {
	if len(paths) == 0 {
		paths = []string{"."}
	}
	cfg, _, err := f.load(paths)
	if err != nil {
		return nil, cfg, err
	}
	results, err := parse.Walk(paths, parse.Options{Workers: f.workers})
	if err != nil {
		return nil, cfg, usageError{err}
	}
	return analyze.Block(results, cfg), cfg, nil
}

type checkFlags struct {
	judgeFlags
	format  string
	output  string
	failOn  string
	verbose bool
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

Exit status: 0 when nothing at or above --fail-on was found, 1 when something
was (an unreadable file is an error finding), 2 when the command itself could
not run (bad flag, no such path, bad config).`,
		Example: `  runlint check ~/exports
  runlint check --format json -o block.json ~/exports
  runlint check --fail-on warning --long-run-pace 5:40 .`,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runCheck(f, args, stdout, stderr)
		},
	}
	f.register(cmd)
	cmd.Flags().StringVar(&f.format, "format", "text", "output format: text or json")
	cmd.Flags().StringVarP(&f.output, "output", "o", "", "write the report to this file instead of standard output")
	cmd.Flags().StringVar(&f.failOn, "fail-on", "", "exit 1 on findings at or above: error, warning, info or none (default: the config's fail_on, else error)")
	cmd.Flags().BoolVarP(&f.verbose, "verbose", "v", false, "text: show every run's reasons")
	return cmd
}

func runCheck(f checkFlags, paths []string, stdout, stderr io.Writer) error {
	write, ok := formats[f.format]
	if !ok {
		return usageError{fmt.Errorf("unknown format %q: use text or json", f.format)}
	}
	if f.format == "text" && f.verbose {
		write = func(w io.Writer, r *analyze.Report) error {
			return report.TextWith(w, r, report.TextOptions{Verbose: true})
		}
	}
	rep, cfg, err := f.judge(paths)
	if err != nil {
		return err
	}
	failOn := cfg.FailOn
	if f.failOn != "" {
		failOn = f.failOn
	}
	switch analyze.Severity(failOn) {
	case analyze.Error, analyze.Warning, analyze.Info, "none":
	default:
		return usageError{fmt.Errorf("--fail-on %q: use error, warning, info or none", failOn)}
	}
	if err := writeOut(f.output, stdout, func(w io.Writer) error { return write(w, rep) }); err != nil {
		return err
	}
	for _, e := range rep.Errors {
		fmt.Fprintf(stderr, "runlint: error: %s: %s\n", e.File, e.Message)
	}
	if failOn != "none" {
		limit := analyze.Severity(failOn).Rank()
		for _, fd := range rep.Findings {
			if fd.Severity.Rank() >= limit {
				return exitError{exitFindings}
			}
		}
	}
	return nil
}

// writeOut writes through a buffer to path, or to stdout when path is "".
func writeOut(path string, stdout io.Writer, write func(io.Writer) error) error {
	out := stdout
	var file *os.File
	if path != "" {
		var err error
		if file, err = os.Create(path); err != nil {
			return usageError{fmt.Errorf("output: %w", err)}
		}
		out = file
	}
	bw := bufio.NewWriter(out)
	err := write(bw)
	if ferr := bw.Flush(); err == nil {
		err = ferr
	}
	if file != nil {
		if cerr := file.Close(); err == nil {
			err = cerr
		}
	}
	if err != nil {
		return fmt.Errorf("writing the report: %w", err)
	}
	return nil
}

var formats = map[string]func(io.Writer, *analyze.Report) error{
	"text": report.Text,
	"json": report.JSON,
}
