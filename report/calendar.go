package report

import (
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/runlint/runlint/analyze"
)

// calendarDay is one day of the calendar: the class that colours it and
// the tooltip's lines.
type calendarDay struct {
	class   analyze.Class
	flagged []string
	runs    []string
}

// calendarDays gathers the judged runs by local date. A day with two runs
// takes the weightiest class, so a hard session is not hidden by the
// recovery jog after it.
func calendarDays(r *analyze.Report) map[string]*calendarDay {
	rank := map[analyze.Class]int{analyze.Hard: 4, analyze.Long: 3, analyze.Easy: 2, analyze.Recovery: 1}
	days := map[string]*calendarDay{}
	for _, run := range r.Runs {
		if !run.Judged() {
			continue
		}
		d := days[run.LocalDate()]
		if d == nil {
			d = &calendarDay{}
			days[run.LocalDate()] = d
		}
		if rank[run.Class] > rank[d.class] {
			d.class = run.Class
		}
		d.runs = append(d.runs, fmt.Sprintf("%s %s %s %s km", runLabel(run), run.Class, Clock(run.Totals.MovingS), Km(run.Totals.DistanceM)))
		for _, f := range run.Findings {
			if strings.HasPrefix(f.Rule, "recovery-") {
				d.flagged = append(d.flagged, f.Rule+": "+f.Message)
			}
		}
	}
	return days
}

// calendar draws the block day by day as a band of squares a year, the
// newest year at the top: a column a week (Monday at the top), each day
// coloured by its weightiest class, ringed when a recovery run was flagged
// on it. Seven years fit one screen; a column of weeks did not.
func calendar(w io.Writer, r *analyze.Report, ws []*week) {
	if len(ws) == 0 {
		io.WriteString(w, `<p class="empty">No runs.</p>`)
		return
	}
	days := calendarDays(r)
	first, last := ws[0].Start, ws[len(ws)-1].Start.AddDate(0, 0, 6)
	years := last.Year() - first.Year() + 1
	fmt.Fprintf(w, `<svg id="calendar" class="chart cal" viewBox="0 0 %d %d" role="img" aria-label="Calendar of the block, a band a year">`, calW, years*calBand)
	for i := range years {
		calendarYear(w, days, last.Year()-i, i*calBand, first, last)
	}
	io.WriteString(w, `</svg>`)
}

// The calendar's geometry, in its viewBox's units: a day's square and the
// step to the next, the room for the year on the left and the months on
// top (text 22 units high on a phone), and a year's band.
const (
	calCell, calStep, calLeft, calTop = 12, 14, 60, 26
	calW                              = calLeft + 54*calStep
	calBand                           = calTop + 7*calStep + 10
)

// calendarYear draws one year's band at y0: its days between first and last.
func calendarYear(w io.Writer, days map[string]*calendarDay, year, y0 int, first, last time.Time) {
	jan1 := time.Date(year, 1, 1, 0, 0, 0, 0, time.UTC)
	monday := jan1.AddDate(0, 0, -((int(jan1.Weekday()) + 6) % 7))
	fmt.Fprintf(w, `<text x="0" y="%d" class="axis">%d</text>`, y0+calTop+3*calStep+10, year)
	for m := time.January; m <= time.December; m++ {
		day1 := time.Date(year, m, 1, 0, 0, 0, 0, time.UTC)
		col := int(day1.Sub(monday).Hours() / 24 / 7)
		fmt.Fprintf(w, `<text x="%d" y="%d" class="axis">%s</text>`, calLeft+col*calStep, y0+calTop-6, day1.Format("Jan"))
	}
	for d := jan1; d.Year() == year; d = d.AddDate(0, 0, 1) {
		if d.Before(first) || d.After(last) {
			continue
		}
		col, row := int(d.Sub(monday).Hours()/24/7), (int(d.Weekday())+6)%7
		x, y := calLeft+col*calStep, y0+calTop+row*calStep
		date := d.Format(time.DateOnly)
		cd := days[date]
		if cd == nil {
			fmt.Fprintf(w, `<rect class="day rest" x="%d" y="%d" width="%d" height="%d"><title>%s: no run</title></rect>`, x, y, calCell, calCell, date)
			continue
		}
		tip := date + ": " + strings.Join(cd.runs, "; ")
		if len(cd.flagged) > 0 {
			tip += " | " + strings.Join(cd.flagged, "; ")
		}
		fmt.Fprintf(w, `<rect class="day" x="%d" y="%d" width="%d" height="%d" fill="%s"><title>%s</title></rect>`, x, y, calCell, calCell, classColour[cd.class], esc(tip))
		if len(cd.flagged) > 0 {
			fmt.Fprintf(w, `<rect class="flagged" x="%d" y="%d" width="%d" height="%d"/>`, x+1, y+1, calCell-2, calCell-2)
		}
	}
}
