package analyze

import (
	"fmt"
	"math"

	"github.com/runlint/runlint/activity"
)

// Intensity is how hard a run was run, beside what it was meant to be (its
// class): its time in Seiler's three zones and its load.
type Intensity struct {
	// Zones is the time (s) below the aerobic threshold, between the
	// thresholds, and above the anaerobic threshold.
	Zones     [3]float64
	ZonesFrom string // "heart rate" or "pace"; "" when neither can tell
	// Load is Banister's TRIMP: over the run's buckets, minutes x HRr x a x
	// e^(b HRr), HRr = (HR - resting) / (HRmax - resting).
	Load     float64
	LoadFrom string // "heart rate", or "pace" where HRr is estimated from speed
	// LoadScale is what a load from pace was multiplied by to stand on the
	// runner's heart-rate scale (see calibratePaceLoad); 0 when it was not.
	LoadScale float64
	paceLoad  float64 // a heart-rate run's load as its pace would give it: the calibration's other side
	// AvgHR is the mean over the buckets whose heart rate can be trusted,
	// 0 when the run's heart rate cannot be (HRTrust says why).
	AvgHR   float64
	HRTrust string
	HRFault string // hrFaultSensor or hrFaultDisagrees where HRTrust is one of those; else ""
}

// AboveAeT is the share of the zoned time above the aerobic threshold.
func (in Intensity) AboveAeT() float64 {
	total := in.Zones[0] + in.Zones[1] + in.Zones[2]
	if total <= 0 {
		return 0
	}
	return (in.Zones[1] + in.Zones[2]) / total
}

// DefaultRestingHR stands in for profile.resting_hr in the load.
const DefaultRestingHR = 60

// hrDistrust says why a run's heart rate cannot decide anything, or "".
func hrDistrust(r *Run, lockMax float64) string {
	d := r.Digest
	switch {
	case !r.HasHR():
		return "no heart rate"
	case d.HRCover < 0.5:
		return fmt.Sprintf("heart rate on only %s of moving time", pct(d.HRCover))
	case hrStuck(r):
		return fmt.Sprintf("heart rate flat for %s (average %.0f, highest %.0f): a stuck sensor", FormatMinutes(r.Totals.MovingS), r.Totals.AvgHR, r.Totals.MaxHR)
	case hrLocked(d, lockMax):
		return fmt.Sprintf("heart rate follows step cadence (their changes correlate at %.2f) and equals it on %s of samples", d.CadenceFollow, pct(d.CadenceLock))
	}
	return ""
}

// hrTrust says why a run's heart rate cannot decide anything, or "": the
// data's own faults (hrDistrust), and what the runner's profile shows
// impossible. An average at 95 % of HRmax or more held for 20 min at about
// the easy pace on the flat is more than a heart holds (a 10-km race, much
// faster, averages 92-95 %). A single peak above HRmax is not enough: the
// HRmax estimate already leaves a lone peak out, and hrMask its spikes. A heart rate at or over the aerobic
// threshold on a flat run 10 % slower than the easy pace disagrees with the
// pace: a sensor misreading, heat or illness; either way it is no measure of
// the run's training.
func (c *classifier) hrTrust(r *Run) string {
	_, why := c.hrFault(r)
	return why
}

// The faults of a run's heart rate the hr-untrusted rule speaks of: a
// sensor's (stuck, impossible), or a disagreement with the pace.
const (
	hrFaultSensor    = "sensor"
	hrFaultDisagrees = "disagrees"
)

