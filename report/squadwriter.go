package report

import (
	"bytes"
	"fmt"
	"html/template"
	"io"
	"net/url"
	"strconv"
	"strings"
	"sync"
)

// SquadFormats are the formats a squad's index is written in.
var SquadFormats = []string{"text", "json", "markdown", "html"}

// SquadWriter writes one output of a squad while its athletes are judged
// one after another: JSON writes each athlete's row and whole document as
// it comes, the other formats keep only the athlete's row (a few hundred
// bytes) and write the index at Close. Nothing holds an athlete's report
// once Add returns, so a squad needs one athlete's memory, however many
// there are.
type SquadWriter struct {
	w      *errWriter
	format string
	rows   []squadEntry // the index, for every format but JSON
	n      int          // athletes written, for JSON
}

// squadEntry is an athlete's row and where their own report is.
type squadEntry struct {
	row  SquadRow
	link string
}

// NewSquadWriter starts a squad's index in format (one of SquadFormats).
func NewSquadWriter(w io.Writer, format string) (*SquadWriter, error) {
	s := &SquadWriter{w: &errWriter{w: w}, format: format}
	switch format {
	case "json":
		fmt.Fprintf(s.w, "{\n  \"schema\": %q,\n  \"athletes\": [", SquadSchema)
	case "text", "markdown", "html":
	default:
		return nil, fmt.Errorf("a squad's index is written as %s, not %s", strings.Join(SquadFormats, ", "), format)
	}
	return s, nil
}

// Add writes or keeps one athlete; the caller may drop its report after.
func (s *SquadWriter) Add(a Athlete) error {
	if s.format != "json" {
		s.rows = append(s.rows, squadEntry{RowOf(a), a.Link})
		return s.w.err
	}
	row, err := squadJSONRow(a)
	if err != nil {
		return err
	}
	if s.n > 0 {
		s.w.WriteString(",")
	}
	s.n++
	s.w.WriteString("\n    ")
	s.w.Write(bytes.TrimSuffix(row, []byte("\n    }")))
	s.w.WriteString(",\n      \"report\": ")
	if a.Report == nil {
		s.w.WriteString("null")
	} else if err := JSON(&indentWriter{w: s.w, prefix: []byte("      ")}, a.Report); err != nil {
		return err
	}
	s.w.WriteString("\n    }")
	return s.w.err
}

// Close writes the rest: the index, or the JSON document's end.
func (s *SquadWriter) Close() error {
	switch s.format {
	case "json":
		if s.n > 0 {
			s.w.WriteString("\n  ")
		}
		s.w.WriteString("]\n}\n")
	case "text":
		squadText(s.w, s.rows)
	case "markdown":
		squadMarkdown(s.w, s.rows)
	case "html":
		if err := squadPage().Execute(s.w, squadPageData(s.rows)); err != nil {
			return err
		}
	}
	return s.w.err
}

// indentWriter writes a document nested in another: prefix after each line
// break that more text follows.
type indentWriter struct {
	w       io.Writer
	prefix  []byte
	pending bool // a line ended: the next text starts with prefix
}

func (iw *indentWriter) Write(p []byte) (int, error) {
	n := len(p)
	for len(p) > 0 {
		if iw.pending {
			if _, err := iw.w.Write(iw.prefix); err != nil {
				return 0, err
			}
			iw.pending = false
		}
		i := bytes.IndexByte(p, '\n')
		if i < 0 {
			_, err := iw.w.Write(p)
			return n, err
		}
		if _, err := iw.w.Write(p[:i+1]); err != nil {
			return 0, err
		}
		p, iw.pending = p[i+1:], true
	}
	return n, nil
}

