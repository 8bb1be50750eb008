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
			"stays what the session was for; this is how hard it was run. Keeps quiet on a long run with quality " +
			"inside (marathon-pace blocks, a fast finish: its minutes over the threshold are its point), on a warm-up or cool-down " +
			"(found, or named so) " +
			"(part of its session), on runs under min (15 minutes), and on a run whose average heart rate is under " +
			"the threshold however its minutes fall. By pace alone (no trusted heart rate), or within a tenth of " +
			"the limit, or with an average within 2 % of HRmax of the threshold, or on a flat run at or slower than the easy pace (the heat, " +
			"drift or the sensor speak there, not the runner), it is one severity lower.",
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
	},
	Check: func(p *Pass) {
		max, min := p.Float("max_share"), p.Duration("min").Seconds()
		for _, r := range p.Runs() {
			if r.Class != Easy && r.Class != Long && r.Class != Recovery || r.PartOf != nil || r.Warmup || r.Totals.MovingS < min {
				continue
			}
			if r.Quality {
				continue // a long run with quality inside (marathon-pace blocks): its minutes over are its point
			}
			share := r.Intensity.AboveAeT()
			if share <= max {
				continue
			}
			switch in := r.Intensity; {
			case in.ZonesFrom == "heart rate" && in.AvgHR < p.Config.Intensity.AeTHR*p.Report.Profile.MaxHR:
				// more time above the threshold than below, yet an average
				// under it: a skewed run, not one run too hard
			case in.ZonesFrom == "heart rate" && in.AvgHR >= (p.Config.Intensity.AeTHR+0.02)*p.Report.Profile.MaxHR &&
				(r.easyPace() <= 0 || r.Pace() > 0 && r.Pace() <= r.easyPace() || !flat(r) && share >= max+mildMargin):
				// The pace agrees (at or faster than easy), or the hills
				// explain a slow pace: slower on the flat, the heat, drift or
				// the sensor speak, not the runner's choice.
				p.Reportf(r, "%s", tooHardWords(p, r, share, max))
			default:
				// by pace alone (hills and trails slow the pace, not the
				// effort), or at the edge of the limit on a slow, warm run
				p.Mildf(r, "%s", tooHardWords(p, r, share, max))
			}
		}
	},
})

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
