package analyze

import (
	"fmt"
	"time"
)

var loadSpike = register(&Rule{
	Code: "RL202", Name: "load-spike", Category: "load", Severity: Warning,
	Doc: Doc{
		Title: "A week whose acute load jumped past its chronic load",
		What: "Flags a week in which the acute:chronic workload ratio (the 7-day over the 28-day exponentially " +
			"weighted average of the daily TRIMP, see intensity.acute_days and chronic_days) passed the bound " +
			"and the acute load stood min_rise or more above the chronic (a rise of loads that matter, not 10 " +
			"against 6), once the block holds a whole chronic window. The finding sits on the run of the day the " +
			"ratio peaked; weeks in a row over the bound are one spike, said at its peak. It says the 7 days' hours and " +
			"load against the weeks before, and the one activity that carried two fifths of the load or more. Keeps quiet on a spike " +
			"whose peak is a race (a race is the point of the weeks before it, not a training choice), on a week " +
			"that held under week_ratio times the hours of running of the average week before (one long run in a usual " +
			"week; a load that rose on a heart rate or a pace estimate alone), and on a ratio " +
			"that a small load makes large: the ratio of two small " +
			"averages swings on one run (Impellizzeri et al. 2020). Hours of running leave out walking, standing and " +
			"other sports (a watch left recording adds none; a ski week's load counts, its hours are no running). A " +
			"warning where the 7 days grew by week_ratio in their load as well as their running; an info where " +
			"the running grew at an easy effort; " +
			"from a chronic load under low_base it says the jump is from a low base.",
		Why: "Load that rises faster than the body has adapted to is the best-documented training cause of " +
			"injury: past a ratio of about 1.5, injury risk rises steeply in the weeks after.",
		Example: "load-spike: the 7 days to 2024-03-21: acute load 103 a day is 1.75 times the chronic 59 (exponentially weighted, bound 1.6); " +
			"in all 6:10 h of running, load 720, against 3:40 h and 410 in the average week of the 4 before",
		References: []string{
			"Gabbett 2016, The training-injury prevention paradox (BJSM 50:273)",
			"Williams et al. 2017, Better way to determine the acute:chronic workload ratio? (BJSM 51:209): the exponentially weighted averages",
			"Impellizzeri et al. 2020, Acute:chronic workload ratio: conceptual issues and fundamental pitfalls (IJSPP 15:907): a ratio alone, of loads coupled and small, misleads; the absolute rise is asked too",
		},
	},
	Options: []Option{
		{Name: "max_ratio", Kind: Threshold, Default: "1.6", Doc: "the highest acute:chronic ratio a week may reach (Gabbett's danger zone begins at 1.5: runlint speaks from 1.6, past the edge that one run more or less decides)"},
		{Name: "min_rise", Kind: Threshold, Default: "20", Doc: "and the acute load must stand this much TRIMP a day above the chronic (20: about three more hours of easy running a week)"},
		{Name: "week_ratio", Kind: Threshold, Default: "1.5", Doc: "and the 7 days to the peak must hold this many times the hours of running of the average week of the 4 before (Gabbett's rolling ratio, its danger zone from 1.5): one long run in a usual week lifts the weighted ratio, not the week; a warning when their load grew as much"},
		{Name: "low_base", Kind: Threshold, Default: "30", Doc: "a chronic load under this (TRIMP a day, about half an hour of easy running) is a low base: the finding says the jump is from one, a return from a break"},
	},
	Check: func(p *Pass) {
		bound, rise, low, weekRatio := p.Float("max_ratio"), p.Float("min_rise"), p.Float("low_base"), p.Float("week_ratio")
		l := p.Report.Load
		for i, w := range l.Weeks {
			if w.MaxRatio <= bound || !peakOfSpike(l.Weeks, i, bound) {
				continue
			}
			d, _ := l.DayLoad(w.RatioDay)
			if d.Acute-d.Chronic < rise {
				continue
			}
			week := weekTo(p, w.RatioDay)
			if !week.grew(weekRatio) {
				continue
			}
			r := hardestOn(p, w.RatioDay)
			if r == nil || r.Race {
				continue
			}
			// Said of the 7 days to the peak, not of the calendar week
			// it falls in; the ratio is of daily averages, the week's
			// sums follow it in their own units.
			msg := fmt.Sprintf("the 7 days to %s: acute load %.0f a day is %.2f times the chronic %.0f (exponentially weighted, bound %.2g)",
				w.RatioDay.Format(time.DateOnly), d.Acute, d.Ratio, d.Chronic, bound) + week.words()
			if d.Chronic < low {
				msg += ": a jump from a low base (a return from a break?); build back over weeks, not days"
			}
			if !week.both(weekRatio) {
				p.Mildf(r, "%s", msg) // the load grew, the hours did not (or the other way): one measure's word
				continue
			}
			p.Reportf(r, "%s", msg)
		}
	},
})

// hardestOn is the run of day d with the most load, nil without one.
func hardestOn(p *Pass, d time.Time) *Run {
	var best *Run
	for _, r := range p.shared().byDay[d] {
		if best == nil || r.Intensity.Load > best.Intensity.Load {
			best = r
		}
	}
	return best
}

// peakOfSpike reports whether week i is the peak of its spike: the highest
// ratio of the weeks in a row over the bound around it. A spike carried into
// the next week by the acute window is one spike, said once.
func peakOfSpike(weeks []LoadWeek, i int, bound float64) bool {
	for j := i - 1; j >= 0 && weeks[j].MaxRatio > bound; j-- {
		if weeks[j].MaxRatio >= weeks[i].MaxRatio {
			return false
		}
	}
	for j := i + 1; j < len(weeks) && weeks[j].MaxRatio > bound; j++ {
		if weeks[j].MaxRatio > weeks[i].MaxRatio {
			return false
		}
	}
	return true
}
