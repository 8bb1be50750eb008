package check

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/runlint/runlint/activity"
)

// TestCacheSeesRewrites: a file rewritten with other bytes is read again even
// when its size and modification time are put back (its change time moves),
// and an unchanged file is answered the same from the cache.
func TestCacheSeesRewrites(t *testing.T) {
	dir := t.TempDir()
	a, _ := os.ReadFile("../testdata/corpus/devices/python-tcxparser/test.tcx")
	b, _ := os.ReadFile("../testdata/corpus/devices/python-tcxparser/no_hr.tcx")
	if len(a) == len(b) {
		t.Fatal("want files of different sizes")
	}
	f := filepath.Join(dir, "run.tcx")
	os.WriteFile(f, a, 0o644)
	read := func() *activity.Activity {
		res, err := Read([]string{f}, Options{Cache: true, CacheDir: filepath.Join(dir, "cache")})
		if err != nil || len(res) != 1 || len(res[0].Activities) != 1 {
			t.Fatalf("%v %+v", err, res)
		}
		return res[0].Activities[0]
	}
	if !read().HasHR() {
		t.Fatal("first read: no HR")
	}
	// Unchanged: the same. (That the index answers without reading is
	// internal/store's TestRacyStat: making the file unreadable here would
	// move its change time, and the index would rightly read it again.)
	if !read().HasHR() {
		t.Fatal("second read differs")
	}
	// Rewritten with the no-HR copy, padded to the same size and the old mtime.
	old, _ := os.Stat(f)
	c := append(append([]byte(nil), b...), make([]byte, 0)...)
	for len(c) < len(a) {
		c = append(c, '\n')
	}
	os.WriteFile(f, c[:len(a)], 0o644)
	os.Chtimes(f, time.Now(), old.ModTime())
	if read().HasHR() {
		t.Fatal("the rewritten file was served from the cache")
	}
}
