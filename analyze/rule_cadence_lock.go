package analyze

var cadenceLock = register(&Rule{
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
})
