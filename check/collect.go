package check

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/runlint/runlint/parse"
)

// A source is one file to read: on disk, or inside a zip archive on disk
// (see archive.go).
type source struct {
	path   string      // as every report names it: "runs/a.fit", "export_1.zip!activities/2.fit.gz"
	member *memberFile // nil: a file on disk
	err    error       // it cannot be read at all (an archive that does not open): the reason
}

// collection is what the paths hold.
type collection struct {
	files  []source // everything to read as an activity file
	csvs   []source // Strava exports' activities.csv
	garmin []source // Garmin exports' activity lists (summarizedActivities JSON)
	seen   Inputs   // every file on disk reached, to list each once
	notes  []string // what the walk did that the user should know
	arch   archives // the archives open while their files are read
}

// close closes the archives the collection holds open.
func (c *collection) close() { c.arch.close() }

// collect lists the files under paths: files, or folders walked
// recursively (hidden folders such as .git skipped, links to folders
// followed); the files inside the zip archives among them; and the
// exports' own files apart. A path that does not exist is an error; the
// same file reached twice (a folder and a file in it, "a" and "./a", a link
// and its target) is listed once, under the first path it was reached by.
func collect(paths []string) (*collection, error) {
	w := &walker{c: &collection{seen: newInputs()}, dirs: map[fileID]string{}}
	for _, root := range paths {
		info, err := os.Stat(root)
		if err != nil {
			w.c.close()
			return nil, fmt.Errorf("%s: %w", root, unwrapPathErr(err))
		}
		if info.IsDir() {
			w.dir(filepath.Clean(root), info, nil, false)
			continue
		}
		w.add(filepath.Clean(root), nil)
	}
	c := w.c
	for _, list := range [][]source{c.files, c.csvs, c.garmin} {
		sort.Slice(list, func(i, j int) bool { return list[i].path < list[j].path })
	}
	return c, nil
}

// walker walks the paths into a collection, each file and folder once.
type walker struct {
	c    *collection
	dirs map[fileID]string // folders walked, by identity: the path they were walked at
}

// dir walks a folder in name order. A link to a folder is followed unless
// the folder is already walked: when it is one of those the link is in (a
// loop) or was reached by another path, its files are read once, and a
// note says so.
func (w *walker) dir(p string, info fs.FileInfo, above []string, link bool) {
	if id, ok := idOf(info); ok {
		if at, seen := w.dirs[id]; seen {
			if link {
				w.noteLink(p, at, above)
			}
			return
		}
		w.dirs[id] = p
	}
	entries, err := os.ReadDir(p)
	if err != nil {
		// An unreadable sub-folder is reported as a file error, not fatal.
		w.c.files = append(w.c.files, source{path: p})
		return
	}
	above = append(above, p)
	for _, d := range entries {
		child := filepath.Join(p, d.Name())
		switch t := d.Type(); {
		case t.IsDir():
			if !strings.HasPrefix(d.Name(), ".") {
				if ci, err := d.Info(); err == nil {
					w.dir(child, ci, above, false)
				}
			}
		case t&fs.ModeSymlink != 0:
			if target, err := os.Stat(child); err == nil && target.IsDir() {
				if _, ok := idOf(target); !ok {
					// No identity to tell a loop by: not followed, and said so.
					w.c.notes = append(w.c.notes, fmt.Sprintf("%s: a link to a folder, not followed on this system", child))
				} else if !strings.HasPrefix(d.Name(), ".") {
					w.dir(child, target, above, true)
				}
				continue
			}
			w.add(child, nil)
		case t&fs.ModeType != 0: // sockets, devices, pipes
		default:
			ci, _ := d.Info()
			w.add(child, ci)
		}
	}
}

// noteLink says that the folder at p (a link) was walked already at at.
func (w *walker) noteLink(p, at string, above []string) {
	for _, a := range above {
		if a == at {
			w.c.notes = append(w.c.notes, fmt.Sprintf("%s: a link to %s, a folder it is in: not followed, so its files are read once", p, at))
			return
		}
	}
	w.c.notes = append(w.c.notes, fmt.Sprintf("%s: a link to %s, read already: its files are read once, under %s", p, at, at))
}

// add lists a file (info: its Lstat, when the walk has it): an archive's
// files, an export's own file, or a file to read. A file reached twice is
// listed once.
func (w *walker) add(p string, info fs.FileInfo) {
	if info == nil || info.Mode()&fs.ModeSymlink != 0 {
		info, _ = os.Stat(p)
	}
	regular := info != nil && info.Mode().IsRegular()
	if !w.c.seen.add(p, info, regular) {
		return
	}
	if regular && isArchive(p) {
		w.archive(p)
		return
	}
	w.c.list(source{path: p}, filepath.Base(p))
}

// list files a source by its name: an export's own file, or a file to read.
func (c *collection) list(s source, name string) {
	switch {
	case strings.EqualFold(name, "activities.csv"):
		c.csvs = append(c.csvs, s)
	case parse.IsGarminActivities(name):
		c.garmin = append(c.garmin, s)
	default:
		c.files = append(c.files, s)
	}
}

// archive lists the files inside the zip archive at p, or the reason it
// cannot be read.
func (w *walker) archive(p string) {
	members, err := w.c.arch.open(p)
	if errors.Is(err, errNotZip) {
		w.c.files = append(w.c.files, source{path: p}) // read as what it is: not an activity, silently
		return
	}
	if err != nil {
		w.c.files = append(w.c.files, source{path: p, err: err})
		return
	}
	for _, m := range members {
		if m.member == nil {
			w.c.files = append(w.c.files, m) // the reason it cannot be read
			continue
		}
		w.c.list(m, m.member.base())
	}
}

func unwrapPathErr(err error) error {
	if pe, ok := err.(*fs.PathError); ok {
		return pe.Err
	}
	return err
}
