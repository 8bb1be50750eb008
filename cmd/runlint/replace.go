package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
)

// replaceFile writes a file by writing a temporary file beside it and
// renaming it over path. A symlink at path is replaced, not followed: a
// checked-in "report.html -> ../victim" must not let a CI job write over
// the victim. excl refuses an existing path (init without --force).
func replaceFile(path string, excl bool, write func(io.Writer) error) error {
	if excl {
		if _, err := os.Lstat(path); err == nil {
			return fmt.Errorf("%s exists", path)
		}
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
