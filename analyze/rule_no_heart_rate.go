package analyze

import "fmt"

var noHeartRate = register(&Rule{
	Code: "RL401", Name: "no-heart-rate", Category: "data-quality", Severity: Info,
	Doc: Doc{
		Title: "A run without heart rate",
		What: "Flags a judged run that has no heart rate, in a block whose runs mostly have it (a strap left at " +
			"home). Keeps quiet, run by run, where most of the block has none (a watch without a sensor): that is " +
			"said once, as a note of the block.",
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
	BlockNote: func(n, of int) string {
		return fmt.Sprintf("no heart rate on %d of %d runs (a watch without a heart-rate sensor, or none worn): effort is judged by pace alone", n, of)
	},
})
