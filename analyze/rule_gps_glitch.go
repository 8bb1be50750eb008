package analyze

import (
	"fmt"

	"github.com/runlint/runlint/activity"
)

// minJumpShare: jumps that would have added less than this share of a
// run's distance are said of no run.
const minJumpShare = 0.02

var gpsGlitch = register(&Rule{
	Code: "RL404", Name: "gps-glitch", Category: "data-quality", Severity: Warning,
	Doc: Doc{
		Title: "GPS positions jump faster than a runner can",
		What: fmt.Sprintf("Flags a run whose distance came from its positions and whose track has steps between "+
			"positions faster than %.1f m/s (about 1:50/km) that would have added 2 %% or more to its distance: the "+
			"reader left them out, and the finding says how much they would have added. Keeps quiet where the distance and pace are the watch's "+
			"own (a session or lap total, a distance stream): jumps of the track change no number the audit uses, "+
			"and the block's notes count such runs. A watch whose distance stream updates in bursts raises nothing.", activity.MaxRunSpeed),
		Why: "A teleporting track inflates distance and pace: a recovery run can look fast, an easy run hard. " +
			"Where positions set the distance, check it.",
		Example: "gps-glitch: 3 position jumps faster than a runner (over 9.0 m/s) left out of the distance; they would have added 1.2 km to its 8.4 km",
	},
	Check: func(p *Pass) {
		watch := 0
		for _, r := range p.Runs() {
			d := r.Digest
			switch {
			case d.GPSJumps == 0, r.Totals.DistanceFrom == "positions" && d.GPSJumpM < minJumpShare*r.Totals.DistanceM:
				// a few metres of jumps in a long track change nothing a coach reads
			case r.Totals.DistanceFrom == "positions":
				p.Reportf(r, "%s faster than a runner (over %.1f m/s) left out of the distance; they would have added %s km to its %s km",
					activity.Plural(d.GPSJumps, "position jump"), activity.MaxRunSpeed, km(d.GPSJumpM), km(r.Totals.DistanceM))
			default:
				watch++
			}
		}
		if watch > 0 {
			p.Notef(watch, "position jumps in %s whose distance is the watch's own (a session or lap total, a distance stream): no distance or pace the audit uses came from the positions", activity.Plural(watch, "run"))
		}
	},
	BlockNote: func(n, of int) string {
		return fmt.Sprintf("position jumps in %d of %d runs whose distance came from their positions (a phone or a watch with a poor fix): the jumps were left out of each distance", n, of)
	},
})
