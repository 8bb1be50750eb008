package analyze

import (
	"github.com/runlint/runlint/activity"
)

var unreadableFile = register(&Rule{
	Code: "RL405", Name: "unreadable-file", Category: "data-quality", Severity: Error,
	Doc: Doc{
		Title:   "A file could not be read, or was read only in part",
		What:    "Flags a file that could not be read at all (error), and a run read from a damaged file: truncated, or with a bad CRC (the message says which).",
		Why:     "A missing or partial run changes the block: a hard day may be missing, a recovery run may be judged on half its data.",
		Example: "unreadable-file: fit: unexpected end of file",
	},
	Check: func(p *Pass) {
		for _, e := range p.Report.Errors {
			p.ReportFile(e.File, e.Message)
		}
		sev := p.severity
		p.severity = Warning
		for _, r := range p.Report.Runs {
			if !r.IsRun() {
				continue
			}
			for _, w := range r.Warnings {
				if w.Kind == activity.Damage {
					p.Reportf(r, "%s", w)
				}
			}
		}
		p.severity = sev
	},
})
