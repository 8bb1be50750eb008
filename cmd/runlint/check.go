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

type checkFlags struct {
	format  string
	output  string
	workers int
}

func newCheck(stdout, stderr io.Writer) *cobra.Command {
	var f checkFlags
	cmd := &cobra.Command{
		Use:   "check [PATH...]",
		Short: "Read activity files and folders and list every activity",
		Long: `Read the FIT, GPX and TCX files (gzipped or not) under each PATH (folders are
walked recursively; default: the current folder) and list every activity,
oldest first.

Exit status: 0 when every file was read, 1 when some file could not be read
(the others are still listed), 2 when the command itself could not run.`,
		Example: `  runlint check ~/exports
  runlint check --format json -o block.json ~/exports`,
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) == 0 {
				args = []string{"."}
			}
			return runCheck(f, args, stdout, stderr)
		},
	}
	cmd.Flags().StringVar(&f.format, "format", "text", "output format: text or json")
	cmd.Flags().StringVarP(&f.output, "output", "o", "", "write the report to this file instead of standard output")
	cmd.Flags().IntVar(&f.workers, "workers", 0, "files read in parallel (0: one per CPU)")
	return cmd
}

func runCheck(f checkFlags, paths []string, stdout, stderr io.Writer) error {
	write, ok := formats[f.format]
	if !ok {
		return usageError{fmt.Errorf("unknown format %q: use text or json", f.format)}
	}
	results, err := parse.Walk(paths, parse.Options{Workers: f.workers})
	if err != nil {
		return usageError{err}
	}
	rep := analyze.Block(results, analyze.Defaults())
	out := stdout
	var file *os.File
	if f.output != "" {
		file, err = os.Create(f.output)
		if err != nil {
			return usageError{fmt.Errorf("output: %w", err)}
		}
		out = file
	}
	bw := bufio.NewWriter(out)
	err = write(bw, rep)
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
	for _, e := range rep.Errors {
		fmt.Fprintf(stderr, "runlint: error: %s: %s\n", e.File, e.Message)
	}
	if len(rep.Errors) > 0 {
		return exitError{exitFindings}
	}
	return nil
}

var formats = map[string]func(io.Writer, *analyze.Report) error{
	"text": report.Text,
	"json": report.JSON,
}
