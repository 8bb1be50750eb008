package analyze

var recoveryTooShort = register(&Rule{
	Code: "RL102", Name: "recovery-too-short", Category: "recovery", Severity: Warning, Off: true,
	Doc: Doc{
		Title: "A recovery run was shorter than the minimum",
		What: "Flags a recovery run whose moving time is under the minimum (default 20 minutes). Time is the rule; the " +
			"distance is said as a note, and checked only when min_km is set. Keeps quiet on runs that are not a " +
			"day's recovery run: the shorter run of a double, a warm-up or cool-down, a jog on the day of a session " +
			"or a race are easy runs, part of their day.",
		Off: "coaches do not fault a 12-min jog the day after a session (signed 0 of 8); the founding 20 minutes is what `runlint next` prescribes.",
		Why: "\"Run for at least 20 minutes\": shorter than that, a recovery run adds little aerobic " +
			"benefit for the cost of getting out the door; a few easy minutes more help blood flow and recovery.",
		Example:    "recovery-too-short: 14 min moving (2.4 km), under the 20 min minimum",
		References: []string{"The founding article: a recovery run lasts 20-30 minutes, 3-6 km as a guide (\"it's all up to you\")"},
	},
	Options: []Option{
		{Name: "min", Kind: Minutes, Default: "20m", Doc: "the shortest moving time of a recovery run"},
		{Name: "min_km", Kind: Km, Default: "0", Doc: "the shortest distance, km (0: time is the rule, as the founding article makes it)"},
	},
	Check: func(p *Pass) {
		min, lo := p.Duration("min").Seconds(), p.Float("min_km")*1000
		for _, r := range p.Runs() {
			if r.Class != Recovery || !p.OwnDay(r) {
				continue
			}
			switch t := r.Totals; {
			case t.MovingS < min:
				p.Reportf(r, "%s moving (%s km), under the %s minimum", FormatMinutes(t.MovingS), km(t.DistanceM), FormatMinutes(min))
			case lo > 0 && t.DistanceM > 0 && t.DistanceM < lo:
				p.Reportf(r, "%s km, under the %s km minimum", km(t.DistanceM), km(lo))
			}
		}
	},
})
