//go:build unix

package check

import (
	"io/fs"
	"syscall"
)

// fileID is a file's identity: the same file under two names (a link, a
// hard link, "./a" and "a", another case on a case-insensitive disk) has
// one.
type fileID struct{ dev, ino uint64 }

func idOf(info fs.FileInfo) (fileID, bool) {
	st, ok := info.Sys().(*syscall.Stat_t)
	if !ok {
		return fileID{}, false
	}
	return fileID{uint64(st.Dev), st.Ino}, true //nolint:unconvert // Dev's type differs by platform
}
