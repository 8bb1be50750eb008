package report

import (
	"fmt"
	"io"
	"math"
	"time"

	"github.com/runlint/runlint/analyze"
)

// loadChart draws the acute and chronic load day by day (see analyze.Load),
// and shades the weeks whose acute:chronic ratio passed bound.
func loadChart(w io.Writer, l analyze.Load, bound float64) {
	const W, H, left, bottom, top = 760, 230, 52, 30, 22
	days := l.Days
	peak := 0.0
	for _, d := range days {
		peak = math.Max(peak, math.Max(d.Acute, d.Chronic))
	}
	if len(days) < 2 || peak == 0 {
		io.WriteString(w, `<p class="empty">No load to show: no run with a load figure.</p>`)
		return
	}
	peak = math.Ceil(peak/10) * 10
	fmt.Fprintf(w, `<svg id="load" class="chart" viewBox="0 0 %d %d" role="img" aria-label="Acute and chronic load by day">`, W, H)
	plotH, dx := float64(H-bottom-top), float64(W-left-8)/float64(len(days)-1)
	x := func(i int) float64 { return float64(left) + float64(i)*dx }
	y := func(v float64) float64 { return float64(H-bottom) - v/peak*plotH }
	for k := 0.0; k <= peak; k += peak / 4 {
		fmt.Fprintf(w, `<line x1="%d" x2="%d" y1="%.1f" y2="%.1f" class="grid"/><text x="%d" y="%.1f" class="axis" text-anchor="end">%.0f</text>`, left, W, y(k), y(k), left-4, y(k)+4, k)
	}
	for _, wk := range l.Weeks {
		if wk.MaxRatio <= bound {
			continue
		}
		i := int(wk.Week.Sub(days[0].Day).Hours() / 24)
		fmt.Fprintf(w, `<rect class="spike" x="%.1f" y="%d" width="%.1f" height="%.0f"><title>week of %s: acute:chronic %.2f on %s (over %.2g)</title></rect>`,
			x(max(0, i)), top, 7*dx, plotH, wk.Week.Format(time.DateOnly), wk.MaxRatio, wk.RatioDay.Format(time.DateOnly), bound)
	}
	for _, line := range []struct {
		class string
		v     func(analyze.LoadDay) float64
	}{{"chronic", func(d analyze.LoadDay) float64 { return d.Chronic }}, {"acute", func(d analyze.LoadDay) float64 { return d.Acute }}} {
		fmt.Fprintf(w, `<polyline class="%s" fill="none" points="`, line.class)
		for i, d := range days {
			fmt.Fprintf(w, "%.1f,%.1f ", x(i), y(line.v(d)))
		}
		io.WriteString(w, `"/>`)
	}
	step := labelEvery(len(days))
	for i := 0; i < len(days); i += step {
		dateLabel(w, x(i), H-bottom+20, days[i].Day.Format(time.DateOnly))
	}
	io.WriteString(w, `</svg>`)
}
