package store

import (
	"encoding/binary"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/cespare/xxhash/v2"
)

// An entry file is the 64-bit xxHash of what follows it (little endian),
// then the key the entry was made for, then the entry. The cache is shared
// by processes, restored by CI from other runs and lives on disks that fail,
// so what it gives back is checked rather than trusted: a flipped bit, a cut
// or empty file, or an entry copied under another file's name fails one of
// the two checks and is a miss, never a wrong number.

const sumBytes = 8

func sealEntry(key string, e *entry) []byte {
	w := &enc{b: make([]byte, sumBytes, 4<<10)}
	w.str(key)
	writeEntry(w, e)
	binary.LittleEndian.PutUint64(w.b, xxhash.Sum64(w.b[sumBytes:]))
	return w.b
}

func openEntry(key string, data []byte) (*entry, error) {
	if len(data) < sumBytes {
		return nil, errCorrupt
	}
	if binary.LittleEndian.Uint64(data) != xxhash.Sum64(data[sumBytes:]) {
		return nil, errCorrupt
	}
	r := &dec{b: data[sumBytes:]}
	if made := r.str(); r.err != nil || made != key {
		return nil, errCorrupt // another file's entry, moved or copied here
	}
	return decodeEntry(r.b)
}

// validKey tells whether k has the shape Key gives (16 hex digits, a dash,
// the length in hex): a key read from the index becomes part of a path, and
// must not lead out of the cache's folder.
func validKey(k string) bool {
	if len(k) < 18 || k[16] != '-' {
		return false
	}
	for i := range len(k) {
		if c := k[i]; i != 16 && (c < '0' || c > '9') && (c < 'a' || c > 'f') {
			return false
		}
	}
	return true
}

// tmpPrefix names every temporary file the cache writes, so that those a
// killed process leaves (kill -9 between create and rename) can be told from
// anything else and removed; `cache clean` knows them by it too.
const tmpPrefix = ".runlint-tmp-"

// staleTmp is how old a temporary file must be to be a leftover: writing
// one takes milliseconds, so an hour leaves a live process's alone.
const staleTmp = time.Hour

// writeFile writes data to final atomically: a temporary file in the
// version's folder (the same file system, so the rename is atomic) renamed
// into place, removed if anything fails.
func (c *Cache) writeFile(final string, data []byte) error {
	c.sweep.Do(c.removeStaleTmp)
	if err := os.MkdirAll(filepath.Dir(final), 0o755); err != nil {
		return fmt.Errorf("cache: %w", err)
	}
	tmp, err := os.CreateTemp(c.versionDir(), tmpPrefix+"*")
	if err != nil {
		return fmt.Errorf("cache: %w", err)
	}
	_, werr := tmp.Write(data)
	cerr := tmp.Close()
	if werr == nil && cerr == nil {
		if werr = os.Rename(tmp.Name(), final); werr == nil {
			return nil
		}
	}
	os.Remove(tmp.Name())
	if werr == nil {
		werr = cerr
	}
	return fmt.Errorf("cache: %w", werr)
}

// removeStaleTmp removes the temporary files in the version's folder that
// are older than staleTmp: a process killed while writing leaves one, and
// nothing else would ever remove it.
func (c *Cache) removeStaleTmp() {
	dir := c.versionDir()
	des, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	for _, d := range des {
		if !d.Type().IsRegular() || !strings.HasPrefix(d.Name(), tmpPrefix) {
			continue
		}
		if info, err := d.Info(); err == nil && time.Since(info.ModTime()) > staleTmp {
			os.Remove(filepath.Join(dir, d.Name()))
		}
	}
}
