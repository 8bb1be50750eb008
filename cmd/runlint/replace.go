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
	fi, err := os.Lstat(path)
	switch {
	case err == nil && excl:
		return fmt.Errorf("%s exists", path)
	case err == nil && isStream(fi):
		return writeStream(path, write)
	case err == nil && fi.Mode()&fs.ModeSymlink != 0 && systemPath(path):
		if target, err := os.Stat(path); err == nil && isStream(target) {
			return writeStream(path, write)
		}
	case err == nil && !fi.Mode().IsRegular() && fi.Mode()&fs.ModeSymlink == 0:
		return errors.New("not a regular file: not written") // a folder, a socket, a disk
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), ".runlint-*.tmp")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name()) // a no-op once renamed
	if err := write(tmp); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Chmod(0o644); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
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

// writeStream writes to an existing stream as it is.
func writeStream(path string, write func(io.Writer) error) error {
	f, err := os.OpenFile(path, os.O_WRONLY, 0)
	if err != nil {
		return err
	}
	if err := write(f); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
