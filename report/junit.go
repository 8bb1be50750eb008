package report

import (
	"encoding/xml"
	"fmt"
	"io"
	"path/filepath"
	"sort"
	"strconv"
	"time"

	"github.com/runlint/runlint/activity"
	"github.com/runlint/runlint/analyze"
)

type junitSuite struct {
	Name     string      `xml:"name,attr"`
	Tests    int         `xml:"tests,attr"`
	Failures int         `xml:"failures,attr"`
	Errors   int         `xml:"errors,attr"`
	Skipped  int         `xml:"skipped,attr"`
	Cases    []junitCase `xml:"testcase"`
}

type junitCase struct {
	Name      string         `xml:"name,attr"`
	Classname string         `xml:"classname,attr"`
	Skipped   *string        `xml:"skipped"`
	Error     *junitFailure  `xml:"error"`
	Failures  []junitFailure `xml:"failure"`
	SystemOut string         `xml:"system-out,omitempty"`
}

type junitFailure struct {
	Type    string `xml:"type,attr"`
	Message string `xml:"message,attr"`
	Text    string `xml:",chardata"`
}

// JUnit writes one test suite per training week (Monday, local date) and one
// test case per rule checked on each run, so passing checks count too. Error
// and warning findings are failures; info findings pass with the note in
// system-out; a file that could not be read is an error case.
//
// Every string from a file goes through Escape: encoding/xml escapes markup
// but writes characters XML 1.0 forbids as U+FFFD, losing them, and leaves
// bidi overrides that reorder what a CI page shows.
func JUnit(w io.Writer, r *analyze.Report) error {
	js := newJUnitSuites(r)
	var tests, failures, errs int
	js.each(func(s junitSuite) error {
		tests, failures, errs = tests+s.Tests, failures+s.Failures, errs+s.Errors
		return nil
	})
	if _, err := io.WriteString(w, xml.Header); err != nil {
		return err
	}
	enc := xml.NewEncoder(w)
	enc.Indent("", "  ")
	root := xml.StartElement{Name: xml.Name{Local: "testsuites"}, Attr: []xml.Attr{
		{Name: xml.Name{Local: "name"}, Value: "runlint"},
		{Name: xml.Name{Local: "tests"}, Value: strconv.Itoa(tests)},
		{Name: xml.Name{Local: "failures"}, Value: strconv.Itoa(failures)},
		{Name: xml.Name{Local: "errors"}, Value: strconv.Itoa(errs)},
	}}
	if err := enc.EncodeToken(root); err != nil {
		return err
	}
	err := js.each(func(s junitSuite) error {
		return enc.EncodeElement(s, xml.StartElement{Name: xml.Name{Local: "testsuite"}})
	})
	if err != nil {
		return err
	}
	if err := enc.EncodeToken(root.End()); err != nil {
		return err
	}
	if err := enc.Flush(); err != nil {
		return err
	}
	_, err = io.WriteString(w, "\n")
	return err
}

// junitSuites are a report's suites, built twice (once for the totals the
// root element carries, once to write them) rather than held: a lifetime of
// runs is tens of thousands of test cases. Only the runs are held, by week.
type junitSuites struct {
	weeks map[string][]*analyze.Run
	order []string // the weeks, oldest first
	r     *analyze.Report
}

func newJUnitSuites(r *analyze.Report) *junitSuites {
	js := &junitSuites{weeks: map[string][]*analyze.Run{}, r: r}
	for _, run := range r.Runs {
		if !run.IsRun() {
			continue
		}
		wk := activity.WeekStart(run.LocalStart()).Format(time.DateOnly)
		if js.weeks[wk] == nil {
			js.order = append(js.order, wk)
		}
		js.weeks[wk] = append(js.weeks[wk], run)
	}
	sort.Strings(js.order)
	return js
}

// each builds the suites one at a time, the weeks' and then the unreadable
// files', and hands each to fn.
func (js *junitSuites) each(fn func(junitSuite) error) error {
	for _, wk := range js.order {
		if err := fn(junitWeek(wk, js.weeks[wk], js.r.Rules)); err != nil {
			return err
		}
	}
	if len(js.r.Errors) == 0 {
		return nil
	}
	s := junitSuite{Name: "files"}
	for _, e := range js.r.Errors {
		s.Cases = append(s.Cases, junitCase{
			Name: Escape(e.File) + ": read", Classname: "runlint.RL405.unreadable-file",
			Error: &junitFailure{Type: "error", Message: Escape(e.Message)},
		})
		s.Tests++
		s.Errors++
	}
	return fn(s)
}

// junitWeek is a week's suite: a test case per run and rule.
func junitWeek(wk string, runs []*analyze.Run, rules []analyze.RuleState) junitSuite {
	s := junitSuite{Name: "week of " + wk}
	for _, run := range runs {
		name := fmt.Sprintf("%s %s %s", run.LocalDate(), run.LocalStart().Format("15:04"), Escape(filepath.Base(run.Source.Path)))
		byRule := map[string][]analyze.Finding{}
		for _, f := range run.Findings {
			byRule[f.Rule] = append(byRule[f.Rule], f)
		}
		for _, rs := range rules {
			c := junitCase{Name: name + ": " + rs.Name, Classname: "runlint." + rs.Code + "." + rs.Name}
			switch {
			case !rs.Enabled:
				why := "disabled in the config"
				c.Skipped = &why
				s.Skipped++
			case !run.Judged():
				why := "not judged: " + Escape(notJudgedWhy(run))
				c.Skipped = &why
				s.Skipped++
			}
			for _, f := range byRule[rs.Name] {
				if f.Severity == analyze.Info {
					c.SystemOut += string(f.Severity) + ": " + Escape(f.Message) + "\n"
					continue
				}
				c.Failures = append(c.Failures, junitFailure{Type: string(f.Severity), Message: Escape(f.Message), Text: runSummary(run)})
			}
			if len(c.Failures) > 0 {
				s.Failures++
				if c.Skipped != nil {
					c.Skipped = nil
					s.Skipped--
				}
			}
			s.Tests++
			s.Cases = append(s.Cases, c)
		}
	}
	return s
}

func notJudgedWhy(run *analyze.Run) string {
	switch {
	case run.DupOf != nil:
		return "duplicate of " + filepath.Base(run.DupOf.Source.Path)
	case !run.IsRun():
		return run.Sport + ": not a run"
	}
	return run.NotJudged
}

// runSummary is a run's class and reasons, for a failure's body.
func runSummary(run *analyze.Run) string {
	s := ""
	for _, r := range run.Reasons {
		s += Escape(r) + "\n"
	}
	return s
}
