package report

import (
	"fmt"
	"io"
	"math"
	"slices"
	"strings"

	"github.com/runlint/runlint/activity"
)

// The run chart's geometry, in its viewBox's units: room on the left for
// the pace labels, on the right for the heart rate's, above for the units
// and below for the minutes, at a phone's text size (22 units).
const (
	runW, runH                                 = 760, 260
	runLeft, runRight, runTop, runBottom       = 74, 56, 38, 34
	runSmooth                                  = 3     // buckets averaged for the pace line: 30 s, as a watch's lap pace reads
	runSlowest                                 = 660.0 // s/km: slower is walking or standing, not drawn as pace (classify.run_pace's default)
	runPlotW, runPlotH                         = runW - runLeft - runRight, runH - runTop - runBottom
	runPaceClip                                = 0.02 // the share of running buckets at either end left off the pace axis: a GPS jump must not flatten the run
	runMinPaceRange, runMinHRRange, runMaxTick = 60.0, 20.0, 6
)

// runChart draws a run over its moving time from its 10-s buckets: pace on
// the left axis (min/km, faster up, 30-s averages, a gap where the runner
// walked or stood), heart rate on the right (bpm), minutes along the
// bottom, and a legend under it that names each line and its unit.
func runChart(w io.Writer, bs []activity.Bucket) {
	pace, hr, total := runLines(bs)
	pLo, pHi, pOK := paceRange(pace)
	hLo, hHi, hOK := hrRange(hr)
	if !pOK && !hOK || total <= 0 {
		return
	}
	x := func(s float64) float64 { return runLeft + s/total*runPlotW }
	fmt.Fprintf(w, `<svg class="chart spark" viewBox="0 0 %d %d" role="img" aria-label="Pace and heart rate over the run">`, runW, runH)
	fmt.Fprintf(w, `<rect class="frame" fill="none" x="%d" y="%d" width="%d" height="%d"/>`, runLeft, runTop, runPlotW, runPlotH)
	minuteTicks(w, total, x)
	if pOK {
		py := func(p float64) float64 { return runTop + (p-pLo)/(pHi-pLo)*runPlotH } // faster (lower) at the top
		for _, p := range ticks(pLo, pHi, []float64{30, 60, 120, 300}) {
			fmt.Fprintf(w, `<line class="grid" x1="%d" x2="%d" y1="%.1f" y2="%.1f"/><text class="axis" x="%d" y="%.1f" text-anchor="end">%s</text>`,
				runLeft, runW-runRight, py(p), py(p), runLeft-6, py(p)+7, Pace(p))
		}
		fmt.Fprintf(w, `<text class="axis" x="2" y="22">min/km</text>`)
		io.WriteString(w, `<path class="speed" fill="none" d="`)
		plotLine(w, pace, x, func(p float64) float64 { return py(math.Max(pLo, math.Min(pHi, p))) })
		io.WriteString(w, `"/>`)
	}
	if hOK {
		hy := func(h float64) float64 { return runTop + (hHi-h)/(hHi-hLo)*runPlotH }
		for _, h := range ticks(hLo, hHi, []float64{10, 20, 40}) {
			fmt.Fprintf(w, `<text class="axis" x="%d" y="%.1f">%.0f</text>`, runW-runRight+6, hy(h)+7, h)
		}
		fmt.Fprintf(w, `<text class="axis" x="%d" y="22" text-anchor="end">bpm</text>`, runW-2)
		io.WriteString(w, `<path class="hr" fill="none" d="`)
		plotLine(w, hr, x, hy)
		io.WriteString(w, `"/>`)
	}
	io.WriteString(w, `</svg>`)
	var keys []string
	if pOK {
		keys = append(keys, `<span class="key"><i class="line" style="background:#2a6fb0"></i>pace, min/km (left, faster up; 30-s averages)</span>`)
	}
	if hOK {
		keys = append(keys, `<span class="key"><i class="line" style="background:#c0392b"></i>heart rate, bpm (right)</span>`)
	}
	fmt.Fprintf(w, `<p class="note">%s<span class="key">along the bottom: moving time, min</span></p>`, strings.Join(keys, ""))
}

