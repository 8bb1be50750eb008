package parse

import (
	"fmt"
	"os"
	"sync"
)

// Spill is a temporary file that holds digests' series while a check runs,
// so the memory a check needs does not grow with the number of files beyond
// each run's scalars. It is not a cache: it lives as long as one check, is
// written once and read back by position, and is removed when closed (on
// Unix at once, while still open, so not even a killed check leaves it
// behind). Safe for concurrent use.
type Spill struct {
	f       *os.File
	mu      sync.Mutex
	end     int64
	err     error // the first write error: later series stay in memory
	removed bool
	names   map[string]string // see dec.names; unhold runs on one goroutine
}

// NewSpill creates a spill file in dir ("" for the system's temporary folder).
func NewSpill(dir string) (*Spill, error) {
	f, err := os.CreateTemp(dir, "runlint-spill-*")
	if err != nil {
		return nil, fmt.Errorf("spill file: %w", err)
	}
	s := &Spill{f: f}
	s.removed = os.Remove(f.Name()) == nil // Windows cannot remove an open file: Close does
	return s, nil
}

// Close removes the spill file. Digests spilled to it cannot be read after.
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

// Size is how many bytes have been spilled.
func (s *Spill) Size() int64 {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.end
}

// write appends b to the spill and returns where it lies. After the first
// write error (a full disk) nothing more is spilled: callers keep what they
// meant to spill in memory, and the check needs more memory, not a different
// answer.
func (s *Spill) write(b []byte) (int64, bool) {
	s.mu.Lock()
	if s.err != nil {
		s.mu.Unlock()
		return 0, false
	}
	at := s.end
	s.end += int64(len(b))
	s.mu.Unlock()
	// Each writer owns its range, so writes need no lock.
	if _, err := s.f.WriteAt(b, at); err != nil {
		s.mu.Lock()
		if s.err == nil {
			s.err = err
		}
		s.mu.Unlock()
		return 0, false
	}
	return at, true
}

func (s *Spill) read(at int64, size int) (*dec, error) {
	b := make([]byte, size)
	if _, err := s.f.ReadAt(b, at); err != nil {
		return nil, fmt.Errorf("reading back from the spill file: %w", err)
	}
	return &dec{b: b}, nil
}

// putSeries moves d's series to the spill.
func (s *Spill) putSeries(d *Digest, buf *enc) {
	if d == nil || d.spill != nil {
		return
	}
	buf.b = buf.b[:0]
	s0, _ := d.Series()
	encodeSeries(buf, s0)
	if at, ok := s.write(buf.b); ok {
		d.spill, d.at, d.size = s, at, int32(len(buf.b))
		d.series = nil
	}
}

func (s *Spill) series(at int64, size int32) (Series, error) {
	r, err := s.read(at, int(size))
	if err != nil {
		return Series{}, err
	}
	series := decodeSeries(r)
	if r.err != nil {
		return Series{}, fmt.Errorf("reading back from the spill file: %w", r.err)
	}
	return series, nil
}

// held is where a result's activities wait in the spill while the walk's
// workers still hold their buffers.
type held struct {
	at   int64
	size int
}

// hold moves res's activities to the spill, their series first.
func (s *Spill) hold(res *Result, buf *enc) {
	if len(res.Activities) == 0 {
		return
	}
	for _, a := range res.Activities {
		s.putSeries(a.Digest, buf)
	}
	buf.b = buf.b[:0]
	buf.u64(uint64(len(res.Activities)))
	for _, a := range res.Activities {
		encodeActivity(buf, a, s)
	}
	if at, ok := s.write(buf.b); ok {
		res.held = held{at: at, size: len(buf.b)}
		res.Activities = nil
	}
}

// unhold brings res's activities back.
func (s *Spill) unhold(res *Result) {
	if res.held.size == 0 {
		return
	}
	r, err := s.read(res.held.at, res.held.size)
	res.held = held{}
	if err != nil {
		res.Err = err
		return
	}
	if s.names == nil {
		s.names = map[string]string{}
	}
	r.names = s.names
	n := r.count()
	acts := make([]*Activity, 0, n)
	for range n {
		acts = append(acts, decodeActivity(r, s))
	}
	if r.err != nil {
		res.Err = fmt.Errorf("reading back from the spill file: %w", r.err)
		return
	}
	res.Activities = acts
}
