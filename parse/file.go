// Package parse reads watch exports (FIT, GPX, TCX, gzipped or not) into the
// activity model, with their totals worked out the same way for every
// format, and a Strava export's activities.csv onto the files it names. It
// only reads: digesting, caching and judging are downstream.
package parse

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
	"sync"

	"github.com/runlint/runlint/activity"

	"github.com/klauspost/compress/gzip"
)

// Result is what reading one file gave: activities, or the reason it holds none.
type Result struct {
	Path       string
	Ignored    bool // not an activity format at all (a README, a photo): no noise about it
	Activities []*activity.Activity
	Skipped    string // non-empty when the file is readable but holds no activity: what it is
	Err        error  // the file could not be read
}

// ErrNotActivity marks files that are none of the formats runlint reads. They are
// skipped without noise unless their name claims one of those formats.
var ErrNotActivity = errors.New("not a FIT, GPX or TCX file")

// Reader reads files one at a time, reusing its buffers and decoders. A Reader
// is not safe for concurrent use: give each worker its own.
type Reader struct {
	raw   bytes.Buffer
	plain bytes.Buffer
	gz    *gzip.Reader
	fit   *fitReader
	big   bool              // holds bigFile: see holdBig
	lend  bool              // see LendSamples
	room  []activity.Sample // the samples' room it lends to GPX files
}

// bigFile is held by the one worker reading a file of more than
// bigFileSize (on disk or inflated), from reading it to Release. Files that
// large are rare (a day-long ultra), so they wait for each other, and the
// memory of a check grows by bigFileSize per worker and by one big file,
// not by a big file per worker: eight decompression bombs on eight workers
// cost what one does.
var bigFile sync.Mutex

const bigFileSize = 8 << 20

func (r *Reader) holdBig() {
	if !r.big {
		bigFile.Lock()
		r.big = true
	}
}

// Release drops the buffers of a big file and lets the next big file be
// read. Call it when the file's activities are digested (or its bytes no
// longer needed); it is a no-op after a small file.
func (r *Reader) Release() {
	if r.big {
		r.raw, r.plain, r.room = bytes.Buffer{}, bytes.Buffer{}, nil
		r.fit.release()
		r.big = false
		// Collect the big file's garbage and hand its pages back before the
		// next big file grows its own (the runtime would otherwise take
		// fresh pages for it): a few milliseconds, against the tens of
		// reading it.
		debug.FreeOSMemory()
		bigFile.Unlock()
	}
}

// LendSamples makes the samples of the activities Read returns (of a FIT
// file with one session, and of a GPX file) the Reader's own room, valid
// until its next Read or Release: for a caller that digests the activities
// and drops their samples before it reads the next file. Copying a FIT
// file's samples out of the room they were decoded into, and a fresh
// array for every GPX file, cost a tenth of the CPU of a cold check of the
// Strava FIT export (16 interleaved pairs) and a twentieth of one of a GPX
// block.
func (r *Reader) LendSamples() { r.lend, r.fit.lend = true, true }

// NewReader returns a Reader.
func NewReader() *Reader { return &Reader{fit: newFITReader()} }

// File reads one file with a fresh Reader.
func File(path string) Result {
	r := NewReader()
	defer r.Release()
	raw, err := r.ReadRaw(path)
	if err != nil {
		return Result{Path: path, Err: err}
	}
	return r.Read(path, raw)
}

// Read reads a file's bytes as they are on disk (gzipped or not): its
// activities with their samples, or why it holds none. It never modifies
// the file.
func (r *Reader) Read(path string, raw []byte) Result {
	res := Result{Path: path}
	data, gz, err := r.inflate(raw)
	if err != nil {
		res.Err = err
		return res
	}
	acts, skipped, err := r.Bytes(path, data)
	if err != nil {
		if errors.Is(err, ErrNotActivity) && !claimsActivity(path) {
			res.Ignored = true
			return res
		}
		if errors.Is(err, errRoute) || errors.Is(err, errCourse) || errors.Is(err, errNoData) {
			res.Skipped = err.Error()
			return res
		}
		res.Err = err
		return res
	}
	for _, a := range acts {
		a.Source.Gzip = gz
	}
	res.Activities, res.Skipped = acts, skipped
	return res
}

// Bytes reads an activity file already in memory (gunzipped). path is only used
// to name the source.
func (r *Reader) Bytes(path string, data []byte) (acts []*activity.Activity, skipped string, err error) {
	switch Detect(data) {
	case activity.FIT:
		return r.fit.read(path, data)
	case activity.GPX:
		if r.lend {
			acts, err = readGPXInto(path, data, &r.room)
		} else {
			acts, err = readGPX(path, data)
		}
	case activity.TCX:
		acts, err = readTCX(path, data)
	default:
		if len(data) == 0 {
			return nil, "", fmt.Errorf("empty file: %w", ErrNotActivity)
		}
		return nil, "", ErrNotActivity
	}
	return acts, "", err
}

// load reads the whole file, inflating gzip by its magic bytes, not its name.
func (r *Reader) load(path string) (data []byte, gz bool, err error) {
	raw, err := r.ReadRaw(path)
	if err != nil {
		return nil, false, err
	}
	return r.inflate(raw)
}

