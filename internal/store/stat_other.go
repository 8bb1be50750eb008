//go:build !unix

package store

import "io/fs"

func sysStatID(info fs.FileInfo) (ino uint64, ctime int64) { return 0, 0 }
