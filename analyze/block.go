// Package analyze judges a block of training: it works out the runner's
// profile from the block itself, classifies every run as hard, easy, long or
// recovery with the reasons in numbers, and applies the rules.
package analyze

import (
	"fmt"
	"math"
	"slices"
	"sort"
	"time"

	"github.com/runlint/runlint/activity"

	"github.com/runlint/runlint/parse"
)

// Report is everything a block's check found, ready for any output format.
type Report struct {
	Runs     []*Run        // every activity read, oldest first
	Skipped  []SkippedFile // readable files that hold no activity
	Errors   []FileError   // files that could not be read
	Profile  Profile
	Load     Load      // the training load day by day and week by week
	Next     *Advice   // the next run, when the caller asked (check's summary)
	Findings []Finding // every finding, in run order, then by rule
	Notes    []Note    // what holds for much of the block, said once
	Unused   []Ignore  // ignores in the config that matched nothing
	Rules    []RuleState
	Summary  Summary
	// Failures are the runs and rules runlint could not judge for a fault
	// of its own; the rest of the block was judged.
	Failures []Failure
	// Config is the config file the check used, "" for the defaults. Set
	// by the caller.
	Config string
	// Root is the folder the check was asked about; reports that need paths
	// relative to it (SARIF, GitHub annotations) use it. Set by the caller.
	Root string

	failed *failures
}

// RuleState is a rule as this check ran it: enabled or not, at which severity.
type RuleState struct {
	*Rule
	Enabled  bool
	Severity Severity
}

// Keep narrows what the report shows to the runs keep accepts (and their
// findings), after the whole block was judged: the profile and every class
// still see the runs around them. Used by --since/--until and by the
// pre-commit hook, which reports only on the files it was given. The runs
// left out are counted in Summary.Context.
func (r *Report) Keep(keep func(*Run) bool) {
	runs := r.Runs[:0]
	for _, run := range r.Runs {
		if keep(run) {
			runs = append(runs, run)
		} else {
			r.Summary.Context++
		}
	}
	r.Runs = runs
	found := r.Findings[:0]
	for _, f := range r.Findings {
		if f.Run == nil || keep(f.Run) {
			found = append(found, f)
		}
	}
	r.Findings = found
	r.summarise()
}

// KeepFiles narrows the file-level part of the report (unreadable and
// skipped files, and findings about them) to the files keep accepts: with
// --context, a broken file in the context folder is not the commit's fault.
func (r *Report) KeepFiles(keep func(path string) bool) {
	r.Errors = slices.DeleteFunc(r.Errors, func(e FileError) bool { return !keep(e.File) })
	r.Skipped = slices.DeleteFunc(r.Skipped, func(s SkippedFile) bool { return !keep(s.File) })
	r.Findings = slices.DeleteFunc(r.Findings, func(f Finding) bool { return f.Run == nil && f.File != "" && !keep(f.File) })
	r.summarise()
}

// SkippedFile is a readable file that holds no activity, and what it is.
type SkippedFile struct {
	File   string
	Reason string
}

// FileError is a file that could not be read.
type FileError struct {
	File    string
	Message string
}

// Summary counts what was read and found.
type Summary struct {
	Activities int // activities read (a multi-sport file gives several)
	Runs       int
	NonRuns    int // activities that are not runs: listed, not analysed
	Skipped    int // files that hold no activity to analyse
	Errors     int // files that could not be read
	Context    int // activities read and judged for context only, not reported (--since, --until, --context)
	ByClass    map[Class]int
	BySeverity map[Severity]int
}

// LastDay is the local date of the block's last judged run; zero without one.
func (r *Report) LastDay() time.Time {
	var last time.Time
	for _, run := range r.Runs {
		if run.Judged() && run.day().After(last) {
			last = run.day()
		}
	}
	return last
}

// AtOrAbove is how many findings are at severity s or above it.
func (s Summary) AtOrAbove(sev Severity) int {
	n := 0
	for k, c := range s.BySeverity {
		if k.Rank() >= sev.Rank() {
			n += c
		}
	}
	return n
}

