package store

import (
	"io/fs"
	"os"
	"path/filepath"
	"sync"
	"time"
)

// The cache's index remembers, for each file path, the size, modification
// time, inode and change time it had when its bytes were hashed, and the key.
// A file whose stat is unchanged is looked up by that key without being read
// or hashed again (the way git's index spares rehashing); any write changes
// the stat, and the file is read and hashed as before. Entries stay keyed by
// content: the index is only a shortcut, and losing it costs a rehash.
//
// A stat is only as fine as the file system's clock: a file rewritten with
// the same size within one tick of the hash it was remembered under keeps
// its stat. As git does with its racily clean entries, a stat is trusted only
// when the file's times are older than the moment it was hashed by more than
// racyWindow; until then the file is read and its key compared.

// racyWindow is the coarsest timestamp granularity runlint allows for: FAT
// keeps modification times to 2 s, most others to 1 s or finer.
const racyWindow = 2 * time.Second

// Stat is what the index remembers of a file: its stat and its key.
type Stat = statEntry

type statEntry struct {
	size, mtime, ctime int64
	ino                uint64
	hashed             int64 // the clock (ns) just before the stat its key was found under
	seen               int64 // when a check last met the path (ns), to age out the forgotten
	key                string
	met                bool // met by this process: not stat'ed again when pruning
}

// statID gives a file's inode and change time; a variable so that tests can
// stand for a system without them (where only size and mtime guard a file).
var statID = sysStatID

func statOf(info fs.FileInfo) statEntry {
	ino, ctime := statID(info)
	return statEntry{size: info.Size(), mtime: info.ModTime().UnixNano(), ctime: ctime, ino: ino}
}

func (a statEntry) same(b statEntry) bool {
	return a.size == b.size && a.mtime == b.mtime && a.ctime == b.ctime && a.ino == b.ino
}

// settled tells whether the file's stat could not have been kept by a write
// after it was hashed: its times are older than the hash by more than
// racyWindow (a time in the future, as a skewed network disk may give, never is).
func (a statEntry) settled() bool {
	return a.hashed-max(a.mtime, a.ctime) > int64(racyWindow)
}

// seenRefresh is how stale an entry's seen time may get before a check that
// meets the path records it again: daily is fine enough to age entries by,
// and spares a warm check from writing the index every time.
const seenRefresh = 24 * time.Hour

type cacheIndex struct {
	once    sync.Once
	mu      sync.Mutex
	known   map[string]statEntry
	changed bool
}

// KeyFor returns the key the index holds for path, if path's stat has not moved
// and is settled, and the stat to remember with a new key.
func (c *Cache) KeyFor(path string) (string, Stat, bool) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return "", statEntry{}, false
	}
	// Taken before the stat, so that a write racing the read that follows
	// falls within the racy window of this moment, not after it.
	hashed := time.Now().UnixNano()
	info, err := os.Stat(abs)
	if err != nil {
		return "", statEntry{}, false
	}
	now := statOf(info)
	now.hashed = hashed
	c.loadIndex()
	c.index.mu.Lock()
	defer c.index.mu.Unlock()
	e, ok := c.index.known[abs]
	if !ok || !e.same(now) || !e.settled() {
		return "", now, false
	}
	e.met = true
	if time.Duration(hashed-e.seen) > seenRefresh {
		e.seen = hashed
		c.index.changed = true
	}
	c.index.known[abs] = e
	return e.key, now, true
}

// Remember records that path, with stat st (from KeyFor), has key.
func (c *Cache) Remember(path string, st Stat, key string) {
	abs, err := filepath.Abs(path)
	if err != nil || st.mtime == 0 || st.hashed == 0 {
		return
	}
	st.key, st.seen, st.met = key, st.hashed, true
	c.loadIndex()
	c.index.mu.Lock()
	if old, ok := c.index.known[abs]; !ok || old != st {
		c.index.known[abs] = st
		c.index.changed = true
	}
	c.index.mu.Unlock()
}
