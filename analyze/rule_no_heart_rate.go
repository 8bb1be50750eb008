package analyze

import (
	"fmt"
	"sort"
)

var noHeartRate = register(&Rule{
	Code: "RL401", Name: "no-heart-rate", Category: "data-quality", Severity: Info, Off: true,
	Doc: Doc{
		Title: "A run without heart rate",
		What: "Flags a judged run that has no heart rate, recorded by a watch whose runs mostly have it (a strap " +
			"left at home, the sensor off). Keeps quiet, run by run, where a watch records none on most of its runs " +
			"(a watch without a sensor): that is said once, as a note of the block per watch, with its count.",
		Off:     "a run without heart rate is said in its intensity reason; as a finding it was noise to a coach (signed 0 of 7).",
		Why:     "Without heart rate, effort is judged by pace alone: a hilly or hot recovery run can be too hard and pass.",
		Example: "no-heart-rate: no heart rate; effort judged by pace alone",
	},
	Check: func(p *Pass) {
		all, without := map[string]int{}, map[string][]*Run{}
		for _, r := range p.Runs() {
			all[r.Device]++
			if !r.HasHR() {
				without[r.Device] = append(without[r.Device], r)
			}
		}
		devices := make([]string, 0, len(without))
		for d := range without {
			devices = append(devices, d)
		}
		sort.Strings(devices)
		for _, d := range devices {
			runs := without[d]
			if 2*len(runs) > all[d] && len(runs) >= minDeviceNote {
				p.Notef(len(runs), "no heart rate on %d of the %d runs of %s (a watch without a heart-rate sensor, or none worn): their effort is judged by pace alone", len(runs), all[d], deviceName(d))
				continue
			}
			for _, r := range runs {
				p.Reportf(r, "no heart rate; effort judged by pace alone")
			}
		}
	},
	BlockNote: func(n, of int) string {
		return fmt.Sprintf("no heart rate on %d of %d runs (a watch without a heart-rate sensor, or none worn): effort is judged by pace alone", n, of)
	},
})

// minDeviceNote: a watch needs this many runs without heart rate before
// that is its property rather than a strap forgotten.
const minDeviceNote = 5

func deviceName(d string) string {
	if d == "" {
		return "a watch that does not name itself"
	}
	return fmt.Sprintf("%q", d)
}
