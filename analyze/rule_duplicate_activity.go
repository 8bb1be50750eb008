package analyze

import (
	"fmt"
	"path/filepath"

	"github.com/runlint/runlint/activity"
)

var duplicateActivity = register(&Rule{
	Code: "RL301", Name: "duplicate-activity", Category: "duplicates", Severity: Info,
	Doc: Doc{
		Title: "The same activity recorded twice",
		What: "Flags an activity whose time overlaps another of the same sport by more than half of the " +
			"shorter one (a watch and a phone, a re-upload); of a manual entry (two samples at most: its times " +
			"typed, not recorded), by more than half of the entry (a jog that falls inside a typed hour is " +
			"another activity). The copy that can be judged and holds the run is judged, else the one with " +
			"the most data (heart rate, then GPS, then points).",
		Why:     "Counting a run twice doubles its volume and can make a recovery day look like a hard one.",
		Example: "duplicate-activity: the same run as 2021-02-06-171626.fit (2021-02-06 17:16-17:30): 13 min of its 14 min from start to end fall inside that one's; only that copy is judged",
	},
	Check: func(p *Pass) {
		for _, r := range p.Report.Runs {
			if r.DupOf != nil {
				// The overlap is of start-to-end spans: said against this
				// copy's own span, not its moving time, so it never reads
				// longer than the activity.
				overlap := activity.Overlap(r.Start, r.end(), r.DupOf.Start, r.DupOf.end())
				p.Reportf(r, "the same %s as %s (%s): %s of its %s from start to end fall inside that one's; only that copy is judged",
					activityWord(r), filepath.Base(r.DupOf.Source.Path), keptWords(r.DupOf), FormatMinutes(overlap.Seconds()), FormatMinutes(r.end().Sub(r.Start).Seconds()))
			}
		}
	},
})

// keptWords names the kept copy so a reader finds it in the log: its
// date, its start and end by the clock, and its name.
func keptWords(r *Run) string {
	start := r.LocalStart()
	end := start.Add(r.end().Sub(r.Start))
	return fmt.Sprintf("%s %s-%s%s", r.LocalDate(), start.Format("15:04"), end.Format("15:04"), quotedName(r))
}

func activityWord(r *Run) string {
	if r.IsRun() {
		return "run"
	}
	return r.Sport + " activity"
}
