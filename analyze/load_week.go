package analyze

import (
	"fmt"
	"time"
)

// spikeWeek is what the 7 days to a load spike's peak held against the
// average week of the 4 weeks before them: a coach asks "a spike of what?",
// a week of more running, or one day (a race, an all-day hike, a watch
// left running).
type spikeWeek struct {
	hours, baseHours float64 // s of training (running, not walking): the 7 days, and the average week before
	load, baseLoad   float64 // TRIMP: the same
	top              *Run    // the activity with the most load of the 7 days
}

func weekTo(p *Pass, peak time.Time) spikeWeek {
	from := peak.AddDate(0, 0, -6)
	before := from.AddDate(0, 0, -28)
	in := func(d time.Time) int {
		switch {
		case !d.Before(from) && !d.After(peak):
			return 0
		case !d.Before(before) && d.Before(from):
			return 1
		}
		return -1
	}
	var w spikeWeek
	for _, r := range p.Report.Runs {
		if !r.HasIntensity() || r.Intensity.Load <= 0 {
			continue
		}
		t := r.Totals.MovingS
		if r.runningS > 0 {
			t = r.runningS // a watch left recording a walk home adds no training
		}
		switch in(r.day()) {
		case 0:
			w.hours += t
			if w.top == nil || r.Intensity.Load > w.top.Intensity.Load {
				w.top = r
			}
		case 1:
			w.baseHours += t / 4
		}
	}
	for _, d := range p.Report.Load.Days {
		switch in(d.Day) {
		case 0:
			w.load += d.Load
		case 1:
			w.baseLoad += d.Load / 4
		}
	}
	return w
}

// grew reports whether the week's load or its hours reached ratio times
// the average week before: the exponentially weighted acute load rises
// after one long run in a usual week, the week itself does not.
func (w spikeWeek) grew(ratio float64) bool {
	return w.load >= ratio*w.baseLoad || w.hours >= ratio*w.baseHours
}

// both reports whether the week grew by ratio in its load and its hours
// alike: a spike the runner's time confirms, not only the load's intensity
// estimate (a pace read as tempo, a heart rate off its strap).
func (w spikeWeek) both(ratio float64) bool {
	return w.load >= ratio*w.baseLoad && w.hours >= ratio*w.baseHours
}

// words says the week against the weeks before, and the one activity that
// carried two fifths of its load or more.
func (w spikeWeek) words() string {
	s := fmt.Sprintf("; the 7 days to it: %s of training, load %.0f, against %s and %.0f in the average week of the 4 before",
		FormatMinutes(w.hours), w.load, FormatMinutes(w.baseHours), w.baseLoad)
	if w.top != nil && w.load > 0 {
		if share := w.top.Intensity.Load / w.load; share >= 0.4 {
			s += fmt.Sprintf(", %s of it from one: %s, %s, load %.0f", pct(share), shortName(w.top), FormatMinutes(w.top.Totals.MovingS), w.top.Intensity.Load)
		}
	}
	return s
}
