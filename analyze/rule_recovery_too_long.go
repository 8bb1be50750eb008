package analyze

var recoveryTooLong = register(&Rule{
	Code: "RL103", Name: "recovery-too-long", Category: "recovery", Severity: Info, Off: true,
	Doc: Doc{
		Title: "A recovery run was longer than needed",
		What: "Flags a recovery run over the longest moving time (default 35 minutes: the founding article's 30, and 5 " +
			"minutes' grace for the way home). Time is the rule: a fast runner covers 6 km in 27 minutes, and that " +
			"is no longer a recovery run for it; the distance is checked only when max_km is set. Keeps quiet on the " +
			"runs that are not a day's recovery run (doubles, warm-ups, race-day jogs).",
		Off: "a few minutes over 30 is no fault a coach raises (signed 1 of 2); `runlint next` prescribes 20-30 minutes.",
		Why: "\"30 minutes is plenty\": a longer recovery run starts to add fatigue instead of shedding it. " +
			"Lower severity than running it too fast, which does more harm.",
		Example:    "recovery-too-long: 39 min moving (7.1 km), over the 35 min maximum",
		References: []string{"The founding article: 20-30 minutes; 3-6 km as a guide (\"it's all up to you\")"},
	},
	Options: []Option{
		{Name: "max", Kind: Minutes, Default: "35m", Doc: "the longest moving time of a recovery run"},
		{Name: "max_km", Kind: Km, Default: "0", Doc: "the longest distance, km (0: time is the rule)"},
	},
	Check: func(p *Pass) {
		max, hi := p.Duration("max").Seconds(), p.Float("max_km")*1000
		for _, r := range p.Runs() {
			if r.Class != Recovery || !p.OwnDay(r) {
				continue
			}
			switch t := r.Totals; {
			case t.MovingS > max:
				p.Reportf(r, "%s moving (%s km), over the %s maximum", FormatMinutes(t.MovingS), km(t.DistanceM), FormatMinutes(max))
			case hi > 0 && t.DistanceM > hi:
				p.Reportf(r, "%s km, over the %s km maximum", km(t.DistanceM), km(hi))
			}
		}
	},
})
