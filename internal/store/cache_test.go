package store

import (
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/runlint/runlint/activity"
	"github.com/runlint/runlint/digest"
	"github.com/runlint/runlint/parse"
)

// remembered is a cache in a temporary folder whose index holds the files
// written under dir with the given modification times.
func remembered(t *testing.T, mtimes map[string]time.Time) (*Cache, string) {
	t.Helper()
	dir := t.TempDir()
	c, _ := OpenCache(filepath.Join(dir, "cache"))
	for name, mt := range mtimes {
		f := filepath.Join(dir, name)
		os.WriteFile(f, []byte("bytes of "+name), 0o644)
		os.Chtimes(f, mt, mt)
		_, st, _ := c.KeyFor(f)
		c.Remember(f, st, c.Key([]byte(name)))
	}
	return c, dir
}

// TestRacyStat: a stat remembered within racyWindow of the file's last
// write is not trusted; an older one is. The files' change times are now
// (Chtimes moves them), so the index sees size and mtime only, as where a
// system keeps no change time.
func TestRacyStat(t *testing.T) {
	WithoutChangeTimes(t)
	c, dir := remembered(t, map[string]time.Time{
		"fresh": time.Now(),
		"old":   time.Now().Add(-time.Hour),
		"near":  time.Now().Add(-racyWindow + time.Second),
		"ahead": time.Now().Add(time.Hour), // a skewed clock
	})
	for name, trusted := range map[string]bool{"fresh": false, "old": true, "near": false, "ahead": false} {
		key, _, ok := c.KeyFor(filepath.Join(dir, name))
		if ok != trusted || (ok && key != c.Key([]byte(name))) {
			t.Errorf("%s: KeyFor = %q, %v; want trusted %v", name, key, ok, trusted)
		}
	}
	// Remembered again once the write is far enough behind (as a check
	// does when it has read and hashed a racy file), the stat is trusted.
	f := filepath.Join(dir, "near")
	time.Sleep(1500 * time.Millisecond)
	if _, _, ok := c.KeyFor(f); ok {
		t.Error("near: trusted while racy")
	}
	_, st, _ := c.KeyFor(f)
	c.Remember(f, st, c.Key([]byte("near")))
	if _, _, ok := c.KeyFor(f); !ok {
		t.Error("near: not trusted once settled")
	}
}

// TestRacyChangeTime: where the system keeps change times, a file whose
// mtime was put back is racy while its change time is recent.
func TestRacyChangeTime(t *testing.T) {
	c, dir := remembered(t, map[string]time.Time{"old": time.Now().Add(-time.Hour)})
	if _, ctime := sysStatID(mustStat(t, filepath.Join(dir, "old"))); ctime == 0 {
		t.Skip("no change times here")
	}
	if _, _, ok := c.KeyFor(filepath.Join(dir, "old")); ok {
		t.Error("a file changed just now is trusted")
	}
}

func mustStat(t *testing.T, path string) os.FileInfo {
	t.Helper()
	info, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	return info
}

// TestIndexPrunes: written, the index drops paths whose files are gone,
// paths not met for maxUnseen, and the least recently met beyond
// maxIndexEntries; a line whose checksum fails is dropped when read.
func TestIndexPrunes(t *testing.T) {
	old := time.Now().Add(-time.Hour)
	c, dir := remembered(t, map[string]time.Time{"a": old, "b": old, "c": old, "d": old, "e": old})
	if err := c.Flush(); err != nil {
		t.Fatal(err)
	}
	os.Remove(filepath.Join(dir, "a"))
	defer func(n int) { maxIndexEntries = n }(maxIndexEntries)
	maxIndexEntries = 3
	c2, _ := OpenCache(c.Dir())
	c2.loadIndex()
	now := time.Now().UnixNano()
	for name, ago := range map[string]time.Duration{"b": maxUnseen + time.Hour, "c": 3 * time.Hour, "d": 2 * time.Hour, "e": time.Hour} {
		p := filepath.Join(dir, name)
		e := c2.index.known[p]
		e.seen = now - int64(ago)
		c2.index.known[p] = e
	}
	c2.index.known[filepath.Join(dir, "f")] = statEntry{seen: now, key: c2.Key([]byte("f")), met: true} // gone, but met by this process
	c2.index.changed = true
	if err := c2.Flush(); err != nil {
		t.Fatal(err)
	}
	got := IndexPaths(t, c.Dir())
	want := []string{filepath.Join(dir, "d"), filepath.Join(dir, "e"), filepath.Join(dir, "f")}
	if !slices.Equal(got, want) {
		t.Fatalf("index holds %q, want %q", got, want)
	}
	// A damaged line is dropped, the others kept.
	data, _ := os.ReadFile(c.indexPath())
	data[strings.IndexByte(string(data), '\t')+1] ^= 1 // a digit of the first line's size
	os.WriteFile(c.indexPath(), data, 0o644)
	if got := IndexPaths(t, c.Dir()); len(got) != 2 {
		t.Fatalf("after damage the index holds %q", got)
	}
}

