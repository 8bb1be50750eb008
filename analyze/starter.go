package analyze

import (
	"fmt"
	"strings"
)

// Starter is the commented config `runlint init` writes: every setting at its
// default, so the file documents itself. Rendered from Defaults() and Rules,
// so it cannot drift from them.
func Starter() string {
	d := Defaults()
	p, c := d.Profile, d.Classify
	var b strings.Builder
	w := func(format string, args ...any) { fmt.Fprintf(&b, format, args...) }
	w(`# runlint configuration. Every setting is shown at its default; delete what you
# do not change. Durations: 45m, 1h15m, 10d, 6w. Paces: min:sec per km. Shares:
# 0.1 = 10 %%. runlint finds this file by walking up from the checked folder.

# Exit 1 when a finding is at or above this severity: error, warning, info or none.
fail_on = %q

[profile]
# The long-run pace (LRP) for each run is the median pace of the long runs in
# this window before it, so it follows fitness through a season.
long_run_window = %q
# A run counts towards the long-run pace from this moving time (interval
# sessions that long are left out once they are found to be hard).
long_run_min = %q
# Set these to override what runlint works out from the block.
long_run_pace = ""   # e.g. "5:40"
max_hr = 0           # e.g. 188
resting_hr = 0
threshold_hr = 0

[classify]
# Work: stretches of 30 s or more (or laps of 20 s or more) at least
# work_margin faster than long-run pace; work_min of it makes a session hard.
work_margin = %v
work_min = %q
# Strides and sprints: sprint_reps 10-s bursts at least sprint_margin faster.
sprint_margin = %v
sprint_reps = %d
# A whole run (15 min or more) tempo_margin faster than long-run pace is hard.
tempo_margin = %v
# Heart rate: an average at or above hard_hr of HRmax (15 min or more), or
# work_hr_min at or above work_hr of HRmax, makes a run hard.
hard_hr = %v
work_hr = %v
work_hr_min = %q
# Long: long_min moving, or long_factor times the runner's typical run (median
# of the last 6 weeks) when at least long_factor_min.
long_min = %q
long_factor = %v
long_factor_min = %q
# A long run with long_hard_work at least long_hard_margin faster than
# long-run pace is an interval session with a long warm-up, so hard.
long_hard_margin = %v
long_hard_work = %q
# Recovery: a run up to recovery_max the day after a hard or long day, or a
# run that short at least recovery_margin slower than long-run pace.
recovery_max = %q
recovery_margin = %v
# A run up to warmup_max within warmup_gap of a hard session on the same day
# is its warm-up or cool-down: easy, and not audited as a recovery run.
warmup_max = %q
warmup_gap = %q
# Names that state intent ("Recovery run", "6x800", "hosszú") decide the
# class when true; when false they are shown as evidence only.
use_names = %v
# Runs shorter than this are not judged.
min_moving = %q
`, d.FailOn, FormatDuration(p.LongRunWindow.Duration), FormatDuration(p.LongRunMin.Duration),
		c.WorkMargin, FormatDuration(c.WorkMin.Duration), c.SprintMargin, c.SprintReps, c.TempoMargin,
		c.HardHR, c.WorkHR, FormatDuration(c.WorkHRMin.Duration),
		FormatDuration(c.LongMin.Duration), c.LongFactor, FormatDuration(c.LongFactorMin.Duration),
		c.LongHardMargin, FormatDuration(c.LongHardWork.Duration),
		FormatDuration(c.RecoveryMax.Duration), c.RecoveryMargin,
		FormatDuration(c.WarmupMax.Duration), FormatDuration(c.WarmupGap.Duration), c.UseNames,
		FormatDuration(c.MinMoving.Duration))
	w("\n# Rules: enabled = false turns one off; severity = error, warning or info.\n")
	for _, r := range Rules {
		w("\n# %s %s: %s\n[rules.%s]\n# enabled = true\n# severity = %q\n", r.Code, r.Name, r.Doc.Title, r.Name, r.Severity)
		for _, o := range r.Options {
			val := o.Default
			if strings.ContainsAny(val, "smhdw") {
				val = fmt.Sprintf("%q", val)
			}
			w("%s = %s   # %s\n", o.Name, val, o.Doc)
		}
	}
	w(`
# Ignores silence one rule on one file or local date, and need a reason. An
# ignore that matches nothing is reported.
# [[ignore]]
# rule = "recovery-too-fast"
# date = "2024-06-04"
# reason = "ran with a friend, agreed with the coach"
`)
	return b.String()
}
