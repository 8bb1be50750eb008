// Package store keeps what reading files gave, for as long as it is needed:
// the cache between checks (entries keyed by a file's bytes, a stat index
// that spares re-reading unchanged files), the spill file within one check,
// and the codec both write with.
package store

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime/debug"
	"sync"

	"github.com/cespare/xxhash/v2"

	"github.com/runlint/runlint/activity"
	"github.com/runlint/runlint/parse"
)

// CacheVersion names the shape of what the cache holds. Bump it whenever
// reading or digesting a file can give a different result, or the entries'
// format changes: old entries are then simply never found again.
const CacheVersion = 21

// Cache keeps what reading a file gave (its activities, digested, without
// samples), keyed by the file's bytes and by CacheVersion, so a second check
// of the same files costs a read and a hash. Entries are written atomically
// (a temporary file renamed into place), so two runlint processes can share
// one cache. Nothing read from it is taken on trust: an entry carries a
// checksum and the key it was made for, and a damaged or misplaced one is a
// miss (see entryfile.go).
type Cache struct {
	dir   string
	index cacheIndex
	sweep sync.Once // temporary files of killed processes, once per process
}

// DefaultCacheDir is runlint's folder in the user's cache directory.
func DefaultCacheDir() (string, error) {
	base, err := os.UserCacheDir()
	if err != nil {
		return "", fmt.Errorf("cache: %w", err)
	}
	return filepath.Join(base, "runlint"), nil
}

// OpenCache uses dir (created when needed), or the default when dir is "".
func OpenCache(dir string) (*Cache, error) {
	if dir == "" {
		var err error
		if dir, err = DefaultCacheDir(); err != nil {
			return nil, err
		}
	}
	return &Cache{dir: dir}, nil
}

// Dir is where the cache lives.
func (c *Cache) Dir() string { return c.dir }

// build identifies the running program when it was built with version
// control information, so that two builds never share entries by accident.
var build = func() string {
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return ""
	}
	id := info.Main.Version
	for _, s := range info.Settings {
		if s.Key == "vcs.revision" || s.Key == "vcs.modified" {
			id += " " + s.Value
		}
	}
	return id
}()

// Key names an entry by the file's bytes (their 64-bit xxHash and length)
// under the cache version and the build. xxHash runs at memory speed, several
// times SHA-256, and on a warm check hashing is much of the work; activity
// files are no adversary, so 64 bits and the length are identity enough.
func (c *Cache) Key(raw []byte) string {
	d := xxhash.New()
	d.WriteString(keyPrefix)
	d.Write(raw)
	return fmt.Sprintf("%016x-%x", d.Sum64(), len(raw))
}

var keyPrefix = fmt.Sprintf("runlint cache %d %s\x00", CacheVersion, build)

// versionDir holds everything this version of the cache writes.
func (c *Cache) versionDir() string {
	return filepath.Join(c.dir, fmt.Sprintf("v%d", CacheVersion))
}

func (c *Cache) path(key string) string {
	return filepath.Join(c.versionDir(), key[:2], key)
}

// entry is a Result as stored.
type entry struct {
	Activities []*activity.Activity
	Skipped    string
	Ignored    bool
	Err        string
}

// Get is the result stored under key, for the file at path, and whether
// there is one. An entry that is damaged (its checksum fails, it is cut
// short, empty or unreadable) or was made for other bytes than key names is
// none: the caller reads the file again and Put replaces the entry.
func (c *Cache) Get(key, path string) (parse.Result, bool) {
	if !validKey(key) {
		return parse.Result{}, false
	}
	data, err := readFile(c.path(key))
	if err != nil {
		return parse.Result{}, false
	}
	e, err := openEntry(key, data)
	if err != nil {
		return parse.Result{}, false
	}
	res := parse.Result{Path: path, Activities: e.Activities, Skipped: e.Skipped, Ignored: e.Ignored}
	if e.Err != "" {
		res.Err = errors.New(e.Err)
	}
	for _, a := range res.Activities {
		a.Source.Path = path // the same bytes may have moved
	}
	return res, true
}

// Put stores res (without samples) under key. A failure to write is not an
// error of the check: the next run reads the file again.
func (c *Cache) Put(key string, res parse.Result) {
	e := entry{Activities: res.Activities, Skipped: res.Skipped, Ignored: res.Ignored}
	if res.Err != nil {
		e.Err = res.Err.Error()
	}
	_ = c.writeFile(c.path(key), sealEntry(key, &e))
}
