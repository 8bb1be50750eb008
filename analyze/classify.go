package analyze

import (
	"fmt"
	"math"
	"sort"
	"strings"
	"time"

	"github.com/runlint/runlint/parse"
)

// hardEvidence is what makes a session hard, each measured against the
// run's long-run pace and the runner's HRmax.
type hardEvidence struct {
	workS, workPace float64 // time in work stretches (or laps) and its pace
	workReps        int
	workFrom        string  // "laps" or "pace"
	bursts          int     // fast 10-s bursts (strides, sprints)
	burstPace       float64 // pace of the fastest burst
	tempo           bool    // the whole run well faster than LRP
	avgHRShare      float64 // average HR / HRmax
	hotS            float64 // time at or above WorkHR
	hard            bool
	continuous      bool // hard all through (tempo, race, high HR), not in segments
	intervals       bool // enough fast work to be an interval session even inside a long run
	untrusted       bool // GPS jumps: the pace stream is not evidence
}

// fasterBy is how much faster pace is than lrp: 0.1 = 10 % faster; negative when slower.
func fasterBy(pace, lrp float64) float64 {
	if pace <= 0 || lrp <= 0 {
		return 0
	}
	return 1 - pace/lrp
}

// speedFor is the speed (m/s) of a pace margin faster than lrp.
func speedFor(lrp, margin float64) float64 { return 1000 / (lrp * (1 - margin)) }

func (c *classifier) evidence(r *Run) (hardEvidence, error) {
	var e hardEvidence
	d := r.Digest
	series, err := d.SeriesWith(&c.scratch)
	if err != nil {
		return e, err
	}
	lrp := r.LRP.Pace
	cfg := c.cfg
	if lrp > 0 {
		// Work from the watch's laps first: a lap of 20 s or more at work pace.
		workV := speedFor(lrp, cfg.WorkMargin)
		var lapS, lapD float64
		lapReps := 0
		for _, l := range series.Laps {
			if l.Secs >= 20 && l.DistM > 0 && l.DistM/l.Secs >= workV {
				lapS += l.Secs
				lapD += l.DistM
				lapReps++
			}
		}
		// Then from pace: stretches of 10-s buckets at work speed, bridging
		// single slower buckets (a corner, a GPS wobble). A stretch counts from
		// 60 s, or from 30 s when it is twice the margin faster (200-m repeats):
		// shorter, milder surges are what GPS noise and a downhill make.
		var segS, segD, runS, runD float64
		segReps, gap := 0, 0
		fastV := speedFor(lrp, 2*cfg.WorkMargin)
		closeRun := func() {
			if runS >= 60 || runS >= 30 && runD/runS >= fastV {
				segS += runS
				segD += runD
				segReps++
			}
			runS, runD, gap = 0, 0, 0
		}
		buckets := series.Buckets
		if e.untrusted = d.GPSJumps > 0 && r.Totals.DistanceFrom == "positions"; e.untrusted {
			buckets = nil // a track that jumps makes its own fast stretches
		}
		for _, b := range buckets {
			if b.Speed() >= workV {
				runS += b.Secs()
				runD += b.DistM()
				gap = 0
				continue
			}
			if runS > 0 && gap == 0 {
				gap++
				continue
			}
			closeRun()
		}
		closeRun()
		if lapS >= segS && lapS > 0 {
			e.workS, e.workPace, e.workReps, e.workFrom = lapS, lapS/(lapD/1000), lapReps, "laps"
		} else if segS > 0 {
			e.workS, e.workPace, e.workReps, e.workFrom = segS, segS/(segD/1000), segReps, "pace"
		}
		sprintV := speedFor(lrp, cfg.SprintMargin)
		for _, v := range series.Bursts {
			if e.untrusted {
				break
			}
			if v >= sprintV {
				e.bursts++
			}
		}
		if len(series.Bursts) > 0 {
			e.burstPace = 1000 / series.Bursts[0]
		}
		e.tempo = r.Totals.MovingS >= 15*60 && fasterBy(r.Pace(), lrp) >= cfg.TempoMargin
	}
	if c.maxHR > 0 && r.Totals.AvgHR > 0 && d.HRCover > 0.5 {
		e.avgHRShare = r.Totals.AvgHR / c.maxHR
		for _, b := range series.Buckets {
			if b.HR() >= cfg.WorkHR*c.maxHR {
				e.hotS += b.Secs()
			}
		}
	}
	highHR := r.Totals.MovingS >= 15*60 && e.avgHRShare >= cfg.HardHR
	e.continuous = e.tempo || highHR
	e.intervals = e.workS >= cfg.LongHardWork.Seconds() && fasterBy(e.workPace, lrp) >= cfg.LongHardMargin
	e.hard = e.continuous || e.workS >= cfg.WorkMin.Seconds() || e.bursts >= cfg.SprintReps || e.hotS >= cfg.WorkHRMin.Seconds()
	return e, nil
}

