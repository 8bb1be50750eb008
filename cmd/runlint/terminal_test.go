//go:build unix

package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/creack/pty"

	"github.com/runlint/runlint/internal/synth"
)

// TestOnATerminal runs a check with stdout and stderr on a real pseudo-
// terminal: the progress bar is drawn on stderr and cleared at the end, and
// the table is in colour; with NO_COLOR it is not. Elsewhere (files, pipes,
// buffers: every other test) neither appears.
func TestOnATerminal(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "block")
	if _, err := synth.WriteBlock(dir, "fit", synth.DefaultOptions()); err != nil {
		t.Fatal(err)
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	n := len(entries)
	defer func(d0 time.Duration) { progressAfter = d0 }(progressAfter)
	progressAfter = 0

	for _, noColour := range []string{"", "1"} {
		t.Setenv("NO_COLOR", noColour)
		ptmx, tty, err := pty.Open()
		if err != nil {
			t.Skipf("no pseudo-terminal here: %v", err)
		}
		got := make(chan string)
		go func() {
			var b bytes.Buffer
			io.Copy(&b, ptmx) // until the terminal is closed
			got <- b.String()
		}()
		code := run([]string{"check", "--no-cache", "--fail-on", "none", dir}, tty, tty)
		tty.Close()
		out := <-got
		ptmx.Close()
		if code != 0 {
			t.Fatalf("exit %d:\n%s", code, out)
		}
		if !strings.Contains(out, fmt.Sprintf("] %d/%d files", n, n)) || !strings.Contains(out, "[==============================]") {
			t.Errorf("no progress bar drawn:\n%q", out[:min(len(out), 400)])
		}
		if !strings.Contains(out, "\r\x1b[K") {
			t.Errorf("the progress bar is not cleared")
		}
		colour := strings.Contains(out, "\x1b[31m") // hard runs in red
		if colour != (noColour == "") {
			t.Errorf("NO_COLOR=%q: colour %v", noColour, colour)
		}
	}
}
