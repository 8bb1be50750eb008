package store

import (
	"bufio"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
)

// Clean removes what runlint's cache wrote in its folder, of this version
// and earlier ones, and nothing else: --cache-dir may name any folder (the
// checked one, by mistake), so files are removed one by one, each only if
// it has the name and place of something the cache writes, and folders only
// once empty. It returns how many files went; none means the folder held
// nothing of runlint's. The folder itself stays.
func (c *Cache) Clean() (int, error) {
	des, err := os.ReadDir(c.dir)
	if errors.Is(err, fs.ErrNotExist) {
		return 0, nil
	}
	if err != nil {
		return 0, fmt.Errorf("cache: %w", err)
	}
	var cl cleaner
	for _, d := range des {
		// A symbolic link is not followed: what it points at is not ours.
		if d.IsDir() && versionName.MatchString(d.Name()) {
			cl.version(filepath.Join(c.dir, d.Name()))
		}
	}
	if err := errors.Join(cl.errs...); err != nil {
		return cl.removed, fmt.Errorf("cache: %w", err)
	}
	return cl.removed, nil
}

var (
	versionName = regexp.MustCompile(`^v[0-9]+$`)
	shardName   = regexp.MustCompile(`^[0-9a-f]{2}$`)
	// An entry's name: the key (xxHash-length since version 12, SHA-256
	// before), with ".gob" in the versions that used encoding/gob.
	entryName = regexp.MustCompile(`^([0-9a-f]{16}-[0-9a-f]+|[0-9a-f]{64})(\.gob)?$`)
)

type cleaner struct {
	removed int
	errs    []error
}

func (cl *cleaner) remove(path string) {
	if err := os.Remove(path); err == nil {
		cl.removed++
	} else if !errors.Is(err, fs.ErrNotExist) {
		cl.errs = append(cl.errs, err)
	}
}

// version cleans a vN folder: its index, temporary files and shards.
func (cl *cleaner) version(dir string) {
	des, err := os.ReadDir(dir)
	if err != nil {
		cl.errs = append(cl.errs, err)
		return
	}
	for _, d := range des {
		name, path := d.Name(), filepath.Join(dir, d.Name())
		switch {
		case d.IsDir() && shardName.MatchString(name):
			cl.shard(path)
		case !d.Type().IsRegular():
		case name == "index" && isIndexFile(path), name == zonesName,
			strings.HasPrefix(name, tmpPrefix),
			strings.HasPrefix(name, ".index-"): // versions before 16 named the index's temporary file so
			cl.remove(path)
		}
	}
	os.Remove(dir) // only if empty: anything else in it is not ours
}

// shard cleans a folder of entries named by their key's first two digits.
func (cl *cleaner) shard(dir string) {
	des, err := os.ReadDir(dir)
	if err != nil {
		cl.errs = append(cl.errs, err)
		return
	}
	for _, d := range des {
		name := d.Name()
		if !d.Type().IsRegular() {
			continue
		}
		ours := entryName.MatchString(name) && strings.HasPrefix(name, filepath.Base(dir))
		if ours || strings.HasPrefix(name, ".tmp-") { // versions before 16 wrote entries' temporary files here
			cl.remove(filepath.Join(dir, name))
		}
	}
	os.Remove(dir)
}

// isIndexFile tells whether path reads as a stat index (empty, or a first
// line of tab-separated fields, as every version wrote it), so that a file
// of the user's called index is left alone.
func isIndexFile(path string) bool {
	f, err := os.Open(path)
	if err != nil {
		return false
	}
	defer f.Close()
	line, err := bufio.NewReader(f).ReadString('\n')
	if line == "" && err != nil {
		return true
	}
	return strings.Count(line, "\t") >= 5 && strings.HasSuffix(line, "\n")
}