// hardReason writes the numbers that made a session hard.
func (c *classifier) hardReason(r *Run) string {
	e := r.hard
	lrp := FormatPace(r.LRP.Pace)
	var parts []string
	if e.tempo {
		parts = append(parts, fmt.Sprintf("%s at %s, %s faster than long-run pace %s", FormatMinutes(r.Totals.MovingS), FormatPace(r.Pace()), pct(fasterBy(r.Pace(), r.LRP.Pace)), lrp))
	}
	if e.workS >= c.cfg.WorkMin.Seconds() && !e.tempo {
		from := "in " + plural(e.workReps, "stretch")
		if e.workFrom == "laps" {
			from = "in " + plural(e.workReps, "lap")
		}
		parts = append(parts, fmt.Sprintf("%s of work at %s %s, %s faster than long-run pace %s", FormatMinutes(e.workS), FormatPace(e.workPace), from, pct(fasterBy(e.workPace, r.LRP.Pace)), lrp))
	}
	if e.bursts >= c.cfg.SprintReps {
		parts = append(parts, fmt.Sprintf("%d fast bursts (strides or sprints), the fastest at %s", e.bursts, FormatPace(e.burstPace)))
	}
	if e.avgHRShare >= c.cfg.HardHR && r.Totals.MovingS >= 15*60 {
		parts = append(parts, fmt.Sprintf("average HR %.0f, %s of max", r.Totals.AvgHR, pct(e.avgHRShare)))
	} else if e.hotS >= c.cfg.WorkHRMin.Seconds() {
		parts = append(parts, fmt.Sprintf("%s at or above %s of max HR (%.0f bpm)", FormatMinutes(e.hotS), pct(c.cfg.WorkHR), c.cfg.WorkHR*c.maxHR))
	} else if e.avgHRShare > 0 {
		parts = append(parts, fmt.Sprintf("HR %s of max", pct(e.avgHRShare)))
	}
	return strings.Join(parts, "; ")
}

type classifier struct {
	cfg    ClassifyConfig
	maxHR  float64
	intent map[string]intentResult // names repeat (sport profiles): read each once
	byDay  map[time.Time][]*Run    // judged runs by local date
	// scratch holds one run's series read back from the spill at a time.
	scratch parse.Series
}

type intentResult struct {
	class  Class
	warmup bool
}

