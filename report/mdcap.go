package report

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/runlint/runlint/activity"
)

// StepSummaryLimit is how much of the Markdown report goes to a GitHub job
// summary: GitHub refuses a step summary over 1 MiB (1,048,576 bytes), and
// the note that says what was left out must fit under it too.
const StepSummaryLimit = 1_000_000

// MarkdownOptions tune the Markdown report.
type MarkdownOptions struct {
	// Limit caps the report at this many bytes, cut at a whole line and
	// followed by a note of what was left out; 0 is no cap.
	Limit int
}

// mdWriter writes the Markdown report, whole lines only once it has a
// limit, and counts the rows left out after the cut for the closing note.
type mdWriter struct {
	errWriter
	limit int
	n     int    // bytes written
	line  []byte // the line being written, held until its newline
	cut   bool   // a line did not fit: nothing more is written

	leftRuns, leftFindings, leftFiles int
}

func (m *mdWriter) Write(p []byte) (int, error) {
	switch {
	case m.cut:
		return len(p), nil
	case m.limit == 0:
		return m.errWriter.Write(p)
	}
	m.line = append(m.line, p...)
	start := 0
	for {
		i := bytes.IndexByte(m.line[start:], '\n')
		if i < 0 {
			break
		}
		l := m.line[start : start+i+1]
		if m.n+len(l) > m.limit {
			m.cut, m.line = true, nil
			return len(p), nil
		}
		m.errWriter.Write(l)
		m.n += len(l)
		start += i + 1
	}
	m.line = append(m.line[:0], m.line[start:]...)
	return len(p), nil
}

func (m *mdWriter) WriteString(s string) (int, error) { return m.Write([]byte(s)) }

// finish writes what is left of the last line and, after a cut, the note.
func (m *mdWriter) finish() {
	if !m.cut && len(m.line) > 0 && m.n+len(m.line) <= m.limit {
		m.errWriter.Write(m.line)
	}
	if !m.cut {
		return
	}
	var left []string
	for _, c := range []struct {
		n         int
		one, many string
	}{
		{m.leftRuns, "activity", "activities"},
		{m.leftFindings, "finding", "findings"},
		{m.leftFiles, "unreadable file", "unreadable files"},
	} {
		if c.n > 0 {
			left = append(left, activity.PluralIrregular(c.n, c.one, c.many))
		}
	}
	what := "the rest of the report"
	if len(left) > 0 {
		what = strings.Join(left, ", ")
	}
	fmt.Fprintf(&m.errWriter, "\n\n**The report stops here: it is cut at %d bytes to fit GitHub's 1 MiB step summary. Left out: %s.** "+
		"The whole report: `--format markdown=FILE`.\n", m.limit, what)
}
