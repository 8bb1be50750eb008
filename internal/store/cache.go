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

	"github.com/cespare/xxhash/v2"

	"github.com/runlint/runlint/activity"
	"github.com/runlint/runlint/parse"
)

// CacheVersion names the shape of what the cache holds. Bump it whenever
// reading or digesting a file can give a different result: old entries are
// then simply never found again.
const CacheVersion = 16

// Cache keeps what reading a file gave (its activities, digested, without
// samples), keyed by the file's bytes and by CacheVersion, so a second check
// of the same files costs a read and a hash. Entries are written atomically
// (a temporary file renamed into place), so two runlint processes can share
// one cache; a damaged entry is a miss.
type Cache struct {
	dir   string
	index cacheIndex
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

// Clean removes every entry.
func (c *Cache) Clean() error { return os.RemoveAll(c.dir) }

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

func (c *Cache) path(key string) string {
	return filepath.Join(c.dir, fmt.Sprintf("v%d", CacheVersion), key[:2], key)
}

// entry is a Result as stored.
type entry struct {
	Activities []*activity.Activity
	Skipped    string
	Ignored    bool
	Err        string
}

// Get is the result stored under key, for the file at path, and whether
// there is one; a damaged entry is none.
func (c *Cache) Get(key, path string) (parse.Result, bool) {
	data, err := os.ReadFile(c.path(key))
	if err != nil {
		return parse.Result{}, false
	}
	e, err := decodeEntry(data)
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

// Put stores res (without samples). A failure to write is not an error of the check: the next
// run reads the file again.
func (c *Cache) Put(key string, res parse.Result) {
	e := entry{Activities: res.Activities, Skipped: res.Skipped, Ignored: res.Ignored}
	if res.Err != nil {
		e.Err = res.Err.Error()
	}
	data := encodeEntry(&e)
	final := c.path(key)
	if err := os.MkdirAll(filepath.Dir(final), 0o755); err != nil {
		return
	}
	tmp, err := os.CreateTemp(filepath.Dir(final), ".tmp-*")
	if err != nil {
		return
	}
	_, werr := tmp.Write(data)
	cerr := tmp.Close()
	if werr != nil || cerr != nil || os.Rename(tmp.Name(), final) != nil {
		os.Remove(tmp.Name())
	}
}
