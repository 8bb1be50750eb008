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
	LongRunPace LRP     // as of the last run of the block
	EasyPace    PaceRef // likewise
	History     []ProfileWeek
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
		if r.judgeable() && r.Digest.PeakHR > 0 {
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

// longPace is the pace a long run gives the long-run pace: its steady part
// (quality inside left out), grade-adjusted when its elevation can be trusted
// (a hilly long run's effort, on the flat); 0 when implausible.
func longPace(r *Run) (pace float64, graded bool) {
	secs, dist := r.Totals.MovingS, r.Totals.DistanceM
	if w := r.evidence.work; w.secs > 0 && secs-w.secs >= secs/2 && dist-w.distM > 0 {
		secs, dist = secs-w.secs, dist-w.distM
	}
	if dist <= 0 {
		return 0, false
	}
	pace = secs / (dist / 1000)
	if g := r.Digest.GAPPace; g > 0 && r.Pace() > 0 {
		pace, graded = pace*g/r.Pace(), true
	}
	if pace < MinPlausiblePace || pace > MaxPlausiblePace {
		return 0, false
	}
	return pace, graded
}

// lrpFinder works out the long-run pace in force on a date: the median pace
// of the runs classed long in the window before it.
type lrpFinder struct {
	cfg     ProfileConfig
	w       *window
	graded  *window // 1 for each grade-adjusted pace, on the same dates
	reasons map[string]string
}

func newLRPFinder(runs []*Run, cfg ProfileConfig) *lrpFinder {
	var pts, gr []dated
	for _, r := range runs {
		if r.Class != Long || !r.judgeable() {
			continue
		}
		if p, g := longPace(r); p > 0 {
			pts = append(pts, dated{r.day(), p})
			gr = append(gr, dated{r.day(), boolF(g)})
		}
	}
	return &lrpFinder{cfg: cfg, w: newWindow(pts, cfg.LongRunWindow.Duration), graded: newWindow(gr, cfg.LongRunWindow.Duration), reasons: map[string]string{}}
}

func boolF(b bool) float64 {
	if b {
		return 1
	}
	return 0
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
	if in := f.w.before(day); len(in) > 0 {
		p := median(in)
		return LRP{Pace: p, From: "window", Runs: len(in), Reason: fmt.Sprintf("long-run pace %s: median of %s in the %s before%s", FormatPace(p), activity.Plural(len(in), "long run"), window, gradedNote(f.graded.before(day)))}
	}
	if all := f.w.all(); len(all) > 0 {
		p := median(all)
		return LRP{Pace: p, From: "block", Runs: len(all), Reason: fmt.Sprintf("long-run pace %s: no long run in the %s before, so the median of the block's %s%s", FormatPace(p), window, activity.Plural(len(all), "long run"), gradedNote(f.graded.all()))}
	}
	if easy.Pace > 0 {
		return LRP{Pace: easy.Pace, From: "easy", Runs: easy.Runs, Reason: fmt.Sprintf("long-run pace unknown (no long run in the block): the easy pace %s stands in", FormatPace(easy.Pace))}
	}
	return LRP{From: "none", Reason: "no long-run pace: no run to judge"}
}

// gradedNote says how many of the paces were grade-adjusted.
func gradedNote(flags []float64) string {
	n := 0
	for _, g := range flags {
		if g > 0 {
			n++
		}
	}
	switch n {
	case 0:
		return ""
	case len(flags):
		return ", grade-adjusted"
	}
	return fmt.Sprintf(", %d of them grade-adjusted", n)
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
