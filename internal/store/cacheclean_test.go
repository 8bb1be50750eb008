package store

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
)

// TestCleanRemovesOnlyOurs: Clean, pointed at a folder that holds a cache
// among a user's files, removes the cache's entries, index and temporary
// files, of this version and older ones, and nothing else; a second Clean,
// or one of a folder with nothing of runlint's, removes nothing.
func TestCleanRemovesOnlyOurs(t *testing.T) {
	dir := t.TempDir()
	user := map[string]string{
		"run.fit":                          "a user's run",
		"v3/notes.txt":                     "a user's folder named like a version",
		"v2/index":                         "not an index: a user's file",
		"v2/ab/abcdef":                     "not an entry's name",
		filepath.Join(vname(), "mine.fit"): "a user's file in the cache's own folder",
	}
	for name, text := range user {
		write(t, filepath.Join(dir, name), text)
	}
	// An older version's leftovers.
	old := []string{"v15/index", "v15/.index-123", "v15/0f/0f1e2d3c4b5a6978-1a2b", "v15/0f/.tmp-9"}
	write(t, filepath.Join(dir, old[0]), "1\t2\t3\t4\t0f1e2d3c4b5a6978-1a2b\t\"/x/run.fit\"\n")
	for _, name := range old[1:] {
		write(t, filepath.Join(dir, name), "x")
	}
	c, _ := OpenCache(dir)
	f := filepath.Join(dir, "run.fit")
	_, st, _ := c.KeyFor(f)
	key := c.Key([]byte("a user's run"))
	c.Remember(f, st, key)
	c.Put(key, resultOf(t))
	if err := c.Flush(); err != nil {
		t.Fatal(err)
	}
	write(t, filepath.Join(c.versionDir(), tmpPrefix+"left"), "partial")
	n, err := c.Clean()
	if err != nil || n != len(old)+3 { // and this version's entry, index and temporary file
		t.Fatalf("Clean: %d, %v", n, err)
	}
	var left []string
	filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			rel, _ := filepath.Rel(dir, p)
			left = append(left, rel)
		}
		return nil
	})
	var want []string
	for name := range user {
		want = append(want, filepath.FromSlash(name))
	}
	slices.Sort(want)
	if !slices.Equal(left, want) {
		t.Fatalf("left %q, want %q", left, want)
	}
	for _, name := range []string{"v15", filepath.Join(vname(), key[:2])} {
		if _, err := os.Stat(filepath.Join(dir, name)); err == nil {
			t.Errorf("%s: not removed", name)
		}
	}
	if n, err := c.Clean(); n != 0 || err != nil {
		t.Fatalf("second Clean: %d, %v", n, err)
	}
}

func vname() string { return filepath.Base((&Cache{}).versionDir()) }

func write(t *testing.T, path, text string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}
