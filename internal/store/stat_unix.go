//go:build unix

package store

import (
	"io/fs"
	"syscall"
)

// sysStatID is what identifies a file's current bytes beyond size and mtime:
// its inode and change time (which any write moves).
func sysStatID(info fs.FileInfo) (ino uint64, ctime int64) {
	if st, ok := info.Sys().(*syscall.Stat_t); ok {
		return uint64(st.Ino), ctimeNs(st)
	}
	return 0, 0
}
