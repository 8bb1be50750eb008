package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/runlint/runlint/analyze"
	"github.com/runlint/runlint/report"
)

// runSquad judges each subfolder of dir as one athlete, alone: their own
// profile and classes, never one profile across runners. The athletes are
// streamed: each is judged, written (its row of every index, its document
// in the JSON, its own report beside a Markdown or HTML index, each into a
// temporary file put in place when the squad is done) and let go before
// the next, so a squad needs one athlete's memory, not the squad's.
func runSquad(f checkFlags, dir string, outs []output, failOn, since, until string, stdout, stderr io.Writer) error {
	for _, o := range outs {
		if !slices.Contains(report.SquadFormats, o.format) {
			return usageError{fmt.Errorf("--athletes writes text, json, markdown or html, not %s", o.format)}
		}
	}
	names, err := athleteFolders(dir)
	if err != nil {
		return err
	}
	indexes, err := openIndexes(outs, stdout)
	if err != nil {
		return err
	}
	defer indexes.abort()
	written := indexes.paths(names)
	worst := 0
	for _, name := range names {
		a, fails, err := judgeAthlete(&f, dir, name, failOn, since, until, stderr)
		if err == nil {
			// No output may be a file read; checked athlete by athlete, so
			// that the squad's inputs are not all held at once. Nothing is
			// in place until the squad is done, so a refusal writes nothing.
			err = notOverInputs(written, f.read)
		}
		f.read = nil
		if err == nil {
			err = indexes.add(a)
		}
		f.done() // the athlete is let go here: nothing keeps its report
		if err != nil {
			return err
		}
		if fails {
			worst = exitFindings
		}
	}
	if err := indexes.commit(); err != nil {
		return err
	}
	if worst != 0 {
		return exitError{worst}
	}
	return nil
}

// judgeAthlete judges one athlete's folder, with their next run as check
// advises it. One athlete who cannot be judged costs that athlete, not the
// squad: named on stderr and in the index, and failing the check.
func judgeAthlete(f *checkFlags, dir, name, failOn, since, until string, stderr io.Writer) (a report.Athlete, fails bool, err error) {
	path := filepath.Join(dir, name)
	rep, cfg, err := f.judge([]string{path})
	if err != nil {
		fmt.Fprintf(stderr, "runlint: error: athlete %s: %s\n", report.Escape(name), report.Escape(err.Error()))
		return report.Athlete{Name: name, Path: path, Err: err.Error()}, true, nil
	}
	if next := analyze.Next(rep, cfg, adviceDay(rep, time.Time{})); next.Kind != "none" {
		rep.Next = &next
	}
	narrow(rep, "", []string{path}, since, until)
	return report.Athlete{Name: name, Path: path, Report: rep}, failsOn(rep, failOnFor(failOn, cfg)), nil
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

// squadIndex is one output of a squad: its writer, the file it is
// written into (nil for standard output), and the athletes' own reports
// written beside it, each waiting to be put in place.
type squadIndex struct {
	out  output
	w    *report.SquadWriter
	file *replacement
	buf  *bufio.Writer
	own  []*replacement
}

// squadIndexes are the squad's outputs, open while the athletes are judged.
type squadIndexes []*squadIndex

func openIndexes(outs []output, stdout io.Writer) (squadIndexes, error) {
	var ix squadIndexes
	for _, o := range outs {
		si := &squadIndex{out: o, buf: bufio.NewWriter(stdout)}
		if o.path != "" {
			file, err := openReplacement(o.path)
			if err != nil {
				ix.abort()
				return nil, usageError{fmt.Errorf("output %s: %w", o.path, err)}
			}
			si.file = file
			si.buf.Reset(file)
		}
		w, err := report.NewSquadWriter(si.buf, o.format)
		if err != nil {
			ix.abort()
			return nil, usageError{err}
		}
		si.w = w
		ix = append(ix, si)
	}
	return ix, nil
}

// ownPath is where an index in a file puts an athlete's own report
// (INDEX-NAME.html), or "" when it puts none.
func (si *squadIndex) ownPath(name string) string {
	if si.out.path == "" || (si.out.format != "html" && si.out.format != "markdown") {
		return ""
	}
	ext := filepath.Ext(si.out.path)
	return strings.TrimSuffix(si.out.path, ext) + "-" + safeName(name) + ext
}

// paths is every file the squad will write: the indexes and, for the
// athletes named, their own reports.
func (ix squadIndexes) paths(names []string) []output {
	var out []output
	for _, si := range ix {
		out = append(out, si.out)
		for _, name := range names {
			if own := si.ownPath(name); own != "" {
				out = append(out, output{format: si.out.format, path: own})
			}
		}
	}
	return out
}

// add writes an athlete into every index; for a Markdown or HTML index in
// a file, their own report is written beside it, linked.
func (ix squadIndexes) add(a report.Athlete) error {
	for _, si := range ix {
		a.Link = ""
		if own := si.ownPath(a.Name); own != "" && a.Report != nil {
			r, err := writePending(own, func(w io.Writer) error { return formatters[si.out.format](w, a.Report) })
			if err != nil {
				return usageError{fmt.Errorf("output %s: %w", own, err)}
			}
			si.own = append(si.own, r)
			a.Link = filepath.Base(own)
		}
		if err := si.w.Add(a); err != nil {
			return fmt.Errorf("writing the squad's %s: %w", si.out.format, err)
		}
	}
	return nil
}

// writePending writes a whole file to be put in place later: written and
// closed now (a squad of a hundred keeps no file open), renamed by commit.
func writePending(path string, write func(io.Writer) error) (*replacement, error) {
	r, err := openReplacement(path)
	if err != nil {
		return nil, err
	}
	bw := bufio.NewWriter(r)
	err = write(bw)
	if err == nil {
		err = bw.Flush()
	}
	if err == nil {
		err = r.seal()
	}
	if err != nil {
		r.abort()
		return nil, err
	}
	return r, nil
}

// commit finishes every index and puts each file in place, the athletes'
// own reports first.
func (ix squadIndexes) commit() error {
	for i, si := range ix {
		err := si.w.Close()
		if err == nil {
			err = si.buf.Flush()
		}
		for len(si.own) > 0 && err == nil {
			err = si.own[0].commit()
			si.own = si.own[1:]
		}
		if err == nil && si.file != nil {
			err = si.file.commit()
			si.file = nil
		}
		if err != nil {
			ix[i+1:].abort()
			if si.out.path != "" {
				return usageError{fmt.Errorf("output %s: %w", si.out.path, err)}
			}
			return fmt.Errorf("writing the squad: %w", err)
		}
	}
	return nil
}

// abort leaves every file not yet committed as it was.
func (ix squadIndexes) abort() {
	for _, si := range ix {
		if si.file != nil {
			si.file.abort()
			si.file = nil
		}
		for _, r := range si.own {
			r.abort()
		}
		si.own = nil
	}
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
