package store

import (
	"bytes"
	"cmp"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/cespare/xxhash/v2"
)

// The index file is a line per path: a checksum of the rest of the line,
// then size, mtime, ctime, inode, hashed and seen times, key and quoted path,
// tab-separated. A line whose checksum fails is dropped (its file is hashed
// again): a damaged line must not pair a path with another file's key.

const indexFields = 9

// The index forgets a path not met for maxUnseen, and keeps at most
// maxIndexEntries paths (those met most recently), so that it does not grow
// with every folder ever checked: forgetting costs one rehash.
const maxUnseen = 30 * 24 * time.Hour

var maxIndexEntries = 50_000 // a variable for tests

func (c *Cache) indexPath() string { return filepath.Join(c.versionDir(), "index") }

// ZonesPath is where the time zones of the places a runner runs are kept
// (see tz.UseMemo): beside the index, cleaned with it.
func (c *Cache) ZonesPath() string { return filepath.Join(c.versionDir(), zonesName) }

const zonesName = "zones"

func (c *Cache) loadIndex() {
	c.index.once.Do(func() {
		c.index.known = map[string]statEntry{}
		data, err := readFile(c.indexPath())
		if err != nil {
			return
		}
		for line := range bytes.SplitSeq(data, []byte("\n")) {
			if path, e, ok := parseIndexLine(string(line)); ok {
				c.index.known[path] = e
			}
		}
	})
}

func parseIndexLine(line string) (string, statEntry, bool) {
	sum, rest, ok := strings.Cut(line, "\t")
	if !ok || sum != fmt.Sprintf("%016x", xxhash.Sum64String(rest)) {
		return "", statEntry{}, false
	}
	f := strings.SplitN(rest, "\t", indexFields-1)
	if len(f) != indexFields-1 {
		return "", statEntry{}, false
	}
	var e statEntry
	var errs [7]error
	e.size, errs[0] = strconv.ParseInt(f[0], 10, 64)
	e.mtime, errs[1] = strconv.ParseInt(f[1], 10, 64)
	e.ctime, errs[2] = strconv.ParseInt(f[2], 10, 64)
	e.ino, errs[3] = strconv.ParseUint(f[3], 10, 64)
	e.hashed, errs[4] = strconv.ParseInt(f[4], 10, 64)
	e.seen, errs[5] = strconv.ParseInt(f[5], 10, 64)
	e.key = f[6]
	if !validKey(e.key) {
		return "", statEntry{}, false
	}
	path, err := strconv.Unquote(f[7])
	errs[6] = err
	for _, err := range errs {
		if err != nil {
			return "", statEntry{}, false
		}
	}
	return path, e, true
}

func appendIndexLine(b []byte, path string, e statEntry) []byte {
	rest := fmt.Sprintf("%d\t%d\t%d\t%d\t%d\t%d\t%s\t%s", e.size, e.mtime, e.ctime, e.ino, e.hashed, e.seen, e.key, strconv.Quote(path))
	return fmt.Appendf(b, "%016x\t%s\n", xxhash.Sum64String(rest), rest)
}

// Flush writes the index if it changed, pruned: atomically, so two processes
// at once leave one of their indexes whole (the other's files are hashed
// again next time).
func (c *Cache) Flush() error {
	c.loadIndex()
	c.index.mu.Lock()
	defer c.index.mu.Unlock()
	if !c.index.changed {
		return nil
	}
	c.index.prune(time.Now().UnixNano())
	var b []byte
	for path, e := range c.index.known {
		b = appendIndexLine(b, path, e)
	}
	if err := c.writeFile(c.indexPath(), b); err != nil {
		return fmt.Errorf("index: %w", err)
	}
	c.index.changed = false
	return nil
}

// prune drops the paths not met for maxUnseen, those not met by this
// process whose files are gone, and the least recently met beyond
// maxIndexEntries.
func (x *cacheIndex) prune(now int64) {
	for path, e := range x.known {
		if time.Duration(now-e.seen) > maxUnseen {
			delete(x.known, path)
			continue
		}
		if !e.met {
			if _, err := os.Stat(path); err != nil {
				delete(x.known, path)
			}
		}
	}
	if len(x.known) <= maxIndexEntries {
		return
	}
	paths := make([]string, 0, len(x.known))
	for path := range x.known {
		paths = append(paths, path)
	}
	slices.SortFunc(paths, func(a, b string) int {
		// The most recently met first; the path breaks ties, so that two
		// processes keep the same ones.
		return cmp.Or(cmp.Compare(x.known[b].seen, x.known[a].seen), strings.Compare(a, b))
	})
	for _, path := range paths[maxIndexEntries:] {
		delete(x.known, path)
	}
}
