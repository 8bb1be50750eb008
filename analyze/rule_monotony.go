package analyze

import (
	"fmt"
	"time"
)

var monotonyRule = register(&Rule{
	Code: "RL203", Name: "monotony", Category: "load", Severity: Warning, Off: true,
	Doc: Doc{
		Title: "A week of the same load day after day",
		What: "Flags a week whose Foster monotony (the mean of its seven daily loads over their standard " +
			"deviation, rest days as zero) is above the bound, with its strain (the week's load times its " +
			"monotony). The finding sits on the week's last run.",
		Off: "TRIMP varies little from day to day for a runner who runs every day with hard, long and easy days, so it fired week after week where a coach saw contrast (signed 1 of 13).",
		Why: "Hard-easy works because the easy days are easy and there are rest days; a week without that " +
			"contrast, even of modest load, is what preceded illness and overtraining in Foster's athletes.",
		Example:    "monotony: week of 2024-03-18: monotony 2.4 (mean daily load 61, 7 days of 7 with load), strain 1025 (bound 2)",
		References: []string{"Foster 1998, Monitoring training in athletes with reference to overtraining syndrome (MSSE 30:1164)"},
	},
	Options: []Option{
		{Name: "max_monotony", Kind: Threshold, Default: "2.0", Doc: "the highest monotony a week may have"},
	},
	Check: func(p *Pass) {
		bound := p.Float("max_monotony")
		l := p.Report.Load
		for _, w := range l.Weeks {
			if w.Monotony <= bound {
				continue
			}
			var last *Run
			days := 0
			for d := w.Week; d.Before(w.Week.AddDate(0, 0, 7)); d = d.AddDate(0, 0, 1) {
				if r := hardestOn(p, d); r != nil {
					last = r
					days++
				}
			}
			m := fmt.Sprintf("%.1f", w.Monotony)
			if w.Monotony >= maxMonotony {
				m = "10 or more (the same load every day)"
			}
			if last != nil {
				p.Reportf(last, "week of %s: monotony %s (mean daily load %.0f, %d days of 7 with load), strain %.0f (bound %.2g)",
					w.Week.Format(time.DateOnly), m, w.Load/7, days, w.Strain, bound)
			}
		}
	},
})
