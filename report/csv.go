package report

import (
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/runlint/runlint/analyze"
)

var csvHeader = []string{
	"file", "session", "local_date", "start", "sport", "sub_sport", "class", "name",
	"distance_km", "moving_s", "elapsed_s", "pace", "pace_s_per_km", "avg_hr", "max_hr",
	"long_run_pace", "errors", "warnings", "infos", "findings", "reason",
}

// CSV writes one row per activity, for spreadsheets.
func CSV(w io.Writer, r *analyze.Report) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(csvHeader); err != nil {
		return err
	}
	f64 := func(x float64, prec int) string { return strconv.FormatFloat(round(x, prec), 'f', -1, 64) }
	for _, run := range r.Runs {
		a := run.Activity
		t := a.Totals
		count := map[analyze.Severity]int{}
		var rules []string
		for _, f := range run.Findings {
			count[f.Severity]++
			rules = append(rules, f.Rule)
		}
		lrp := ""
		if run.Judged() {
			lrp = analyze.FormatPace(run.LRP.Pace)
		}
		reason := why(run)
		row := []string{
			a.Source.Path, strconv.Itoa(a.Source.Session), a.LocalDate(), a.LocalStart().Format("2006-01-02T15:04:05Z07:00"),
			a.Sport, a.SubSport, string(run.Class), a.Name,
			f64(t.DistanceM/1000, 3), f64(t.MovingS, 0), f64(t.ElapsedS, 0), Pace(a.PaceSPerKm()), f64(a.PaceSPerKm(), 1),
			f64(t.AvgHR, 0), f64(t.MaxHR, 0), lrp,
			fmt.Sprint(count[analyze.Error]), fmt.Sprint(count[analyze.Warning]), fmt.Sprint(count[analyze.Info]),
			strings.Join(rules, " "), reason,
		}
		if err := cw.Write(row); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}
