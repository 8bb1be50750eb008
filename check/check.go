// Package check drives one check of a block, the whole pipeline in one
// call: it collects the files under the paths, reads them with a pool of
// workers through the cache, digests them, lets their series wait in a spill
// file, lends a Strava export's activities.csv to its files, dates the
// activities whose files do not say where they were recorded from the
// runner's other activities (zone.go), sets the garbage collector's target
// for a large block, and judges the block. cmd/runlint, the tests and the
// benchmarks all check through it.
package check

import (
	"fmt"
	"os"
	"runtime/debug"
	"sort"

	"github.com/runlint/runlint/analyze"
	"github.com/runlint/runlint/internal/store"
	"github.com/runlint/runlint/internal/tz"
	"github.com/runlint/runlint/parse"
)

// Options tune a check.
type Options struct {
	Workers int // files read at once; 0: one per CPU
	// Cache reads through the cache in CacheDir ("" for runlint's folder of
	// the user's cache directory). A cache that cannot be opened costs
	// speed, not correctness: the check reads on.
	Cache    bool
	CacheDir string
	// Spill lets the activities read wait in a temporary file until every
	// file is read, and their series until the block is judged: memory then
	// holds each run's scalars, not its series, and does not grow with the
	// folder. Without a writable temporary folder, everything stays in
	// memory and Warnf says so.
	Spill bool
	// KeepSamples keeps every activity's samples, laps and pauses (tests,
	// tools); by default they go once digested.
	KeepSamples bool
	Progress    func(done, total int)         // after each file, one call at a time; may be nil
	Warnf       func(format string, a ...any) // a problem that does not stop the check; may be nil
}

// Check is a judged block. Close it once its reports are written: it puts
// back the garbage collector's target it lowered for the block, and removes
// the spill file the runs' series are read back from (a report draws them).
type Check struct {
	Report *analyze.Report
	// Inputs are the files on disk the check read: no report may be
	// written over one.
	Inputs Inputs
	gc     int
	limit  int64 // the memory limit before the check; -1: not changed
	spill  *store.Spill
}

// Close restores what the check changed in the process (the GC target):
// commands run in-process in tests and benchmarks, where it would outlive
// them. The runs' series cannot be read after it.
func (c *Check) Close() {
	if c.spill != nil {
		c.spill.Close()
		c.spill = nil
	}
	if c.gc != 0 {
		debug.SetGCPercent(c.gc)
		c.gc = 0
	}
	if c.limit >= 0 {
		debug.SetMemoryLimit(c.limit)
		c.limit = -1
	}
}

// memoryLimit is the soft limit the garbage collector keeps a check under
// (unless GOMEMLIMIT says otherwise): a real block needs under 100 MB, and
// the limits of package parse keep one hostile file to about 200 MB, but
// the default target lets garbage grow to as much again as what is live,
// which a file at the limit would push to twice that.
const memoryLimit = 384 << 20

func setMemoryLimit() (old int64) {
	if os.Getenv("GOMEMLIMIT") != "" {
		return -1
	}
	return debug.SetMemoryLimit(memoryLimit)
}

// Run reads every file under paths and judges the block with cfg.
func Run(paths []string, cfg analyze.Config, opt Options) (*Check, error) {
	var spill *store.Spill
	if opt.Spill && !opt.KeepSamples {
		var err error
		if spill, err = store.NewSpill(""); err != nil {
			if opt.Warnf != nil {
				opt.Warnf("%v: reading without it, so a large folder needs more memory", err)
			}
			spill = nil
		}
	}
	old := setMemoryLimit()
	results, inputs, err := read(paths, opt, spill)
	if err != nil {
		if old >= 0 {
			debug.SetMemoryLimit(old)
		}
		if spill != nil {
			spill.Close()
		}
		return nil, err
	}
	c := &Check{Inputs: inputs, gc: debug.SetGCPercent(gcPercentFor(results)), limit: old, spill: spill}
	if c.Report, err = judge(results, cfg); err != nil {
		c.Close()
		return nil, err
	}
	return c, nil
}

// judge judges the block. A fault of runlint's in one run or one rule
// costs only that run or rule (Report.Failures); one anywhere else costs
// the block, as an error, never the process: a squad's other athletes, a
// hook's other files, are judged all the same.
func judge(results []parse.Result, cfg analyze.Config) (rep *analyze.Report, err error) {
	defer func() {
		if v := recover(); v != nil {
			rep, err = nil, fmt.Errorf("judging the block: internal error: %v (please report it)", v)
		}
	}()
	return analyze.Block(results, cfg), nil
}

// Read reads every file under paths, digested, one result per file in path
// order, with an export's names and types lent to its files. A path that
// does not exist is an error; a file that cannot be read is a result with
// Err set.
func Read(paths []string, opt Options) ([]parse.Result, error) {
	opt.Spill = false
	results, _, err := read(paths, opt, nil)
	return results, err
}

func read(paths []string, opt Options, spill *store.Spill) ([]parse.Result, Inputs, error) {
	col, err := collect(paths)
	if err != nil {
		return nil, Inputs{}, err
	}
	defer col.close()
	if opt.Warnf != nil {
		for _, n := range col.notes {
			opt.Warnf("%s", n)
		}
	}
	var cache *store.Cache
	if opt.Cache {
		cache, _ = store.OpenCache(opt.CacheDir)
	}
	if cache != nil {
		tz.UseMemo(cache.ZonesPath())
	}
	read := readAll(col.files, opt, cache, spill, col.arch.count())
	if cache != nil {
		cache.Flush() // a lost index costs a rehash next time, not a wrong result
		tz.SaveMemo() // likewise: a lost memo costs building the zone finder
	}
	results := make([]parse.Result, len(read))
	for i := range read {
		results[i] = read[i].Result
	}
	results = lendExports(col, results, opt.Warnf)
	sort.SliceStable(results, func(i, j int) bool { return results[i].Path < results[j].Path })
	placeZones(results)
	return results, usedInputs(results, col), nil
}

// gcPercentFor is the GC target for judging and writing what was read. From
// there the heap is the block's runs, which live to the end, and the default
// target (as much garbage again as live data) would let a lifetime of runs
// double the peak: a quarter is enough headroom once that is over 2 MB
// (4,862 files: peak 28.8 MB at the default, 25.1 MB at 50 %, 23.9 MB at
// 25 %, 3.3-3.9 s each way), while a small block keeps the default, where
// collecting more often would only cost time.
func gcPercentFor(results []parse.Result) int {
	const perRun = 1500 // bytes a judged activity holds (measured: 1.3-1.4 KB)
	const headroom = 2 << 20
	n := 0
	for _, r := range results {
		n += len(r.Activities)
	}
	return min(100, max(25, 100*headroom/max(1, n*perRun)))
}

// CacheDir is the folder the cache uses for dir ("" for the default).
func CacheDir(dir string) (string, error) {
	if dir != "" {
		return dir, nil
	}
	return store.DefaultCacheDir()
}

// CleanCache removes what runlint cached in dir ("" for the default), and
// nothing else, and says how many files went (none: dir held nothing of
// runlint's).
func CleanCache(dir string) (int, error) {
	c, err := store.OpenCache(dir)
	if err != nil {
		return 0, err
	}
	return c.Clean()
}
