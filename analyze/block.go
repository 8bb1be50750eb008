// Package analyze judges a block of training: it orders what parse read,
// works out the runner's profile, classifies every run and applies the rules.
package analyze

import (
	"sort"

	"github.com/runlint/runlint/parse"
)

// Report is everything a block's check found, ready for any output format.
type Report struct {
	Runs    []*Run        // every activity read, oldest first
	Skipped []SkippedFile // readable files that hold no activity
	Errors  []FileError   // files that could not be read
	Summary Summary
}

// Run is one activity and what runlint made of it.
type Run struct {
	*parse.Activity
}

// SkippedFile is a readable file that holds no activity, and what it is.
type SkippedFile struct {
	File   string
	Reason string
}

// FileError is a file that could not be read.
type FileError struct {
	File    string
	Message string
}

// Summary counts what was read.
type Summary struct {
	Activities int // activities read (a multi-sport file gives several)
	Runs       int
	NonRuns    int // activities that are not runs: listed, not analysed
	Skipped    int // files that are not activities
	Errors     int // files that could not be read
}

// Block builds a report from what parse read.
func Block(results []parse.Result) *Report {
	r := &Report{}
	for _, res := range results {
		switch {
		case res.Ignored:
		case res.Err != nil:
			r.Errors = append(r.Errors, FileError{File: res.Path, Message: res.Err.Error()})
		case res.Skipped != "":
			r.Skipped = append(r.Skipped, SkippedFile{File: res.Path, Reason: res.Skipped})
		default:
			for _, a := range res.Activities {
				r.Runs = append(r.Runs, &Run{Activity: a})
			}
		}
	}
	sort.SliceStable(r.Runs, func(i, j int) bool { return less(r.Runs[i].Activity, r.Runs[j].Activity) })
	sort.SliceStable(r.Errors, func(i, j int) bool { return r.Errors[i].File < r.Errors[j].File })
	sort.SliceStable(r.Skipped, func(i, j int) bool { return r.Skipped[i].File < r.Skipped[j].File })
	s := &r.Summary
	s.Activities, s.Skipped, s.Errors = len(r.Runs), len(r.Skipped), len(r.Errors)
	for _, run := range r.Runs {
		if run.IsRun() {
			s.Runs++
		} else {
			s.NonRuns++
		}
	}
	return r
}

// less orders activities oldest first, then by file and session, so output
// never depends on the order files were read in.
func less(a, b *parse.Activity) bool {
	if !a.Start.Equal(b.Start) {
		return a.Start.Before(b.Start)
	}
	if a.Source.Path != b.Source.Path {
		return a.Source.Path < b.Source.Path
	}
	return a.Source.Session < b.Source.Session
}
