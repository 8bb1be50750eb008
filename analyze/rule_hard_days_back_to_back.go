package analyze

import (
	"fmt"
	"strings"
)

var hardDaysBackToBack = register(&Rule{
	Code: "RL201", Name: "hard-days-back-to-back", Category: "load", Severity: Warning,
	Doc: Doc{
		Title: "A hard session the day after a hard or long day",
		What: "Flags a hard run on the local date after a date that held a hard or long run, when both days were " +
			"hard for the body: a session with min_above or more above the aerobic threshold (by heart " +
			"rate, else by pace), a race with a third of it and half of min_above above, or a long run of long_min or more or with twice " +
			"min_above above. Keeps quiet on a day a class calls hard that " +
			"the heart rate says was easy (an easy run with strides or a few pick-ups), on a session of sprints " +
			"alone (speed play, a speed session, hill sprints, strides run as laps of stride_max or less: neuromuscular work), on a long run that was an " +
			"easy hour (its minutes over the threshold at the runner's usual easy heart rate, intensity.usual_hr, " +
			"count for nothing where their easy running sits over it), and on races on consecutive days (a meet's schedule is no training choice).",
		Why: "Hard days need an easy or recovery day between them to be absorbed; two in a row raise " +
			"injury risk and lower the quality of the second.",
		Example:    "hard-days-back-to-back: hard the day after a hard day (2024-06-03 18:10 \"6x800\", 6 work laps of 2:40-2:50 (17 min in all) at 3:35/km, 25 % faster than easy pace 4:47/km): 14 min above the aerobic threshold by heart rate that day, 18 min this one",
		References: []string{"Bill Bowerman's hard-easy principle; Daniels' Running Formula"},
	},
	Options: []Option{
		{Name: "min_above", Kind: Minutes, Default: "10m", Doc: "a session is a hard day with this much time above the aerobic threshold"},
		{Name: "long_min", Kind: Minutes, Default: "90m", Doc: "a long run is a hard day when it lasts this long, or holds min_above above the aerobic threshold"},
	},
	Check: func(p *Pass) {
		above, longMin, usual := p.Duration("min_above").Seconds(), p.Duration("long_min").Seconds(), usualMargin(p)
		for _, r := range p.Runs() {
			if r.Class != Hard || !hardDay(r, above, longMin, usual) {
				continue
			}
			prev := p.DayBefore(r)
			if prev == nil || r.Race && prev.Race {
				continue
			}
			if !hardDay(prev, above, longMin, usual) {
				prev = hardestDay(p, prev, above, longMin, usual)
			}
			if prev != nil {
				p.Reportf(r, "hard the day after a %s day (%s%s): %s that day, %s this one", prev.Class, shortName(prev), headline(prev), hardWords(prev), hardWords(r))
			}
		}
	},
})

// hardDay reports whether a run was hard for the body: a session or race
// with above seconds over the aerobic threshold, or a long run of longMin
// or with that much quality. Without zones, its class says. usual is how
// far over the runner's own easy heart rate is still their usual (bpm).
func hardDay(r *Run, above, longMin, usual float64) bool {
	in := r.Intensity
	measured := in.ZonesFrom != ""
	over := in.Zones[1] + in.Zones[2]
	switch r.Class {
	case Hard:
		// A race counts though short (a mile lasts 5 min), but only with
		// a third of it and half of above over the threshold: a "race"
		// at an easy heart rate, or a fragment of one, was no hard day.
		return !r.Light && (!measured || over >= above || r.Race && over >= max(r.Totals.MovingS/3, above/2))
	case Long:
		// Long by the clock, or with twice min_above of quality inside
		// (marathon-pace blocks): a 40-60 min "longer run" whose heart
		// rate drifted over the threshold is no hard day, nor an hour at
		// the usual heart rate of a runner whose easy running sits over it.
		quality := measured && over >= 2*above && !(in.ZonesFrom == "heart rate" && usualHR(r, in.AvgHR, usual))
		return r.Totals.MovingS >= longMin || quality
	}
	return false
}

// hardestDay is another run of prev's day that was a hard day, nil without.
func hardestDay(p *Pass, prev *Run, above, longMin, usual float64) *Run {
	for _, o := range p.shared().byDay[prev.day()] {
		if o != prev && hardDay(o, above, longMin, usual) {
			return o
		}
	}
	return nil
}

// headline is what made a run its class, the first two clauses of its
// verdict (", 10 work laps of 25 s (4 min in all) at 3:12/km, ...;
// progression: ..."), or "": the day before shown for what it was, not only
// for its minutes.
func headline(r *Run) string {
	if len(r.Reasons) == 0 {
		return ""
	}
	v, ok := strings.CutPrefix(r.Reasons[0], string(r.Class)+": ")
	if !ok {
		return ""
	}
	// Its first two clauses, strides left out: a session is often more
	// than one thing (short reps and a progression).
	var kept []string
	for _, c := range strings.Split(v, "; ") {
		if len(kept) < 2 && !strings.HasPrefix(c, "with ") {
			kept = append(kept, c)
		}
	}
	return ", " + strings.Join(kept, "; ")
}

// hardWords says what made a run a hard day: a long run its length first
// (4 min over the threshold do not make a 1:41 h run a hard day, its
// length does).
func hardWords(r *Run) string {
	in := r.Intensity
	measured := in.ZonesFrom != "" && in.Zones[1]+in.Zones[2] > 0
	switch {
	case r.Class == Long && measured:
		return fmt.Sprintf("%s, %s of it above the aerobic threshold by %s", lengthWords(r), FormatMinutes(in.Zones[1]+in.Zones[2]), in.ZonesFrom)
	case measured:
		// the minutes, measured, before the "race" a pace stretch or a
		// heart rate inferred
		return fmt.Sprintf("%s above the aerobic threshold by %s", FormatMinutes(in.Zones[1]+in.Zones[2]), in.ZonesFrom)
	case r.Race:
		return "a race"
	case r.Class == Long:
		return lengthWords(r)
	}
	return "a session"
}

// usualMargin is how far over a runner's own easy heart rate (bpm) is still
// their usual easy effort (intensity.usual_hr of HRmax).
func usualMargin(p *Pass) float64 { return p.Config.Intensity.UsualHR * p.Report.Profile.MaxHR }

// lengthWords is a long run's length, and its running where walking and
// standing took a tenth of it or more (a mountain outing's 1:51 h held
// 77 min of running): the length makes the hard day, the running is what
// the runner ran.
func lengthWords(r *Run) string {
	s := FormatMinutes(r.Totals.MovingS) + " long"
	if run := counted(r); run < 0.9*r.Totals.MovingS {
		s += fmt.Sprintf(" (%s of it running)", FormatMinutes(run))
	}
	return s
}
