package analyze

import (
	"fmt"
	"math"
	"strings"
)

// hardReason writes the numbers that make a session hard (or, in a long
// run, the quality inside it).
func (c *classifier) hardReason(r *Run) string {
	e, f := r.evidence, r.facts
	easy := FormatPace(e.easy)
	var parts []string
	if e.intervals {
		w := e.work
		from := "bouts"
		if w.from == "laps" {
			from = "laps"
		}
		parts = append(parts, fmt.Sprintf("%d work %s of %s (%s in all) at %s, %s faster than easy pace %s",
			w.reps, from, spanWords(w.shortest, w.longest), FormatMinutes(w.secs), FormatPace(w.pace()), pct(fasterBy(w.pace(), e.easy)), easy))
		if c.strideLaps(w) {
			parts[len(parts)-1] += fmt.Sprintf(", strides by their length (none over %s, %s at most in all)", FormatMinutes(c.cfg.StrideMax.Seconds()), FormatMinutes(float64(c.cfg.SpeedReps)*c.cfg.StrideMax.Seconds()))
		}
	}
	if e.raceHR > 0 && !e.race {
		parts = append(parts, fmt.Sprintf("race effort by heart rate: %.0f bpm (%s of max) held from the first third to the last, %.0f above the runner's easy runs (%.0f), the pace even (%s)",
			e.raceHR, pct(e.raceHR/c.maxHR), e.raceHR-r.easyHR, r.easyHR, FormatPace(r.Pace())))
	}
	if e.steadyHard > 0 && e.raceHR == 0 && !e.race {
		parts = append(parts, fmt.Sprintf("a steady hard run: %s at %s, %s faster than easy pace %s, at %.0f bpm (%s of max), %.0f above the runner's easy runs (%.0f): over the aerobic threshold by pace and by heart rate",
			FormatMinutes(r.Totals.MovingS), FormatPace(r.Pace()), pct(fasterBy(r.Pace(), e.easy)), easy, e.steadyHard, pct(e.steadyHard/c.maxHR), e.steadyHard-r.easyHR, r.easyHR))
	}
	if e.race {
		parts = append(parts, fmt.Sprintf("race effort: the whole run, %s at %s, %s faster than easy pace %s", FormatMinutes(r.Totals.MovingS), FormatPace(r.Pace()), pct(fasterBy(r.Pace(), e.easy)), easy))
	} else if e.tempo > 0 && !e.intervals { // an interval session's fastest 15 min are its repeats
		parts = append(parts, fmt.Sprintf("tempo: its fastest %s at %s%s, %s faster than easy pace %s", FormatMinutes(c.cfg.TempoMin.Seconds()), FormatPace(e.tempo), slopeWords(f.bestDrop), pct(fasterBy(e.tempo, e.easy)), easy))
	} else if e.raceBlock > 0 && !c.shortRace(e) && !e.intervals {
		parts = append(parts, fmt.Sprintf("race effort: its fastest %s at %s%s, %s faster than easy pace %s", FormatMinutes(c.cfg.RaceBlock.Seconds()), FormatPace(e.raceBlock), slopeWords(f.raceDrop), pct(fasterBy(e.raceBlock, e.easy)), easy))
	}
	if e.progression {
		parts = append(parts, fmt.Sprintf("progression: the last third at %s, %s faster than the first (%s)", FormatPace(1000/f.last), pct(fasterBy(1000/f.last, 1000/f.first)), FormatPace(1000/f.first)))
	}
	if fl := e.fartlek; fl.surges > 0 && !e.intervals { // an interval session's bouts are its surges
		parts = append(parts, fmt.Sprintf("fartlek: %d surges at %s or faster (%s faster than easy pace %s, and than the run's own jog), %s of its running",
			fl.surges, FormatPace(1000/fl.speed), pct(fasterBy(1000/fl.speed, e.easy)), easy, pct(fl.share)))
	}
	if sp := e.speedPlay; sp.surges > 0 && !e.intervals {
		parts = append(parts, fmt.Sprintf("speed play: %d surges at %s or faster (%s faster than easy pace %s), each within %s of the last, %s fast in %s",
			sp.surges, FormatPace(1000/sp.speed), pct(c.cfg.RepMargin), easy, FormatMinutes(c.cfg.SpeedPlayGap.Seconds()), FormatMinutes(sp.fast), FormatMinutes(sp.span)))
	}
	if rs := e.repSurges; rs.surges > 0 && !e.intervals && e.speedPlay.surges == 0 {
		parts = append(parts, fmt.Sprintf("a speed session: %d surges at %s or faster (%s faster than easy pace %s), %s fast in all, over %s",
			rs.surges, FormatPace(1000/rs.speed), pct(c.cfg.RepMargin), easy, FormatMinutes(rs.fast), FormatMinutes(rs.span)))
	}
	if c.shortRace(e) && e.tempo == 0 && !e.race && !e.intervals {
		parts = append(parts, fmt.Sprintf("race effort: its fastest %s at %s%s, %s faster than easy pace %s", FormatMinutes(c.cfg.RaceShort.Seconds()), FormatPace(e.raceShort), slopeWords(f.shortDrop), pct(fasterBy(e.raceShort, e.easy)), easy))
	}
	if e.speedReps {
		s := "a speed session: " + c.stridesWords(r)
		if e.strides < c.cfg.SpeedReps {
			s += fmt.Sprintf(", with walking and standing between them (%s of %s running)", FormatMinutes(r.facts.running), FormatMinutes(r.Totals.MovingS))
		}
		parts = append(parts, s)
	}
	if e.hills {
		h := f.hills
		parts = append(parts, fmt.Sprintf("hill repeats: %d climbs of the same hill, %.0f m each at %s, %s up", h.reps, h.gain, pct(h.grade), FormatMinutes(h.secs)))
	}
	if e.hrHard != "" {
		parts = append(parts, fmt.Sprintf("%s, judged by heart rate: the pace cannot speak (%s)", e.hrHard, e.paceMute))
	}
	if e.strides > 0 && !e.speedReps && len(parts) > 0 {
		parts = append(parts, "with "+c.stridesWords(r))
	}
	return strings.Join(parts, "; ")
}

