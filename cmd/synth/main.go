// Command synth writes a synthetic training block: the virtual runner of
// package synth, for trying runlint and for measuring it on thousands of files.
//
//	go run ./cmd/synth -weeks 12 -format fit -out /tmp/block
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/runlint/runlint/internal/synth"
)

func main() {
	opt := synth.DefaultOptions()
	weeks := flag.Int("weeks", opt.Weeks, "weeks of training (about 6 activities a week)")
	format := flag.String("format", "fit", "fit, gpx or tcx")
	out := flag.String("out", "", "folder to write (required)")
	seed := flag.Uint64("seed", opt.Seed, "random seed")
	runner := flag.String("runner", "", "the virtual runner: empty for the default block, or marathoner, high-hr, phone, 10k")
	flag.Parse()
	if _, ok := synth.Runners[*runner]; *runner != "" && !ok {
		fmt.Fprintf(os.Stderr, "synth: error: no runner %q (marathoner, high-hr, phone or 10k)\n", *runner)
		os.Exit(2)
	}
	if *out == "" {
		fmt.Fprintln(os.Stderr, "synth: error: -out is required")
		os.Exit(2)
	}
	opt.Weeks, opt.Seed, opt.Runner = *weeks, *seed, *runner
	plan, err := synth.WriteBlock(*out, *format, opt)
	if err != nil {
		fmt.Fprintln(os.Stderr, "synth: error:", err)
		os.Exit(1)
	}
	fmt.Printf("wrote %d activities to %s\n", len(plan), *out)
}
