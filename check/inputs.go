package check

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/runlint/runlint/parse"
)

// Inputs are the files on disk a check used (activity files, the exports'
// own files, the archives holding them), by identity: a report written over
// one would destroy what it reports on. A file read and found to be no
// activity (a README, last week's report) is none: writing a report over it
// again is the user's business.
type Inputs struct {
	ids   map[fileID]string // regular files, by identity
	paths map[string]string // anything else (and every file where the system gives no identity), by absolute path
	idOf  map[string]fileID // the identity of each regular file, by the path it was added at
}

func newInputs() Inputs {
	return Inputs{ids: map[fileID]string{}, paths: map[string]string{}, idOf: map[string]fileID{}}
}

// add records the file at p (info: its Stat, nil when it has none) and
// reports whether it is new.
func (in Inputs) add(p string, info fs.FileInfo, regular bool) bool {
	if regular {
		if id, ok := idOf(info); ok {
			if _, seen := in.ids[id]; seen {
				return false
			}
			in.ids[id], in.idOf[p] = p, id
			return true
		}
	}
	abs := absKey(p)
	if _, seen := in.paths[abs]; seen {
		return false
	}
	in.paths[abs] = p
	return true
}

// Holds is the input that path names, whatever spells it: another path to
// it, a link to it (followed, or itself read as one), another case on a
// disk that ignores case; false when path names no file read.
func (in Inputs) Holds(path string) (string, bool) {
	for _, stat := range []func(string) (fs.FileInfo, error){os.Stat, os.Lstat} {
		if info, err := stat(path); err == nil {
			if id, ok := idOf(info); ok {
				if p, ok := in.ids[id]; ok {
					return p, true
				}
			}
		}
	}
	p, ok := in.paths[absKey(path)]
	return p, ok
}

// absKey is a path as inputs without an identity are matched by.
func absKey(p string) string {
	abs, err := filepath.Abs(p)
	if err != nil {
		abs = filepath.Clean(p)
	}
	if filepath.Separator == '\\' { // Windows: paths ignore case
		abs = strings.ToLower(abs)
	}
	return abs
}

// usedInputs are the inputs the results came from: every file that is an
// activity file (read, skipped or in error; an archive for the files in it)
// and the exports' own files.
func usedInputs(results []parse.Result, c *collection) Inputs {
	in := newInputs()
	add := func(p string) {
		if i := strings.Index(p, parse.ArchiveSep); i > 0 {
			p = p[:i]
		}
		if id, ok := c.seen.idOf[p]; ok { // known from the walk: no second stat
			in.ids[id], in.idOf[p] = p, id
			return
		}
		info, err := os.Stat(p)
		in.add(p, info, err == nil && info.Mode().IsRegular())
	}
	for _, r := range results {
		if !r.Ignored {
			add(r.Path)
		}
	}
	for _, s := range append(c.csvs, c.garmin...) {
		add(s.path)
	}
	return in
}
