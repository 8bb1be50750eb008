package analyze

import "fmt"

var hrUntrusted = register(&Rule{
	Code: "RL408", Name: "hr-untrusted", Category: "data-quality", Severity: Warning,
	Doc: Doc{
		Title: "Heart rate no measure of the run",
		What: "Flags a run whose heart rate runlint does not use: a sensor's fault (a reading flat for 20 min, an " +
			"average at 95 % of HRmax over 20 min or more at about the easy pace on the flat), or, as an info, a heart rate at or over " +
			"the aerobic threshold on a flat run 10 % slower than the easy pace (a misreading, heat or illness: the " +
			"heart rate then says nothing of the training). Its zones and load come from its pace instead, and no " +
			"recovery cap or class is read from its heart rate. Keeps quiet on runs without heart rate, and on a " +
			"heart rate locked on cadence (cadence-lock says that).",
		Why: "A training finding built on a broken heart-rate reading is wrong twice: the run looks harder than it " +
			"was, and the load of the weeks around it swells. Saying the reading was left out is what a coach needs.",
		Example: "hr-untrusted: heart rate averaging 197 on a run of 2:45 h at about the easy pace is 99 % of HRmax 198, more than a heart holds: a sensor artefact; its zones and load are from its pace",
	},
	Check: func(p *Pass) {
		for _, r := range p.Runs() {
			switch in := r.Intensity; in.HRFault {
			case hrFaultSensor:
				p.Reportf(r, "%s; its zones and load are from its pace", in.HRTrust)
			case hrFaultDisagrees:
				p.Mildf(r, "%s; its zones and load are from its pace", in.HRTrust)
			}
		}
	},
	BlockNote: func(n, of int) string {
		return fmt.Sprintf("heart rate not used on %d of %d runs (a sensor that misreads): their zones and load are from their pace", n, of)
	},
})
