package main

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"github.com/runlint/runlint/report"
)

// completeValues makes the shell complete a flag's fixed values.
func completeValues(cmd *cobra.Command, flag string, values ...string) {
	_ = cmd.RegisterFlagCompletionFunc(flag, func(*cobra.Command, []string, string) ([]cobra.Completion, cobra.ShellCompDirective) {
		return values, cobra.ShellCompDirectiveNoFileComp
	})
}

// Exit codes, like a linter's.
const (
	exitOK       = 0 // everything read, nothing at or above --fail-on
	exitFindings = 1 // a file could not be read, or findings at or above --fail-on
	exitUsage    = 2 // the command could not run: bad flag, no such path, bad config
)

// version is runlint's version.
const version = "0.1.0"

// exitError carries an exit code out of a cobra command.
type exitError struct{ code int }

func (e exitError) Error() string { return fmt.Sprintf("exit %d", e.code) }

// usageError is a mistake in the command line or config: exit 2.
type usageError struct{ err error }

func (e usageError) Error() string { return e.err.Error() }
func (e usageError) Unwrap() error { return e.err }

func run(args []string, stdout, stderr io.Writer) int {
	root := newRoot(stdout, stderr)
	root.SetArgs(args)
	cmd, err := root.ExecuteC()
	var ee exitError
	switch {
	case err == nil:
		return exitOK
	case errors.As(err, &ee):
		return ee.code
	default:
		fmt.Fprintf(stderr, "runlint: error: %s\n", report.Escape(err.Error()))
		if msg := err.Error(); strings.Contains(msg, "unknown flag") || strings.Contains(msg, "unknown command") ||
			strings.Contains(msg, "flag needs an argument") || strings.Contains(msg, "invalid argument") || strings.Contains(msg, "accepts ") {
			fmt.Fprintf(stderr, "runlint: hint: see '%s --help'\n", cmd.CommandPath())
		}
		return exitUsage
	}
}

func newRoot(stdout, stderr io.Writer) *cobra.Command {
	root := &cobra.Command{
		Use:   "runlint",
		Short: "Audit a runner's training from the files their watch exports",
		Long: `runlint reads a folder of FIT, GPX and TCX files (gzipped too, as in a Strava
bulk export with its activities.csv), works out the runner's long-run pace and
heart-rate profile from the block itself, classifies every run as hard, long,
easy or recovery with the reasons in numbers, and flags recovery runs that were
too fast, too short or too long.`,
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.SetOut(stdout)
	root.SetErr(stderr)
	root.AddCommand(newCheck(stdout, stderr), newProfile(stdout, stderr), newRules(stdout), newExplain(stdout), newInit(stdout), newMan(stdout), newCache(stdout), newNext(stdout, stderr))
	root.Version = version
	return root
}
