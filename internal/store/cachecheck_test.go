package store_test

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/runlint/runlint/analyze"
	"github.com/runlint/runlint/check"
	"github.com/runlint/runlint/internal/store"
	"github.com/runlint/runlint/internal/synth"
	"github.com/runlint/runlint/report"
)

// These tests hold a check through a damaged, tampered or outrun cache to
// the report of a check without one, byte for byte.

// block writes a synthetic block of two weeks in format and returns its folder.
func block(t *testing.T, format string) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "block")
	opt := synth.DefaultOptions()
	opt.Weeks = 2
	if _, err := synth.WriteBlock(dir, format, opt); err != nil {
		t.Fatal(err)
	}
	return dir
}

// age puts every file's modification time an hour back, so that the stat
// index can trust them (a file written this instant is racy: see cacheindex.go).
func age(t *testing.T, dir string) { touch(t, dir, time.Now().Add(-time.Hour)) }

// touch sets every file's times under dir to at.
func touch(t *testing.T, dir string, at time.Time) {
	t.Helper()
	files, _ := filepath.Glob(filepath.Join(dir, "*"))
	for _, f := range files {
		if err := os.Chtimes(f, at, at); err != nil {
			t.Fatal(err)
		}
	}
}

// checkJSON is the JSON report of a check of dir, through the cache in
// cacheDir, or without a cache when cacheDir is "".
func checkJSON(t *testing.T, dir, cacheDir string) []byte {
	t.Helper()
	c, err := check.Run([]string{dir}, analyze.Defaults(), check.Options{Cache: cacheDir != "", CacheDir: cacheDir, Spill: true})
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	var b bytes.Buffer
	if err := report.JSON(&b, c.Report); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func readAll(t *testing.T, files []string) map[string][]byte {
	t.Helper()
	m := map[string][]byte{}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		m[f] = b
	}
	return m
}

// filled is a block with a filled cache: the report without a cache, and
// the entries as the check wrote them.
func filled(t *testing.T) (dir, cache string, want []byte, entries map[string][]byte) {
	t.Helper()
	// Aged files, their change times unseen: the stat index trusts them, so
	// the entries are reached without the files being read first.
	store.WithoutChangeTimes(t)
	dir = block(t, "fit")
	age(t, dir)
	cache = filepath.Join(t.TempDir(), "cache")
	want = checkJSON(t, dir, "")
	if got := checkJSON(t, dir, cache); !bytes.Equal(got, want) {
		t.Fatal("the cold check through the cache differs from --no-cache")
	}
	entries = readAll(t, store.EntryFiles(t, cache))
	files, _ := filepath.Glob(filepath.Join(dir, "*"))
	if len(entries) != len(files) || len(entries) < 10 {
		t.Fatalf("%d entries for %d files", len(entries), len(files))
	}
	if got := checkJSON(t, dir, cache); !bytes.Equal(got, want) {
		t.Fatal("the warm check differs from --no-cache")
	}
	return dir, cache, want, entries
}

// TestCacheDamagedEntries: flipped bits, a cut entry and an empty one are
// misses. The check equals one without a cache, and rewrites the entries.
func TestCacheDamagedEntries(t *testing.T) {
	damage := map[string]func(i int, b []byte) []byte{
		"flipped": func(i int, b []byte) []byte {
			b = slices.Clone(b)
			b[(i*7919)%len(b)] ^= 1 << (i % 8) // a different byte and bit in each
			return b
		},
		"truncated": func(i int, b []byte) []byte { return b[:(i*977)%len(b)] },
		"empty":     func(int, []byte) []byte { return nil },
	}
	for name, spoil := range damage {
		t.Run(name, func(t *testing.T) {
			dir, cache, want, entries := filled(t)
			i := 0
			for f, b := range entries {
				if err := os.WriteFile(f, spoil(i, b), 0o644); err != nil {
					t.Fatal(err)
				}
				i++
			}
			if got := checkJSON(t, dir, cache); !bytes.Equal(got, want) {
				t.Fatalf("%s entries: the report differs from --no-cache", name)
			}
			assertEntries(t, cache, entries)
		})
	}
}

// assertEntries checks that the cache holds the entries want, as written.
func assertEntries(t *testing.T, cache string, want map[string][]byte) {
	t.Helper()
	got := readAll(t, store.EntryFiles(t, cache))
	for f, b := range want {
		if !bytes.Equal(got[f], b) {
			t.Errorf("%s: not rewritten", filepath.Base(f))
		}
	}
}

