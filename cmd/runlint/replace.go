package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// replaceFile writes a file by writing a temporary file beside it and
// renaming it over path. A symlink at path is replaced, not followed: a
// checked-in "report.html -> ../victim" must not let a CI job write over
// the victim. excl refuses an existing path (init without --force).
//
// A stream is written to, never replaced: a character device or pipe at
// path (--format json=/dev/null), or one that a system path links to
// (/dev/stdout, /dev/fd/3 from a shell's process substitution). Renamed
// over, /dev/null would become a plain file for every program on a machine
// where runlint runs as root, as CI jobs do.
func replaceFile(path string, excl bool, write func(io.Writer) error) error {
	if excl {
		if _, err := os.Lstat(path); err == nil {
			return fmt.Errorf("%s exists", path)
		}
	}
	r, err := openReplacement(path)
	if err != nil {
		return err
	}
	if err := write(r); err != nil {
		r.abort()
		return err
	}
	return r.commit()
}

// replacement is a file being written to replace path: a temporary file
// beside it, renamed over it by commit; or, for a stream, the stream
// itself. A squad's index is written into one while its athletes are
// judged.
type replacement struct {
	*os.File
	path   string
	stream bool
	sealed bool // written and closed, waiting for commit
}

// openReplacement starts writing path as replaceFile describes.
func openReplacement(path string) (*replacement, error) {
	fi, err := os.Lstat(path)
	stream := false
	switch {
	case err == nil && isStream(fi):
		stream = true
	case err == nil && fi.Mode()&fs.ModeSymlink != 0 && systemPath(path):
		if target, err := os.Stat(path); err == nil && isStream(target) {
			stream = true
		}
	case err == nil && !fi.Mode().IsRegular() && fi.Mode()&fs.ModeSymlink == 0:
		return nil, errors.New("not a regular file: not written") // a folder, a socket, a disk
	}
	if stream {
		f, err := os.OpenFile(path, os.O_WRONLY, 0)
		if err != nil {
			return nil, err
		}
		return &replacement{File: f, path: path, stream: true}, nil
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), ".runlint-*.tmp")
	if err != nil {
		return nil, err
	}
	return &replacement{File: tmp, path: path}, nil
}

// seal ends the writing: the file is closed, its mode set, and it waits
// for commit.
func (r *replacement) seal() error {
	if r.sealed {
		return nil
	}
	r.sealed = true
	if r.stream {
		return r.Close()
	}
	if err := r.Chmod(0o644); err != nil {
		r.Close()
		return err
	}
	return r.Close()
}

// commit puts what was written in place: closes the stream, or renames the
// temporary file over path.
func (r *replacement) commit() error {
	if err := r.seal(); err != nil || r.stream {
		if !r.stream {
			os.Remove(r.Name())
		}
		return err
	}
	if err := os.Rename(r.Name(), r.path); err != nil {
		os.Remove(r.Name())
		return err
	}
	return nil
}

// abort leaves path as it was.
func (r *replacement) abort() {
	if !r.sealed {
		r.Close()
	}
	if !r.stream {
		os.Remove(r.Name())
	}
}

// isStream reports whether fi is a character device or a pipe: what a
// report is written into, not stored in. Block devices are not: a report
// written over a disk is no report.
func isStream(fi fs.FileInfo) bool {
	m := fi.Mode()
	return m&fs.ModeCharDevice != 0 || m&fs.ModeNamedPipe != 0
}

// systemPath reports whether path is one of the system's names for a
// stream (/dev/stdout, /dev/fd/N, /proc/self/fd/N), whose link the caller
// means to write through; a link anywhere else is replaced.
func systemPath(path string) bool {
	abs, err := filepath.Abs(path)
	return err == nil && (strings.HasPrefix(abs, "/dev/") || strings.HasPrefix(abs, "/proc/"))
}
