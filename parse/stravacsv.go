package parse

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"
)

// StravaCSV is a Strava bulk export's activities.csv, read: a row for each
// activity that names its file, and what could not be read as it should.
type StravaCSV struct {
	Rows []StravaRow
	// Warnings say what the csv holds that runlint could not map, one
	// sentence each: a csv that cannot be read as an export is never silence.
	Warnings []string
}

// StravaRow is what the export says of one activity: the runner's own name,
// description and type (their corrections on Strava, which the file lacks),
// and its start.
type StravaRow struct {
	File        string // the Filename column, slash-separated, relative to the csv's folder
	Name        string
	Description string
	Type        string    // Strava's label, in the account's language ("Run", "Lauf", "Backcountry Ski")
	Start       time.Time // the Activity Date (UTC); zero when it reads as no known layout
}

// errNotCSV is a file named activities.csv that holds no table at all.
var errNotCSV = errors.New("no header line: not a csv")

// ReadStravaCSV reads an activities.csv in any of the languages Strava
// exports in and either of its layouts (see stravacolumns.go), as Strava
// writes it (UTF-8, commas) or as a spreadsheet saved it again (a BOM,
// UTF-16, Windows-1252; semicolons or tabs).
func ReadStravaCSV(data []byte) (*StravaCSV, error) {
	if len(data) > maxFileSize {
		return nil, fmt.Errorf("more than %d MB (the limit; an export of 5,000 activities writes 5 MB): not read", maxFileSize>>20)
	}
	text, err := csvText(data)
	if err != nil {
		return nil, err
	}
	comma := csvComma(text)
	header, sample, err := csvHead(text, comma)
	if err != nil {
		return nil, err
	}
	cols, warnings := mapStravaColumns(header, sample)
	out := &StravaCSV{Warnings: warnings}
	if cols.file < 0 {
		return out, nil
	}
	r := newCSVReader(text, comma)
	if _, err := r.Read(); err != nil { // the header, read above
		return nil, err
	}
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			out.Warnings = append(out.Warnings, fmt.Sprintf("%v: the rows after it are not read", err))
			break
		}
		if row, ok := cols.row(rec); ok {
			out.Rows = append(out.Rows, row)
		}
	}
	return out, nil
}

// csvText is the file's text as UTF-8: a byte-order mark names UTF-8 or
// UTF-16 (what Excel's "Unicode text" writes); without one, text that is not
// UTF-8 is read as Windows-1252, what Excel saves a csv in on a European
// Windows.
func csvText(data []byte) (string, error) {
	var dec transform.Transformer = transform.Nop
	switch {
	case hasBOM(data):
		dec = unicode.BOMOverride(unicode.UTF8.NewDecoder())
	case !utf8.Valid(data):
		dec = charmap.Windows1252.NewDecoder()
	}
	text, _, err := transform.Bytes(dec, data)
	if err != nil {
		return "", fmt.Errorf("not text in a known encoding: %w", err)
	}
	return string(text), nil
}

func hasBOM(b []byte) bool {
	return bytes.HasPrefix(b, []byte("\xef\xbb\xbf")) || bytes.HasPrefix(b, []byte{0xff, 0xfe}) || bytes.HasPrefix(b, []byte{0xfe, 0xff})
}

// csvComma is the separator of the header line: the one of comma,
// semicolon and tab it holds most of outside quotes (a spreadsheet in a
// language that writes decimal commas saves with semicolons).
func csvComma(text string) rune {
	counts := map[rune]int{}
	quoted := false
	for _, c := range text {
		switch {
		case c == '"':
			quoted = !quoted
		case quoted:
		case c == '\n':
			return bestComma(counts)
		case c == ',' || c == ';' || c == '\t':
			counts[c]++
		}
	}
	return bestComma(counts)
}

func bestComma(counts map[rune]int) rune {
	best := ','
	for _, c := range []rune{';', '\t'} {
		if counts[c] > counts[best] {
			best = c
		}
	}
	return best
}

func newCSVReader(text string, comma rune) *csv.Reader {
	r := csv.NewReader(strings.NewReader(text))
	r.Comma = comma
	r.FieldsPerRecord = -1
	r.LazyQuotes = true
	return r
}

// sampleRows is how many rows the columns are recognised by: enough for
// a column of file names to show itself when most activities have none
// (manual entries), few enough to cost nothing.
const sampleRows = 200

// csvHead reads the header and the first rows.
func csvHead(text string, comma rune) (header []string, sample [][]string, err error) {
	r := newCSVReader(text, comma)
	header, err = r.Read()
	if err == io.EOF {
		return nil, nil, errNotCSV
	}
	if err != nil {
		return nil, nil, err
	}
	for i := range header {
		header[i] = strings.TrimSpace(strings.TrimPrefix(header[i], "\ufeff"))
	}
	for len(sample) < sampleRows {
		rec, err := r.Read()
		if err != nil {
			break // the full read reports it
		}
		sample = append(sample, rec)
	}
	return header, sample, nil
}