// TestCacheSwappedEntries: an entry copied under another file's key (both
// whole, checksums right) is a miss, not the other file's numbers.
func TestCacheSwappedEntries(t *testing.T) {
	dir, cache, want, entries := filled(t)
	files := store.EntryFiles(t, cache)
	for i := 0; i+1 < len(files); i += 2 {
		a, b := files[i], files[i+1]
		os.WriteFile(a, entries[b], 0o644)
		os.WriteFile(b, entries[a], 0o644)
	}
	if got := checkJSON(t, dir, cache); !bytes.Equal(got, want) {
		t.Fatal("swapped entries: the report differs from --no-cache")
	}
	assertEntries(t, cache, entries)
}

// TestCacheSameSizeRewrite: a file rewritten with other bytes of the same
// size, its mtime put back, right after it was cached, is read again: by
// its change time where the system has one, and by the racy-clean rule
// where it has not (then size and mtime are all the stat index sees).
func TestCacheSameSizeRewrite(t *testing.T) {
	for _, ctime := range []bool{true, false} {
		name := map[bool]string{true: "with change times", false: "without change times"}[ctime]
		t.Run(name, func(t *testing.T) {
			if !ctime {
				store.WithoutChangeTimes(t)
			}
			dir := block(t, "tcx")    // XML: the shorter file can be padded to the longer's size
			touch(t, dir, time.Now()) // written this instant, however long the block took
			cache := filepath.Join(t.TempDir(), "cache")
			before := checkJSON(t, dir, cache)
			long, short := longestAndShortest(t, dir)
			info, _ := os.Stat(long)
			b, _ := os.ReadFile(short)
			b = append(b, bytes.Repeat([]byte(" "), int(info.Size())-len(b))...)
			if err := os.WriteFile(long, b, 0o644); err != nil {
				t.Fatal(err)
			}
			if err := os.Chtimes(long, info.ModTime(), info.ModTime()); err != nil {
				t.Fatal(err)
			}
			if now, _ := os.Stat(long); now.Size() != info.Size() || !now.ModTime().Equal(info.ModTime()) {
				t.Fatal("the rewrite changed the size or mtime")
			}
			want := checkJSON(t, dir, "")
			if bytes.Equal(want, before) {
				t.Fatal("the rewrite changed nothing in the report")
			}
			if got := checkJSON(t, dir, cache); !bytes.Equal(got, want) {
				t.Fatal("the rewritten file was served stale from the cache")
			}
		})
	}
}

func longestAndShortest(t *testing.T, dir string) (long, short string) {
	t.Helper()
	files, _ := filepath.Glob(filepath.Join(dir, "*"))
	var lo, hi int64 = 1 << 62, -1
	for _, f := range files {
		info, err := os.Stat(f)
		if err != nil {
			t.Fatal(err)
		}
		if info.Size() > hi {
			hi, long = info.Size(), f
		}
		if info.Size() < lo {
			lo, short = info.Size(), f
		}
	}
	if lo == hi {
		t.Fatal("every file has the same size")
	}
	return long, short
}

// TestCacheIndexPruned: the index forgets files that are gone once it is
// next written.
func TestCacheIndexPruned(t *testing.T) {
	dir, cache, _, _ := filled(t)
	files, _ := filepath.Glob(filepath.Join(dir, "*"))
	if got := store.IndexPaths(t, cache); len(got) != len(files) {
		t.Fatalf("index holds %d paths for %d files", len(got), len(files))
	}
	gone := files[:3]
	for _, f := range gone {
		os.Remove(f)
	}
	// A new file makes the check write the index.
	b, _ := os.ReadFile(files[3])
	os.WriteFile(filepath.Join(dir, "extra.fit"), b, 0o644)
	checkJSON(t, dir, cache)
	paths := store.IndexPaths(t, cache)
	for _, f := range gone {
		abs, _ := filepath.Abs(f)
		if slices.Contains(paths, abs) {
			t.Errorf("index still holds %s", filepath.Base(f))
		}
	}
	if len(paths) != len(files)-len(gone)+1 {
		t.Errorf("index holds %d paths, want %d", len(paths), len(files)-len(gone)+1)
	}
}
