package analyze

import (
	"fmt"
)

// mildMargin: a share this close over easy-too-hard's limit, on a run slower
// than the easy pace (heat, hills), is at the edge of it.
const mildMargin = 0.1

var easyTooHard = register(&Rule{
	Code: "RL501", Name: "easy-too-hard", Category: "intensity", Severity: Warning,
	Doc: Doc{
		Title: "An easy, long or recovery run spent too much of its time above the aerobic threshold",
		What: "Flags a run classed easy, long or recovery that spent more than max_share of its moving time above " +
			"the aerobic threshold: by heart rate (82 % of HRmax by default, intensity.aet_hr) where it can be " +
			"trusted, else by pace (8 % faster than the runner's easy pace, intensity.aet_margin). The class " +
			"stays what the session was for; this is how hard it was run. By heart rate it is a warning only where " +
			"the pace agrees (over the threshold by pace too) and clearly over (an average 2 % of HRmax over the " +
			"threshold, 5 points over the limit); else an info. At a pace between easy and the threshold (4 % " +
			"faster than easy or more), an info that says how far over the runner's own easy heart rate it was, " +
			"or that it was their usual (within intensity.usual_hr of an easy heart rate itself over the " +
			"threshold: their easy running sits over it); " +
			"at about the easy pace (within 4 %) and the runner's usual heart rate (or a few beats over it), an " +
			"info that says so; slower, or over their usual at about an easy pace, nothing: no runner who " +
			"pushed, and hills, heat, drift or the sensor no single run can " +
			"tell apart. By pace alone (no trusted heart rate), nothing unless by_pace is on (the easy pace is the " +
			"median of the runner's own runs: a run faster than it was a faster day, not an effort the pace " +
			"can tell); then an info, and only where the run's average pace, " +
			"grade-adjusted, was over the threshold too, on a run of classify.easy_runs_min or more and an easy " +
			"pace of pace_runs runs or more. A long run needs an average 2 % of HRmax " +
			"over the threshold (its drift; Pfitzinger's long runs go to 84 %), and 2 % more for a warning. " +
			"Keeps quiet on a long run with quality inside (marathon-pace blocks, a fast finish: " +
			"its minutes over the threshold are its point), on a warm-up or cool-down (found, or named so: part " +
			"of its session), on runs under min (15 minutes), and on a run whose average heart rate is under " +
			"the threshold however its minutes fall; a day's recovery run is recovery-too-fast's to audit.",
		Why: "The easy days of a polarised (80/20) week are run below the aerobic threshold, so that the hard days " +
			"can be hard. An easy run in the grey zone between the thresholds adds fatigue without the benefit of " +
			"a quality session, and is the most common fault of amateur training (Seiler).",
		Example: "easy-too-hard: 62 % of 48 min above the aerobic threshold by heart rate (over 168 bpm, 82 % of max 205), average 172 bpm; the limit is 50 %",
		References: []string{
			"Seiler & Kjerland 2006, Quantifying training intensity distribution in elite endurance athletes",
			"Fitzgerald, 80/20 Running (2014)",
		},
	},
	Options: []Option{
		{Name: "max_share", Kind: Share, Default: "0.5", Doc: "the share of moving time above the aerobic threshold an easy run may spend"},
		{Name: "min", Kind: Minutes, Default: "15m", Doc: "runs shorter than this are not audited: a few minutes' jog says little of a week's intensity"},
		{Name: "by_pace", Kind: Switch, Default: "false", Doc: "speak by pace alone, without a trusted heart rate: off, since the easy pace is the median of the runner's own runs, a run faster than it was a faster day, not a harder effort the pace can tell (terrain, GPS and the yardstick's weeks move it as much)"},
		{Name: "pace_runs", Kind: Count, Default: "5", Doc: "by pace alone, the easy pace a finding stands on must be the median of this many runs or more (the easy pace itself is read from three)"},
	},
	Check: func(p *Pass) {
		max, min := p.Float("max_share"), p.Duration("min").Seconds()
		for _, r := range p.Runs() {
			if r.Class != Easy && r.Class != Long && r.Class != Recovery || r.PartOf != nil || r.Warmup || r.Totals.MovingS < min {
				continue
			}
			if r.Class == Recovery && p.OwnDay(r) {
				continue // a day's recovery run: recovery-too-fast audits its effort, against a stricter cap
			}
			if r.Quality {
				continue // a long run with quality inside (marathon-pace blocks): its minutes over are its point
			}
			if share := r.Intensity.AboveAeT(); share > max {
				tooHard(p, r, share, max)
			}
		}
	},
})