// TestStaleTmpRemoved: the temporary files a killed process left (kill -9
// between create and rename) go at the next write; a fresh one, perhaps
// another process's write under way, and anything not named as ours, stay.
func TestStaleTmpRemoved(t *testing.T) {
	c, _ := OpenCache(t.TempDir())
	vdir := c.versionDir()
	os.MkdirAll(vdir, 0o755)
	long := time.Now().Add(-2 * staleTmp)
	files := map[string]bool{tmpPrefix + "1": false, tmpPrefix + "2": false, tmpPrefix + "fresh": true, "notes-old.txt": true}
	for name := range files {
		p := filepath.Join(vdir, name)
		os.WriteFile(p, []byte("partial"), 0o644)
		if name != tmpPrefix+"fresh" {
			os.Chtimes(p, long, long)
		}
	}
	c.Put(c.Key([]byte("a file")), resultOf(t))
	for name, stays := range files {
		if _, err := os.Stat(filepath.Join(vdir, name)); (err == nil) != stays {
			t.Errorf("%s: stays %v, want %v", name, err == nil, stays)
		}
	}
	left, _ := filepath.Glob(filepath.Join(vdir, tmpPrefix+"*"))
	if len(left) != 1 {
		t.Errorf("temporary files left: %q", left)
	}
}

// resultOf is what a shipped file reads to, digested, as the cache stores it.
func resultOf(t *testing.T) parse.Result {
	t.Helper()
	res := parse.File(filepath.Join(shipped, "block-applewatch-2021", "2021-02-01-181935.fit"))
	if res.Err != nil || len(res.Activities) == 0 {
		t.Fatalf("%v: %d activities", res.Err, len(res.Activities))
	}
	for _, a := range res.Activities {
		a.Digest = digest.Of(a)
		a.Samples, a.Track = nil, activity.Track{}
	}
	return res
}

// TestEntryChecked: an entry whose bytes are damaged anywhere, cut short or
// empty, or that was made for another key, is a miss; so is a key that is
// not one.
func TestEntryChecked(t *testing.T) {
	c, _ := OpenCache(t.TempDir())
	res := resultOf(t)
	key, other := c.Key([]byte("one file")), c.Key([]byte("another file"))
	c.Put(key, res)
	if _, ok := c.Get(key, "run.fit"); !ok {
		t.Fatal("a whole entry is a miss")
	}
	good, _ := os.ReadFile(c.path(key))
	try := func(what string, b []byte, k string) {
		t.Helper()
		os.WriteFile(c.path(k), b, 0o644)
		if _, ok := c.Get(k, "run.fit"); ok {
			t.Fatalf("%s: served", what)
		}
	}
	for i := 0; i < len(good); i += 1 + len(good)/300 {
		b := slices.Clone(good)
		b[i] ^= 1 << (i % 8)
		try("a bit flipped at "+strconv.Itoa(i), b, key)
		try("cut at "+strconv.Itoa(i), good[:i], key)
	}
	try("empty", nil, key)
	os.MkdirAll(filepath.Dir(c.path(other)), 0o755)
	try("another key's entry", good, other)
	// A key not of Key's shape (from a tampered index) names no file.
	for _, k := range []string{"", "a", "../../../../etc/passwd", "0123456789abcdef-/../x"} {
		if _, ok := c.Get(k, "run.fit"); ok {
			t.Fatalf("key %q: served", k)
		}
	}
}
