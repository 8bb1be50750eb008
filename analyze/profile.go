package analyze

import (
	"fmt"
	"math"
	"sort"
	"time"

	"github.com/runlint/runlint/activity"
)

// HRZone is one heart-rate zone (Seiler's five, as shares of HRmax).
type HRZone struct {
	Name      string
	Low, High float64 // bpm
}

// Profile is the runner as the block shows them.
type Profile struct {
	MaxHR       float64
	MaxHRReason string
	RestingHR   float64
	ThresholdHR float64
	Zones       []HRZone
	// AeTHR and AnTHR are the aerobic and anaerobic thresholds (bpm) the
	// intensity zones split at (intensity.aet_hr and ant_hr of HRmax); 0
	// without HRmax.
	AeTHR, AnTHR float64
	LongRunPace  LRP     // as of the last run of the block
	EasyPace     PaceRef // likewise
	History      []ProfileWeek
}

// ProfileWeek is the long-run pace and the easy pace in force at the start of
// one week.
type ProfileWeek struct {
	Week     string // Monday, local date
	LRP      LRP
	EasyPace PaceRef
}

// MinHRRuns is how many runs with heart rate the block needs before runlint
// estimates HRmax from it.
const MinHRRuns = 5

// estimateMaxHR takes the highest 30-s heart rate held in any run, unless it
// stands more than 3 bpm above the next highest run's: one such outlier is a
// sensor artefact more often than a true maximum.
func estimateMaxHR(runs []*Run, cfg ProfileConfig) (float64, string) {
	if cfg.MaxHR > 0 {
		return cfg.MaxHR, fmt.Sprintf("HRmax %.0f bpm from %s", cfg.MaxHR, from(cfg.MaxHRFrom))
	}
	type peak struct {
		hr   float64
		date string
	}
	var peaks []peak
	for _, r := range runs {
		if r.judgeable() && r.Digest.PeakHR > 0 && !hrStuck(r) {
			peaks = append(peaks, peak{r.Digest.PeakHR, r.LocalDate()})
		}
	}
	if len(peaks) == 0 {
		return 0, "no heart rate in the block: effort is judged by pace alone"
	}
	if len(peaks) < MinHRRuns {
		// A run's own peak is no maximum: every run would look hard next to itself.
		return 0, fmt.Sprintf("HRmax not estimated: %s with heart rate, %d needed (set profile.max_hr or --max-hr); effort is judged by pace alone", activity.Plural(len(peaks), "run"), MinHRRuns)
	}
	sort.SliceStable(peaks, func(i, j int) bool { return peaks[i].hr > peaks[j].hr })
	best := peaks[0]
	if len(peaks) >= 5 && peaks[0].hr-peaks[1].hr > 3 {
		return math.Round(peaks[1].hr), fmt.Sprintf("HRmax %.0f bpm: the second-highest 30-s heart rate across %s (%s); the highest, %.0f on %s, stands apart and is taken for an artefact",
			peaks[1].hr, activity.Plural(len(peaks), "run"), peaks[1].date, peaks[0].hr, peaks[0].date)
	}
	return math.Round(best.hr), fmt.Sprintf("HRmax %.0f bpm: the highest 30-s heart rate across %s (%s)", best.hr, activity.Plural(len(peaks), "run"), best.date)
}

func seilerZones(max float64) []HRZone {
	if max <= 0 {
		return nil
	}
	b := []float64{0.60, 0.72, 0.82, 0.87, 0.93, 1.00}
	var z []HRZone
	for i := range 5 {
		z = append(z, HRZone{Name: fmt.Sprintf("Z%d", i+1), Low: math.Round(b[i] * max), High: math.Round(b[i+1] * max)})
	}
	return z
}

// The paces a run's average can plausibly have; outside them, a run does not
// count towards the long-run pace.
const (
	MinPlausiblePace = 150 // 2:30/km
	MaxPlausiblePace = 720 // 12:00/km
)

// longPace is the pace a long run gives the long-run pace: its steady
// running (the median of its running on the flat where it has enough flat,
// as the easy pace is read; its quality and its walking left out), or 0
// when the terrain set its pace: a trail or mountain run climbing more than
// LRPAscent metres a kilometre without enough flat, or walked for more than
// LRPWalk of its moving time. Such runs are long runs all the same; they
// just say nothing of the pace a long run goes at on the flat.
func longPace(r *Run, cfg ProfileConfig) (pace float64, why string) {
	t := r.Totals
	if t.DistanceM <= 0 || r.facts.steady <= 0 || t.MovingS <= 0 {
		return 0, "no distance"
	}
	if why := terrainSet(r, cfg); why != "" {
		return 0, why
	}
	pace = 1000 / r.facts.steady
	if pace < MinPlausiblePace || pace > MaxPlausiblePace {
		return 0, "an implausible pace"
	}
	return pace, ""
}

// terrainSet says why the terrain set a run's pace (walked for more than
// LRPWalk of its moving time, or climbing more than LRPAscent metres a
// kilometre without LRPFlat of flat running), or "": a mountain run's pace
// says nothing of the runner's pace on the flat, easy or long.
func terrainSet(r *Run, cfg ProfileConfig) string {
	t := r.Totals
	if t.DistanceM <= 0 || t.MovingS <= 0 {
		return ""
	}
	if walk := 1 - r.facts.running/t.MovingS; walk > cfg.LRPWalk {
		return fmt.Sprintf("walked %s of it", pct(walk))
	}
	if climb := t.AscentM / (t.DistanceM / 1000); climb > cfg.LRPAscent && r.facts.flatSecs < cfg.LRPFlat.Seconds() {
		return fmt.Sprintf("%.0f m of climbing a kilometre", climb)
	}
	return ""
}

