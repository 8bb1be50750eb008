package analyze

var unreadableFile = register(&Rule{
	Code: "RL405", Name: "unreadable-file", Category: "data-quality", Severity: Error,
	Doc: Doc{
		Title:   "A file could not be read",
		What:    "Flags a file that could not be read at all: empty, not what its name says, or broken before any activity (the message says what broke, and where).",
		Why:     "A missing run changes the block: a hard day may be missing, and with it the reason a recovery run came the day after.",
		Example: "unreadable-file: fit: unexpected end of file",
	},
	Check: func(p *Pass) {
		for _, e := range p.Report.Errors {
			p.ReportFile(e.File, e.Message)
		}
	},
})
