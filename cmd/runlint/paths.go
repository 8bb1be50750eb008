package main

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/runlint/runlint/parse"
)

// now is the clock --since and --until count back from. RUNLINT_NOW
// (YYYY-MM-DD) pins it, so tests and reproduced reports do not depend on the day.
func now() time.Time {
	if s := os.Getenv("RUNLINT_NOW"); s != "" {
		if t, err := time.Parse(time.DateOnly, s); err == nil {
			return t
		}
	}
	return time.Now()
}

// dateFlag reads a local date (2024-06-01) or a span back from today in
// days or weeks (30d, 8w). Minutes, hours and months are refused: "3m" is
// minutes to Go and months to a runner.
func dateFlag(name, v string) (string, error) {
	if v == "" {
		return "", nil
	}
	if t, err := time.Parse(time.DateOnly, v); err == nil {
		return t.Format(time.DateOnly), nil
	}
	if m := spanRE.FindStringSubmatch(v); m != nil {
		n, _ := strconv.Atoi(m[1])
		days := n
		if m[2] == "w" {
			days = 7 * n
		}
		return now().AddDate(0, 0, -days).Format(time.DateOnly), nil
	}
	return "", usageError{fmt.Errorf("%s %q: use a date (2024-06-01) or a span back from today in days or weeks (30d, 8w)", name, v)}
}

var spanRE = regexp.MustCompile(`^(\d{1,5})([dw])$`)

// workingDir is the folder report paths are relative to, as a linter
// prints them: the working directory.
func workingDir() string {
	wd, err := os.Getwd()
	if err != nil {
		return ""
	}
	return wd
}

func absPath(p string) string {
	a, err := filepath.Abs(p)
	if err != nil {
		return filepath.Clean(p)
	}
	return a
}

// under reports whether path is one of the given paths or inside one of
// them: in a folder, or in a zip archive.
func under(set map[string]bool, path string) bool {
	a := absPath(path)
	for p := range set {
		if a == p || strings.HasPrefix(a, p+string(filepath.Separator)) || strings.HasPrefix(a, p+parse.ArchiveSep) {
			return true
		}
	}
	return false
}

// fileOf is the absolute path of the file on disk a reported path is in:
// itself, or the zip archive holding it ("dl/export_1.zip!activities/2.fit"
// is in dl/export_1.zip).
func fileOf(path string) string {
	if i := strings.Index(path, parse.ArchiveSep); i > 0 {
		if info, err := os.Stat(path[:i]); err == nil && info.Mode().IsRegular() {
			return absPath(path[:i])
		}
	}
	return absPath(path)
}
