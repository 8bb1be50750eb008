package analyze

import (
	"fmt"
	"math"
	"strings"
)

var recoveryTooFast = register(&Rule{
	Code: "RL101", Name: "recovery-too-fast", Category: "recovery", Severity: Error,
	Doc: Doc{
		Title: "A recovery run was run too fast, by pace or by heart rate",
		What: "Flags a recovery run, the day after a hard day, whose moving pace is faster than the long-run pace by more " +
			"than the tolerance and faster than the runner's easy pace, or, when its heart rate can be trusted, whose " +
			"average heart rate (artefacts and samples locked on cadence left out) is more than 2 % of HRmax over the cap " +
			"(a share of HRmax; a few beats over it, hr_edge, are its noise). The message says which and by how much. How far " +
			"past the pace went is graded on the nearer of the long-run and the easy pace. It is an error only when " +
			"both say so and one clearly (strong_pace, or strong_hr of HRmax and over the runner's everyday easy " +
			"heart rate, intensity.usual_hr), or the pace clearly with no heart rate to ask, and the day before a long " +
			"run or a session hard by hard-days-back-to-back's min_above (after a lighter one, a warning); a warning when both say " +
			"so at the edge, or the pace alone half way to its clear mark; an info when both say so with the pace " +
			"within the tolerance of the nearer yardstick and the heart rate over the runner's usual easy one (at " +
			"their usual, an ordinary easy run: nothing); nothing at the edge of the pace alone. Where they disagree it " +
			"is at most an info: a pace past the limit with a trusted heart rate within its cap is said only when " +
			"clearly past (the heart rate says the effort was a recovery's; the yardstick may lag a runner getting " +
			"fitter); a heart rate over the cap is said alone only on climbs run faster than easy pace grade for " +
			"grade (walk them on a recovery day), or with no pace to ask. Keeps quiet on a heart rate over the cap " +
			"at or slower than easy pace grade for grade (heat, drift or the sensor, which no single run tells " +
			"apart) or under the runner's own easy runs' heart rate; on runs under min (15 minutes); on a run at or " +
			"slower than the runner's easy pace by pace, whatever the long-run pace; on runs that are no day's " +
			"recovery run (doubles, warm-ups, race-day jogs); on a run whose day before held no hard session beyond " +
			"sprints (strides, speed play, hill sprints) and no long run; and on a long-run pace the terrain set " +
			"(trail long runs do not make it).",
		Why: "A recovery run exists to add easy volume the day after a hard day without adding fatigue. " +
			"\"Just barely faster than your long-run pace\" is the founding article's limit; coaches are " +
			"stricter (McMillan, Hansons: at or slower than long-run pace; Pfitzinger: under 76 % of max " +
			"HR). Hills and heat slow the pace but not the effort, so heart rate is a second, independent test.",
		Example: "recovery-too-fast: pace 5:12/km is 9 % faster than long-run pace 5:43/km (tolerance 3 %) and faster than easy pace 5:30/km; average HR 152 is 81 % of max 188 (cap 76 %, 143 bpm)",
		References: []string{
			"The founding article: a recovery run goes no faster than just barely faster than long-run pace",
			"Pfitzinger & Douglas, Advanced Marathoning: recovery runs under 76 % of maximal heart rate",
			"McMillan Running; Hansons Marathon Method: recovery pace at or slower than long-run pace",
		},
	},
	Options: []Option{
		{Name: "tolerance", Kind: Share, Default: "0.03", Doc: "how much faster than long-run pace a recovery run may be (0.03 = 3 %; 0 for the stricter coaches)"},
		{Name: "hr_cap", Kind: Share, Default: "0.76", Doc: "the highest average heart rate, as a share of HRmax (Pfitzinger: 0.76)"},
		{Name: "strong_pace", Kind: Share, Default: "0.08", Doc: "a pace this much faster than long-run pace is too fast with confidence (an error)"},
		{Name: "strong_hr", Kind: Share, Default: "0.80", Doc: "an average heart rate at this share of HRmax or above is too high with confidence (an error)"},
		{Name: "min", Kind: Minutes, Default: "15m", Doc: "runs shorter than this are not audited: a few minutes' average pace and heart rate say little"},
		{Name: "hr_edge", Kind: Share, Default: "0.02", Doc: "a heart rate within this share of HRmax over the cap (a few beats) is the cap's own noise (a warm day, a bridge, the sensor): no breach"},
	},
	Check: func(p *Pass) {
		min := p.Duration("min").Seconds()
		for _, r := range p.Runs() {
			if r.Class == Recovery && p.OwnDay(r) && r.Totals.MovingS >= min && afterHardDay(p, r) {
				tooFast(p, r)
			}
		}
	},
})

