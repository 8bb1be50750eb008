package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"github.com/runlint/runlint/analyze"
	"github.com/runlint/runlint/report"
)

func newProfile(stdout, stderr io.Writer) *cobra.Command {
	var f judgeFlags
	var format string
	cmd := &cobra.Command{
		Use:   "profile [PATH...]",
		Short: "Show the runner's profile worked out from the block, and how it moved",
		RunE: func(cmd *cobra.Command, args []string) error {
			if format != "text" && format != "json" {
				return usageError{fmt.Errorf("unknown format %q: use text or json", format)}
			}
			f.stderr = stderr
			rep, _, err := f.judge(args)
			defer f.done()
			if err != nil {
				return err
			}
			if format == "json" {
				return report.ProfileJSON(stdout, rep.Profile)
			}
			_, err = io.WriteString(stdout, profileText(rep.Profile))
			return err
		},
	}
	f.register(cmd)
	cmd.Flags().StringVar(&format, "format", "text", "output format: text or json")
	completeValues(cmd, "format", "text", "json")
	return cmd
}

func profileText(p analyze.Profile) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s (the yardstick of the classes)\n%s (the yardstick of recovery runs)\n%s\n", p.EasyPace.Reason, p.LongRunPace.Reason, p.MaxHRReason)
	if p.RestingHR > 0 || p.ThresholdHR > 0 {
		fmt.Fprintf(&b, "resting HR %.0f, threshold HR %.0f (config)\n", p.RestingHR, p.ThresholdHR)
	}
	if len(p.Zones) > 0 {
		b.WriteString("\nheart-rate zones (Seiler, % of HRmax):\n")
		for _, z := range p.Zones {
			fmt.Fprintf(&b, "  %s  %3.0f-%3.0f bpm\n", z.Name, z.Low, z.High)
		}
	}
	b.WriteString("\nby week (what a run that week is judged against):\n  WEEK        EASY PACE  FROM    RUNS  LONG-RUN PACE  FROM    LONG RUNS\n")
	prev := ""
	for _, w := range p.History {
		pace := analyze.FormatPace(w.LRP.Pace)
		mark := ""
		if prev != "" && pace != prev {
			mark = "  (changed)"
		}
		prev = pace
		fmt.Fprintf(&b, "  %s  %-10s %-7s %-5d %-14s %-7s %d%s\n", w.Week, analyze.FormatPace(w.EasyPace.Pace), w.EasyPace.From, w.EasyPace.Runs,
			pace, w.LRP.From, w.LRP.Runs, mark)
	}
	return b.String()
}
