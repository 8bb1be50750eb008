package store

import (
	"errors"
	"fmt"
	"io"
	"os"
	"sync"
	"unsafe"

	"github.com/runlint/runlint/activity"
)

// Spill is a temporary file that holds what a walk read (activities until
// every file is read, digests' series until the check is done), so the
// memory a check needs does not grow with the number of files beyond each
// run's scalars. It is not a cache: it lives as long as one check, is written
// once and read back by position, and is removed when closed (on Unix at once,
// while still open, so not even a killed check leaves it behind). Safe for
// concurrent use.
//
// Records go to the file in chunks and come back through a few cached
// blocks: a syscall per record was most of a warm check's cost. The first
// spillFree bytes of series stay in memory instead: a block of a few
// hundred runs never writes, reads back or decodes its series (a tenth of
// a warm check of the Strava export's 237 files), and a lifetime of runs
// holds only that much more.
type Spill struct {
	f       *os.File
	removed bool

	mu     sync.Mutex
	end    int64            // the file is reserved up to here
	err    error            // the first write error: nothing is spilled after it
	kept   map[int64][]byte // chunks that could not be written, served from memory
	blocks [spillBlocks]spillBlock
	tick   int
	names  map[string]string // see dec.names; unhold runs on one goroutine
	free   int64             // bytes of series still to be left in memory
}

const (
	spillFree   = 2 << 20  // series left in memory: about 700 runs' (2.8 KB a run)
	spillChunk  = 64 << 10 // bytes a worker gathers before writing
	spillBlocks = 16       // blocks of spillChunk kept for reading back: 1 MB, a few hundred runs' series, read three times
)

type spillBlock struct {
	at   int64
	b    []byte
	used int
}

// NewSpill creates a spill file in dir ("" for the system's temporary folder).
func NewSpill(dir string) (*Spill, error) {
	f, err := os.CreateTemp(dir, "runlint-spill-*")
	if err != nil {
		return nil, fmt.Errorf("spill file: %w", err)
	}
	s := &Spill{f: f, free: spillFree}
	s.removed = os.Remove(f.Name()) == nil // Windows cannot remove an open file: Close does
	return s, nil
}

// Close removes the spill file. What was spilled to it cannot be read after.
func (s *Spill) Close() error {
	name := s.f.Name()
	err := s.f.Close()
	if !s.removed {
		if rerr := os.Remove(name); err == nil {
			err = rerr
		}
	}
	return err
}

// Size is how many bytes of the file have been given out.
func (s *Spill) Size() int64 {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.end
}

func (s *Spill) failed() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.err != nil
}

// SpillWriter gathers one worker's records into a chunk of the file it has
// reserved, and writes the chunk when it is full (or at flush).
type SpillWriter struct {
	s    *Spill
	buf  []byte
	base int64 // where buf[0] goes; -1: no chunk reserved
	enc  enc
}

// Writer is a SpillWriter for one worker.
func (s *Spill) Writer() *SpillWriter { return &SpillWriter{s: s, base: -1} }

// add places b and returns where it will lie.
func (w *SpillWriter) add(b []byte) int64 {
	if w.base < 0 || len(w.buf)+len(b) > cap(w.buf) {
		w.Flush()
		size := max(spillChunk, len(b))
		w.s.mu.Lock()
		w.base = w.s.end
		w.s.end += int64(size)
		w.s.mu.Unlock()
		if cap(w.buf) < size {
			w.buf = make([]byte, 0, size)
		}
	}
	at := w.base + int64(len(w.buf))
	w.buf = append(w.buf, b...)
	return at
}

// Flush writes the pending chunk. A chunk that cannot be written (a full
// disk) stays in memory, where reads find it, and nothing more is spilled:
// the check needs more memory, not a different answer.
func (w *SpillWriter) Flush() {
	if w.base < 0 || len(w.buf) == 0 {
		w.base = -1
		return
	}
	if _, err := w.s.f.WriteAt(w.buf, w.base); err != nil {
		w.s.mu.Lock()
		if w.s.err == nil {
			w.s.err = err
		}
		if w.s.kept == nil {
			w.s.kept = map[int64][]byte{}
		}
		w.s.kept[w.base] = w.buf
		w.s.mu.Unlock()
		w.buf = nil
	} else {
		w.buf = w.buf[:0]
	}
	w.base = -1
}

