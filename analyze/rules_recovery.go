package analyze

import (
	"fmt"
	"strings"
	"time"
)

var recoveryTooFast = &Rule{
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
		{Name: "tolerance", Default: "0.03", Doc: "how much faster than long-run pace a recovery run may be (0.03 = 3 %; 0 for the stricter coaches)"},
		{Name: "hr_cap", Default: "0.76", Doc: "the highest average heart rate, as a share of HRmax (Pfitzinger: 0.76)"},
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
}

var recoveryTooShort = &Rule{
	Code: "RL102", Name: "recovery-too-short", Category: "recovery", Severity: Warning,
	Doc: Doc{
		Title: "A recovery run was shorter than the minimum",
		What:  "Flags a recovery run whose moving time is under the minimum (default 20 minutes), or whose distance is under 3 km.",
		Why: "\"Run for at least 20 minutes\": shorter than that, a recovery run adds little aerobic " +
			"benefit for the cost of getting out the door; a few easy minutes more help blood flow and recovery.",
		Example:    "recovery-too-short: 14 min moving, under the 20 min minimum",
		References: []string{"The founding article: a recovery run lasts 20-30 minutes"},
	},
	Options: []Option{
		{Name: "min", Default: "20m", Doc: "the shortest moving time of a recovery run"},
		{Name: "min_km", Default: "3", Doc: "the shortest distance, km (0 to check time only)"},
	},
	Check: func(p *Pass) {
		min, lo := p.Duration("min").Seconds(), p.Float("min_km")*1000
		for _, r := range p.Runs() {
			if r.Class != Recovery {
				continue
			}
			switch t := r.Totals; {
			case t.MovingS < min:
				p.Reportf(r, "%s moving, under the %s minimum", FormatMinutes(t.MovingS), FormatMinutes(min))
			case t.DistanceM > 0 && t.DistanceM < lo:
				p.Reportf(r, "%s km, under the %s km minimum", km(t.DistanceM), km(lo))
			}
		}
	},
}

var recoveryTooLong = &Rule{
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
		{Name: "max", Default: "30m", Doc: "the longest moving time of a recovery run"},
		{Name: "max_km", Default: "6", Doc: "the longest distance, km (0 to check time only)"},
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
}

var recoveryWithoutHardDay = &Rule{
	Code: "RL104", Name: "recovery-without-hard-day", Category: "recovery", Severity: Info,
	Doc: Doc{
		Title: "A recovery run followed no hard or long day",
		What:  "Flags a run classified or named as recovery when the previous local date held no hard or long run.",
		Why: "A recovery run comes the day after a hard day. Without one, the run is an easy run: " +
			"nothing wrong with it, but the plan may have meant something else, or a hard day is missing from the files.",
		Example:    "recovery-without-hard-day: 2024-06-02 held no hard or long run",
		References: []string{"The founding article: a recovery run comes the day after a hard day"},
	},
	Check: func(p *Pass) {
		for _, r := range p.Runs() {
			if r.Class == Recovery && r.After == nil {
				p.Reportf(r, "%s held no hard or long run", r.day().AddDate(0, 0, -1).Format("2006-01-02"))
			}
		}
	},
}

var hardDaysBackToBack = &Rule{
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
		byDay := map[time.Time][]*Run{}
		for _, r := range p.Runs() {
			byDay[r.day()] = append(byDay[r.day()], r)
		}
		for _, r := range p.Runs() {
			if r.Class != Hard {
				continue
			}
			if prev := dayBefore(byDay, r); prev != nil {
				p.Reportf(r, "hard the day after a %s day (%s)", prev.Class, shortName(prev))
			}
		}
	},
}