// afterHardDay reports whether the day before r held a hard session that
// was more than sprints (Light: strides, speed play, hill sprints, which
// leave little to recover from) or a long run: the day a recovery run
// recovers from.
func afterHardDay(p *Pass, r *Run) bool {
	prev := p.DayBefore(r)
	if prev == nil {
		return false
	}
	for _, o := range p.shared().byDay[prev.day()] {
		if o.Class == Long || o.Class == Hard && !o.Light {
			return true
		}
	}
	return false
}

// firmHardDay reports whether the day before r held a long run or a session
// hard for the body by hard-days-back-to-back's measure (its min_above over
// the threshold): a recovery run after a lighter session (a 23-min run
// with 2 km of tempo) is still one, but no error stands on it.
func firmHardDay(p *Pass, r *Run) bool {
	prev := p.DayBefore(r)
	if prev == nil {
		return false
	}
	above, _ := ParseDuration(optValue(p.Config, hardDaysBackToBack, "min_above"))
	long, _ := ParseDuration(optValue(p.Config, hardDaysBackToBack, "long_min"))
	for _, o := range p.shared().byDay[prev.day()] {
		if o.Class == Long || hardDay(o, above.Seconds(), long.Seconds(), usualMargin(p)) {
			return true
		}
	}
	return false
}

// trustedNote says where a run's trusted average heart rate parts from the
// one its table shows (the file's, or every sample's): over its moving
// minutes, artefacts and dropouts left out. "" where they agree.
func trustedNote(r *Run, hr float64) string {
	if t := r.Totals.AvgHR; t > 0 && math.Abs(hr-t) >= 3 {
		return fmt.Sprintf(" (over its trusted minutes; %.0f with every reading)", t)
	}
	return ""
}

// recoveryReading is what a recovery run's pace and heart rate say against
// their limits.
type recoveryReading struct {
	pace, lrp, easy, faster float64 // s/km; faster: the share faster than lrp
	hr, maxHR, capHR        float64 // bpm
	paceReads, hrReads      bool
	byPace, byHR            bool // over the limit: pace past the tolerance, heart rate past the cap and its edge
}

func readRecovery(p *Pass, r *Run) recoveryReading {
	cap := p.Float("hr_cap")
	x := recoveryReading{pace: r.Pace(), lrp: r.LRP.Pace, easy: r.easyPace(), maxHR: p.Report.Profile.MaxHR, hr: r.Intensity.AvgHR}
	x.capHR = cap * x.maxHR
	x.paceReads = x.pace > 0 && x.lrp > 0 && paceMute(r) == ""
	x.faster = fasterBy(x.pace, x.lrp)
	x.byPace = x.paceReads && x.faster > p.Float("tolerance") && (x.easy <= 0 || x.pace < x.easy)
	x.hrReads = x.maxHR > 0 && x.hr > 0 && r.Intensity.HRTrust == ""
	x.byHR = x.hrReads && x.hr > (cap+p.Float("hr_edge"))*x.maxHR
	return x
}