// hrFault is hrTrust's reason, with which of the faults above it is ("" for
// the data's own: none, too little, locked on cadence).
func (c *classifier) hrFault(r *Run) (kind, why string) {
	if why := hrDistrust(r, c.icfg.HRLockMax); why != "" {
		if hrStuck(r) {
			return hrFaultSensor, why
		}
		return "", why
	}
	if c.maxHR <= 0 {
		return "", ""
	}
	t, hr := r.Totals, r.facts.hr
	easy := r.easyPace()
	flat := flat(r, c.pcfg.LRPAscent)
	switch {
	case easy > 0 && r.Pace() >= 0.95*easy && flat && hr >= 0.95*c.maxHR && t.MovingS >= 20*60:
		return hrFaultSensor, fmt.Sprintf("heart rate averaging %.0f on a run of %s at about the easy pace is %s of HRmax %.0f, more than a heart holds: a sensor artefact", hr, FormatMinutes(t.MovingS), pct(hr/c.maxHR), c.maxHR)
	case easy > 0 && adjusted(r, runningPace(r)) >= 1.1*easy && hr >= c.icfg.AeTHR*c.maxHR && t.MovingS >= 20*60 && !r.evidence.hard() &&
		r.facts.running >= (1-c.pcfg.LRPWalk)*t.MovingS && (flat || t.MaxHR >= 0.97*c.maxHR):
		// Only on a steady run, mostly run (a mountain run hiked in part
		// is slow at a high heart rate by right): a session's average
		// pace is slowed by its warm-up and recoveries, its heart rate is
		// not. On climbs the grade-adjusted pace understates a steep
		// effort: there it takes a peak at HRmax on an easy run too, the
		// mark of a sensor's spike, not of a climb.
		return hrFaultDisagrees, fmt.Sprintf("heart rate %.0f (%s of HRmax) on a run %s slower than easy pace %s over its running%s disagrees with the pace: a sensor misreading, heat or illness",
			hr, pct(hr/c.maxHR), pct(adjusted(r, runningPace(r))/easy-1), FormatPace(easy), climbWords(r, c.pcfg.LRPAscent))
	}
	return "", ""
}

// climbCost is the share of time one metre of climbing a kilometre adds
// to a run's pace: a 1 % grade costs some 3.3 % (Strava's and Minetti's
// grade-adjusted pace), and a km with a m of climbing holds a/g metres at
// grade g, so 0.33 % for each metre whatever the grade. The descents' credit
// is left out: the adjusted pace errs fast, toward trusting the heart.
const climbCost = 0.0033

// gradeAdjusted is a run's pace (s/km) on the flat its climbing is worth.
func gradeAdjusted(r *Run) float64 { return adjusted(r, r.Pace()) }

// adjusted is pace (s/km) on the flat, for a run's climbing.
func adjusted(r *Run, pace float64) float64 {
	t := r.Totals
	if t.DistanceM <= 0 {
		return pace
	}
	return pace / (1 + climbCost*t.AscentM/(t.DistanceM/1000))
}

// runningPace is a run's pace (s/km) over its running time: the stops
// and walks of a mountain run slow its moving pace, not its effort. The
// walks' own metres are left in: it errs fast, toward trusting the heart.
func runningPace(r *Run) float64 {
	if run := r.facts.running; run > 0 && run < r.Totals.MovingS {
		return r.Pace() * run / r.Totals.MovingS
	}
	return r.Pace()
}

// climbWords says a run's pace was adjusted for its climbing, or "".
func climbWords(r *Run, ascent float64) string {
	if flat(r, ascent) {
		return ""
	}
	return fmt.Sprintf(" (grade-adjusted for %.0f m of climbing a km)", r.Totals.AscentM/(r.Totals.DistanceM/1000))
}

// flat reports whether a run climbed under ascent metres a km (the
// long-run pace's own bar, profile.lrp_ascent): its pace is its effort, not
// the hills'.
func flat(r *Run, ascent float64) bool {
	return r.Totals.AscentM < ascent*r.Totals.DistanceM/1000
}

// hrStuck reports whether a run's heart rate sat on one reading: its highest
// within 1 bpm of its average over 20 min or more. A heart does not do that
// (it climbs at the start, drifts, answers every hill); a stuck sensor does.
func hrStuck(r *Run) bool {
	t := r.Totals
	return t.MovingS >= 20*60 && t.AvgHR > 0 && t.MaxHR > 0 && t.MaxHR-t.AvgHR <= 1
}

// lockFollow: heart rate whose 5-s changes correlate with step cadence's at
// this or more follows the cadence: a sensor locked on the arm's swing.
const lockFollow = 0.5