// tooHard says an easy run was run too hard, at the severity its evidence
// bears. By heart rate it is a warning only where the pace agrees (over the
// aerobic threshold by pace too). At a pace between easy and the threshold
// it is an info that says how the heart rate stood to the runner's own easy
// heart rate (their easy runs of the weeks before, intensity.usual_hr); at
// an easy pace or slower, over their usual, it is not a runner who pushed
// (hills, heat, drift or the sensor): nothing. By pace alone, an info where
// the run's grade-adjusted average pace was over the threshold too.
func tooHard(p *Pass, r *Run, share, max float64) {
	in, maxHR, aet := r.Intensity, p.Report.Profile.MaxHR, p.Config.Intensity.AeTHR
	msg := tooHardWords(p, r, share, max)
	if in.ZonesFrom != "heart rate" {
		if !p.On("by_pace") {
			return
		}
		// By pace, the run as a whole must be over the threshold too,
		// grade for grade: minutes over it from a pace that swings
		// (pick-ups, GPS, descents) on an easy average are no easy run
		// run hard. Hills and trails slow the pace, not the effort: an info.
		// A yardstick of fewer than pace_runs runs, or a run under
		// easy_runs_min, says too little for that.
		if easy := r.easyPace(); easy > 0 && gradeAdjusted(r) <= easy*(1-p.Config.Intensity.AeTMargin) &&
			(float64(r.EasyPace.Runs) >= p.Float("pace_runs") || r.EasyPace.From == "block") && r.Totals.MovingS >= p.Config.Classify.EasyRunsMin.Seconds() {
			p.Mildf(r, "%s", msg)
		}
		return
	}
	floor := aet
	if r.Class == Long {
		floor += 0.02 // a long run's drift: Pfitzinger's long runs go up to 84 % of HRmax
	}
	if in.AvgHR < floor*maxHR {
		return // more time above the threshold than below, yet an average under it: a skewed run, or a long run's drift
	}
	strong := in.AvgHR >= (floor+0.02)*maxHR && share >= max+mildMargin/2
	easy, pace, margin := r.easyPace(), r.Pace(), p.Config.Intensity.AeTMargin
	// The runner's usual: within usual_hr of their easy heart rate, which
	// itself sits over the threshold (else a few beats over the line are
	// its noise, not their easy running).
	usual := usualHR(r, in.AvgHR, p.Config.Intensity.UsualHR*maxHR) && r.easyHR >= aet*maxHR
	switch {
	case easy <= 0 || pace <= 0 || pace <= easy*(1-margin):
		// the pace over the threshold too: both say so
		if strong {
			p.Reportf(r, "%s", msg)
		} else {
			p.Mildf(r, "%s", msg)
		}
	case pace < easy*(1-margin/2) && usual:
		p.Infof(r, "%s; the pace %s faster than easy pace %s, the heart rate at the runner's usual easy one (%.0f): their easy running sits over the threshold",
			msg, pct(fasterBy(pace, easy)), FormatPace(easy), r.easyHR)
	case pace < easy*(1-margin/2) && r.easyHR > 0:
		p.Infof(r, "%s; %.0f bpm over the runner's easy heart rate %.0f at a pace %s faster than easy pace %s, under the threshold by pace",
			msg, in.AvgHR-r.easyHR, r.easyHR, pct(fasterBy(pace, easy)), FormatPace(easy))
	case pace < easy*(1-margin/2):
		p.Infof(r, "%s; at a pace %s faster than easy pace %s, under the threshold by pace", msg, pct(fasterBy(pace, easy)), FormatPace(easy))
	case usual && in.AvgHR >= r.easyHR && pace <= easy*(1+margin/2):
		// At about the easy pace, the runner's usual heart rate or a few
		// beats over it: their easy running sits over the threshold. A
		// note, not a fault of this run's; under their usual, no note.
		drift := ""
		if r.Class == Long {
			drift = "; on a long run, drift and the heat may explain part of it"
		}
		p.Infof(r, "%s; at about the runner's easy pace %s and their usual easy heart rate %.0f: their easy running sits over the threshold%s",
			msg, FormatPace(easy), r.easyHR, drift)
	}
	// Slower than that, or over the runner's usual heart rate at an easy
	// pace: no runner who pushed. Hills, heat, drift or the sensor raised
	// it, and which one no single run can tell: nothing to say of the
	// training.
}

// usualHR reports whether hr is within margin bpm of the runner's easy heart
// rate (or under it): their usual easy effort.
func usualHR(r *Run, hr, margin float64) bool {
	return r.easyHR > 0 && hr < r.easyHR+margin
}

func tooHardWords(p *Pass, r *Run, share, max float64) string {
	in := r.Intensity
	total := in.Zones[0] + in.Zones[1] + in.Zones[2]
	if in.ZonesFrom == "heart rate" {
		maxHR := p.Report.Profile.MaxHR
		aet := p.Config.Intensity.AeTHR
		return fmt.Sprintf("%s of %s above the aerobic threshold by heart rate (over %.0f bpm, %s of max %.0f), average %.0f bpm%s; the limit is %s",
			pct(share), FormatMinutes(total), aet*maxHR, pct(aet), maxHR, in.AvgHR, trustedNote(r, in.AvgHR), pct(max))
	}
	aet := r.easyPace() * (1 - p.Config.Intensity.AeTMargin)
	return fmt.Sprintf("%s of %s above the aerobic threshold by pace (faster than %s, %s faster than easy pace %s); the limit is %s",
		pct(share), FormatMinutes(total), FormatPace(aet), pct(p.Config.Intensity.AeTMargin), FormatPace(r.easyPace()), pct(max))
}
