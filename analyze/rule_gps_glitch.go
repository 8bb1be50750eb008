package analyze

import (
	"fmt"

	"github.com/runlint/runlint/activity"
)

var gpsGlitch = register(&Rule{
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
				p.Reportf(r, "%s faster than a runner (over %.1f m/s); distance and pace may be wrong", activity.Plural(n, "position jump"), activity.MaxRunSpeed)
			}
		}
	},
})