// slopeWords says where a fast stretch was run, so that a reader of a
// mountain run sees it was not its descent: nothing without elevation.
func slopeWords(drop float64) string {
	switch {
	case math.IsNaN(drop):
		return ""
	case math.Abs(drop) < 0.01:
		return " on the flat"
	case drop > 0:
		return fmt.Sprintf(" down a %s slope (held to its flat worth)", pct(drop))
	}
	return fmt.Sprintf(" up a %s slope", pct(-drop))
}

// shortRace: the short race effort is the one to name, the longer block
// around it being slower than R pace (a mile time trial with its jog).
func (c *classifier) shortRace(e evidence) bool {
	return e.raceShort > 0 && (e.raceBlock == 0 || e.raceBlock > e.easy*(1-c.cfg.RepMargin))
}

// stridesWords names a run's strides and what makes them real.
func (c *classifier) stridesWords(r *Run) string {
	e := r.evidence
	s := fmt.Sprintf("%s (10-s bursts %s faster than easy pace or more), the fastest at %s", fmt.Sprintf("%d strides or sprints", e.strides), pct(c.cfg.SprintMargin), FormatPace(1000/e.stridesTop))
	if !math.IsNaN(r.facts.cadRise) {
		s += fmt.Sprintf(", cadence up %.0f spm", 2*r.facts.cadRise)
	}
	return s
}

// longHardWhy says why a long run is a session instead.
func (c *classifier) longHardWhy(r *Run) string {
	switch e := r.evidence; {
	case c.raceThroughout(r):
		return "a race effort from start to end"
	case e.hrHard != "":
		return "hard by heart rate from start to end"
	default:
		return fmt.Sprintf("a session with a warm-up and a cool-down: without its %s of quality, its %s of running would not be long", FormatMinutes(c.qualitySecs(r)), FormatMinutes(r.facts.running-c.qualitySecs(r)))
	}
}

// spanWords writes a range of bout lengths: "1-3 min", "30 s", "45 s-2 min".
func spanWords(lo, hi float64) string {
	w := func(s float64) string {
		if s < 90 {
			return fmt.Sprintf("%.0f s", math.Round(s/5)*5)
		}
		return FormatMinutes(s)
	}
	a, b := w(lo), w(hi)
	if a == b {
		return a
	}
	if strings.HasSuffix(a, " min") && strings.HasSuffix(b, " min") {
		a = strings.TrimSuffix(a, " min")
	}
	return a + "-" + b
}

// intensityReason writes the run's zones and load.
func (c *classifier) intensityReason(r *Run) string {
	in := r.Intensity
	if r.Digest.Buckets == 0 {
		return "intensity not measured: the file has no samples, only its totals"
	}
	if in.ZonesFrom == "" {
		why := in.HRTrust
		if why == "" {
			why = "no HRmax"
		}
		if m := r.evidence.paceMute; m != "" {
			why += ", and " + m
		}
		return "intensity not measured: " + why
	}
	total := in.Zones[0] + in.Zones[1] + in.Zones[2]
	if total <= 0 {
		return fmt.Sprintf("intensity not measured: no sample of it could be zoned by %s", in.ZonesFrom)
	}
	// Shares of what was zoned: where that is well short of the run (a
	// strap that dropped out), the minutes say so, or a reader holds the
	// shares to the whole run and the minutes of findings look wrong.
	of := ""
	if total < 0.9*r.Totals.MovingS {
		of = fmt.Sprintf(" (shares of the %s zoned, out of %s)", FormatMinutes(total), FormatMinutes(r.Totals.MovingS))
	}
	s := fmt.Sprintf("intensity by %s: %s below the aerobic threshold, %s between the thresholds, %s above%s; load %.0f (TRIMP)",
		in.ZonesFrom, pct(in.Zones[0]/total), pct(in.Zones[1]/total), pct(in.Zones[2]/total), of, in.Load)
	if in.LoadScale > 0 {
		s += fmt.Sprintf(", from its pace on this runner's heart-rate scale (x %.2f, the median over %d runs with both)", in.LoadScale, c.loadScaleRuns)
	}
	if in.ZonesFrom == "pace" && in.HRTrust != "" && in.HRTrust != "no heart rate" {
		s += "; heart rate not used: " + in.HRTrust
	}
	return s
}

// fasterBy is how much faster pace is than ref: 0.1 = 10 % faster; negative when slower.
func fasterBy(pace, ref float64) float64 {
	if pace <= 0 || ref <= 0 {
		return 0
	}
	return 1 - pace/ref
}
