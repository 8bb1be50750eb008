package analyze

import "fmt"

var cadenceLock = register(&Rule{
	Code: "RL403", Name: "cadence-lock", Category: "data-quality", Severity: Warning,
	Doc: Doc{
		Title: "Heart rate locked onto step cadence",
		What: "Flags a run whose heart rate follows its step cadence: equal to it (within 1) on more than " +
			"intensity.hr_lock_max of its samples (default 0.3), and their 5-s changes correlating at 0.5 or more. " +
			"Such a run's heart rate is used for nothing: not its zones, its load, the recovery cap or HRmax. Keeps " +
			"quiet on a heart that merely beats near the cadence (165 bpm at 165 steps a minute) without following it.",
		Why: "An optical sensor can lock onto the arm swing and report cadence (160-185) as heart rate. " +
			"Such a run looks far harder than it was.",
		Example: "cadence-lock: heart rate follows step cadence (their changes correlate at 0.93) and equals it on 45 % of samples; heart rate not used for this run",
	},
	Check: func(p *Pass) {
		max := p.Config.Intensity.HRLockMax
		for _, r := range p.Runs() {
			if d := r.Digest; hrLocked(d, max) {
				p.Reportf(r, "heart rate follows step cadence (their changes correlate at %.2f) and equals it on %s of samples; heart rate not used for this run", d.CadenceFollow, pct(d.CadenceLock))
			}
		}
	},
	BlockNote: func(n, of int) string {
		return fmt.Sprintf("heart rate follows step cadence on %d of %d runs (an optical sensor counting steps): their heart rate is used for nothing", n, of)
	},
})
