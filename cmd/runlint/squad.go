package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/runlint/runlint/report"
)

// squadFormats are what --athletes writes: the index, and for Markdown and
// HTML written to a file, each athlete's own report beside it, linked.
var squadFormats = map[string]func(io.Writer, []report.Athlete) error{
	"text": report.SquadText, "json": report.SquadJSON, "markdown": report.SquadMarkdown, "html": report.SquadHTML,
}

// runSquad judges each subfolder of dir as one athlete, alone: their own
// profile and classes, never one profile across runners.
func runSquad(f checkFlags, dir string, outs []output, failOn, since, until string, stdout, stderr io.Writer) error {
	for _, o := range outs {
		if squadFormats[o.format] == nil {
			return usageError{fmt.Errorf("--athletes writes text, json, markdown or html, not %s", o.format)}
		}
	}
	names, err := athleteFolders(dir)
	if err != nil {
		return err
	}
	var squad []report.Athlete
	worst := 0
	for _, name := range names {
		path := filepath.Join(dir, name)
		rep, cfg, err := f.judge([]string{path})
		if err != nil {
			// One athlete who cannot be judged costs that athlete, not the squad.
			f.done()
			fmt.Fprintf(stderr, "runlint: error: athlete %s: %s\n", report.Escape(name), report.Escape(err.Error()))
			squad = append(squad, report.Athlete{Name: name, Path: path, Err: err.Error()})
			worst = exitFindings
			continue
		}
		narrow(rep, "", []string{path}, since, until)
		if failsOn(rep, failOnFor(failOn, cfg)) {
			worst = exitFindings
		}
		squad = append(squad, report.Athlete{Name: name, Path: path, Report: rep})
		f.done()
	}
	if err := notOverInputs(outs, f.read); err != nil {
		return err
	}
	for _, o := range outs {
		if err := writeSquad(o, squad, stdout); err != nil {
			return err
		}
	}
	if worst != 0 {
		return exitError{worst}
	}
	return nil
}

// athleteFolders are dir's subfolders, sorted, hidden ones left out.
func athleteFolders(dir string) ([]string, error) {
	des, err := os.ReadDir(dir)
	if err != nil {
		return nil, usageError{fmt.Errorf("--athletes: %w", err)}
	}
	var names []string
	for _, d := range des {
		if isFolder(dir, d) && !strings.HasPrefix(d.Name(), ".") {
			names = append(names, d.Name())
		}
	}
	sort.Strings(names)
	if len(names) == 0 {
		return nil, usageError{fmt.Errorf("--athletes %s: no athlete folders in it (one subfolder per athlete)", report.Escape(dir))}
	}
	return names, nil
}

// isFolder reports whether an entry of dir is a folder, or a link to one:
// a coach keeps athletes' folders where they are and links them in.
func isFolder(dir string, d os.DirEntry) bool {
	if d.Type()&os.ModeSymlink == 0 {
		return d.IsDir()
	}
	info, err := os.Stat(filepath.Join(dir, d.Name()))
	return err == nil && info.IsDir()
}

// writeSquad writes one output of the squad; Markdown and HTML to a file
// also write each athlete's own report beside it (index-NAME.html).
func writeSquad(o output, squad []report.Athlete, stdout io.Writer) error {
	if o.path != "" && (o.format == "html" || o.format == "markdown") {
		ext := filepath.Ext(o.path)
		stem := strings.TrimSuffix(o.path, ext)
		for i := range squad {
			if squad[i].Report == nil {
				continue
			}
			own := stem + "-" + safeName(squad[i].Name) + ext
			if err := writeOut(own, nil, func(w io.Writer) error { return formatters[o.format](w, squad[i].Report) }); err != nil {
				return err
			}
			squad[i].Link = filepath.Base(own)
		}
	}
	return writeOut(o.path, stdout, func(w io.Writer) error { return squadFormats[o.format](w, squad) })
}

// safeName is a folder name fit for a file name beside the index.
func safeName(s string) string {
	return strings.Map(func(r rune) rune {
		if r == '/' || r == '\\' || r < ' ' || r == ':' {
			return '_'
		}
		return r
	}, s)
}