// squadText writes the index as a table, each athlete's next run and load
// spike under their row.
func squadText(w io.Writer, rows []squadEntry) {
	head := squadHeader[:len(squadHeader)-1] // the next run goes under the row: it is a sentence
	table := [][]string{head}
	for _, e := range rows {
		cells := squadCells(e.row)[:len(head)]
		cells[0] = Escape(clip(cells[0], 40))
		table = append(table, cells)
	}
	widths := make([]int, len(head))
	for _, r := range table {
		for i, c := range r {
			widths[i] = max(widths[i], len([]rune(c)))
		}
	}
	var b strings.Builder
	for i, r := range table {
		var line strings.Builder
		for j, c := range r {
			fmt.Fprintf(&line, "%-*s", widths[j]+2, c)
		}
		b.WriteString(strings.TrimRight(line.String(), " ") + "\n")
		if i > 0 && rows[i-1].row.Next != nil {
			b.WriteString("    " + rows[i-1].row.Next.line + "\n")
		}
	}
	b.WriteString("\n" + squadNote + "\n")
	io.WriteString(w, b.String())
}

// squadMarkdown writes the index as a Markdown table, each athlete linked
// to their own report when it was written.
func squadMarkdown(w io.Writer, rows []squadEntry) {
	var b strings.Builder
	b.WriteString("# runlint squad\n\n| " + strings.Join(squadHeader, " | ") + " |\n|" + strings.Repeat(" --- |", len(squadHeader)) + "\n")
	for _, e := range rows {
		cells := squadCells(e.row)
		for _, i := range []int{0, 1, len(cells) - 1} { // the name, why not judged, the next run: text from files
			cells[i] = mdEscape(cells[i])
		}
		if e.link != "" {
			cells[0] = "[" + cells[0] + "](" + (&url.URL{Path: e.link}).String() + ")"
		}
		b.WriteString("| " + strings.Join(cells, " | ") + " |\n")
	}
	b.WriteString("\n" + squadNote + "\n")
	io.WriteString(w, b.String())
}

// squadPageData is the HTML index's rows: an athlete with a load spike is
// marked, so a coach sees whom to call first.
func squadPageData(rows []squadEntry) map[string]any {
	type row struct {
		Cells []string
		Link  string
		Spike bool
	}
	var out []row
	spikes := 0
	for _, e := range rows {
		out = append(out, row{Cells: squadCells(e.row), Link: e.link, Spike: e.row.Spike != nil})
		if e.row.Spike != nil {
			spikes++
		}
	}
	return map[string]any{"Header": squadHeader, "Rows": out, "Note": squadNote, "Spikes": spikes, "Athletes": strconv.Itoa(len(rows))}
}

var squadPage = sync.OnceValue(func() *template.Template {
	return template.Must(template.New("squad").Funcs(template.FuncMap{"clean": Escape}).Parse(`<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>runlint squad</title>
<style>body{font:15px/1.45 system-ui,sans-serif;margin:0 auto;max-width:1400px;padding:12px}
.wrap{overflow-x:auto}table{border-collapse:collapse}td,th{padding:4px 8px;border-bottom:1px solid #ddd;text-align:left;vertical-align:top}
td:not(:last-child){white-space:nowrap}td:last-child{min-width:320px}tr.spike td:nth-child(7){color:#b00020;font-weight:600}
p{color:#555;font-size:13px}</style></head><body>
<h1>runlint squad</h1>
<p>{{.Athletes}} athletes{{if .Spikes}}; <b>{{.Spikes}} with a load spike in their last 4 weeks</b>{{end}}.</p>
<div class="wrap"><table id="squad"><thead><tr>{{range .Header}}<th>{{.}}</th>{{end}}</tr></thead><tbody>
{{range $r := .Rows}}<tr{{if $r.Spike}} class="spike"{{end}}>{{range $i, $c := $r.Cells}}<td>{{if and (eq $i 0) $r.Link}}<a href="{{$r.Link}}">{{clean $c}}</a>{{else}}{{clean $c}}{{end}}</td>{{end}}</tr>
{{end}}</tbody></table></div>
<p>{{.Note}}</p>
</body></html>
`))
})
