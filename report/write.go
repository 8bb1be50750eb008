package report

import "io"

// errWriter keeps the first write error, so the reports written as they go
// (JSON, the text table, the HTML charts, Markdown) need not check each line.
type errWriter struct {
	w   io.Writer
	err error
}

func (e *errWriter) Write(p []byte) (int, error) {
	if e.err != nil {
		return len(p), nil
	}
	_, e.err = e.w.Write(p)
	return len(p), nil
}

func (e *errWriter) WriteString(s string) (int, error) {
	if e.err == nil {
		_, e.err = io.WriteString(e.w, s)
	}
	return len(s), nil
}
