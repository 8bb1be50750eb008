package analyze

import (
	"math"

	"github.com/runlint/runlint/activity"
)

// paceSteps: the steps of heart-rate reserve paceLoadOf's table holds; a
// load read from it is within a fraction of a percent of the exact one,
// enough for a median of ratios, and a warm check reads every run's buckets.
const paceSteps = 1024

// paceLoadOf is the load a run's pace gives (zoneByPace's), read from a
// table of TRIMP a minute by heart-rate reserve.
func (c *classifier) paceLoadOf(bs []activity.Bucket, grade []float64, easy float64) float64 {
	table := c.paceTrimpAt()
	ant := speedFor(easy, c.icfg.AnTMargin)
	load := 0.0
	for i, b := range bs {
		hrr := math.Max(0, math.Min(1, paceHRR*flatWorth(b.Speed(), grade, i)/ant))
		load += b.Secs() / 60 * table[int(hrr*paceSteps)]
	}
	return load
}

// paceTrimpAt is TRIMP a minute at each step of heart-rate reserve,
// worked out once per check (built before the passes share it).
func (c *classifier) paceTrimpAt() *[paceSteps + 1]float64 {
	if c.paceTable != nil {
		return c.paceTable
	}
	a, k := c.trimpCoef()
	c.paceTable = new([paceSteps + 1]float64)
	for i := range c.paceTable {
		hrr := float64(i) / paceSteps
		c.paceTable[i] = hrr * a * math.Exp(k*hrr)
	}
	return c.paceTable
}

// calibration: a load from pace is put on the runner's heart-rate scale
// once at least calibrationRuns runs of calibrationMin or more have both,
// and the factor is held to calibrationBounds.
const (
	calibrationRuns = 10
	calibrationMin  = 20 * 60
)

var calibrationBounds = [2]float64{0.5, 2}

// calibratePaceLoad puts the loads from pace on the heart-rate scale: the
// median, over the runs whose load came from heart rate, of that load over
// the one their pace gives. A pace-based TRIMP estimates the heart rate from
// speed with one runner's numbers (paceHRR); a block that switches between a
// watch with heart rate and one without would otherwise add loads of two
// scales, and an acute:chronic ratio across the switch measures the watch.
func calibratePaceLoad(runs []*Run) (factor float64, n int) {
	var ratios []float64
	for _, r := range runs {
		if in := r.Intensity; in.LoadFrom == "heart rate" && in.paceLoad > 0 && r.Totals.MovingS >= calibrationMin {
			ratios = append(ratios, in.Load/in.paceLoad)
		}
	}
	if len(ratios) < calibrationRuns {
		return 0, len(ratios)
	}
	factor = min(max(median(ratios), calibrationBounds[0]), calibrationBounds[1])
	for _, r := range runs {
		if r.Intensity.LoadFrom == "pace" {
			r.Intensity.Load *= factor
			r.Intensity.LoadScale = factor
		}
	}
	return factor, len(ratios)
}
