package store

import (
	"bufio"
	"bytes"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
)

// The cache's index remembers, for each file path, the size, modification
// time, inode and change time it had when its bytes were hashed, and the key.
// A file whose stat is unchanged is looked up by that key without being read
// or hashed again (the way git's index spares rehashing); any write changes
// the stat, and the file is read and hashed as before. Entries stay keyed by
// content: the index is only a shortcut, and losing it costs a rehash.

// Stat is what the index remembers of a file: its stat and its key.
type Stat = statEntry

type statEntry struct {
	size, mtime, ctime int64
	ino                uint64
	key                string
}

func statOf(info fs.FileInfo) statEntry {
	ino, ctime := statID(info)
	return statEntry{size: info.Size(), mtime: info.ModTime().UnixNano(), ctime: ctime, ino: ino}
}

func (a statEntry) same(b statEntry) bool {
	return a.size == b.size && a.mtime == b.mtime && a.ctime == b.ctime && a.ino == b.ino
}

type cacheIndex struct {
	once    sync.Once
	mu      sync.Mutex
	known   map[string]statEntry
	changed bool
}

func (c *Cache) indexPath() string {
	return filepath.Join(c.dir, fmt.Sprintf("v%d", CacheVersion), "index")
}

func (c *Cache) loadIndex() {
	c.index.once.Do(func() {
		c.index.known = map[string]statEntry{}
		data, err := os.ReadFile(c.indexPath())
		if err != nil {
			return
		}
		for _, line := range bytes.Split(data, []byte("\n")) {
			f := strings.SplitN(string(line), "\t", 6)
			if len(f) != 6 {
				continue
			}
			var e statEntry
			var err1, err2, err3, err4, err5 error
			e.size, err1 = strconv.ParseInt(f[0], 10, 64)
			e.mtime, err2 = strconv.ParseInt(f[1], 10, 64)
			e.ctime, err3 = strconv.ParseInt(f[2], 10, 64)
			e.ino, err4 = strconv.ParseUint(f[3], 10, 64)
			e.key = f[4]
			path, err5 := strconv.Unquote(f[5])
			if err1 == nil && err2 == nil && err3 == nil && err4 == nil && err5 == nil {
				c.index.known[path] = e
			}
		}
	})
}

// KeyFor returns the key the index holds for path, if path's stat has not moved,
// and the stat to remember with a new key.
func (c *Cache) KeyFor(path string) (string, Stat, bool) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return "", statEntry{}, false
	}
	info, err := os.Stat(abs)
	if err != nil {
		return "", statEntry{}, false
	}
	now := statOf(info)
	c.loadIndex()
	c.index.mu.Lock()
	e, ok := c.index.known[abs]
	c.index.mu.Unlock()
	if ok && e.same(now) {
		return e.key, now, true
	}
	return "", now, false
}

// Remember records that path, with stat st, has key.
func (c *Cache) Remember(path string, st Stat, key string) {
	abs, err := filepath.Abs(path)
	if err != nil || st.mtime == 0 {
		return
	}
	st.key = key
	c.loadIndex()
	c.index.mu.Lock()
	c.index.known[abs] = st
	c.index.changed = true
	c.index.mu.Unlock()
}

// Flush writes the index if it changed: atomically, so two processes at once
// leave one of their indexes whole (the other's files are hashed again next time).
func (c *Cache) Flush() error {
	c.loadIndex()
	c.index.mu.Lock()
	defer c.index.mu.Unlock()
	if !c.index.changed {
		return nil
	}
	var buf bytes.Buffer
	w := bufio.NewWriter(&buf)
	for path, e := range c.index.known {
		fmt.Fprintf(w, "%d\t%d\t%d\t%d\t%s\t%s\n", e.size, e.mtime, e.ctime, e.ino, e.key, strconv.Quote(path))
	}
	w.Flush()
	final := c.indexPath()
	if err := os.MkdirAll(filepath.Dir(final), 0o755); err != nil {
		return err
	}
	tmp, err := os.CreateTemp(filepath.Dir(final), ".index-*")
	if err != nil {
		return err
	}
	_, werr := tmp.Write(buf.Bytes())
	cerr := tmp.Close()
	if werr != nil || cerr != nil {
		os.Remove(tmp.Name())
		return fmt.Errorf("cache index: %v %v", werr, cerr)
	}
	if err := os.Rename(tmp.Name(), final); err != nil {
		os.Remove(tmp.Name())
		return err
	}
	c.index.changed = false
	return nil
}