// classify gives every judgeable run its class and reasons. Runs are oldest first.
func (c *classifier) classify(runs []*Run) {
	var judged []*Run
	c.byDay = map[time.Time][]*Run{}
	for _, r := range runs {
		if !r.judgeable() {
			continue
		}
		// One run's series at a time: they may be in a spill file.
		e, err := c.evidence(r)
		if err != nil {
			r.NotJudged = err.Error()
			continue
		}
		r.hard = e
		judged = append(judged, r)
		c.byDay[r.day()] = append(c.byDay[r.day()], r)
	}
	// First what each run is on its own: hard, long, or neither.
	for i, r := range judged {
		long, why := c.isLong(judged, i)
		switch {
		case r.hard.hard && (!long || r.hard.continuous || r.hard.intervals):
			r.Class = Hard
			r.Reasons = []string{"hard: " + c.hardReason(r)}
		case long:
			r.Class = Long
			r.Reasons = []string{"long: " + why}
			if r.hard.hard {
				r.Reasons = append(r.Reasons, "with quality inside: "+c.hardReason(r))
			}
		}
	}
	// Then by the day around it: warm-ups and cool-downs belong to their
	// session; short easy runs after a hard or long day are recovery runs.
	for _, r := range judged {
		if r.Class != "" {
			continue
		}
		if s := c.sessionOf(judged, r); s != nil {
			r.Class, r.PartOf = Easy, s
			rel := "warm-up for"
			if r.Start.After(s.Start) {
				rel = "cool-down after"
			}
			r.Reasons = []string{fmt.Sprintf("easy: %s, the %s the hard session of %s (not a recovery run)",
				FormatMinutes(r.Totals.MovingS), rel, shortName(s))}
			continue
		}
		pace := fmt.Sprintf("pace %s (long-run pace %s)", FormatPace(r.Pace()), FormatPace(r.LRP.Pace))
		if r.Pace() == 0 {
			pace = "no distance"
		}
		short := r.Totals.MovingS <= c.cfg.RecoveryMax.Seconds()
		if prev := dayBefore(c.byDay, r); prev != nil && short {
			r.Class, r.After = Recovery, prev
			r.Reasons = []string{fmt.Sprintf("recovery: %s the day after a %s day (%s), %s", FormatMinutes(r.Totals.MovingS), prev.Class, shortName(prev), pace)}
			continue
		}
		if short && r.Pace() > 0 && fasterBy(r.Pace(), r.LRP.Pace) <= -c.cfg.RecoveryMargin {
			r.Class = Recovery
			r.Reasons = []string{fmt.Sprintf("recovery: %s and slow, %s, %s slower than long-run pace", FormatMinutes(r.Totals.MovingS), pace, pct(-fasterBy(r.Pace(), r.LRP.Pace)))}
			continue
		}
		r.Class = Easy
		r.Reasons = []string{fmt.Sprintf("easy: %s at %s, no quality work", FormatMinutes(r.Totals.MovingS), pace)}
	}
	for _, r := range judged {
		if r.hard.untrusted {
			r.Reasons = append(r.Reasons, fmt.Sprintf("pace stretches and bursts not used: the GPS track jumps (%s)", plural(r.Digest.GPSJumps, "jump")))
		}
		c.applyIntent(r)
		if r.hard.avgHRShare > 0 && r.Class != Hard {
			r.Reasons = append(r.Reasons, fmt.Sprintf("average HR %.0f, %s of max", r.Totals.AvgHR, pct(r.hard.avgHRShare)))
		}
		r.Reasons = append(r.Reasons, r.LRP.Reason)
	}
}

// applyIntent shows what the run's name says it was, and lets a clear
// statement decide (UseNames): the runner's intent is what the audit holds
// the run to ("Recovery run" run too fast is a finding, not an easy run).
func (c *classifier) applyIntent(r *Run) {
	text := strings.TrimSpace(r.Name + " " + r.Description)
	if c.intent == nil {
		c.intent = map[string]intentResult{}
	}
	res, seen := c.intent[text]
	if !seen {
		res.class, res.warmup = intentOf(text)
		c.intent[text] = res
	}
	intent, warm := res.class, res.warmup
	if intent == "" && !warm {
		return
	}
	src := r.NameFrom
	if src == "" {
		src = "name"
	}
	quoted := fmt.Sprintf("%q (%s)", oneLine(r.Name, r.Description), src)
	if warm {
		r.Reasons = append(r.Reasons, "the name "+quoted+" says warm-up or cool-down")
		if c.cfg.UseNames && r.Class == Recovery {
			r.Class, r.After = Easy, nil
			r.Reasons[0] = strings.Replace(r.Reasons[0], "recovery:", "easy:", 1) + " (a warm-up or cool-down by its name, not a recovery run)"
		}
		return
	}
	r.Intent = intent
	if intent == r.Class || intent == Easy && r.Class == Recovery {
		r.Reasons = append(r.Reasons, fmt.Sprintf("the name %s says %s too", quoted, intent))
		return
	}
	if !c.cfg.UseNames {
		r.Reasons = append(r.Reasons, fmt.Sprintf("the name %s says %s; names are evidence only (use_names = false)", quoted, intent))
		return
	}
	was := r.Class
	r.Class = intent
	r.Reasons = append([]string{fmt.Sprintf("%s: the name %s says so; the numbers alone say %s", intent, quoted, was)}, r.Reasons...)
	if intent == Recovery && r.After == nil {
		r.After = dayBefore(c.byDay, r) // the audit holds a named recovery run to the day before too
	}
}

