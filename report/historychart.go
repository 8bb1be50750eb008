package report

import (
	"fmt"
	"io"
	"math"
	"time"

	"github.com/runlint/runlint/analyze"
)

// series is one line of a weekly chart: a value per slot, NaN where the
// week has none (the line breaks there rather than inventing a value).
type series struct {
	class, label string
	v            []float64
}

// lineChart draws weekly series over labelled Mondays. fmtV formats the
// axis and the tooltips, which add unit; invert puts low values at the top
// (a faster pace); the axis is labelled at multiples of the first of steps
// that gives at most runMaxTick labels.
func lineChart(w io.Writer, id, aria string, mondays []*week, lines []series, fmtV func(float64) string, unit string, invert bool, steps []float64) {
	const H, left, bottom, top = 240, 76, 30, 22
	lo, hi := math.Inf(1), math.Inf(-1)
	for _, s := range lines {
		for _, v := range s.v {
			if !math.IsNaN(v) {
				lo, hi = math.Min(lo, v), math.Max(hi, v)
			}
		}
	}
	if math.IsInf(lo, 0) || len(mondays) < 1 {
		fmt.Fprintf(w, `<p class="empty" id="%s">Nothing to show.</p>`, id)
		return
	}
	pad := math.Max((hi-lo)*0.1, 5)
	lo, hi = lo-pad, hi+pad
	fmt.Fprintf(w, `<svg id="%s" class="chart" viewBox="0 0 %d %d" role="img" aria-label="%s">`, id, chartW, H, aria)
	plotH := float64(H - bottom - top)
	y := func(v float64) float64 {
		f := (v - lo) / (hi - lo)
		if invert {
			f = 1 - f
		}
		return float64(H-bottom) - f*plotH
	}
	dx := float64(chartW-left-16) / math.Max(1, float64(len(mondays)-1))
	x := func(i int) float64 { return float64(left) + float64(i)*dx }
	for _, v := range ticks(lo, hi, steps) {
		fmt.Fprintf(w, `<line x1="%d" x2="%d" y1="%.1f" y2="%.1f" class="grid"/><text x="%d" y="%.1f" class="axis" text-anchor="end">%s</text>`, left, chartW, y(v), y(v), left-4, y(v)+5, fmtV(v))
	}
	for _, s := range lines {
		fmt.Fprintf(w, `<polyline class="%s" fill="none" points="`, s.class)
		for i, v := range s.v {
			if !math.IsNaN(v) {
				fmt.Fprintf(w, "%.1f,%.1f ", x(i), y(v))
			}
		}
		io.WriteString(w, `"/>`)
		for i, v := range s.v {
			if !math.IsNaN(v) {
				fmt.Fprintf(w, `<circle class="pt %s" cx="%.1f" cy="%.1f" r="3"><title>week of %s: %s %s%s</title></circle>`, s.class, x(i), y(v), mondays[i].Monday, s.label, fmtV(v), unit)
			}
		}
	}
	weekLabels(w, mondays, x, H-bottom+20)
	io.WriteString(w, `</svg>`)
}

// paceHistory is the long-run pace and the easy pace in force each week, as
// the profile worked them out (Profile.History): the yardsticks move as the
// runner does.
func paceHistory(w io.Writer, p analyze.Profile) {
	var mondays []*week
	lrp, easy := series{class: "lrpline", label: "long-run pace"}, series{class: "easyline", label: "easy pace"}
	for _, h := range p.History {
		d, _ := time.Parse(time.DateOnly, h.Week)
		mondays = append(mondays, &week{Start: d, Monday: h.Week})
		lrp.v = append(lrp.v, paceOrNaN(h.LRP.Pace))
		easy.v = append(easy.v, paceOrNaN(h.EasyPace.Pace))
	}
	lineChart(w, "pace-history", "Long-run pace and easy pace week by week", mondays, []series{lrp, easy}, Pace, "/km", true, []float64{15, 30, 60, 120, 300})
}

func paceOrNaN(p float64) float64 {
	if p <= 0 || p > 5999 {
		return math.NaN()
	}
	return p
}

// hrHistory is the highest heart rate of each week's judged runs whose heart
// rate can be trusted, against the profile's HRmax: how near the runner
// came to it, and whether a late week raised it.
func hrHistory(w io.Writer, ws []*week, p analyze.Profile) {
	ws = allWeeks(ws)
	peak := series{class: "hrline", label: "highest heart rate"}
	ref := series{class: "hrmax", label: "the profile's HRmax"}
	for _, wk := range ws {
		m := math.NaN()
		for _, run := range wk.Runs {
			if run.Judged() && run.Intensity.HRTrust == "" && run.Totals.MaxHR > 0 && (math.IsNaN(m) || run.Totals.MaxHR > m) {
				m = run.Totals.MaxHR
			}
		}
		peak.v = append(peak.v, m)
		if p.MaxHR > 0 {
			ref.v = append(ref.v, p.MaxHR)
		} else {
			ref.v = append(ref.v, math.NaN())
		}
	}
	lineChart(w, "hr-history", "Highest heart rate week by week against HRmax", ws, []series{ref, peak}, func(v float64) string { return fmt.Sprintf("%.0f", v) }, " bpm", false, []float64{5, 10, 20, 40})
}
