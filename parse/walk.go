package parse

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"
)

// Options tune a walk.
type Options struct {
	// KeepSamples keeps every activity's samples, laps and pauses; by default
	// they are dropped once digested, so memory holds digests, not points.
	KeepSamples bool
	Workers     int                   // 0: one per CPU
	Cache       *Cache                // nil: read every file
	Progress    func(done, total int) // called after each file, from one goroutine at a time; may be nil
	// Spill, when set (and samples are not kept), holds the activities read
	// until every file is read, and their digests' series until the check
	// is done: memory then holds scalars, not series, and reading and judging
	// do not need their memory at the same time.
	Spill *Spill
}

// Walk reads every file under paths (files, or folders walked recursively) in
// parallel, and returns one Result per file in path order. A path that does not
// exist is an error; a file that cannot be read is a Result with Err set.
// Folders named like .git are not entered. A Strava export's activities.csv
// lends its names, descriptions and types to the files it lists.
func Walk(paths []string, opt Options) ([]Result, error) {
	files, csvs, err := collect(paths)
	if err != nil {
		return nil, err
	}
	results := readAll(files, opt)
	if opt.Cache != nil {
		opt.Cache.Flush() // a lost index costs a rehash next time, not a wrong result
	}
	for _, c := range csvs {
		if err := applyStravaCSV(c, results); err != nil {
			results = append(results, Result{Path: c, Err: err})
		}
	}
	sort.SliceStable(results, func(i, j int) bool { return results[i].Path < results[j].Path })
	return results, nil
}

func collect(paths []string) (files, csvs []string, err error) {
	seen := map[string]bool{}
	add := func(p string) {
		// The same file reached twice (a folder and a file in it, "a" and
		// "./a") is read once.
		key := p
		if abs, err := filepath.Abs(p); err == nil {
			key = abs
		}
		if seen[key] {
			return
		}
		seen[key] = true
		if strings.EqualFold(filepath.Base(p), "activities.csv") {
			csvs = append(csvs, p)
			return
		}
		files = append(files, p)
	}
	for _, root := range paths {
		info, err := os.Stat(root)
		if err != nil {
			return nil, nil, fmt.Errorf("%s: %w", root, unwrapPathErr(err))
		}
		if !info.IsDir() {
			add(filepath.Clean(root))
			continue
		}
		err = filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				// An unreadable sub-folder is reported as a file error, not fatal.
				files = append(files, p)
				return nil
			}
			if d.IsDir() {
				if p != root && strings.HasPrefix(d.Name(), ".") {
					return filepath.SkipDir
				}
				return nil
			}
			if d.Type()&fs.ModeType != 0 && d.Type()&fs.ModeSymlink == 0 {
				return nil // sockets, devices, pipes
			}
			add(p)
			return nil
		})
		if err != nil {
			return nil, nil, err
		}
	}
	sort.Strings(files)
	sort.Strings(csvs)
	return files, csvs, nil
}

func unwrapPathErr(err error) error {
	if pe, ok := err.(*fs.PathError); ok {
		return pe.Err
	}
	return err
}

// readAll reads files with a pool of workers, each with its own Reader.
func readAll(files []string, opt Options) []Result {
	n := opt.Workers
	if n <= 0 {
		n = runtime.GOMAXPROCS(0)
	}
	n = min(n, max(1, len(files)))
	results := make([]Result, len(files))
	jobs := make(chan int)
	var wg sync.WaitGroup
	var mu sync.Mutex
	done := 0
	for range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			r := NewReader()
			r.cache = opt.Cache
			var sw *spillWriter
			if opt.Spill != nil && !opt.KeepSamples {
				sw = opt.Spill.writer()
				defer sw.flush()
			}
			for i := range jobs {
				res := r.safeFile(files[i])
				if !opt.KeepSamples {
					release(&res, sw)
				}
				results[i] = res
				if opt.Progress != nil {
					mu.Lock()
					done++
					opt.Progress(done, len(files))
					mu.Unlock()
				}
			}
		}()
	}
	for i := range files {
		jobs <- i
	}
	close(jobs)
	wg.Wait()
	// The activities come back once the workers' buffers are garbage, so a
	// check's peak memory is the larger of reading and judging, not their
	// sum (measured: 30 MB instead of 24 MB for 4,862 files).
	if opt.Spill != nil {
		for i := range results {
			opt.Spill.unhold(&results[i])
		}
	}
	return results
}

// release drops what a read activity no longer needs once digested, and
// moves what waits for judging to the spill, when there is one (sw).
func release(res *Result, sw *spillWriter) {
	for _, a := range res.Activities {
		a.Samples, a.Laps, a.Pauses = nil, nil, nil
	}
	switch {
	case sw == nil:
	case res.cached:
		// Nothing of the reading is left to make room for: only the
		// series go, as they would after the walk.
		for _, a := range res.Activities {
			sw.putSeries(a.Digest)
		}
	default:
		sw.hold(res)
	}
}

// safeFile reads a file and turns a panic in a decoder into an error on that
// file, so one hostile file cannot stop a folder of 10,000. The Reader is
// replaced, since its state is unknown after a panic; its cache stays.
func (r *Reader) safeFile(path string) (res Result) {
	defer func() {
		if p := recover(); p != nil {
			cache := r.cache // the cache is not the decoder's state: keep using it
			*r = *NewReader()
			r.cache = cache
			res = Result{Path: path, Err: fmt.Errorf("decoder crashed on this file: %v", p)}
		}
	}()
	return r.File(path)
}
