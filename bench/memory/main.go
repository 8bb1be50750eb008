//go:build unix

// Command memory measures runlint's peak memory on synthetic blocks of about
// 500 and 5,000 activities, the way issue 5 states the goal: peak resident
// memory of `runlint check --no-cache --format json DIR`, the median of paired
// runs, and the ratio of the two.
//
//	cd bench && go run ./memory [-runs 7] [-keep DIR]
//	cd bench && go run ./memory -squad [-runs 5] [-keep DIR]
//
// It builds runlint from this checkout, writes the blocks with package synth
// (81 and 810 weeks, FIT), and reads each run's peak from the kernel
// (getrusage's ru_maxrss), so it needs no /usr/bin/time. Linux counts in a
// child's ru_maxrss the memory of the process that started it, so the runs
// are started by a fresh copy of this command (-measure), whose own peak is
// printed and must stay below runlint's.
//
// -squad measures `runlint check --no-cache --athletes DIR` on squads of 4,
// 16 and 100 athletes of two years each (104 weeks: four synthetic runners,
// the default, the 10k runner, the marathoner and the one whose easy runs
// sit at 88 % of HRmax, and the rest hard links to their files), writing
// the JSON document and an HTML index with each athlete's own page.
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
	squad := flag.Bool("squad", false, "measure squads of 4, 16 and 100 athletes instead of one block")
	flag.Parse()
	if *measureMode {
		if *squad {
			measureSquads(*runs, flag.Arg(0), flag.Args()[1:])
			return
		}
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

	if *squad {
		squads := writeSquads(dir, []int{4, 16, 100})
		self, err := os.Executable()
		check(err)
		m := exec.Command(self, append([]string{"-measure", "-squad", "-runs", fmt.Sprint(*runs), exe}, squads...)...)
		m.Stdout, m.Stderr = os.Stdout, os.Stderr
		check(m.Run())
		return
	}
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

// squadRunners are the squad's distinct athletes; the others are copies.
var squadRunners = []string{"", "10k", "marathoner", "high-hr"}

// writeSquads writes one folder per squad size, each athlete's folder two
// years of a synthetic runner: the first four written, the rest hard links
// to their files (the same bytes, read and judged again: an athlete costs
// what it costs, whoever it is).
func writeSquads(dir string, sizes []int) []string {
	runners := make([]string, len(squadRunners))
	for i, r := range squadRunners {
		runners[i] = filepath.Join(dir, "runners", fmt.Sprintf("athlete-%d", i))
		if _, err := os.Stat(runners[i]); err == nil {
			continue
		}
		opt := synth.DefaultOptions()
		opt.Weeks, opt.Runner = 104, r
		_, err := synth.WriteBlock(runners[i], "fit", opt)
		check(err)
	}
	var squads []string
	for _, n := range sizes {
		squad := filepath.Join(dir, fmt.Sprintf("squad-%d", n))
		squads = append(squads, squad)
		for a := range n {
			athlete := filepath.Join(squad, fmt.Sprintf("athlete-%03d", a))
			if _, err := os.Stat(athlete); err == nil {
				continue
			}
			check(os.MkdirAll(athlete, 0o755))
			from := runners[a%len(runners)]
			entries, err := os.ReadDir(from)
			check(err)
			for _, e := range entries {
				check(os.Link(filepath.Join(from, e.Name()), filepath.Join(athlete, e.Name())))
			}
		}
	}
	return squads
}

// measureSquads runs each squad's check and prints its peak memory.
func measureSquads(runs int, exe string, squads []string) {
	var self syscall.Rusage
	check(syscall.Getrusage(syscall.RUSAGE_SELF, &self))
	fmt.Printf("(this process's own peak, a floor for the children's: %.1f MB)\n", float64(maxRSSKB(&self))/1024)
	out, err := os.MkdirTemp("", "runlint-squad-out-*")
	check(err)
	defer os.RemoveAll(out)
	med := make([]float64, len(squads))
	counts := make([]int, len(squads))
	for i, sq := range squads {
		entries, err := os.ReadDir(sq)
		check(err)
		counts[i] = len(entries)
		var peaks []int64
		for range runs {
			cmd := exec.Command(exe, "check", "--no-cache", "--athletes", sq, "--format", "json="+filepath.Join(out, "squad.json")+",html="+filepath.Join(out, "squad.html"))
			err := cmd.Run()
			if _, findings := err.(*exec.ExitError); err != nil && !findings {
				check(err)
			}
			peaks = append(peaks, maxRSSKB(cmd.ProcessState.SysUsage().(*syscall.Rusage)))
		}
		slices.Sort(peaks)
		med[i] = float64(peaks[len(peaks)/2]) / 1024
		fmt.Printf("%4d athletes: peak %.1f MB (median of %d; all, KB: %v)\n", counts[i], med[i], runs, peaks)
	}
	for i := 1; i < len(squads); i++ {
		fmt.Printf("%d athletes need %.2fx the memory of %d (goal: 16 at most 1.5x 4)\n", counts[i], med[i]/med[0], counts[0])
	}
}
