package analyze

var hardDaysBackToBack = register(&Rule{
	Code: "RL201", Name: "hard-days-back-to-back", Category: "load", Severity: Warning,
	Doc: Doc{
		Title: "A hard session the day after a hard or long day",
		What:  "Flags a hard run on the local date after a date that held a hard or long run.",
		Why: "Hard days need an easy or recovery day between them to be absorbed; two in a row raise " +
			"injury risk and lower the quality of the second.",
		Example:    "hard-days-back-to-back: hard the day after a hard day (2024-06-03 18:10 \"6x800\")",
		References: []string{"Bill Bowerman's hard-easy principle; Daniels' Running Formula"},
	},
	Check: func(p *Pass) {
		for _, r := range p.Runs() {
			if r.Class != Hard {
				continue
			}
			if prev := p.DayBefore(r); prev != nil {
				p.Reportf(r, "hard the day after a %s day (%s)", prev.Class, shortName(prev))
			}
		}
	},
})