// lrpFinder works out the long-run pace in force on a date: the median
// steady pace of the long runs in the window before it whose pace the
// terrain did not set (see longPace).
type lrpFinder struct {
	cfg     ProfileConfig
	w       *window
	terrain *window // the long runs left out for their terrain, on their dates
	reasons map[string]string
}

func newLRPFinder(runs []*Run, cfg ProfileConfig) *lrpFinder {
	var pts, left []dated
	for _, r := range runs {
		if r.Class != Long || !r.judgeable() || r.judging == nil {
			continue
		}
		if r.evidence.hard() {
			// A long run with quality inside (marathon-pace blocks, a fast
			// finish): its pace is the session's, not the long run's.
			left = append(left, dated{r.day(), 1})
		} else if p, why := longPace(r, cfg); p > 0 {
			pts = append(pts, dated{r.day(), p})
		} else if why != "no distance" {
			left = append(left, dated{r.day(), 1})
		}
	}
	return &lrpFinder{cfg: cfg, w: newWindow(pts, cfg.LongRunWindow.Duration), terrain: newWindow(left, cfg.LongRunWindow.Duration), reasons: map[string]string{}}
}

// at returns the long-run pace for a run on local date day, with easy (the
// easy pace in force) to stand in when the block has no long run.
func (f *lrpFinder) at(day time.Time, easy PaceRef) LRP {
	l := f.compute(day, easy)
	if r, ok := f.reasons[l.Reason]; ok {
		l.Reason = r
	} else {
		f.reasons[l.Reason] = l.Reason
	}
	return l
}

func (f *lrpFinder) compute(day time.Time, easy PaceRef) LRP {
	if f.cfg.LongRunPace > 0 {
		return LRP{Pace: float64(f.cfg.LongRunPace), From: "config", Reason: "long-run pace " + FormatPace(float64(f.cfg.LongRunPace)) + " from " + from(f.cfg.LongRunPaceFrom)}
	}
	window := FormatDuration(f.cfg.LongRunWindow.Duration)
	var l LRP
	// The long runs of years before or after say nothing of this week's
	// fitness: without enough near it, the easy pace of the weeks around
	// stands in.
	switch in, around := f.w.before(day), f.w.around(day); {
	case len(in) >= minLRPRuns:
		p := median(in)
		l = LRP{Pace: p, From: "window", Runs: len(in), Reason: fmt.Sprintf("long-run pace %s: median steady pace of %s in the %s before%s", FormatPace(p), activity.Plural(len(in), "long run"), window, terrainNote(f.terrain.before(day)))}
	case len(around) >= minLRPRuns:
		p := median(around)
		l = LRP{Pace: p, From: "around", Runs: len(around), Reason: fmt.Sprintf("long-run pace %s: under %d long runs in the %s before, so the median steady pace of %s within %s either side%s", FormatPace(p), minLRPRuns, window, activity.Plural(len(around), "long run"), window, terrainNote(f.terrain.around(day)))}
	default:
		if easy.Pace <= 0 {
			return LRP{From: "none", Reason: "no long-run pace: no run to judge"}
		}
		return LRP{Pace: easy.Pace, From: "easy", Runs: easy.Runs, Reason: fmt.Sprintf("long-run pace unknown (under %d long runs on the flat within %s either side%s): the easy pace %s stands in", minLRPRuns, window, terrainNote(f.terrain.around(day)), FormatPace(easy.Pace))}
	}
	if off := l.Pace/easy.Pace - 1; easy.Pace > 0 && math.Abs(off) > f.cfg.LRPOff {
		// A long-run pace far from the easy pace says something of the long
		// runs (trails, walk breaks, races), not of the runner's easy
		// effort: it is no yardstick for a recovery run.
		side := "slower"
		if off < 0 {
			side = "faster"
		}
		return LRP{Pace: easy.Pace, From: "easy", Runs: easy.Runs, Reason: fmt.Sprintf("long-run pace %s is %s %s than the easy pace %s (more than %s): the long runs were not run at easy effort on the flat, so the easy pace stands in as the yardstick",
			FormatPace(l.Pace), pct(math.Abs(off)), side, FormatPace(easy.Pace), pct(f.cfg.LRPOff))}
	}
	return l
}

// minLRPRuns: a long-run pace needs this many long runs: one hilly long run
// is no yardstick for the weeks after it.
const minLRPRuns = 2

// terrainNote says how many long runs the terrain left out.
func terrainNote(left []float64) string {
	if len(left) == 0 {
		return ""
	}
	return fmt.Sprintf("; %s left out, their pace set by hills, trails, walking or quality inside them", activity.Plural(len(left), "long run"))
}

func median(xs []float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	s := append([]float64(nil), xs...)
	sort.Float64s(s)
	return sortedMedian(s)
}

// sortedMedian is the median of values already sorted.
func sortedMedian(s []float64) float64 {
	n := len(s)
	if n == 0 {
		return 0
	}
	if n%2 == 1 {
		return s[n/2]
	}
	return (s[n/2-1] + s[n/2]) / 2
}