// read decodes size bytes from at with decode, which must not keep them:
// they are the spill's own buffer, valid only during the call.
func (s *Spill) read(at int64, size int, decode func(*dec)) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	for base, b := range s.kept {
		if at >= base && at+int64(size) <= base+int64(len(b)) {
			decode(&dec{b: b[at-base : at-base+int64(size)]})
			return nil
		}
	}
	s.tick++
	var blk *spillBlock
	for i := range s.blocks {
		c := &s.blocks[i]
		if c.b != nil && at >= c.at && at+int64(size) <= c.at+int64(len(c.b)) {
			blk = c
			break
		}
	}
	if blk == nil {
		blk = &s.blocks[0]
		for i := range s.blocks {
			if s.blocks[i].used < blk.used {
				blk = &s.blocks[i]
			}
		}
		n := max(spillChunk, size)
		if cap(blk.b) < n {
			blk.b = make([]byte, n)
		}
		blk.b = blk.b[:n]
		got, err := s.f.ReadAt(blk.b, at)
		if got < size {
			blk.b = nil
			if err == nil || errors.Is(err, io.EOF) {
				err = io.ErrUnexpectedEOF
			}
			return fmt.Errorf("reading back from the spill file: %w", err)
		}
		blk.at, blk.b = at, blk.b[:got]
	}
	blk.used = s.tick
	off := at - blk.at
	decode(&dec{b: blk.b[off : off+int64(size)]})
	return nil
}

// spilled is a digest's series where it lies in a spill file.
type spilled struct {
	s    *Spill
	at   int64
	size int32
}

// SeriesInto reads the series back into scratch's room.
func (p *spilled) SeriesInto(scratch *activity.Series) (activity.Series, error) {
	if err := p.s.series(p.at, p.size, scratch); err != nil {
		return activity.Series{}, err
	}
	return *scratch, nil
}

// PutSeries moves d's series to the spill, unless they stay in memory
// (spillFree).
func (w *SpillWriter) PutSeries(d *activity.Digest) {
	if d == nil || w.s.failed() {
		return
	}
	if _, done := d.Source().(*spilled); done {
		return
	}
	s, _ := d.Series()
	if w.s.leave(seriesBytes(s)) {
		return
	}
	w.enc.b = w.enc.b[:0]
	encodeSeries(&w.enc, s)
	d.SetSeries(&spilled{s: w.s, at: w.add(w.enc.b), size: int32(len(w.enc.b))})
}

// leave says whether n more bytes of series may stay in memory, and counts
// them when they may.
func (s *Spill) leave(n int64) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.free <= 0 || n > s.free {
		s.free = 0 // later, smaller series spill too: what stays is the first runs read
		return false
	}
	s.free -= n
	return true
}

// seriesBytes is what a series holds in memory.
func seriesBytes(s activity.Series) int64 {
	return int64(len(s.Laps))*int64(unsafe.Sizeof(activity.LapDigest{})) +
		int64(len(s.Bursts))*int64(unsafe.Sizeof(activity.Burst{})) +
		int64(len(s.Buckets))*int64(unsafe.Sizeof(activity.Bucket{}))
}

func (s *Spill) series(at int64, size int32, into *activity.Series) error {
	var derr error
	err := s.read(at, int(size), func(r *dec) {
		if s.names == nil {
			s.names = map[string]string{}
		}
		r.names = s.names
		decodeSeriesInto(r, into)
		derr = r.err
	})
	if err == nil && derr != nil {
		err = fmt.Errorf("reading back from the spill file: %w", derr)
	}
	return err
}

// Held is where activities wait in the spill while a walk's workers still
// hold their buffers.
type Held struct {
	at   int64
	size int
}

// Hold moves acts to the spill, their series first, and says where; not
// while their series stay in memory (spillFree): the activities then stay
// too.
func (w *SpillWriter) Hold(acts []*activity.Activity) (Held, bool) {
	if len(acts) == 0 || w.s.failed() {
		return Held{}, false
	}
	var n int64
	for _, a := range acts {
		if a.Digest != nil {
			s, _ := a.Digest.Series()
			n += seriesBytes(s)
		}
	}
	if w.s.leave(n) {
		return Held{}, false
	}
	for _, a := range acts {
		w.PutSeries(a.Digest)
	}
	w.enc.b = w.enc.b[:0]
	w.enc.u64(uint64(len(acts)))
	for _, a := range acts {
		encodeActivity(&w.enc, a, w.s)
	}
	return Held{at: w.add(w.enc.b), size: len(w.enc.b)}, true
}

// Unhold brings held activities back; path is their file's, kept once.
func (s *Spill) Unhold(h Held, path string) ([]*activity.Activity, error) {
	var acts []*activity.Activity
	var derr error
	err := s.read(h.at, h.size, func(r *dec) {
		if s.names == nil {
			s.names = map[string]string{}
		}
		r.names = s.names
		n := r.count()
		acts = make([]*activity.Activity, 0, n)
		for range n {
			a := decodeActivity(r, s)
			if a.Source.Path == path {
				a.Source.Path = path // one copy of the path, not two
			}
			acts = append(acts, a)
		}
		derr = r.err
	})
	switch {
	case err != nil:
		return nil, err
	case derr != nil:
		return nil, fmt.Errorf("reading back from the spill file: %w", derr)
	}
	return acts, nil
}
