package main

import (
	"fmt"
	"io"
	"strings"
	"sync"
	"time"
)

// progress draws a bar on stderr once a check has run for a second: short
// checks stay quiet, long ones show they are alive. Only on a terminal.
// Written by hand: it is one line of text, redrawn at most ten times a second.
type progress struct {
	w       io.Writer
	start   time.Time
	mu      sync.Mutex
	last    time.Time
	drawn   bool
	enabled bool
}

// progressAfter is how long a check runs before the bar appears; a variable
// for the terminal test.
var progressAfter = time.Second

func newProgress(w io.Writer) *progress {
	return &progress{w: w, start: time.Now(), enabled: w != nil && isTerminal(w)}
}

func (p *progress) update(done, total int) {
	if !p.enabled {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	t := time.Now()
	if t.Sub(p.start) < progressAfter || (t.Sub(p.last) < 100*time.Millisecond && done < total) {
		return
	}
	p.last = t
	const width = 30
	filled := width * done / max(total, 1)
	fmt.Fprintf(p.w, "\r[%s%s] %d/%d files", strings.Repeat("=", filled), strings.Repeat(" ", width-filled), done, total)
	p.drawn = true
}

func (p *progress) finish() {
	if p.drawn {
		fmt.Fprint(p.w, "\r\033[K")
	}
}
