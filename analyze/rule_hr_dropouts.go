package analyze

import (
	"fmt"

	"github.com/runlint/runlint/activity"
)

var hrDropouts = register(&Rule{
	Code: "RL402", Name: "hr-dropouts", Category: "data-quality", Severity: Warning, Off: true,
	Doc: Doc{
		Title: "Heart rate missing for part of a run",
		What: "Flags a run with heart rate whose heart rate is missing for more than the allowed share of " +
			"its moving time, or that has several gaps of over 10 s.",
		Off: "dropouts are said where they matter (the heart rate a verdict uses leaves them out); as findings they were noise to a coach (signed 0 of 3).",
		Why: "Dropouts (a strap losing contact, an optical sensor in the cold) make average heart rate " +
			"and the HR test of recovery runs unreliable.",
		Example: "hr-dropouts: heart rate missing for 22 % of moving time, in 5 gaps of over 10 s",
	},
	Options: []Option{
		{Name: "max_missing", Kind: Share, Default: "0.1", Doc: "the share of moving time that may lack heart rate"},
		{Name: "max_gaps", Kind: Count, Default: "3", Doc: "how many gaps of over 10 s are allowed"},
	},
	Check: func(p *Pass) {
		maxMissing, maxGaps := p.Float("max_missing"), int(p.Float("max_gaps"))
		for _, r := range p.Runs() {
			d := r.Digest
			if !r.HasHR() || d.Buckets == 0 {
				continue
			}
			if missing := 1 - d.HRCover; missing > maxMissing || d.HRDropouts > maxGaps {
				p.Reportf(r, "heart rate missing for %s of moving time, in %s of over 10 s", pct(missing), activity.Plural(d.HRDropouts, "gap"))
			}
		}
	},
	BlockNote: func(n, of int) string {
		return fmt.Sprintf("heart rate drops out on %d of %d runs (the sensor loses contact): averages and the recovery cap are read from what is left", n, of)
	},
})
