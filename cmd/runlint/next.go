package main

import (
	"fmt"
	"io"
	"time"

	"github.com/spf13/cobra"

	"github.com/runlint/runlint/analyze"
	"github.com/runlint/runlint/report"
)

func newNext(stdout, stderr io.Writer) *cobra.Command {
	var f judgeFlags
	var format, date string
	cmd := &cobra.Command{
		Use:   "next [PATH...]",
		Short: "Say what the next run should be, and why, from the block's last days",
		Long: `Read the block as check does and advise the next run: after a hard or long day,
a recovery run within the limits the recovery rules hold it to, in the runner's
own pace and heart rate; after two hard days in a row, or when the load has
jumped, an easy run or rest; after easy days, free for quality; after a run
whose name says the runner is injured or ill, rest.

The day advised is --date, else the day after the block's last run (or today,
when that is later: RUNLINT_NOW=YYYY-MM-DD pins today).`,
		Example: `  runlint next ~/exports
  runlint next --date 2024-06-04 --format json .`,
		RunE: func(cmd *cobra.Command, args []string) error {
			if format != "text" && format != "json" {
				return usageError{fmt.Errorf("unknown format %q: use text or json", format)}
			}
			var day time.Time
			if date != "" {
				t, err := time.Parse(time.DateOnly, date)
				if err != nil {
					return usageError{fmt.Errorf("--date %q: use a date such as 2024-06-04", date)}
				}
				day = t
			}
			f.stderr = stderr
			rep, cfg, err := f.judge(args)
			defer f.done()
			if err != nil {
				return err
			}
			a := analyze.Next(rep, cfg, adviceDay(rep, day))
			if format == "json" {
				return report.NextJSON(stdout, a)
			}
			return report.NextText(stdout, a)
		},
	}
	f.register(cmd)
	cmd.Flags().StringVar(&format, "format", "text", "output format: text or json")
	cmd.Flags().StringVar(&date, "date", "", "the day to advise (default: the day after the last run, or today when later)")
	completeValues(cmd, "format", "text", "json")
	return cmd
}

// adviceDay is the day to advise: the one asked, else the day after the
// block's last run, or today when that is later (a runner back after days off).
func adviceDay(rep *analyze.Report, asked time.Time) time.Time {
	if !asked.IsZero() {
		return asked
	}
	last := rep.LastDay()
	n := now()
	today := time.Date(n.Year(), n.Month(), n.Day(), 0, 0, 0, 0, time.UTC)
	day := last.AddDate(0, 0, 1)
	if last.IsZero() || today.After(day) {
		return today
	}
	return day
}
