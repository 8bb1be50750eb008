package analyze

import (
	"fmt"
	"math"
	"sort"
	"strings"
	"time"
)

// LRP is the long-run pace one run is judged against, and where it came from.
type LRP struct {
	Pace   float64 // s/km
	From   string  // "config", "window", "block", "easy"
	Runs   int     // long runs it is the median of
	Reason string
}

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
	LongRunPace LRP // as of the last run of the block
	History     []ProfileWeek
}

// ProfileWeek is the long-run pace in force at the start of one week.
type ProfileWeek struct {
	Week string // Monday, local date
	LRP  LRP
}

// MinHRRuns is how many runs with heart rate the block needs before runlint
// estimates HRmax from it.
const MinHRRuns = 5

// estimateMaxHR takes the highest 30-s heart rate held in any run, unless it
// stands more than 3 bpm above the next highest run's: one such outlier is a
// sensor artefact more often than a true maximum.
func estimateMaxHR(runs []*Run, cfg ProfileConfig) (float64, string) {
	if cfg.MaxHR > 0 {
		return cfg.MaxHR, fmt.Sprintf("HRmax %.0f bpm from the config", cfg.MaxHR)
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
		return 0, fmt.Sprintf("HRmax not estimated: %s with heart rate, %d needed (set profile.max_hr or --max-hr); effort is judged by pace alone", plural(len(peaks), "run"), MinHRRuns)
	}
	sort.SliceStable(peaks, func(i, j int) bool { return peaks[i].hr > peaks[j].hr })
	best := peaks[0]
	if len(peaks) >= 5 && peaks[0].hr-peaks[1].hr > 3 {
		return math.Round(peaks[1].hr), fmt.Sprintf("HRmax %.0f bpm: the second-highest 30-s heart rate across %s (%s); the highest, %.0f on %s, stands apart and is taken for an artefact",
			peaks[1].hr, plural(len(peaks), "run"), peaks[1].date, peaks[0].hr, peaks[0].date)
	}
	return math.Round(best.hr), fmt.Sprintf("HRmax %.0f bpm: the highest 30-s heart rate across %s (%s)", best.hr, plural(len(peaks), "run"), best.date)
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

// lrpFinder works out the long-run pace in force on a date.
type lrpFinder struct {
	cfg      ProfileConfig
	long     []*Run // runs that count as long for the pace, oldest first
	easy     float64
	easyRuns int
	graded   int
	reasons  map[string]string // one copy of each reason: neighbouring days share theirs
}

// flatPace is a long run's pace for the long-run pace: grade-adjusted when
// its elevation can be trusted (a hilly long run's effort, on the flat).
func flatPace(r *Run) float64 {
	if g := r.Digest.GAPPace; g > 0 {
		return g
	}
	return r.Pace()
}

// gradedNote says how many of the paces were grade-adjusted.
func gradedNote(runs []*Run) string {
	n := 0
	for _, r := range runs {
		if r.Digest.GAPPace > 0 {
			n++
		}
	}
	switch n {
	case 0:
		return ""
	case len(runs):
		return ", grade-adjusted"
	}
	return fmt.Sprintf(", %d of them grade-adjusted", n)
}

func newLRPFinder(runs []*Run, cfg ProfileConfig, keep func(*Run) bool) *lrpFinder {
	f := &lrpFinder{cfg: cfg}
	var paces []float64
	for _, r := range runs {
		// A pace no runner holds for an hour is broken data (a lost footpod, a
		// watch left running on a walk home), not a long run.
		if !r.judgeable() || r.Pace() < MinPlausiblePace || r.Pace() > MaxPlausiblePace {
			continue
		}
		if r.Totals.MovingS >= cfg.LongRunMin.Seconds() && (keep == nil || keep(r)) {
			f.long = append(f.long, r)
		}
		if r.Totals.MovingS >= 20*60 {
			paces = append(paces, r.Pace())
		}
		if r.Digest.GAPPace > 0 {
			f.graded++
		}
	}
	f.easy, f.easyRuns = median(paces), len(paces)
	return f
}

// at returns the long-run pace for a run on local date day: the median pace of
// the long runs in the window before it; failing that, of every long run in
// the block; failing that, the runner's typical pace. Each says so.
func (f *lrpFinder) at(day time.Time) LRP {
	l := f.compute(day)
	if f.reasons == nil {
		f.reasons = map[string]string{}
	}
	if r, ok := f.reasons[l.Reason]; ok {
		l.Reason = r
	} else {
		f.reasons[l.Reason] = l.Reason
	}
	return l
}

func (f *lrpFinder) compute(day time.Time) LRP {
	if f.cfg.LongRunPace > 0 {
		return LRP{Pace: float64(f.cfg.LongRunPace), From: "config", Reason: "long-run pace " + FormatPace(float64(f.cfg.LongRunPace)) + " from the config"}
	}
	from := day.Add(-f.cfg.LongRunWindow.Duration)
	var in []float64
	var inRuns []*Run
	for _, r := range f.long {
		d := r.day()
		if !d.Before(from) && d.Before(day) {
			in = append(in, flatPace(r))
			inRuns = append(inRuns, r)
		}
	}
	window := FormatDuration(f.cfg.LongRunWindow.Duration)
	min := FormatMinutes(f.cfg.LongRunMin.Seconds())
	if len(in) > 0 {
		p := median(in)
		return LRP{Pace: p, From: "window", Runs: len(in), Reason: fmt.Sprintf("long-run pace %s: median of %s of %s or more in the %s before%s", FormatPace(p), plural(len(in), "run"), min, window, gradedNote(inRuns))}
	}
	if len(f.long) > 0 {
		all := make([]float64, len(f.long))
		for i, r := range f.long {
			all[i] = flatPace(r)
		}
		p := median(all)
		return LRP{Pace: p, From: "block", Runs: len(all), Reason: fmt.Sprintf("long-run pace %s: no run of %s or more in the %s before, so the median of the block's %s%s", FormatPace(p), min, window, plural(len(all), "long run"), gradedNote(f.long))}
	}
	if f.easyRuns > 0 {
		return LRP{Pace: f.easy, From: "easy", Runs: f.easyRuns, Reason: fmt.Sprintf("long-run pace unknown (no run of %s or more in the block): the runner's typical pace %s (median of %s of 20 min or more) stands in", min, FormatPace(f.easy), plural(f.easyRuns, "run"))}
	}
	return LRP{From: "none", Reason: "no long-run pace: no run of 20 min or more in the block"}
}

func median(xs []float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	s := append([]float64(nil), xs...)
	sort.Float64s(s)
	n := len(s)
	if n%2 == 1 {
		return s[n/2]
	}
	return (s[n/2-1] + s[n/2]) / 2
}

func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	if strings.HasSuffix(noun, "ch") || strings.HasSuffix(noun, "s") {
		return fmt.Sprintf("%d %ses", n, noun)
	}
	return fmt.Sprintf("%d %ss", n, noun)
}
