package main

import (
	"fmt"

	"github.com/runlint/runlint/check"
)

// notOverInputs refuses outputs that are files the check read (an activity
// file, an export's activities.csv, an archive), however their paths spell
// them: "-o run.gpx" or "--format csv=activities.csv" would destroy what
// the report is about. Nothing is written then.
func notOverInputs(outs []output, read []check.Inputs) error {
	for _, o := range outs {
		if err := notAnInput(o.path, read); err != nil {
			return err
		}
	}
	return nil
}

// notAnInput is an error when path ("" is standard output) is a file read.
func notAnInput(path string, read []check.Inputs) error {
	if path == "" {
		return nil
	}
	for _, in := range read {
		if p, ok := in.Holds(path); ok {
			same := ""
			if p != path {
				same = fmt.Sprintf(" (%s)", p)
			}
			return usageError{fmt.Errorf("output %s is a file this check reads%s: not written over; name another file", path, same)}
		}
	}
	return nil
}
