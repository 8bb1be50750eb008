package analyze

import (
	"github.com/runlint/runlint/activity"

	"fmt"
	"path/filepath"
)

var duplicateActivity = &Rule{
	Code: "RL301", Name: "duplicate-activity", Category: "duplicates", Severity: Info,
	Doc: Doc{
		Title: "The same activity recorded twice",
		What: "Flags an activity whose time overlaps another of the same sport by more than half of the " +
			"shorter one (a watch and a phone, a re-upload). Only the copy with the most data (heart " +
			"rate, then GPS, then points) is judged.",
		Why:     "Counting a run twice doubles its volume and can make a recovery day look like a hard one.",
		Example: "duplicate-activity: the same run as 2021-02-06-171626.fit (13 min overlap); only that copy is judged",
	},
	Check: func(p *Pass) {
		for _, r := range p.Report.Runs {
			if r.DupOf != nil {
				overlap := activity.Overlap(r.Start, r.end(), r.DupOf.Start, r.DupOf.end())
				p.Reportf(r, "the same %s as %s (%s overlap); only that copy is judged", activityWord(r), filepath.Base(r.DupOf.Source.Path), FormatMinutes(overlap.Seconds()))
			}
		}
	},
}

func activityWord(r *Run) string {
	if r.IsRun() {
		return "run"
	}
	return r.Sport + " activity"
}

var noHeartRate = &Rule{
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
}

var hrDropouts = &Rule{
	Code: "RL402", Name: "hr-dropouts", Category: "data-quality", Severity: Warning,
	Doc: Doc{
		Title: "Heart rate missing for part of a run",
		What: "Flags a run with heart rate whose heart rate is missing for more than the allowed share of " +
			"its moving time, or that has several gaps of over 10 s.",
		Why: "Dropouts (a strap losing contact, an optical sensor in the cold) make average heart rate " +
			"and the HR test of recovery runs unreliable.",
		Example: "hr-dropouts: heart rate missing for 22 % of moving time, in 5 gaps of over 10 s",
	},
	Options: []Option{
		{Name: "max_missing", Default: "0.1", Doc: "the share of moving time that may lack heart rate"},
		{Name: "max_gaps", Default: "3", Doc: "how many gaps of over 10 s are allowed"},
	},
	Check: func(p *Pass) {
		maxMissing, maxGaps := p.Float("max_missing"), int(p.Float("max_gaps"))
		for _, r := range p.Runs() {
			d := r.Digest
			if !r.HasHR() || d.Buckets == 0 {
				continue
			}
			if missing := 1 - d.HRCover; missing > maxMissing || d.HRDropouts > maxGaps {
				p.Reportf(r, "heart rate missing for %s of moving time, in %s of over 10 s", pct(missing), plural(d.HRDropouts, "gap"))
			}
		}
	},
}

var cadenceLock = &Rule{
	Code: "RL403", Name: "cadence-lock", Category: "data-quality", Severity: Warning,
	Doc: Doc{
		Title: "Heart rate locked onto step cadence",
		What: "Flags a run where the heart rate equals the step cadence (within 1) on more than intensity.hr_lock_max " +
			"of its samples (default 0.3). Such a run's heart rate is used for nothing: not its zones, its load, " +
			"the recovery cap or HRmax.",
		Why: "An optical sensor can lock onto the arm swing and report cadence (160-185) as heart rate. " +
			"Such a run looks far harder than it was.",
		Example: "cadence-lock: heart rate equals step cadence on 45 % of samples; heart rate not used for this run",
	},
	Check: func(p *Pass) {
		max := p.Config.Intensity.HRLockMax
		for _, r := range p.Runs() {
			if r.Digest.CadenceLock > max {
				p.Reportf(r, "heart rate equals step cadence on %s of samples; heart rate not used for this run", pct(r.Digest.CadenceLock))
			}
		}
	},
}

var gpsGlitch = &Rule{
	Code: "RL404", Name: "gps-glitch", Category: "data-quality", Severity: Warning,
	Doc: Doc{
		Title: "GPS positions jump faster than a runner can",
		What:  fmt.Sprintf("Flags a run with position steps faster than %.1f m/s (about 1:50/km), or impossible jumps the reader left out of the distance.", activity.MaxRunSpeed),
		Why: "A teleporting track inflates distance and pace: a recovery run can look fast, an easy run hard. " +
			"When the file has a device distance, runlint uses it; when it only has positions, check the distance.",
		Example: "gps-glitch: 12 position jumps faster than a runner (over 9.0 m/s); distance and pace may be wrong",
	},
	Check: func(p *Pass) {
		for _, r := range p.Runs() {
			if n := r.Digest.GPSJumps; n > 0 {
				p.Reportf(r, "%s faster than a runner (over %.1f m/s); distance and pace may be wrong", plural(n, "position jump"), activity.MaxRunSpeed)
			}
		}
	}}

var unreadableFile = &Rule{
	Code: "RL405", Name: "unreadable-file", Category: "data-quality", Severity: Error,
	Doc: Doc{
		Title:   "A file could not be read, or was read only in part",
		What:    "Flags a file that could not be read at all (error), and a run read from a damaged file: truncated, or with a bad CRC (the message says which).",
		Why:     "A missing or partial run changes the block: a hard day may be missing, a recovery run may be judged on half its data.",
		Example: "unreadable-file: fit: unexpected end of file",
	},
	Check: func(p *Pass) {
		for _, e := range p.Report.Errors {
			p.reportFile(e.File, e.Message)
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
}

var notJudged = &Rule{
	Code: "RL406", Name: "not-judged", Category: "data-quality", Severity: Info,
	Doc: Doc{
		Title:   "A run too short or too broken to judge",
		What:    "Lists runs that get no class: under the minimum moving time, or with too little data.",
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
}
