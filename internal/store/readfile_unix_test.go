//go:build unix

package store

import (
	"bytes"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"
)

// TestReadFile holds readFile to os.ReadFile on a regular file (empty,
// small, larger than a read), and to a prompt error on what a cache folder
// should not hold: no file, a folder, a FIFO nobody writes to.
func TestReadFile(t *testing.T) {
	dir := t.TempDir()
	for _, size := range []int{0, 10, 3 << 20} {
		p := filepath.Join(dir, "f")
		want := bytes.Repeat([]byte("runlint "), size/8+1)[:size]
		if err := os.WriteFile(p, want, 0o600); err != nil {
			t.Fatal(err)
		}
		got, err := readFile(p)
		if err != nil || !bytes.Equal(got, want) {
			t.Fatalf("%d bytes: read %d, %v", size, len(got), err)
		}
	}
	if _, err := readFile(filepath.Join(dir, "none")); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("a missing file: %v, want not exist", err)
	}
	if _, err := readFile(dir); err == nil {
		t.Error("a folder was read")
	}
	fifo := filepath.Join(dir, "fifo")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skip("no FIFO here:", err)
	}
	done := make(chan error, 1)
	go func() { _, err := readFile(fifo); done <- err }()
	select {
	case err := <-done:
		if err == nil {
			t.Error("a FIFO was read")
		}
	case <-time.After(5 * time.Second):
		t.Fatal("reading a FIFO waited for a writer")
	}
}
