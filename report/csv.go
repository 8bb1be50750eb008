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

// CSV writes one row per activity, for spreadsheets. A value the file did
// not measure (heart rate, distance, so pace) is an empty cell, not 0.
func CSV(w io.Writer, r *analyze.Report) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(csvHeader); err != nil {
		return err
	}
	f64 := func(x float64, prec int) string { return strconv.FormatFloat(round(x, prec), 'f', -1, 64) }
	opt := func(x float64, prec int) string { // empty where nothing was measured: a spreadsheet's average skips it
		if v := measured(x, prec); v != nil {
			return strconv.FormatFloat(*v, 'f', -1, 64)
		}
		return ""
	}
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
		row := []string{
			csvText(a.Source.Path), strconv.Itoa(a.Source.Session), a.LocalDate(), a.LocalStart().Format("2006-01-02T15:04:05Z07:00"),
			csvText(a.Sport), csvText(a.SubSport), string(run.Class), csvText(a.Name),
			opt(t.DistanceM/1000, 3), f64(t.MovingS, 0), f64(t.ElapsedS, 0), paceCell(a.PaceSPerKm()), opt(a.PaceSPerKm(), 1),
			opt(t.AvgHR, 0), opt(t.MaxHR, 0), lrp,
			fmt.Sprint(count[analyze.Error]), fmt.Sprint(count[analyze.Warning]), fmt.Sprint(count[analyze.Info]),
			strings.Join(rules, " "), csvText(why(run)),
		}
		if err := cw.Write(row); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// paceCell is a pace as m:ss, empty where there is none.
func paceCell(p float64) string {
	if p <= 0 || p > 5999 {
		return ""
	}
	return Pace(p)
}

// csvText is an untrusted text cell (a file name, a name, a sport, a reason
// that quotes a name). A spreadsheet runs a cell that starts with =, +, -
// or @ (or a tab or CR before one) as a formula, so such a cell gets a
// leading quote, as OWASP's CSV injection advice says; and control
// characters are written as Escape writes them, since the CSV may go to a
// CI log, where a newline inside a quoted cell would start a line of its
// own. The numbers runlint writes (a pace of "-" among them) are not
// passed here and stay as they are.
func csvText(s string) string {
	s = Escape(s)
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}
