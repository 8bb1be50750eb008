package analyze

var notJudged = register(&Rule{
	Code: "RL406", Name: "not-judged", Category: "data-quality", Severity: Info, Off: true,
	Doc: Doc{
		Title:   "A run too short or too broken to judge",
		What:    "Lists runs that get no class: under the minimum moving time, or with too little data.",
		Off:     "the run table says \"(not judged)\" and why; as a finding it was noise to a coach.",
		Why:     "They are left out of the profile and the recovery audit; say so rather than drop them silently.",
		Example: "not-judged: too short to judge: 3 min moving (under 5 min)",
	},
	Check: func(p *Pass) {
		for _, r := range p.Report.Runs {
			if r.IsRun() && r.DupOf == nil && r.NotJudged != "" {
				p.Reportf(r, "%s", r.NotJudged)
			}
		}
	},
})
