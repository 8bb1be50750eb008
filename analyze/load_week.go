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
	hours, baseHours float64 // s of running (walking and standing left out): the 7 days, and the average week before
	other            float64 // s of other training in the 7 days (its load counts, its hours are no running)
	load, baseLoad   float64 // TRIMP of all training: the same
	top              *Run    // the activity with the most load of the 7 days
	weeks            float64 // the weeks before them the block holds, 4 at most
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
		run, other := 0.0, 0.0
		if r.IsRun() {
			run = counted(r)
		} else {
			other = r.Totals.MovingS
		}
		switch in(r.day()) {
		case 0:
			w.hours += run
			w.other += other
			if w.top == nil || r.Intensity.Load > w.top.Intensity.Load {
				w.top = r
			}
		case 1:
			w.baseHours += run
		}
	}
	for _, d := range p.Report.Load.Days {
		switch in(d.Day) {
		case 0:
			w.load += d.Load
		case 1:
			w.baseLoad += d.Load
		}
	}
	// The average week of the 4 before, or of as many of them as the
	// block holds (its first days are no weeks of rest).
	w.weeks = 4
	if days := p.Report.Load.Days; len(days) > 0 && days[0].Day.After(before) {
		w.weeks = max(1, from.Sub(days[0].Day).Hours()/24/7)
	}
	w.baseHours /= w.weeks
	w.baseLoad /= w.weeks
	return w
}

// counted is a run's time of running, s: a watch left recording a walk
// home adds none.
func counted(r *Run) float64 {
	if r.runningS > 0 {
		return r.runningS
	}
	return r.Totals.MovingS
}

// grew reports whether the week's hours of running reached ratio times the
// average week before: a load that rose while the running did not is a
// heart rate or a pace estimate's word alone (a strap off the skin, a
// stretch read as tempo), and the exponentially weighted acute load rises
// after one long run in a usual week while the week itself does not.
func (w spikeWeek) grew(ratio float64) bool {
	return w.hours >= ratio*w.baseHours
}

// both reports whether the week grew by ratio in its load as well as its
// running.
func (w spikeWeek) both(ratio float64) bool {
	return w.grew(ratio) && w.load >= ratio*w.baseLoad
}

// words says the week against the weeks before, and the one activity that
// carried two fifths of its load or more.
func (w spikeWeek) words() string {
	other := ""
	if w.other > 0 {
		other = fmt.Sprintf(" (and %s of other training)", FormatMinutes(w.other))
	}
	before := "the 4 before"
	if w.weeks < 4 {
		before = fmt.Sprintf("the %.1f before them the block holds", w.weeks)
	}
	s := fmt.Sprintf("; in all %s of running%s, load %.0f, against %s and %.0f in the average week of %s",
		FormatMinutes(w.hours), other, w.load, FormatMinutes(w.baseHours), w.baseLoad, before)
	if w.top != nil && w.load > 0 {
		if share := w.top.Intensity.Load / w.load; share >= 0.4 {
			what := FormatMinutes(w.top.Totals.MovingS)
			if w.top.IsRun() {
				what = FormatMinutes(counted(w.top)) + " of running"
			}
			s += fmt.Sprintf(", %s of it from one: %s, %s, load %.0f", pct(share), shortName(w.top), what, w.top.Intensity.Load)
		}
	}
	return s
}