// ReadRaw reads the file's bytes as they are on disk, into the Reader's
// buffer: valid until the Reader reads again.
func (r *Reader) ReadRaw(path string) ([]byte, error) {
	// Only regular files (after links) are read: opening a FIFO, or a link
	// to /dev/stdin, would wait forever, and /dev/zero never ends.
	if info, err := os.Stat(path); err != nil {
		return nil, withoutPath(err) // the report names the file already
	} else if !info.Mode().IsRegular() {
		return nil, fmt.Errorf("not a regular file (%s): not read", FileKind(info.Mode()))
	} else if info.Size() > maxFileSize {
		return nil, tooLarge("file of")
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, withoutPath(err)
	}
	defer f.Close()
	if info, err := f.Stat(); err != nil || !info.Mode().IsRegular() {
		return nil, errors.New("not a regular file once opened: not read")
	} else {
		r.raw.Reset()
		if info.Size() > bigFileSize {
			r.holdBig()
		}
		r.raw.Grow(int(info.Size()) + bytes.MinRead) // one read for the whole file
	}
	if _, err := r.raw.ReadFrom(io.LimitReader(f, maxFileSize+1)); err != nil {
		return nil, withoutPath(err)
	}
	if r.raw.Len() > maxFileSize {
		return nil, tooLarge("file of")
	}
	return r.raw.Bytes(), nil
}

// ReadRawFrom reads a file's bytes from r (a file inside an archive) into
// the Reader's buffer, as ReadRaw reads one from disk: valid until the
// Reader reads again. size is what the archive says the file holds, a hint
// only: a file that inflates past maxFileSize is refused whatever it said.
func (r *Reader) ReadRawFrom(src io.Reader, size int64) ([]byte, error) {
	r.raw.Reset()
	hint := int(min(max(size, 0), maxFileSize)) + 1
	if err := readAtMost(&r.raw, src, hint, maxFileSize+1, r.holdBig); err != nil {
		return nil, err
	}
	if r.raw.Len() > maxFileSize {
		return nil, tooLarge("file of")
	}
	return r.raw.Bytes(), nil
}

// inflate gunzips raw when it starts with gzip's magic bytes.
func (r *Reader) inflate(raw []byte) (data []byte, gz bool, err error) {
	if len(raw) < 2 || raw[0] != 0x1f || raw[1] != 0x8b {
		return raw, false, nil
	}
	if r.gz == nil {
		r.gz, err = gzip.NewReader(bytes.NewReader(raw))
	} else {
		err = r.gz.Reset(bytes.NewReader(raw))
	}
	if err != nil {
		return nil, true, fmt.Errorf("gzip: %w", err)
	}
	r.plain.Reset()
	err = readAtMost(&r.plain, r.gz, inflatedHint(raw), maxFileSize+1, r.holdBig)
	if err != nil && r.plain.Len() == 0 {
		return nil, true, fmt.Errorf("gzip: %w", err)
	}
	// What inflated before a truncation is kept: the parsers report it as partial.
	if r.plain.Len() > maxFileSize {
		return nil, true, tooLarge("gzip: inflates to")
	}
	return r.plain.Bytes(), true, nil
}

// directiveEnd is the index of the '>' that closes the <!...> at the start
// of d, past a DOCTYPE's internal subset ("<!DOCTYPE gpx [ <!ENTITY ...> ]>"),
// whose declarations hold '>' of their own; -1 when it does not close.
func directiveEnd(d []byte) int {
	gt := bytes.IndexByte(d, '>')
	open := bytes.IndexByte(d, '[')
	if open < 0 || gt < 0 || gt < open {
		return gt
	}
	closeSub := bytes.Index(d[open:], []byte("]"))
	if closeSub < 0 {
		return -1
	}
	if end := bytes.IndexByte(d[open+closeSub:], '>'); end >= 0 {
		return open + closeSub + end
	}
	return -1
}

// ClaimsActivity reports whether a file's name says it is FIT, GPX or TCX
// (gzipped or not): inside an archive, only such files are read.
func ClaimsActivity(path string) bool { return claimsActivity(path) }

// claimsActivity reports whether a file's name says it is FIT, GPX or TCX.
func claimsActivity(path string) bool {
	name := strings.ToLower(filepath.Base(path))
	name = strings.TrimSuffix(name, ".gz")
	switch filepath.Ext(name) {
	case ".fit", ".gpx", ".tcx":
		return true
	}
	return false
}

// Detect tells the format from the content: the FIT header's ".FIT" tag, or the
// root element of the XML (after any BOM, whitespace, declaration and comments).
func Detect(data []byte) activity.Format {
	if len(data) >= 12 && (data[0] == 12 || data[0] == 14) && string(data[8:12]) == ".FIT" {
		return activity.FIT
	}
	root := xmlRoot(data)
	switch strings.ToLower(root) {
	case "gpx":
		return activity.GPX
	case "trainingcenterdatabase":
		return activity.TCX
	}
	return ""
}

// xmlRoot returns the local name of the first element, looking no further than
// the first 4 KB so that large binary files are dismissed quickly.
func xmlRoot(data []byte) string {
	d := data
	if len(d) > 4096 {
		d = d[:4096]
	}
	d = bytes.TrimPrefix(d, []byte("\xef\xbb\xbf"))
	for {
		d = bytes.TrimLeft(d, " \t\r\n")
		if len(d) == 0 || d[0] != '<' {
			return ""
		}
		switch {
		case bytes.HasPrefix(d, []byte("<?")):
			i := bytes.Index(d, []byte("?>"))
			if i < 0 {
				return ""
			}
			d = d[i+2:]
		case bytes.HasPrefix(d, []byte("<!--")):
			i := bytes.Index(d, []byte("-->"))
			if i < 0 {
				return ""
			}
			d = d[i+3:]
		case bytes.HasPrefix(d, []byte("<!")):
			i := directiveEnd(d)
			if i < 0 {
				return ""
			}
			d = d[i+1:]
		default:
			end := bytes.IndexAny(d[1:], " \t\r\n/>")
			if end < 0 {
				return ""
			}
			name := string(d[1 : 1+end])
			if i := strings.IndexByte(name, ':'); i >= 0 {
				name = name[i+1:]
			}
			return name
		}
	}
}
