package report

import (
	"fmt"
	"html/template"
	"io"
	"math"
	"time"

	"github.com/runlint/runlint/activity"
	"github.com/runlint/runlint/analyze"
)

// detailWeeks is how far back from the block's last run the page opens each
// run up (pace and heart rate over the run, its laps, reasons and
// findings): the weeks a coach reviews, in a page that stays small for a
// lifetime of runs (every run is in the JSON).
const detailWeeks = 8

// runDetails writes a drill-down of each judged run of the last weeks,
// newest first.
func runDetails(w io.Writer, r *analyze.Report) {
	var last time.Time
	for _, run := range r.Runs {
		if run.Judged() && run.LocalStart().After(last) {
			last = run.LocalStart()
		}
	}
	fmt.Fprintf(w, `<h2>The last %d weeks, run by run</h2><div id="runs">`, detailWeeks)
	for i := len(r.Runs) - 1; i >= 0; i-- {
		run := r.Runs[i]
		if !run.Judged() || last.Sub(run.LocalStart()) > detailWeeks*7*24*time.Hour {
			continue
		}
		runDetail(w, run)
	}
	io.WriteString(w, `</div>`)
}

func runDetail(w io.Writer, run *analyze.Run) {
	a := run.Activity
	name := runName(a)
	if name == "" {
		name = esc(clipLeft(a.Source.Path, 40))
	} else {
		name = esc(name)
	}
	fmt.Fprintf(w, `<details class="run"><summary>%s %s · <b class="%s">%s</b> · %s km · %s · %s/km</summary>`,
		a.LocalDate(), name, run.Class, run.Class, Km(a.Totals.DistanceM), Clock(a.Totals.MovingS), Pace(a.PaceSPerKm()))
	fmt.Fprintf(w, `<p class="note" title="%s">%s</p>`, template.HTMLEscapeString(Escape(a.Source.Path)), esc(clipLeft(a.Source.Path, 80)))
	if s, err := run.Digest.Series(); err == nil && len(s.Buckets) > 1 {
		runSpark(w, s.Buckets)
		if len(s.Laps) > 1 && len(s.Laps) <= 60 {
			io.WriteString(w, `<div class="scroll"><table class="laps"><tr><th>lap</th><th>time</th><th>km</th><th>pace</th><th>HR</th></tr>`)
			for i, l := range s.Laps {
				pace := "-"
				if l.DistM > 0 {
					pace = Pace(l.Secs / l.DistM * 1000)
				}
				fmt.Fprintf(w, `<tr><td>%d</td><td>%s</td><td>%s</td><td>%s</td><td>%.0f</td></tr>`, i+1, Clock(l.Secs), Km(l.DistM), pace, l.AvgHR)
			}
			io.WriteString(w, `</table></div>`)
		}
	}
	io.WriteString(w, `<ul>`)
	for _, reason := range run.Reasons {
		fmt.Fprintf(w, `<li>%s</li>`, esc(clip(reason, maxMessage)))
	}
	for _, f := range run.Findings {
		fmt.Fprintf(w, `<li class="%s">%s %s: %s</li>`, f.Severity, f.Severity, esc(f.Rule), esc(clip(f.Message, maxMessage)))
	}
	io.WriteString(w, `</ul></details>`)
}

// runSpark draws pace (speed, up is faster) and heart rate over the run's
// 10-s buckets, each on its own scale.
func runSpark(w io.Writer, bs []activity.Bucket) {
	const W, H = 760, 120
	var vMax, hMin, hMax float64 = 0, 255, 0
	for _, b := range bs {
		vMax = math.Max(vMax, b.Speed())
		if hr := b.HR(); hr > 0 {
			hMin, hMax = math.Min(hMin, hr), math.Max(hMax, hr)
		}
	}
	fmt.Fprintf(w, `<svg class="chart spark" viewBox="0 0 %d %d" role="img" aria-label="Pace and heart rate over the run">`, W, H)
	x := func(i int) float64 { return float64(i) / float64(len(bs)-1) * W }
	if vMax > 0 {
		io.WriteString(w, `<polyline class="speed" fill="none" points="`)
		for i, b := range bs {
			fmt.Fprintf(w, "%.1f,%.1f ", x(i), H-4-b.Speed()/vMax*(H-8))
		}
		io.WriteString(w, `"><title>speed (up is faster)</title></polyline>`)
	}
	if hMax > hMin {
		io.WriteString(w, `<polyline class="hr" fill="none" points="`)
		for i, b := range bs {
			if hr := b.HR(); hr > 0 {
				fmt.Fprintf(w, "%.1f,%.1f ", x(i), H-4-(hr-hMin)/(hMax-hMin)*(H-8))
			}
		}
		fmt.Fprintf(w, `"><title>heart rate %.0f-%.0f bpm</title></polyline>`, hMin, hMax)
	}
	io.WriteString(w, `</svg>`)
}
