package check

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path"
	"sort"
	"strings"

	"github.com/runlint/runlint/parse"
)

// An export as downloaded is a zip archive: Strava's (export_NNN.zip:
// activities.csv and activities/*.fit.gz|gpx|tcx) and Garmin's (a zip of
// DI_CONNECT/..., the FIT files in zips of their own under
// DI-Connect-Uploaded-Files, the activities' names in JSON under
// DI-Connect-Fitness). Its files are read where they lie, never extracted
// to disk, and named parse.MemberPath(archive, name) in every report.
//
// Limits, past which an archive or one of its files is refused with a
// message naming the limit (the rest is read); one file inside is held to
// what a file on disk is (parse's limits: 64 MB inflated, gzip included):
const (
	// maxMembers bounds the files of one archive: a Strava export holds
	// one per activity and some 50 more (the account's csv files), one of
	// Garmin's zips of uploaded files 7,779 for one user's years (as
	// garmin-grafana's pull request 191 logs it); a list of a million
	// costs some 200 MB before a file is read.
	maxMembers = 100_000
	// maxNesting is how deep zips inside zips are opened: Garmin's
	// export is one level deep; a zip three deep is no export.
	maxNesting = 1
	// maxSpool bounds what a compressed zip inside a zip inflates to: it
	// is read from a temporary file, not memory. 7,779 FIT files of
	// 100-300 KB (one user's uploaded files, above) are 1-2 GB.
	maxSpool = 8 << 30
	// maxRatio bounds how many times its stored size a file may inflate
	// to (beyond ratioFloor): the 2,504 activity files of the shared
	// corpus deflate 1.1 to 33 times (median 1.9; the most, TCX files of
	// hours of trackpoints); a zip bomb's files over 1,000 times.
	maxRatio   = 100
	ratioFloor = 1 << 20
)

var (
	errNotZip = errors.New("not a zip archive")
	errBomb   = fmt.Errorf("inflates more than %d times its stored size (a zip bomb): not read", maxRatio)
)

// isArchive reports whether a file's name says it is a zip archive.
func isArchive(name string) bool { return strings.EqualFold(path.Ext(name), ".zip") }

// archives are the zip archives a collection holds open, and the
// temporary files the zips inside them were inflated to.
type archives struct {
	files []*os.File
	temps []string // temporary files to remove once closed (where an open file cannot be removed)
}

func (a *archives) close() {
	for _, f := range a.files {
		f.Close()
	}
	for _, t := range a.temps {
		os.Remove(t)
	}
	a.files, a.temps = nil, nil
}

// count is how many files the archives hold open.
func (a *archives) count() int { return len(a.files) }

// open lists the files of the zip archive at p that runlint reads: errNotZip
// when p does not start as a zip does; an error when it is damaged or past
// a limit.
func (a *archives) open(p string) ([]source, error) {
	f, err := os.Open(p)
	if err != nil {
		return nil, unwrapPathErr(err)
	}
	info, err := f.Stat()
	if err != nil || !info.Mode().IsRegular() {
		f.Close()
		return nil, errors.New("not a regular file once opened: not read")
	}
	magic := make([]byte, 4)
	if _, err := f.ReadAt(magic, 0); err != nil || !bytes.HasPrefix(magic, []byte("PK")) {
		f.Close()
		return nil, errNotZip
	}
	zr, err := zip.NewReader(f, info.Size())
	if err != nil {
		f.Close()
		return nil, zipErr(err)
	}
	a.files = append(a.files, f)
	return a.members(p, zr, f, 0)
}

// members are the sources of an open archive: the activity files and the
// exports' own files in it, and the files of the zips inside it.
func (a *archives) members(name string, zr *zip.Reader, ra io.ReaderAt, depth int) ([]source, error) {
	if len(zr.File) > maxMembers {
		return nil, fmt.Errorf("zip: more than %d files (the limit; an export holds one per activity and some 50 more): not read", maxMembers)
	}
	if err := noOverlap(zr.File); err != nil {
		return nil, err
	}
	var out []source
	for _, f := range zr.File {
		p := parse.MemberPath(name, f.Name)
		base := path.Base(f.Name)
		switch {
		case !f.Mode().IsRegular() || hiddenMember(f.Name):
		case isArchive(base) && depth < maxNesting:
			inner, err := a.inner(p, f, ra, depth+1)
			if err != nil {
				out = append(out, source{path: p, err: err})
			}
			out = append(out, inner...)
		case isArchive(base):
			out = append(out, source{path: p, err: fmt.Errorf("a zip %d deep inside zips: not opened (an export is at most %d deep)", depth+1, maxNesting+1)})
		case parse.ClaimsActivity(base) || strings.EqualFold(base, "activities.csv") || parse.IsGarminActivities(base):
			if f.Flags&0x1 != 0 {
				out = append(out, source{path: p, err: errors.New("encrypted inside the zip: not read")})
				continue
			}
			out = append(out, source{path: p, member: &memberFile{f}})
		}
	}
	return out, nil
}

// hiddenMember reports whether a file in an archive is hidden, as hidden
// folders on disk are skipped: in a hidden folder, or one of the copies of
// a file's Mac metadata a zip made on a Mac holds ("__MACOSX/", "._1.fit").
func hiddenMember(name string) bool {
	for _, part := range strings.Split(name, "/") {
		if strings.HasPrefix(part, ".") && part != "." && part != ".." || part == "__MACOSX" {
			return true
		}
	}
	return false
}

