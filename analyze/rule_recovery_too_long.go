package analyze

var recoveryTooLong = register(&Rule{
	Code: "RL103", Name: "recovery-too-long", Category: "recovery", Severity: Info,
	Doc: Doc{
		Title: "A recovery run was longer than needed",
		What:  "Flags a recovery run over the longest moving time (default 30 minutes), or over 6 km.",
		Why: "\"30 minutes is plenty\": a longer recovery run starts to add fatigue instead of shedding it. " +
			"Lower severity than running it too fast, which does more harm.",
		Example:    "recovery-too-long: 42 min moving, over the 30 min maximum",
		References: []string{"The founding article: 20-30 minutes, 3-6 km"},
	},
	Options: []Option{
		{Name: "max", Kind: Minutes, Default: "30m", Doc: "the longest moving time of a recovery run"},
		{Name: "max_km", Kind: Km, Default: "6", Doc: "the longest distance, km (0 to check time only)"},
	},
	Check: func(p *Pass) {
		max, hi := p.Duration("max").Seconds(), p.Float("max_km")*1000
		for _, r := range p.Runs() {
			if r.Class != Recovery {
				continue
			}
			switch t := r.Totals; {
			case t.MovingS > max:
				p.Reportf(r, "%s moving, over the %s maximum", FormatMinutes(t.MovingS), FormatMinutes(max))
			case hi > 0 && t.DistanceM > hi:
				p.Reportf(r, "%s km, over the %s km maximum", km(t.DistanceM), km(hi))
			}
		}
	},
})