// runPoint is one point of a line: moving seconds from the start and its
// value, NaN where the line breaks.
type runPoint struct{ s, v float64 }

// runLines is the run's pace (30-s averages, NaN while walking or standing)
// and heart rate (NaN where there is none) at the end of each bucket, and
// its moving time.
func runLines(bs []activity.Bucket) (pace, hr []runPoint, total float64) {
	for i, b := range bs {
		total += b.Secs()
		var secs, dist float64
		for _, p := range bs[max(0, i-runSmooth+1) : i+1] {
			secs, dist = secs+p.Secs(), dist+p.DistM()
		}
		p := math.NaN()
		if dist > 0 && secs/dist*1000 <= runSlowest {
			p = secs / dist * 1000
		}
		pace = append(pace, runPoint{total, p})
		h := math.NaN()
		if b.HR() > 0 {
			h = b.HR()
		}
		hr = append(hr, runPoint{total, h})
	}
	return pace, hr, total
}

// paceRange is the pace axis: the running buckets' paces with the fastest
// and slowest runPaceClip left off, widened to whole half-minutes.
func paceRange(pace []runPoint) (lo, hi float64, ok bool) {
	var ps []float64
	for _, p := range pace {
		if !math.IsNaN(p.v) {
			ps = append(ps, p.v)
		}
	}
	if len(ps) < 2 {
		return 0, 0, false
	}
	slices.Sort(ps)
	cut := int(float64(len(ps)) * runPaceClip)
	lo, hi = math.Floor(ps[cut]/30)*30, math.Ceil(ps[len(ps)-1-cut]/30)*30
	if hi-lo < runMinPaceRange {
		hi = lo + runMinPaceRange
	}
	return lo, hi, true
}

// hrRange is the heart-rate axis, widened to whole tens.
func hrRange(hr []runPoint) (lo, hi float64, ok bool) {
	lo, hi = math.Inf(1), math.Inf(-1)
	for _, h := range hr {
		if !math.IsNaN(h.v) {
			lo, hi = math.Min(lo, h.v), math.Max(hi, h.v)
		}
	}
	if math.IsInf(lo, 0) {
		return 0, 0, false
	}
	lo, hi = math.Floor(lo/10)*10, math.Ceil(hi/10)*10
	if hi-lo < runMinHRRange {
		hi = lo + runMinHRRange
	}
	return lo, hi, true
}

// ticks are the multiples of the smallest step that gives at most
// runMaxTick of them between lo and hi.
func ticks(lo, hi float64, steps []float64) []float64 {
	step := steps[len(steps)-1]
	for _, s := range steps {
		if (hi-lo)/s <= runMaxTick {
			step = s
			break
		}
	}
	var out []float64
	for v := math.Ceil(lo/step) * step; v <= hi+1e-9; v += step {
		out = append(out, v)
	}
	return out
}

// minuteTicks labels the moving time along the bottom in whole minutes.
func minuteTicks(w io.Writer, total float64, x func(float64) float64) {
	mins := total / 60
	step := 120.0
	for _, s := range []float64{1, 2, 5, 10, 15, 20, 30, 60} {
		if mins/s <= 7 {
			step = s
			break
		}
	}
	for m := 0.0; m <= mins+1e-9; m += step {
		anchor := "middle"
		if m == 0 {
			anchor = "start"
		}
		fmt.Fprintf(w, `<line class="grid" x1="%.1f" x2="%.1f" y1="%d" y2="%d"/><text class="axis" x="%.1f" y="%d" text-anchor="%s">%.0f</text>`,
			x(m*60), x(m*60), runTop, runH-runBottom, x(m*60), runH-8, anchor, m)
	}
}

// plotLine writes a path's points, moving (not drawing) over each gap.
func plotLine(w io.Writer, pts []runPoint, x, y func(float64) float64) {
	pen := "M"
	for _, p := range pts {
		if math.IsNaN(p.v) {
			pen = "M"
			continue
		}
		fmt.Fprintf(w, "%s%.1f %.1f ", pen, x(p.s), y(p.v))
		pen = "L"
	}
}
