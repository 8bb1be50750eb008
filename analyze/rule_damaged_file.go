package analyze

import "github.com/runlint/runlint/activity"

var damagedFile = register(&Rule{
	Code: "RL407", Name: "damaged-file", Category: "data-quality", Severity: Warning,
	Doc: Doc{
		Title: "A run read from a damaged file",
		What: "Flags a run read from a file that is damaged: cut short, failing its CRC, or decoded only in part " +
			"(the message says which). What was read before the damage is judged.",
		Why:     "A partial run may be judged on half its data: a hard session can look easy, a recovery run short.",
		Example: "damaged-file: file CRC mismatch (stored 0x1234, computed 0xabcd)",
	},
	Check: func(p *Pass) {
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
	},
})