// hrLocked reports whether a run's heart rate is its cadence: equal to it
// on more than lockMax of the samples, and following it. A heart that merely
// beats near the cadence (165 bpm at 165 steps a minute) does not follow it.
func hrLocked(d *activity.Digest, lockMax float64) bool {
	return d.CadenceLock > lockMax && d.CadenceFollow >= lockFollow
}

// trustedHR is the mean heart rate over the trusted buckets and their time.
func trustedHR(bs []activity.Bucket, mask []bool) (avg, secs float64) {
	sum := 0.0
	for i, b := range bs {
		if mask[i] {
			sum += b.HR() * b.Secs()
			secs += b.Secs()
		}
	}
	if secs == 0 {
		return 0, 0
	}
	return sum / secs, secs
}

// intensity zones a run by heart rate where it can be trusted, else by pace
// against easy (s/km), and counts its load.
func (c *classifier) intensity(r *Run, v *view, easy float64) Intensity {
	s := v.Series
	var in Intensity
	in.HRFault, in.HRTrust = c.hrFault(r)
	mask := v.hrMask(c.icfg.ArtefactHR)
	if in.HRTrust == "" {
		in.AvgHR, _ = trustedHR(s.Buckets, mask)
	}
	switch {
	case len(s.Buckets) == 0: // a session without records: nothing to zone
	case in.HRTrust == "" && c.maxHR > 0:
		c.zoneByHR(&in, s.Buckets, mask)
	case easy > 0 && r.Pace() > 0 && paceMute(r) == "":
		bs, grade := wholeRun(r, s.Buckets), v.grade
		if len(bs) != len(s.Buckets) {
			grade = nil // the run's average pace stands in: no slope under it
		}
		c.zoneByPace(&in, bs, grade, easy)
	}
	if in.LoadFrom == "heart rate" && easy > 0 && r.Pace() > 0 && paceMute(r) == "" {
		in.paceLoad = c.paceLoadOf(s.Buckets, v.grade, easy)
	}
	return in
}

func (c *classifier) trimpCoef() (a, b float64) {
	if c.icfg.TRIMP == "female" {
		return 0.86, 1.67
	}
	return 0.64, 1.92
}

// trimpAt is TRIMP per minute at each whole heart rate (a bucket's is an
// integer), worked out once per check: an exponential per bucket showed in
// profiles of a warm check.
func (c *classifier) trimpAt() *[256]float64 {
	if c.trimpTable != nil {
		return c.trimpTable
	}
	rest := c.restingHR()
	a, k := c.trimpCoef()
	c.trimpTable = new([256]float64)
	for hr := range c.trimpTable {
		hrr := math.Max(0, math.Min(1, (float64(hr)-rest)/(c.maxHR-rest)))
		c.trimpTable[hr] = hrr * a * math.Exp(k*hrr)
	}
	return c.trimpTable
}

func (c *classifier) zoneByHR(in *Intensity, bs []activity.Bucket, mask []bool) {
	cfg, maxHR := c.icfg, c.maxHR
	perMin := c.trimpAt()
	var covered, moving float64
	for i, b := range bs {
		moving += b.Secs()
		if !mask[i] {
			continue
		}
		covered += b.Secs()
		share := b.HR() / maxHR
		switch {
		case share >= cfg.AnTHR:
			in.Zones[2] += b.Secs()
		case share >= cfg.AeTHR:
			in.Zones[1] += b.Secs()
		default:
			in.Zones[0] += b.Secs()
		}
		in.Load += b.Secs() / 60 * perMin[int(b.HR())]
	}
	if covered > 0 {
		in.Load *= moving / covered // the minutes without heart rate at the run's mean
	}
	in.ZonesFrom, in.LoadFrom = "heart rate", "heart rate"
}

// paceHRR is the heart-rate reserve taken for running at the anaerobic
// threshold's speed, where heart rate is missing: HRr at 87 % of a 190 bpm
// HRmax with 60 bpm resting is 0.81. Other speeds scale with it.
const paceHRR = 0.80

