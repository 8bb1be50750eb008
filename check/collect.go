package check

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// collect lists the files under paths (files, or folders walked
// recursively, hidden folders such as .git skipped) and a Strava export's
// activities.csv files apart. A path that does not exist is an error; the
// same file reached twice is listed once.
func collect(paths []string) (files, csvs []string, err error) {
	seen := map[string]bool{}
	add := func(p string) {
		// The same file reached twice (a folder and a file in it, "a" and
		// "./a") is read once.
		key := p
		if abs, err := filepath.Abs(p); err == nil {
			key = abs
		}
		if seen[key] {
			return
		}
		seen[key] = true
		if strings.EqualFold(filepath.Base(p), "activities.csv") {
			csvs = append(csvs, p)
			return
		}
		files = append(files, p)
	}
	for _, root := range paths {
		info, err := os.Stat(root)
		if err != nil {
			return nil, nil, fmt.Errorf("%s: %w", root, unwrapPathErr(err))
		}
		if !info.IsDir() {
			add(filepath.Clean(root))
			continue
		}
		err = filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				// An unreadable sub-folder is reported as a file error, not fatal.
				files = append(files, p)
				return nil
			}
			if d.IsDir() {
				if p != root && strings.HasPrefix(d.Name(), ".") {
					return filepath.SkipDir
				}
				return nil
			}
			if d.Type()&fs.ModeType != 0 && d.Type()&fs.ModeSymlink == 0 {
				return nil // sockets, devices, pipes
			}
			add(p)
			return nil
		})
		if err != nil {
			return nil, nil, err
		}
	}
	sort.Strings(files)
	sort.Strings(csvs)
	return files, csvs, nil
}

func unwrapPathErr(err error) error {
	if pe, ok := err.(*fs.PathError); ok {
		return pe.Err
	}
	return err
}
