package report

import (
	"fmt"
	"io"
	"math"
	"slices"

	"github.com/runlint/runlint/analyze"
)

// scatterChart plots each judged run's pace against its average heart rate.
// The pace axis spans the runs' paces but the fastest and slowest
// runPaceClip (a hike logged as a run must not squeeze the rest into a
// corner); the runs beyond it are counted under the chart.
func scatterChart(w io.Writer, r *analyze.Report) {
	const W, H, left, bottom, top, right = 760, 320, 60, 58, 30, 16
	type pt struct {
		pace, hr float64
		run      *analyze.Run
	}
	var pts []pt
	var paces []float64
	for _, run := range r.Runs {
		if run.Judged() && run.PaceSPerKm() > 0 && run.Totals.AvgHR > 0 {
			pts = append(pts, pt{run.PaceSPerKm(), run.Totals.AvgHR, run})
			paces = append(paces, run.PaceSPerKm())
		}
	}
	if len(pts) == 0 {
		io.WriteString(w, `<p class="empty">No runs with both pace and heart rate.</p>`)
		return
	}
	slices.Sort(paces)
	cut := int(float64(len(paces)) * runPaceClip)
	minP, maxP := math.Floor(paces[cut]/30)*30, math.Ceil(paces[len(paces)-1-cut]/30)*30
	minH, maxH := math.Inf(1), math.Inf(-1)
	for _, p := range pts {
		minH, maxH = math.Min(minH, p.hr), math.Max(maxH, p.hr)
	}
	minH, maxH = math.Floor(minH/10)*10, math.Ceil(maxH/10)*10
	maxP, maxH = math.Max(maxP, minP+runMinPaceRange), math.Max(maxH, minH+runMinHRRange)
	x := func(p float64) float64 { return left + (p-minP)/(maxP-minP)*float64(W-left-right) }
	y := func(h float64) float64 { return float64(H-bottom) - (h-minH)/(maxH-minH)*float64(H-bottom-top) }
	fmt.Fprintf(w, `<svg id="scatter" class="chart" viewBox="0 0 %d %d" role="img" aria-label="Pace against heart rate by class">`, W, H)
	for _, p := range ticks(minP, maxP, []float64{30, 60, 120, 300}) {
		fmt.Fprintf(w, `<line x1="%.1f" x2="%.1f" y1="%d" y2="%d" class="grid"/>`, x(p), x(p), top, H-bottom)
		dateLabel(w, x(p), H-bottom+24, Pace(p))
	}
	for _, h := range ticks(minH, maxH, []float64{10, 20, 40}) {
		fmt.Fprintf(w, `<line x1="%d" x2="%d" y1="%.1f" y2="%.1f" class="grid"/><text x="%d" y="%.1f" class="axis" text-anchor="end">%.0f</text>`, left, W-right, y(h), y(h), left-6, y(h)+7, h)
	}
	fmt.Fprintf(w, `<text x="%d" y="%d" class="axis" text-anchor="end">pace, min/km (faster to the left)</text><text x="2" y="22" class="axis">avg HR, bpm</text>`, W-right, H-6)
	if lrp := r.Profile.LongRunPace.Pace; lrp > minP && lrp < maxP {
		fmt.Fprintf(w, `<line x1="%.1f" x2="%.1f" y1="%d" y2="%d" class="lrp"/><text x="%.1f" y="22" class="axis" text-anchor="%s">long-run pace %s</text>`,
			x(lrp), x(lrp), top, H-bottom, x(lrp), map[bool]string{true: "end", false: "start"}[x(lrp) > W/2], Pace(lrp))
	}
	off := 0
	for _, p := range pts {
		if p.pace < minP || p.pace > maxP {
			off++
			continue
		}
		fmt.Fprintf(w, `<circle class="dot" cx="%.1f" cy="%.1f" r="4" fill="%s"><title>%s %s: %s, %s/km, HR %.0f</title></circle>`,
			x(p.pace), y(p.hr), classColour[p.run.Class], p.run.LocalDate(), esc(runLabel(p.run)), p.run.Class, Pace(p.pace), p.hr)
	}
	io.WriteString(w, `</svg>`)
	if off > 0 {
		fmt.Fprintf(w, `<p class="note">%d of %d runs are off the pace scale (faster than %s or slower than %s/km) and not drawn.</p>`, off, len(pts), Pace(minP), Pace(maxP))
	}
}
