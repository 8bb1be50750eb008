package store

import (
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// WithoutChangeTimes makes the stat index see only size and mtime until the
// test ends, as on a system or file system without inodes and change times:
// then only the racy-clean rule guards a same-size rewrite.
func WithoutChangeTimes(t *testing.T) {
	statID = func(fs.FileInfo) (uint64, int64) { return 0, 0 }
	t.Cleanup(func() { statID = sysStatID })
}

// EntryFiles lists the entry files of the cache in dir.
func EntryFiles(t *testing.T, dir string) []string {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(dir, filepath.Base((&Cache{}).versionDir()), "??", "*"))
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(files)
	return files
}

// IndexPaths lists the paths the stat index in dir holds, as written.
func IndexPaths(t *testing.T, dir string) []string {
	t.Helper()
	data, err := os.ReadFile((&Cache{dir: dir}).indexPath())
	if err != nil {
		t.Fatal(err)
	}
	var paths []string
	for line := range strings.SplitSeq(string(data), "\n") {
		if p, _, ok := parseIndexLine(line); ok {
			paths = append(paths, p)
		}
	}
	sort.Strings(paths)
	return paths
}
