//go:build unix

// Command memory measures runlint's peak memory on synthetic blocks of about
// 500 and 5,000 activities, the way issue 5 states the goal: peak resident
// memory of `runlint check --no-cache --format json DIR`, the median of paired
// runs, and the ratio of the two.
//
//	cd bench && go run ./memory [-runs 7] [-keep DIR]
//
// It builds runlint from this checkout, writes the blocks with package synth
// (81 and 810 weeks, FIT), and reads each run's peak from the kernel
// (getrusage's ru_maxrss), so it needs no /usr/bin/time. Linux counts in a
// child's ru_maxrss the memory of the process that started it, so the runs
// are started by a fresh copy of this command (-measure), whose own peak is
// printed and must stay below runlint's.
package main

import (
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"syscall"

	"github.com/runlint/runlint/internal/synth"
)

func main() {
	runs := flag.Int("runs", 7, "paired runs; the median counts")
	keep := flag.String("keep", "", "write the blocks here and keep them (default: a temporary folder)")
	measureMode := flag.Bool("measure", false, "internal: run the measurements: EXE BLOCK...")
	flag.Parse()
	if *measureMode {
		measure(*runs, flag.Arg(0), flag.Args()[1:])
		return
	}
	dir := *keep
	if dir == "" {
		d, err := os.MkdirTemp("", "runlint-memory-*")
		check(err)
		defer os.RemoveAll(d)
		dir = d
	}
	exe := filepath.Join(dir, "runlint")
	exe, err := filepath.Abs(exe)
	check(err)
	build := exec.Command("go", "build", "-o", exe, "./cmd/runlint")
	build.Dir = ".." // the product's own module: this one does not depend on the CLI's libraries
	build.Stdout, build.Stderr = os.Stdout, os.Stderr
	check(build.Run())

	sizes := []int{81, 810} // weeks: about 500 and 5,000 activities
	blocks := make([]string, len(sizes))
	for i, weeks := range sizes {
		blocks[i] = filepath.Join(dir, fmt.Sprintf("weeks-%d", weeks))
		opt := synth.DefaultOptions()
		opt.Weeks = weeks
		if _, err := os.Stat(blocks[i]); err != nil {
			_, err := synth.WriteBlock(blocks[i], "fit", opt)
			check(err)
		}
	}
	self, err := os.Executable()
	check(err)
	m := exec.Command(self, append([]string{"-measure", "-runs", fmt.Sprint(*runs), exe}, blocks...)...)
	m.Stdout, m.Stderr = os.Stdout, os.Stderr
	check(m.Run())
}

func measure(runs int, exe string, blocks []string) {
	counts := make([]int, len(blocks))
	for i, b := range blocks {
		entries, err := os.ReadDir(b)
		check(err)
		counts[i] = len(entries)
	}
	var self syscall.Rusage
	check(syscall.Getrusage(syscall.RUSAGE_SELF, &self))
	fmt.Printf("(this process's own peak, a floor for the children's: %.1f MB)\n", float64(maxRSSKB(&self))/1024)
	peaks := make([][]int64, len(blocks))
	for range runs {
		for i, b := range blocks {
			cmd := exec.Command(exe, "check", "--no-cache", "--format", "json", b)
			err := cmd.Run()
			if _, findings := err.(*exec.ExitError); err != nil && !findings {
				check(err)
			}
			ru := cmd.ProcessState.SysUsage().(*syscall.Rusage)
			peaks[i] = append(peaks[i], maxRSSKB(ru))
		}
	}
	med := make([]float64, len(blocks))
	for i := range blocks {
		slices.Sort(peaks[i])
		med[i] = float64(peaks[i][len(peaks[i])/2]) / 1024
		fmt.Printf("%5d files: peak %.1f MB (median of %d; all, KB: %v)\n", counts[i], med[i], runs, peaks[i])
	}
	fmt.Printf("%d files need %.2fx the memory of %d (goal: at most 1.20x, and under 150 MB)\n", counts[1], med[1]/med[0], counts[0])
}

func check(err error) {
	if err != nil {
		fmt.Fprintln(os.Stderr, "memory:", err)
		os.Exit(1)
	}
}
