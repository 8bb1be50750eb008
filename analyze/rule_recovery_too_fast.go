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
		What: "Flags a recovery run whose moving pace is faster than the long-run pace by more than the tolerance and " +
			"faster than the runner's easy pace, or, when its heart rate can be trusted, whose average heart rate " +
			"(artefacts and samples locked on cadence left out) is above the cap (a share of HRmax). The message says " +
			"which and by how much. It is an error when one says so clearly (strong_pace faster than the long-run " +
			"pace with no trusted heart rate within the cap; an average at strong_hr of HRmax or above); at the " +
			"edge of the limits, even of both, or with the heart rate within the cap, it is a warning; within the " +
			"first half of the way from a limit to its clear mark (a point or two over the cap, 3-5 % past the " +
			"long-run pace), where the yardstick's own error is as large, an info. Keeps quiet on a " +
			"heart rate up to 3 % of HRmax over the cap on a run at or slower than the easy pace; on runs under min (15 minutes); on a run at or slower than the " +
			"runner's easy pace by pace, whatever the long-run pace; on runs that are no day's recovery run (doubles, " +
			"warm-ups, race-day jogs); and on a long-run pace the terrain set (trail long runs do not make it).",
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
	},
	Check: func(p *Pass) {
		min := p.Duration("min").Seconds()
		for _, r := range p.Runs() {
			if r.Class == Recovery && p.OwnDay(r) && r.Totals.MovingS >= min {
				tooFast(p, r)
			}
		}
	},
})

// hrGrace: a heart rate up to this share of HRmax over the cap, on a run at
// or slower than the easy pace, is within the cap's noise (a warm day, a
// bridge), not a recovery run run too hard.
const hrGrace = 0.03

// trustedNote says where a run's trusted average heart rate parts from the
// one its table shows (the file's, or every sample's): over its moving
// minutes, artefacts and dropouts left out. "" where they agree.
func trustedNote(r *Run, hr float64) string {
	if t := r.Totals.AvgHR; t > 0 && math.Abs(hr-t) >= 3 {
		return fmt.Sprintf(" (over its trusted minutes; %.0f with every reading)", t)
	}
	return ""
}

// tooFast audits one recovery run's pace and heart rate.
func tooFast(p *Pass, r *Run) {
	tol, cap, strongPace, strongHR := p.Float("tolerance"), p.Float("hr_cap"), p.Float("strong_pace"), p.Float("strong_hr")
	maxHR, pace, lrp, easy := p.Report.Profile.MaxHR, r.Pace(), r.LRP.Pace, r.easyPace()
	paceReads := pace > 0 && lrp > 0 && paceMute(r) == ""
	faster := fasterBy(pace, lrp)
	byPace := paceReads && faster > tol && (easy <= 0 || pace < easy)
	hr, hrReads := r.Intensity.AvgHR, maxHR > 0 && r.Intensity.AvgHR > 0 && r.Intensity.HRTrust == ""
	byHR := hrReads && math.Round(hr) > math.Round(cap*maxHR) // a whole beat over: "76 % (cap 76 %)" is no breach
	if byHR && !byPace && hr <= (cap+hrGrace)*maxHR && (easy <= 0 || pace <= 0 || pace >= easy) {
		byHR = false // a point or two over the cap at an easy pace: no fault a coach raises
	}
	if !byPace && !byHR {
		return
	}
	var why []string
	if byPace {
		s := fmt.Sprintf("pace %s is %s faster than long-run pace %s (tolerance %s)", FormatPace(pace), pct(faster), FormatPace(lrp), pct(tol))
		if easy > 0 {
			s += " and faster than easy pace " + FormatPace(easy)
		}
		why = append(why, s)
	}
	if byHR {
		why = append(why, fmt.Sprintf("average HR %.0f%s is %s of max %.0f (cap %s, %.0f bpm)", hr, trustedNote(r, hr), pct(hr/maxHR), maxHR, pct(cap), cap*maxHR))
	} else if byPace && hrReads {
		why = append(why, fmt.Sprintf("average HR %.0f, %s of max, is within the cap (%s)", hr, pct(hr/maxHR), pct(cap)))
	}
	hrCalm := hrReads && !byHR // the heart rate says it was easy enough
	clearPace, clearHR := byPace && faster >= strongPace, byHR && hr >= strongHR*maxHR
	sure := clearHR || clearPace && !hrCalm || byPace && byHR && (clearPace || clearHR)
	msg := strings.Join(why, "; ")
	switch {
	case byHR && !byPace && easy > 0 && pace >= easy && flat(r):
		// The heart rate alone says too hard, on the flat at or slower than
		// the easy pace: heat, drift or the sensor, not a runner who pushed.
		p.Infof(r, "%s; the pace, at or slower than easy pace %s, says otherwise (heat, drift or the sensor)", msg, FormatPace(easy))
	case sure:
		p.Reportf(r, "%s", msg)
	case byPace && faster >= (tol+strongPace)/2 || byHR && hr >= (cap+strongHR)/2*maxHR:
		p.Mildf(r, "%s", msg)
	default: // a point or two over a limit the yardstick's own error is as large as
		p.Infof(r, "%s", msg)
	}
}
