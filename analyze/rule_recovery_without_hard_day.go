package analyze

var recoveryWithoutHardDay = register(&Rule{
	Code: "RL104", Name: "recovery-without-hard-day", Category: "recovery", Severity: Info, Off: true,
	Doc: Doc{
		Title: "A recovery run followed no hard or long day",
		What:  "Flags a run classified or named as recovery when the previous local date held no hard or long run.",
		Why: "A recovery run comes the day after a hard day. Without one, the run is an easy run: " +
			"nothing wrong with it, but the plan may have meant something else, or a hard day is missing from the files.",
		Example:    "recovery-without-hard-day: 2024-06-02 held no hard or long run",
		References: []string{"The founding article: a recovery run comes the day after a hard day"},
		Off:        "a run its runner called a recovery run after an easy day is no fault; it tells the runner nothing to do (signed 0 of 1).",
	},
	Check: func(p *Pass) {
		for _, r := range p.Runs() {
			if r.Class == Recovery && r.After == nil {
				p.Reportf(r, "%s held no hard or long run", r.day().AddDate(0, 0, -1).Format("2006-01-02"))
			}
		}
	},
})
