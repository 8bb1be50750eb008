package report

import (
	"fmt"
	"io"
	"math"
	"time"

	"github.com/runlint/runlint/analyze"
)

// The weekly charts: every week of the block has its slot, run or not, so a
// gap in training shows as a gap; and every axis label carries its year, as
// a block may run over two.

// chartW is the width of every chart's viewBox; the page scales it.
const chartW = 760

// allWeeks is ws with the weeks between them that hold no run, as empty
// weeks: the charts give each its slot.
func allWeeks(ws []*week) []*week {
	if len(ws) == 0 {
		return nil
	}
	var out []*week
	i := 0
	for d := ws[0].Start; !d.After(ws[len(ws)-1].Start); d = d.AddDate(0, 0, 7) {
		if i < len(ws) && ws[i].Start.Equal(d) {
			out = append(out, ws[i])
			i++
			continue
		}
		out = append(out, &week{Start: d, Monday: d.Format(time.DateOnly)})
	}
	return out
}

// maxLabels is how many dates an axis carries at most: a full date is some
// 130 units wide at the font size a phone needs (5 ran into each other on a
// 390-px screen).
const maxLabels = 4

// labelEvery is the step between labelled slots for n slots.
func labelEvery(n int) int { return max(1, int(math.Ceil(float64(n)/maxLabels))) }

// weekLabels writes the Monday of every labelEvery-th slot under the chart.
func weekLabels(w io.Writer, ws []*week, x func(i int) float64, y int) {
	step := labelEvery(len(ws))
	for i := 0; i < len(ws); i += step {
		dateLabel(w, x(i), y, ws[i].Monday)
	}
}

// dateLabel writes a label under a chart at x, centred, or against the
// chart's edge when centred it would run off it.
func dateLabel(w io.Writer, x float64, y int, text string) {
	// Half the label's width at a phone's text size (22 units: a digit is
	// some 12.5 wide), with a margin.
	half := 6.5*float64(len(text)) + 4
	anchor := "middle"
	switch {
	case x < half:
		anchor, x = "start", math.Max(x-half/2, 2)
	case x > chartW-half:
		anchor, x = "end", math.Min(x+half/2, chartW-2)
	}
	fmt.Fprintf(w, `<text x="%.1f" y="%d" class="axis" text-anchor="%s">%s</text>`, x, y, anchor, text)
}

// volumeChart stacks each week's kilometres by class; a week without a
// judged run is an outlined empty slot.
func volumeChart(w io.Writer, ws []*week) {
	const H, left, bottom, top = 280, 64, 30, 22
	ws = allWeeks(ws)
	peak := 0.0
	for _, wk := range ws {
		_, all := wk.totals()
		peak = math.Max(peak, all.Km)
	}
	if peak == 0 {
		io.WriteString(w, `<p class="empty">No judged runs.</p>`)
		return
	}
	peak = math.Ceil(peak/10) * 10
	fmt.Fprintf(w, `<svg id="volume" class="chart" viewBox="0 0 %d %d" role="img" aria-label="Weekly volume by class">`, chartW, H)
	plotH := float64(H - bottom - top)
	for k := 0.0; k <= peak; k += peak / 4 {
		y := float64(H-bottom) - k/peak*plotH
		fmt.Fprintf(w, `<line x1="%d" x2="%d" y1="%.1f" y2="%.1f" class="grid"/><text x="%d" y="%.1f" class="axis" text-anchor="end">%.0f</text>`, left, chartW, y, y, left-4, y+5, k)
	}
	bw := float64(chartW-left-8) / float64(len(ws))
	x := func(i int) float64 { return float64(left) + float64(i)*bw + bw*0.15 }
	for i, wk := range ws {
		by, all := wk.totals()
		if all.N == 0 {
			fmt.Fprintf(w, `<rect class="noweek" x="%.1f" y="%d" width="%.1f" height="%.0f"><title>week of %s: no judged run</title></rect>`, x(i), top, bw*0.7, plotH, wk.Monday)
			continue
		}
		y := float64(H - bottom)
		for _, c := range []analyze.Class{analyze.Recovery, analyze.Easy, analyze.Long, analyze.Hard} {
			t := by[c]
			if t.Km <= 0 {
				continue
			}
			h := t.Km / peak * plotH
			y -= h
			fmt.Fprintf(w, `<rect class="bar" x="%.1f" y="%.1f" width="%.1f" height="%.1f" fill="%s"><title>week of %s: %s %.1f km in %d runs, %s</title></rect>`,
				x(i), y, bw*0.7, h, classColour[c], wk.Monday, c, t.Km, t.N, Clock(t.Secs))
		}
	}
	weekLabels(w, ws, func(i int) float64 { return x(i) + bw*0.35 }, H-bottom+20)
	io.WriteString(w, `</svg>`)
}