func (c *classifier) zoneByPace(in *Intensity, bs []activity.Bucket, grade []float64, easy float64) {
	cfg := c.icfg
	aet, ant := speedFor(easy, cfg.AeTMargin), speedFor(easy, cfg.AnTMargin)
	a, k := c.trimpCoef()
	for i, b := range bs {
		v := flatWorth(b.Speed(), grade, i)
		switch {
		case v >= ant:
			in.Zones[2] += b.Secs()
		case v >= aet:
			in.Zones[1] += b.Secs()
		default:
			in.Zones[0] += b.Secs()
		}
		hrr := math.Max(0, math.Min(1, paceHRR*v/ant))
		in.Load += b.Secs() / 60 * hrr * a * math.Exp(k*hrr)
	}
	in.ZonesFrom, in.LoadFrom = "pace", "pace"
}

func (c *classifier) restingHR() float64 {
	if c.restHR > 0 {
		return c.restHR
	}
	return DefaultRestingHR
}

// hrVerdict is the heart-rate reason a run is hard where its pace cannot
// speak, or "": an average at or above HardHR of HRmax over 15 min or more,
// or WorkHRMin at or above WorkHR.
func (c *classifier) hrVerdict(r *Run, v *view) string {
	cfg, s := c.cfg, v.Series
	if c.maxHR <= 0 || c.hrTrust(r) != "" {
		return ""
	}
	mask := v.hrMask(c.icfg.ArtefactHR)
	avg, _ := trustedHR(s.Buckets, mask)
	hot := 0.0
	for i, b := range s.Buckets {
		if mask[i] && b.HR() >= cfg.WorkHR*c.maxHR {
			hot += b.Secs()
		}
	}
	switch {
	case r.Totals.MovingS >= 15*60 && avg >= cfg.HardHR*c.maxHR:
		return fmt.Sprintf("average heart rate %.0f, %s of max", avg, pct(avg/c.maxHR))
	case hot >= cfg.WorkHRMin.Seconds():
		return fmt.Sprintf("%s at or above %s of max heart rate (%.0f bpm)", FormatMinutes(hot), pct(cfg.WorkHR), cfg.WorkHR*c.maxHR)
	}
	return ""
}

// crossTraining gives each activity that is not a run (a ride, a swim) its
// time in zones and load from its heart rate, where it has one: training
// load all the same (Banister's TRIMP does not ask the sport), counted in
// the block's load; it is not classified.
func (c *classifier) crossTraining(runs []*Run) {
	if c.maxHR <= 0 {
		return
	}
	for _, r := range runs {
		if r.IsRun() || r.DupOf != nil || r.Activity.Digest == nil || r.Totals.AvgHR <= 0 {
			continue
		}
		s, err := r.Activity.Digest.SeriesWith(&c.scratch)
		if err != nil {
			continue
		}
		var in Intensity
		c.zoneByHR(&in, s.Buckets, hrMask(nil, s.Buckets, nil, c.icfg.ArtefactHR))
		if in.Zones[0]+in.Zones[1]+in.Zones[2] > 0 {
			in.AvgHR = r.Totals.AvgHR
			r.Intensity = in
		}
	}
}

// CrossTraining reports whether r is an activity other than a run that
// carries load.
func (r *Run) CrossTraining() bool { return !r.IsRun() && r.DupOf == nil && r.Intensity.Load > 0 }

// HasIntensity reports whether r was measured for intensity and load: a
// judged run, or cross-training with heart rate.
func (r *Run) HasIntensity() bool { return r.Judged() || r.CrossTraining() }

// wholeRun is the buckets pace zones a run by: its own, or, where they
// span under half its moving time (a record of 6 min for a run of 2:23 h),
// its average pace over all of it, in 10-min buckets.
func wholeRun(r *Run, bs []activity.Bucket) []activity.Bucket {
	secs, moving := 0.0, r.Totals.MovingS
	for _, b := range bs {
		secs += b.Secs()
	}
	if secs >= moving/2 || r.Totals.DistanceM <= 0 {
		return bs
	}
	n := math.Ceil(moving / 600)
	out := make([]activity.Bucket, int(n))
	for i := range out {
		out[i] = activity.NewBucket(moving/n, r.Totals.DistanceM/n, 0, 0, math.NaN())
	}
	return out
}
