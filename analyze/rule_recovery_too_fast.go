package analyze

import (
	"fmt"
	"strings"
)

var recoveryTooFast = register(&Rule{
	Code: "RL101", Name: "recovery-too-fast", Category: "recovery", Severity: Error,
	Doc: Doc{
		Title: "A recovery run was run too fast, by pace or by heart rate",
		What: "Flags a recovery run whose moving pace is faster than the long-run pace by more than the " +
			"tolerance, or, when its heart rate can be trusted, whose average heart rate is above the cap (a share of " +
			"HRmax; samples locked on cadence and dropouts left out). Either test alone flags it; the message says which and by how much.",
		Why: "A recovery run exists to add easy volume the day after a hard day without adding fatigue. " +
			"\"Just barely faster than your long-run pace\" is the founding article's limit; coaches are " +
			"stricter (McMillan, Hansons: at or slower than long-run pace; Pfitzinger: under 76 % of max " +
			"HR). Hills and heat slow the pace but not the effort, so heart rate is a second, independent test.",
		Example: "recovery-too-fast: pace 5:12/km is 9 % faster than long-run pace 5:43/km (tolerance 3 %); average HR 152 is 81 % of max 188 (cap 76 %)",
		References: []string{
			"The founding article: a recovery run goes no faster than just barely faster than long-run pace",
			"Pfitzinger & Douglas, Advanced Marathoning: recovery runs under 76 % of maximal heart rate",
			"McMillan Running; Hansons Marathon Method: recovery pace at or slower than long-run pace",
		},
	},
	Options: []Option{
		{Name: "tolerance", Kind: Share, Default: "0.03", Doc: "how much faster than long-run pace a recovery run may be (0.03 = 3 %; 0 for the stricter coaches)"},
		{Name: "hr_cap", Kind: Share, Default: "0.76", Doc: "the highest average heart rate, as a share of HRmax (Pfitzinger: 0.76)"},
	},
	Check: func(p *Pass) {
		tol, cap := p.Float("tolerance"), p.Float("hr_cap")
		maxHR := p.Report.Profile.MaxHR
		for _, r := range p.Runs() {
			if r.Class != Recovery {
				continue
			}
			var why []string
			if f := fasterBy(r.Pace(), r.LRP.Pace); r.Pace() > 0 && f > tol {
				why = append(why, fmt.Sprintf("pace %s is %s faster than long-run pace %s (tolerance %s)", FormatPace(r.Pace()), pct(f), FormatPace(r.LRP.Pace), pct(tol)))
			}
			if hr := r.Intensity.AvgHR; maxHR > 0 && hr > 0 && r.Intensity.HRTrust == "" && hr > cap*maxHR {
				why = append(why, fmt.Sprintf("average HR %.0f is %s of max %.0f (cap %s)", hr, pct(hr/maxHR), maxHR, pct(cap)))
			}
			if len(why) > 0 {
				p.Reportf(r, "%s", strings.Join(why, "; "))
			}
		}
	},
})