// Block judges what parse read, with the given config.
func Block(results []parse.Result, cfg Config) *Report {
	r := &Report{failed: &failures{}}
	for _, res := range results {
		switch {
		case res.Ignored:
		case res.Err != nil:
			r.Errors = append(r.Errors, FileError{File: res.Path, Message: res.Err.Error()})
		case res.Skipped != "":
			r.Skipped = append(r.Skipped, SkippedFile{File: res.Path, Reason: res.Skipped})
		default:
			for _, a := range res.Activities {
				r.Runs = append(r.Runs, &Run{Activity: a})
			}
		}
	}
	sortRuns(r.Runs)
	sort.SliceStable(r.Errors, func(i, j int) bool { return r.Errors[i].File < r.Errors[j].File })
	sort.SliceStable(r.Skipped, func(i, j int) bool { return r.Skipped[i].File < r.Skipped[j].File })

	for _, run := range r.Runs {
		if !run.IsRun() {
			continue
		}
		run.Digest = run.Activity.Digest
		run.NotJudged = unjudgeable(run, cfg.Classify)
	}
	markDuplicates(r.Runs)

	maxHR, why := estimateMaxHR(r.Runs, cfg.Profile)
	r.Profile = Profile{
		MaxHR: maxHR, MaxHRReason: why, RestingHR: cfg.Profile.RestingHR, ThresholdHR: cfg.Profile.ThresholdHR, Zones: seilerZones(maxHR),
		AeTHR: math.Round(cfg.Intensity.AeTHR * maxHR), AnTHR: math.Round(cfg.Intensity.AnTHR * maxHR),
	}
	c := &classifier{cfg: cfg.Classify, icfg: cfg.Intensity, pcfg: cfg.Profile, maxHR: maxHR, restHR: cfg.Profile.RestingHR, failed: r.failed}
	easy, lrps := c.classify(r.Runs)
	c.crossTraining(r.Runs)
	r.Profile.History = history(r.Runs, lrps, easy)
	if n := len(r.Profile.History); n > 0 {
		r.Profile.LongRunPace = r.Profile.History[n-1].LRP
		r.Profile.EasyPace = r.Profile.History[n-1].EasyPace
	} else {
		r.Profile.LongRunPace = LRP{From: "none", Reason: "no long-run pace: no run to judge"}
		r.Profile.EasyPace = PaceRef{From: "none", Reason: "no easy pace: no run to judge"}
	}

	r.Load = loadOf(r.Runs, cfg.Intensity)
	r.Load.SpikeBound = optFloat(cfg, loadSpike, "max_ratio")
	r.Findings, r.Unused, r.Rules = audit(r, cfg)
	r.Failures = r.failed.list
	sort.SliceStable(r.Failures, func(i, j int) bool {
		a, b := r.Failures[i], r.Failures[j]
		return a.File+a.Rule < b.File+b.Rule
	})
	r.summarise()
	return r
}

func (r *Report) summarise() {
	s := &r.Summary
	s.Activities, s.Skipped, s.Errors = len(r.Runs), len(r.Skipped), len(r.Errors)
	s.Runs, s.NonRuns = 0, 0
	s.ByClass = map[Class]int{}
	s.BySeverity = map[Severity]int{}
	for _, run := range r.Runs {
		if run.IsRun() {
			s.Runs++
		} else {
			s.NonRuns++
		}
		if run.Class != "" {
			s.ByClass[run.Class]++
		}
	}
	for _, f := range r.Findings {
		s.BySeverity[f.Severity]++
	}
}

// history is the long-run pace and the easy pace in force each week of the
// block, from its first run's week to the week after its last (what the next
// run would meet).
func history(runs []*Run, f *lrpFinder, easy *easyFinder) []ProfileWeek {
	var first, last time.Time
	for _, r := range runs {
		if !r.judgeable() {
			continue
		}
		if first.IsZero() {
			first = r.day()
		}
		last = r.day()
	}
	if first.IsZero() {
		return nil
	}
	var out []ProfileWeek
	for w := activity.WeekStart(first); !w.After(activity.WeekStart(last).AddDate(0, 0, 7)); w = w.AddDate(0, 0, 7) {
		e := easy.at(w)
		out = append(out, ProfileWeek{Week: w.Format(time.DateOnly), LRP: f.at(w, e), EasyPace: e})
	}
	return out
}

