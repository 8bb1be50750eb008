package report

import (
	"fmt"
	"strings"

	"github.com/runlint/runlint/analyze"
)

// crossRow is one activity other than a run that carries load: listed so a
// coach sees it, and counted in the block's load.
type crossRow struct {
	Date, Sport, Name, Time, Km, HR, Load string
}

func crossTraining(r *analyze.Report) []crossRow {
	var rows []crossRow
	for _, run := range r.Runs {
		if !run.CrossTraining() {
			continue
		}
		sport := run.Sport
		if run.SubSport != "" && run.SubSport != "generic" {
			sport += "/" + run.SubSport
		}
		rows = append(rows, crossRow{
			Date: run.LocalDate(), Sport: sport, Name: runName(run.Activity), Time: Clock(run.Totals.MovingS),
			Km: Km(run.Totals.DistanceM), HR: fmt.Sprintf("%.0f", run.Totals.AvgHR), Load: fmt.Sprintf("%.0f", run.Intensity.Load),
		})
	}
	return rows
}

const crossNote = "Load: Banister's TRIMP from heart rate, the same as a run's; counted in the acute and chronic load. Not classified."

// mdCross is the cross-training table.
func mdCross(b *mdWriter, r *analyze.Report) {
	rows := crossTraining(r)
	if len(rows) == 0 {
		return
	}
	b.WriteString("\n## Cross-training\n\n| date | sport | name | time | km | HR | load |\n| --- | --- | --- | ---: | ---: | ---: | ---: |\n")
	for _, c := range rows {
		fmt.Fprintf(b, "| %s | %s | %s | %s | %s | %s | %s |\n", c.Date, mdEscape(c.Sport), mdEscape(c.Name), c.Time, c.Km, c.HR, c.Load)
	}
	b.WriteString("\n" + crossNote + "\n")
}

// crossSummary says how much cross-training there was, for the page.
func crossSummary(rows []crossRow) string {
	if len(rows) == 0 {
		return ""
	}
	sports := map[string]int{}
	var order []string
	for _, c := range rows {
		if sports[c.Sport] == 0 {
			order = append(order, c.Sport)
		}
		sports[c.Sport]++
	}
	var parts []string
	for _, s := range order {
		parts = append(parts, fmt.Sprintf("%d %s", sports[s], s))
	}
	return strings.Join(parts, ", ")
}
