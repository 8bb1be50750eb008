//go:build unix

package check

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"
)

// More workers than files the process may hold open read every file all
// the same: the workers are bounded by the open-file limit, and a warning
// says so.
func TestWorkersWithinOpenFileLimit(t *testing.T) {
	var old syscall.Rlimit
	if err := syscall.Getrlimit(syscall.RLIMIT_NOFILE, &old); err != nil {
		t.Skip("no RLIMIT_NOFILE here")
	}
	files, _ := syntheticRuns(t)
	one := files[sortedNames(files)[0]]
	dir := t.TempDir()
	const n = 120
	for i := range n {
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("%03d.fit", i)), one, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	low := old
	low.Cur = 64
	if err := syscall.Setrlimit(syscall.RLIMIT_NOFILE, &low); err != nil {
		t.Skipf("cannot lower RLIMIT_NOFILE: %v", err)
	}
	defer syscall.Setrlimit(syscall.RLIMIT_NOFILE, &old)
	read, notes := notesOf(t, dir, []string{dir}, Options{Workers: 500, Cache: true, CacheDir: t.TempDir()})
	syscall.Setrlimit(syscall.RLIMIT_NOFILE, &old)
	for _, r := range read {
		if strings.Contains(r, ": ") {
			t.Errorf("%s", r)
		}
	}
	if len(read) != n {
		t.Errorf("%d files read, want %d", len(read), n)
	}
	want := "500 workers would hold more files open than this process may (its limit, RLIMIT_NOFILE, is 64): reading with 32"
	if !slices.Equal(notes, []string{want}) {
		t.Errorf("notes %q, want %q", notes, want)
	}
}
