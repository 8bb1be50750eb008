package analyze

import (
	"fmt"
	"strconv"
	"time"
)

// Pass is what one rule sees of the block, and where it reports. The facts
// it hands out (the judged runs, the runs by day) are worked out once for
// every rule.
type Pass struct {
	Report   *Report
	Rule     *Rule
	Config   Config // the thresholds the block was judged by
	facts    *facts
	opts     map[string]string
	severity Severity
	found    []Finding
	notes    []Note
}

// facts are what several rules read of the block, worked out once.
type facts struct {
	judged []*Run
	byDay  map[time.Time][]*Run
}

func newFacts(r *Report) *facts {
	f := &facts{byDay: map[time.Time][]*Run{}}
	for _, run := range r.Runs {
		if run.Judged() {
			f.judged = append(f.judged, run)
			f.byDay[run.day()] = append(f.byDay[run.day()], run)
		}
	}
	return f
}

func (p *Pass) shared() *facts {
	if p.facts == nil {
		p.facts = newFacts(p.Report)
	}
	return p.facts
}

// Runs are every run judged (classified), oldest first.
func (p *Pass) Runs() []*Run { return p.shared().judged }

// DayBefore is the hardest run of the local date before r's, when that day
// held a hard or long run.
func (p *Pass) DayBefore(r *Run) *Run { return dayBefore(p.shared().byDay, r) }

// OwnDay reports whether r is its day's main run: no other judged run of its
// local date was a hard or long one, or longer. A recovery run is audited
// only as its day's main run; a jog beside a session or a longer run is
// part of that day.
func (p *Pass) OwnDay(r *Run) bool {
	for _, o := range p.shared().byDay[r.day()] {
		if o != r && (o.Class == Hard || o.Class == Long || o.Totals.MovingS > r.Totals.MovingS) {
			return false
		}
	}
	return true
}

// Float reads a numeric option.
func (p *Pass) Float(name string) float64 {
	v, _ := strconv.ParseFloat(p.opts[name], 64)
	return v
}

// On reads a true-or-false option.
func (p *Pass) On(name string) bool { return p.opts[name] == "true" }

// Duration reads a duration option.
func (p *Pass) Duration(name string) time.Duration {
	d, _ := ParseDuration(p.opts[name])
	return d
}

// Reportf records a finding about run r, at the rule's severity.
func (p *Pass) Reportf(r *Run, format string, args ...any) {
	p.reportAt(p.severity, r, format, args...)
}

// Mildf records a finding about run r one severity below the rule's: one at
// the edge of its limit, which a coach would mention but not call a
// mistake with confidence.
func (p *Pass) Mildf(r *Run, format string, args ...any) {
	sev := p.severity
	switch sev {
	case Error:
		sev = Warning
	case Warning:
		sev = Info
	}
	p.reportAt(sev, r, format, args...)
}

// Infof records a finding about run r at info: a fact at the
// edge of a limit, for the runner who wants to see it, below any CI gate.
func (p *Pass) Infof(r *Run, format string, args ...any) {
	p.reportAt(Info, r, format, args...)
}

func (p *Pass) reportAt(sev Severity, r *Run, format string, args ...any) {
	f := Finding{Rule: p.Rule.Name, Code: p.Rule.Code, Severity: sev, Message: fmt.Sprintf(format, args...)}
	if r != nil {
		f.File, f.Session, f.Date, f.Run = r.Source.Path, r.Source.Session, r.LocalDate(), r
	}
	p.found = append(p.found, f)
}

// Notef records a note about the block: n of its judged runs share what
// it says.
func (p *Pass) Notef(n int, format string, args ...any) {
	p.notes = append(p.notes, Note{Rule: p.Rule.Name, Code: p.Rule.Code, Runs: n, Of: len(p.Runs()), Message: fmt.Sprintf(format, args...)})
}

// ReportFile records a finding about a file with no run.
func (p *Pass) ReportFile(file, msg string) {
	p.found = append(p.found, Finding{Rule: p.Rule.Name, Code: p.Rule.Code, Severity: p.severity, Message: msg, File: file})
}
