package check

import (
	"fmt"
	"runtime"
	"sync"

	"github.com/runlint/runlint/activity"
	"github.com/runlint/runlint/digest"
	"github.com/runlint/runlint/internal/store"
	"github.com/runlint/runlint/parse"
)

// result is one file read, and what the walk knows of it that the judged
// block does not need.
type result struct {
	parse.Result
	held   store.Held // where its activities wait in the spill until the workers are done
	isHeld bool
	cached bool // from the cache: reading it cost no decoder buffers
}

// worker reads files one at a time with its own Reader and spill writer.
type worker struct {
	r     *parse.Reader
	cache *store.Cache
	sw    *store.SpillWriter
	keep  bool
	dig   digest.Builder // the room its digests are built in
}

// readAll reads files with a pool of workers, each with its own Reader;
// held open is how many files the collection keeps open meanwhile.
func readAll(files []source, opt Options, cache *store.Cache, spill *store.Spill, held int) []result {
	n := opt.Workers
	if n <= 0 {
		n = runtime.GOMAXPROCS(0)
	}
	n = withinOpenFiles(min(n, max(1, len(files))), n, held, opt.Warnf)
	results := make([]result, len(files))
	jobs := make(chan int)
	var wg sync.WaitGroup
	var mu sync.Mutex
	done := 0
	for range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			w := &worker{cache: cache, keep: opt.KeepSamples}
			w.newReader()
			if spill != nil && !opt.KeepSamples {
				w.sw = spill.Writer()
				defer w.sw.Flush()
			}
			for i := range jobs {
				results[i] = w.safeFile(files[i])
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
	for i := range results {
		res := &results[i]
		if !res.isHeld {
			continue
		}
		acts, err := spill.Unhold(res.held, res.Path)
		res.isHeld = false
		if err != nil {
			res.Err = err
			continue
		}
		res.Activities = acts
	}
	return results
}

// safeFile reads a file and turns a panic in a decoder into an error on that
// file, so one hostile file cannot stop a folder of 10,000. The Reader is
// replaced, since its state is unknown after a panic.
func (w *worker) safeFile(s source) (res result) {
	defer func() {
		if p := recover(); p != nil {
			w.newReader()
			res = result{Result: parse.Result{Path: s.path, Err: fmt.Errorf("decoder crashed on this file: %v", p)}}
		}
	}()
	res = w.file(s)
	if !w.keep {
		w.release(&res)
	}
	return res
}

// newReader gives the worker a fresh Reader. Unless the samples are kept,
// it lends them: release drops them before the next file is read.
func (w *worker) newReader() {
	w.r = parse.NewReader()
	if !w.keep {
		w.r.LendSamples()
	}
}

// file reads one file through the cache: a file whose stat has not moved
// since it was hashed is not even read; one whose bytes the cache has seen
// is not decoded. What is read is digested, and stored without samples.
func (w *worker) file(src source) result {
	path := src.path
	if src.err != nil {
		return result{Result: parse.Result{Path: path, Err: src.err}}
	}
	var st store.Stat
	if w.cache != nil && src.member == nil { // a file inside an archive has no stat of its own
		key, s, ok := w.cache.KeyFor(path)
		st = s
		if ok {
			if hit, ok := w.cache.Get(key, path); ok {
				return result{Result: hit, cached: true}
			}
		}
	}
	raw, err := w.raw(src)
	defer w.r.Release() // after the digest: a big file's samples are big too
	if err != nil {
		return result{Result: parse.Result{Path: path, Err: err}}
	}
	var key string
	if w.cache != nil {
		// Keyed by the bytes on disk, before inflating: a hit costs a read and a hash.
		key = w.cache.Key(raw)
		w.cache.Remember(path, st, key)
		if hit, ok := w.cache.Get(key, path); ok {
			return result{Result: hit, cached: true}
		}
	}
	res := w.r.Read(path, raw)
	for _, a := range res.Activities {
		a.Digest = w.dig.Of(a)
	}
	if w.cache != nil {
		w.cache.Put(key, res)
	}
	return result{Result: res}
}

// raw reads a file's bytes as they are stored, into the Reader's buffer.
func (w *worker) raw(src source) ([]byte, error) {
	if src.member == nil {
		return w.r.ReadRaw(src.path)
	}
	rc, err := src.member.open()
	if err != nil {
		return nil, err
	}
	defer rc.Close()
	return w.r.ReadRawFrom(rc, src.member.size())
}

// release drops what a read activity no longer needs once digested, and
// moves what waits for judging to the spill, when there is one.
func (w *worker) release(res *result) {
	for _, a := range res.Activities {
		dropSamples(a)
	}
	switch {
	case w.sw == nil:
	case res.cached:
		// Nothing of the reading is left to make room for: only the
		// series go, as they would after the walk.
		for _, a := range res.Activities {
			w.sw.PutSeries(a.Digest)
		}
	default:
		if h, ok := w.sw.Hold(res.Activities); ok {
			res.held, res.isHeld, res.Activities = h, true, nil
		}
	}
}

func dropSamples(a *activity.Activity) {
	a.Samples, a.Laps, a.Pauses, a.Track = nil, nil, nil, activity.Track{}
}