// tooFast audits one recovery run's pace and heart rate. Where both speak
// and disagree, the finding is at most an info, or nothing: the heart rate
// within its cap says the effort was a recovery's whatever a lagging
// yardstick says of the pace; a pace that is no faster than it should be
// says a high heart rate is the heat's, the hills' or the sensor's.
func tooFast(p *Pass, r *Run) {
	x := readRecovery(p, r)
	if !x.byPace && !x.byHR {
		return
	}
	g := gradeRecovery(p, r, x)
	msg := recoveryWords(p, r, x)
	switch {
	case x.byPace && x.byHR && !g.edgePace:
		if (g.clearPace || g.clearHR) && firmHardDay(p, r) {
			p.Reportf(r, "%s", msg)
		} else {
			p.Mildf(r, "%s", msg)
		}
	case x.byPace && x.byHR: // the pace within the nearer yardstick's tolerance
		if !g.usualHR {
			p.Infof(r, "%s", msg)
		}
		// and the heart rate the runner's usual easy one: an ordinary
		// easy run, its pace a point or two past a yardstick's error
	case x.byPace && x.hrReads: // the heart rate, within its cap and its edge, says easy enough
		if g.clearPace {
			p.Infof(r, "%s", msg)
		}
	case x.byPace: // no heart rate to ask
		switch {
		case g.clearPace && firmHardDay(p, r):
			p.Reportf(r, "%s", msg)
		case g.clearPace || g.midPace:
			p.Mildf(r, "%s", msg)
		}
		// a point or two past a limit the yardstick's own error is as
		// large as, with no heart rate to ask: nothing to say
	case !x.paceReads: // the heart rate alone, with no pace to ask: never an error on one signal
		if g.clearHR {
			p.Mildf(r, "%s", msg)
		} else {
			p.Infof(r, "%s", msg)
		}
	case r.easyHR > 0 && x.hr < r.easyHR:
		// Over the cap, yet under the runner's own easy runs' heart
		// rate: a recovery run no harder than their easy days.
	case x.easy > 0 && x.pace >= x.easy && gradeAdjusted(r) < x.easy && !flat(r, p.Config.Profile.LRPAscent):
		// The climbs raised it: slow on them, grade for grade no slower
		// than easy. A recovery day walks them.
		p.Infof(r, "%s; on %.0f m of climbing a km, grade-adjusted faster than easy pace %s: the climbs were run too hard for a recovery day",
			msg, r.Totals.AscentM/(r.Totals.DistanceM/1000), FormatPace(x.easy))
	case x.easy > 0 && x.pace < x.easy:
		p.Infof(r, "%s", msg)
	}
	// The heart rate alone over the cap at or slower than the easy pace,
	// grade for grade: it disagrees with the pace (heat, drift or the
	// sensor, which no single run can tell apart): nothing to say.
}

// recoveryGrade is how far past their limits a recovery run's pace and heart
// rate went.
type recoveryGrade struct {
	past                         float64 // the share faster than the nearer of the long-run and easy pace
	edgePace, midPace, clearPace bool
	usualHR, clearHR             bool
}

// gradeRecovery grades x. How far past the pace went is graded on the
// nearer yardstick: where the long-run pace is slower than the easy pace,
// the gap between them is the yardsticks' own error, not the runner's. A
// heart rate at the runner's usual easy heart rate (intensity.usual_hr) is
// their everyday running, no clear sign of a recovery run pushed.
func gradeRecovery(p *Pass, r *Run, x recoveryReading) recoveryGrade {
	tol, strong := p.Float("tolerance"), p.Float("strong_pace")
	g := recoveryGrade{past: x.faster}
	if x.easy > 0 {
		g.past = min(g.past, fasterBy(x.pace, x.easy))
	}
	g.edgePace = x.byPace && g.past <= tol
	g.midPace = x.byPace && g.past >= (tol+strong)/2
	g.clearPace = x.byPace && g.past >= strong
	g.usualHR = x.byHR && usualHR(r, x.hr, p.Config.Intensity.UsualHR*x.maxHR)
	g.clearHR = x.byHR && x.hr >= p.Float("strong_hr")*x.maxHR && !g.usualHR
	return g
}

// recoveryWords says what the pace and the heart rate said.
func recoveryWords(p *Pass, r *Run, x recoveryReading) string {
	var why []string
	if x.byPace {
		s := fmt.Sprintf("pace %s is %s faster than long-run pace %s (tolerance %s)", FormatPace(x.pace), pct(x.faster), FormatPace(x.lrp), pct(p.Float("tolerance")))
		if x.easy > 0 {
			s += " and faster than easy pace " + FormatPace(x.easy)
		}
		why = append(why, s)
	}
	cap := p.Float("hr_cap")
	switch {
	case x.byHR:
		why = append(why, fmt.Sprintf("average HR %.0f%s is %s of max %.0f (cap %s, %.0f bpm)", x.hr, trustedNote(r, x.hr), pct(x.hr/x.maxHR), x.maxHR, pct(cap), x.capHR))
	case x.byPace && x.hrReads && x.hr > x.capHR:
		why = append(why, fmt.Sprintf("average HR %.0f, %s of max, is within %s of the cap (%s, %.0f bpm): the heart rate says easy enough", x.hr, pct(x.hr/x.maxHR), pct(p.Float("hr_edge")), pct(cap), x.capHR))
	case x.byPace && x.hrReads:
		why = append(why, fmt.Sprintf("average HR %.0f, %s of max, is within the cap (%s): the heart rate says easy enough", x.hr, pct(x.hr/x.maxHR), pct(cap)))
	}
	return strings.Join(why, "; ")
}
