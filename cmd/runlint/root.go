package main

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"
)

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
	err := root.Execute()
	var ee exitError
	switch {
	case err == nil:
		return exitOK
	case errors.As(err, &ee):
		return ee.code
	default:
		fmt.Fprintf(stderr, "runlint: error: %s\n", err)
		if strings.Contains(err.Error(), "unknown flag") || strings.Contains(err.Error(), "unknown command") {
			fmt.Fprintln(stderr, "runlint: hint: see 'runlint --help'")
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
	root.AddCommand(newCheck(stdout, stderr), newProfile(stdout), newRules(stdout), newExplain(stdout), newInit(stdout), newMan(stdout), newCache(stdout))
	root.Version = version
	return root
}