func oneLine(name, desc string) string {
	s := strings.TrimSpace(name)
	if d := strings.TrimSpace(desc); d != "" {
		if s != "" {
			s += ": "
		}
		s += d
	}
	s = strings.Join(strings.Fields(s), " ")
	if len([]rune(s)) > 60 {
		s = string([]rune(s)[:57]) + "..."
	}
	return s
}

// isLong: long by moving time, absolutely or against the runner's typical run
// (the median of the runs in the six weeks before).
func (c *classifier) isLong(judged []*Run, i int) (bool, string) {
	r := judged[i]
	m := r.Totals.MovingS
	if m >= c.cfg.LongMin.Seconds() {
		return true, fmt.Sprintf("%s moving, %s km, at or over %s", FormatMinutes(m), km(r.Totals.DistanceM), FormatMinutes(c.cfg.LongMin.Seconds()))
	}
	if m < c.cfg.LongFactorMin.Seconds() {
		return false, ""
	}
	from := r.day().AddDate(0, 0, -42)
	var prior []float64
	for _, p := range judged[:i] {
		if !p.day().Before(from) {
			prior = append(prior, p.Totals.MovingS)
		}
	}
	if len(prior) < 3 {
		return false, ""
	}
	typ := median(prior)
	if m >= c.cfg.LongFactor*typ {
		return true, fmt.Sprintf("%s moving, %s km: %.1f times the runner's typical run of the last 6 weeks (%s)", FormatMinutes(m), km(r.Totals.DistanceM), m/typ, FormatMinutes(typ))
	}
	return false, ""
}

// sessionOf finds the hard session a short run warms up or cools down for:
// same local date, ending or starting within WarmupGap of it.
func (c *classifier) sessionOf(judged []*Run, r *Run) *Run {
	if r.Totals.MovingS > c.cfg.WarmupMax.Seconds() {
		return nil
	}
	gap := c.cfg.WarmupGap.Duration
	var best *Run
	bestGap := time.Duration(math.MaxInt64)
	for _, s := range c.byDay[r.day()] {
		if s == r || s.Class != Hard {
			continue
		}
		var g time.Duration
		switch {
		case !r.end().After(s.Start):
			g = s.Start.Sub(r.end())
		case !r.Start.Before(s.end()):
			g = r.Start.Sub(s.end())
		default:
			continue
		}
		if g <= gap && g < bestGap {
			best, bestGap = s, g
		}
	}
	return best
}

// dayBefore returns the hardest run of the previous local date, if that day
// held a hard or long run.
func dayBefore(byDay map[time.Time][]*Run, r *Run) *Run {
	var found *Run
	for _, p := range byDay[r.day().AddDate(0, 0, -1)] {
		if p.Class == Hard || p.Class == Long {
			if found == nil || p.Class == Hard && found.Class != Hard {
				found = p
			}
		}
	}
	return found
}

func shortName(r *Run) string {
	s := r.LocalDate() + " " + r.LocalStart().Format("15:04")
	if n := strings.TrimSpace(r.Name); n != "" && r.NameFrom != "fit sport profile" {
		s += " " + fmt.Sprintf("%q", oneLine(n, ""))
	}
	return s
}

func km(m float64) string { return fmt.Sprintf("%.1f", m/1000) }

// sortRuns orders runs oldest first, then by file and session.
func sortRuns(runs []*Run) {
	sort.SliceStable(runs, func(i, j int) bool { return less(runs[i].Activity, runs[j].Activity) })
}