// noOverlap refuses an archive whose files share their stored bytes: a zip
// bomb of the kind that inflates one stored stream under many names.
func noOverlap(files []*zip.File) error {
	type span struct{ from, to int64 }
	spans := make([]span, 0, len(files))
	for _, f := range files {
		off, err := f.DataOffset()
		if err != nil {
			return fmt.Errorf("zip: %q: %w", f.Name, err)
		}
		spans = append(spans, span{off, off + int64(f.CompressedSize64)})
	}
	sort.Slice(spans, func(i, j int) bool { return spans[i].from < spans[j].from })
	for i := 1; i < len(spans); i++ {
		if spans[i].from < spans[i-1].to {
			return errors.New("zip: files share their stored bytes (a zip bomb): not read")
		}
	}
	return nil
}

// inner opens a zip inside an archive: where it lies when stored as it
// is, else inflated to a temporary file.
func (a *archives) inner(p string, f *zip.File, outer io.ReaderAt, depth int) ([]source, error) {
	var ra io.ReaderAt
	var size int64
	if f.Method == zip.Store {
		off, err := f.DataOffset()
		if err != nil {
			return nil, zipErr(err)
		}
		size = int64(f.CompressedSize64)
		ra = io.NewSectionReader(outer, off, size)
	} else {
		tmp, n, err := a.spool(f)
		if err != nil {
			return nil, err
		}
		ra, size = tmp, n
	}
	zr, err := zip.NewReader(ra, size)
	if err != nil {
		return nil, zipErr(err)
	}
	return a.members(p, zr, ra, depth)
}

// spool inflates a zip inside an archive to a temporary file, removed at
// once where the system allows (the open file stays readable), else when
// the archives close.
func (a *archives) spool(f *zip.File) (*os.File, int64, error) {
	rc, err := f.Open()
	if err != nil {
		return nil, 0, zipErr(err)
	}
	defer rc.Close()
	tmp, err := os.CreateTemp("", "runlint-zip-*")
	if err != nil {
		return nil, 0, fmt.Errorf("a zip inside a zip needs a temporary file: %w", err)
	}
	if os.Remove(tmp.Name()) != nil {
		a.temps = append(a.temps, tmp.Name()) // Windows
	}
	a.files = append(a.files, tmp)
	n, err := io.Copy(tmp, io.LimitReader(&ratioReader{r: rc, left: ratioLimit(f)}, maxSpool+1))
	switch {
	case err != nil:
		return nil, 0, zipErr(err)
	case n > maxSpool:
		return nil, 0, fmt.Errorf("zip: inflates to more than %d GB (the limit for a zip inside a zip): not read", maxSpool>>30)
	}
	return tmp, n, nil
}

// zipErr says that an error is the archive's, once: archive/zip's own say
// so already ("zip: checksum error").
func zipErr(err error) error {
	if strings.HasPrefix(err.Error(), "zip: ") {
		return err
	}
	return fmt.Errorf("zip: %w", err)
}

// memberFile is a file inside an archive.
type memberFile struct{ f *zip.File }

func (m *memberFile) base() string { return path.Base(m.f.Name) }

// size is what the archive says the file inflates to: a hint, not a promise.
func (m *memberFile) size() int64 { return int64(min(m.f.UncompressedSize64, 1<<62)) }

// open opens the file for reading, held to maxRatio. Its checksum is
// checked at its end (archive/zip's reader does).
func (m *memberFile) open() (io.ReadCloser, error) {
	rc, err := m.f.Open()
	if err != nil {
		return nil, zipErr(err)
	}
	return &ratioReader{r: rc, left: ratioLimit(m.f)}, nil
}

func ratioLimit(f *zip.File) int64 {
	return max(ratioFloor, maxRatio*int64(min(f.CompressedSize64, 1<<40)))
}

// ratioReader ends a read with errBomb once more than left bytes came out.
type ratioReader struct {
	r    io.ReadCloser
	left int64
}

func (r *ratioReader) Read(p []byte) (int, error) {
	if r.left < 0 {
		return 0, errBomb
	}
	if int64(len(p)) > r.left+1 {
		p = p[:r.left+1]
	}
	n, err := r.r.Read(p)
	r.left -= int64(n)
	if r.left < 0 {
		return n, errBomb
	}
	return n, err
}

func (r *ratioReader) Close() error { return r.r.Close() }

// readExportFile reads an export's own file (activities.csv, a Garmin JSON):
// a regular file of at most parse.MaxFileSize.
func readExportFile(s source) ([]byte, error) {
	var r io.Reader
	if s.member != nil {
		rc, err := s.member.open()
		if err != nil {
			return nil, err
		}
		defer rc.Close()
		r = rc
	} else {
		if info, err := os.Stat(s.path); err != nil {
			return nil, unwrapPathErr(err)
		} else if !info.Mode().IsRegular() {
			return nil, fmt.Errorf("not a regular file (%s): not read", parse.FileKind(info.Mode()))
		}
		f, err := os.Open(s.path)
		if err != nil {
			return nil, unwrapPathErr(err)
		}
		defer f.Close()
		r = f
	}
	data, err := io.ReadAll(io.LimitReader(r, parse.MaxFileSize+1))
	if err != nil {
		return nil, err
	}
	if len(data) > parse.MaxFileSize {
		return nil, fmt.Errorf("more than %d MB (the limit for an export's own file; an export of 5,000 activities writes a 5 MB activities.csv): not read", parse.MaxFileSize>>20)
	}
	return data, nil
}
