package parse

import (
	"encoding/csv"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
)

// ApplyStravaCSV attaches the rows of a Strava bulk export's activities.csv to
// the files its Filename column names (relative to the csv's folder): the
// activity's name, description and type, which the files themselves lack.
func ApplyStravaCSV(path string, results []Result) error {
	if info, err := os.Stat(path); err != nil {
		return err
	} else if !info.Mode().IsRegular() {
		return fmt.Errorf("activities.csv: not a regular file (%s): not read", fileKind(info.Mode()))
	} else if info.Size() > maxFileSize {
		return fmt.Errorf("activities.csv: more than %d MB (the limit; an export of 5,000 activities writes 5 MB): not read", maxFileSize>>20)
	}
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	r := csv.NewReader(io.LimitReader(f, maxFileSize))
	r.FieldsPerRecord = -1
	r.LazyQuotes = true
	header, err := r.Read()
	if err != nil {
		return fmt.Errorf("activities.csv: %w", err)
	}
	col := stravaColumns(header)
	fi, ok := col["Filename"]
	if !ok {
		return nil // not a Strava export's csv
	}
	get := func(row []string, name string) string {
		if i, ok := col[name]; ok && i < len(row) {
			return strings.TrimSpace(boundedText([]byte(row[i])))
		}
		return ""
	}
	byPath := map[string]*Result{}
	for i := range results {
		byPath[filepath.Clean(results[i].Path)] = &results[i]
	}
	dir := filepath.Dir(path)
	for {
		row, err := r.Read()
		if err != nil {
			break
		}
		if fi >= len(row) || row[fi] == "" {
			continue
		}
		res := byPath[filepath.Join(dir, filepath.FromSlash(row[fi]))]
		if res == nil {
			continue
		}
		applyStravaRow(res, get(row, "Activity Name"), get(row, "Activity Description"), get(row, "Activity Type"))
	}
	return nil
}

// stravaColumns maps the csv's column names to their indexes.
func stravaColumns(header []string) map[string]int {
	col := map[string]int{}
	for i, h := range header {
		h = strings.TrimSpace(strings.TrimPrefix(h, "\ufeff"))
		if _, dup := col[h]; !dup { // Strava repeats some headers; the first is the summary one
			col[h] = i
		}
	}
	return col
}

// applyStravaRow gives a file's activities the row's name, description and
// type. Where the csv's type and the file's disagree the csv's wins, with a
// warning: it is the label the runner sees on Strava.
func applyStravaRow(res *Result, name, desc, typ string) {
	for _, a := range res.Activities {
		if name != "" {
			a.Name, a.NameFrom = name, "activities.csv"
		}
		if desc != "" {
			a.Description = desc
		}
		sport := sportFromLabel(typ)
		switch {
		case len(res.Activities) > 1: // a multi-sport file: the row's type names only the whole
		case sport == "unknown" || sport == a.Sport:
		case a.Sport == "unknown" || a.Sport == "generic":
			a.Sport = sport
		default:
			a.Warn("the file says %s, activities.csv says %s: using activities.csv", a.Sport, typ)
			a.Sport = sport
		}
	}
}