// zoneColour: below the aerobic threshold, between, above the anaerobic.
var zoneColour = [3]string{"#7fbf7b", "#f1a340", "#d7301f"}

// zonesChart is each week's time in the three zones as shares of its zoned
// time, zone 1 at the bottom, against the line at 80 % that Seiler's 80/20
// wants zone 1 to reach.
func zonesChart(w io.Writer, ws []*week) {
	const H, left, bottom, top = 260, 64, 30, 22
	ws = allWeeks(ws)
	if len(ws) == 0 {
		io.WriteString(w, `<p class="empty">No judged runs.</p>`)
		return
	}
	fmt.Fprintf(w, `<svg id="zones" class="chart" viewBox="0 0 %d %d" role="img" aria-label="Weekly time in zones against 80/20">`, chartW, H)
	plotH := float64(H - bottom - top)
	y := func(share float64) float64 { return float64(H-bottom) - share*plotH }
	for _, k := range []float64{0, 0.5, 1} {
		fmt.Fprintf(w, `<line x1="%d" x2="%d" y1="%.1f" y2="%.1f" class="grid"/><text x="%d" y="%.1f" class="axis" text-anchor="end">%.0f</text>`, left, chartW, y(k), y(k), left-4, y(k)+5, 100*k)
	}
	bw := float64(chartW-left-8) / float64(len(ws))
	x := func(i int) float64 { return float64(left) + float64(i)*bw + bw*0.15 }
	names := [3]string{"below the aerobic threshold", "between the thresholds", "above the anaerobic threshold"}
	for i, wk := range ws {
		z := wk.zoneTime()
		total := z[0] + z[1] + z[2]
		if total <= 0 {
			fmt.Fprintf(w, `<rect class="noweek" x="%.1f" y="%d" width="%.1f" height="%.0f"><title>week of %s: no time in zones</title></rect>`, x(i), top, bw*0.7, plotH, wk.Monday)
			continue
		}
		base := 0.0
		for k := range z {
			share := z[k] / total
			fmt.Fprintf(w, `<rect class="bar zone%d" x="%.1f" y="%.1f" width="%.1f" height="%.1f" fill="%s"><title>week of %s: %.0f %% %s (%s); 80/20 %s</title></rect>`,
				k+1, x(i), y(base+share), bw*0.7, share*plotH, zoneColour[k], wk.Monday, 100*share, names[k], Clock(z[k]), eightyTwenty(z))
			base += share
		}
	}
	fmt.Fprintf(w, `<line x1="%d" x2="%d" y1="%.1f" y2="%.1f" class="eighty"/><text x="%d" y="%.1f" class="axis" text-anchor="end">80 %%</text>`, left, chartW, y(polarisedShare), y(polarisedShare), chartW-2, y(polarisedShare)-4)
	weekLabels(w, ws, func(i int) float64 { return x(i) + bw*0.35 }, H-bottom+20)
	io.WriteString(w, `</svg>`)
}

// zoneLegend names the zones' colours.
func zoneLegend() string {
	s := ""
	for k, name := range []string{"zone 1: below the aerobic threshold", "zone 2: between the thresholds", "zone 3: above the anaerobic threshold"} {
		s += fmt.Sprintf(`<span class="key"><i style="background:%s"></i>%s</span>`, zoneColour[k], name)
	}
	return s
}
