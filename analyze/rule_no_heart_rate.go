package analyze

var noHeartRate = register(&Rule{
	Code: "RL401", Name: "no-heart-rate", Category: "data-quality", Severity: Info,
	Doc: Doc{
		Title:   "A run without heart rate",
		What:    "Flags a judged run that has no heart rate.",
		Why:     "Without heart rate, effort is judged by pace alone: a hilly or hot recovery run can be too hard and pass.",
		Example: "no-heart-rate: no heart rate; effort judged by pace alone",
	},
	Check: func(p *Pass) {
		for _, r := range p.Runs() {
			if !r.HasHR() {
				p.Reportf(r, "no heart rate; effort judged by pace alone")
			}
		}
	},
})