// unjudgeable says why a run cannot be judged at all, or "": too short, or
// so slow it was mostly standing (a watch left recording for hours).
func unjudgeable(r *Run, cfg ClassifyConfig) string {
	m, slowest := r.Totals.MovingS, cfg.SlowestPace.Seconds()
	switch pace := r.Pace(); {
	case m < cfg.MinMoving.Seconds():
		return fmt.Sprintf("too short to judge: %s moving (under %s)", formatShort(m), formatShort(cfg.MinMoving.Seconds()))
	case slowest > 0 && pace > slowest:
		return fmt.Sprintf("not a run to judge: %s moving at %s, slower than %s (mostly standing: a recording left running)", FormatMinutes(m), FormatPace(pace), FormatPace(slowest))
	}
	return ""
}

// markDuplicates finds the same activity recorded twice (a watch and a phone,
// a re-upload): time ranges overlapping by more than half of the shorter one.
// The copy with more data is judged; the other points to it.
func markDuplicates(runs []*Run) {
	for i, a := range runs {
		if a.DupOf != nil {
			continue
		}
		for _, b := range runs[i+1:] {
			if b.Start.After(a.end()) {
				break
			}
			if b.DupOf != nil || a.Sport != b.Sport {
				continue
			}
			overlap := activity.Overlap(a.Start, a.end(), b.Start, b.end()).Seconds()
			shorter := min(a.Totals.ElapsedS, b.Totals.ElapsedS)
			// A manual entry's start and length are typed, not recorded:
			// a recording is its run when it covers half of the entry,
			// not when a 7-min jog falls inside a typed hour.
			for _, m := range []*Run{a, b} {
				if manual(m) {
					shorter = max(shorter, m.Totals.ElapsedS)
				}
			}
			if shorter <= 0 || overlap <= 0.5*shorter {
				continue
			}
			keep, drop := a, b
			if better(b, a) {
				keep, drop = b, a
			}
			drop.DupOf = keep
			if drop == a {
				break
			}
		}
	}
}

// manual reports whether an activity is a manual entry: totals without a
// series, two samples at most: its start and end (a run typed into an app
// afterwards).
func manual(r *Run) bool {
	d := r.Activity.Digest
	return d == nil || d.Points <= 2
}

// better reports whether copy a of an activity is the one to judge over b:
// one that can be judged over one that cannot; then not the copy whose
// clock ran on long after the run (twice the other's elapsed time without
// twice its running: a watch left recording overnight); then the copy that
// holds a quarter more of the run or more (the whole over a piece recorded
// apart, a watch started late); else
// the richer.
func better(a, b *Run) bool {
	ma, mb := a.Totals.MovingS, b.Totals.MovingS
	ea, eb := a.Totals.ElapsedS, b.Totals.ElapsedS
	switch {
	case (a.NotJudged == "") != (b.NotJudged == ""):
		return a.NotJudged == ""
	case ea > 2*eb && eb > 0 && ma < 2*mb:
		return false
	case eb > 2*ea && ea > 0 && mb < 2*ma:
		return true
	case ma > 1.25*mb:
		return true
	case mb > 1.25*ma:
		return false
	}
	return richness(a) > richness(b)
}

// richness ranks copies of one activity: heart rate, then GPS, then samples.
func richness(r *Run) int {
	n := 0
	if d := r.Activity.Digest; d != nil {
		n = d.Points
	}
	if r.HasHR() {
		n += 1 << 30
	}
	if r.HasGPS() {
		n += 1 << 29
	}
	return n
}

// less orders activities oldest first, then by file and session, so output
// never depends on the order files were read in.
func less(a, b *activity.Activity) bool {
	if !a.Start.Equal(b.Start) {
		return a.Start.Before(b.Start)
	}
	if a.Source.Path != b.Source.Path {
		return a.Source.Path < b.Source.Path
	}
	return a.Source.Session < b.Source.Session
}
