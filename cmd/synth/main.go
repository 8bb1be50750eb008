// Command synth writes a synthetic training block: the virtual runner of
// package synth, for trying runlint and for measuring it on thousands of files.
//
//	go run ./cmd/synth -weeks 12 -format fit -out /tmp/block
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/runlint/runlint/synth"
)

func main() {
	opt := synth.DefaultOptions()
	weeks := flag.Int("weeks", opt.Weeks, "weeks of training (about 6 activities a week)")
	format := flag.String("format", "fit", "fit, gpx or tcx")
	out := flag.String("out", "", "folder to write (required)")
	seed := flag.Uint64("seed", opt.Seed, "random seed")
	flag.Parse()
	if *out == "" {
		fmt.Fprintln(os.Stderr, "synth: error: -out is required")
		os.Exit(2)
	}
	opt.Weeks, opt.Seed = *weeks, *seed
	plan, err := synth.WriteBlock(*out, *format, opt)
	if err != nil {
		fmt.Fprintln(os.Stderr, "synth: error:", err)
		os.Exit(1)
	}
	fmt.Printf("wrote %d activities to %s\n", len(plan), *out)
}
