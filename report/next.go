package report

import (
	"encoding/json"
	"fmt"
	"io"
	"math"
	"strings"
	"time"

	"github.com/runlint/runlint/analyze"
)

// NextSchema names the document `runlint next --format json` writes.
const NextSchema = "runlint.next/v1"

// NextLine is the advice in one line, for check's summary: the day it is
// for and how long after the last run that is, so that advice for today on
// a block that ended years ago reads as what it is.
func NextLine(a analyze.Advice) string {
	return fmt.Sprintf("next run (%s%s): %s", a.Date.Format(time.DateOnly), afterLast(a), Escape(a.Text))
}

// NextText is the advice with its reasons, for `runlint next`.
func NextText(w io.Writer, a analyze.Advice) error {
	var b strings.Builder
	b.WriteString(NextLine(a) + "\n")
	for _, why := range a.Because {
		b.WriteString("  why: " + Escape(why) + "\n")
	}
	_, err := io.WriteString(w, b.String())
	return err
}

type jsonLimits struct {
	MinMinutes  float64 `json:"min_minutes"`
	MaxMinutes  float64 `json:"max_minutes"`
	MinKm       float64 `json:"min_km"`
	MaxKm       float64 `json:"max_km"`
	SlowestPace string  `json:"no_faster_than,omitempty"`
	SlowestS    float64 `json:"no_faster_than_s_per_km,omitempty"`
	LRPS        float64 `json:"long_run_pace_s_per_km,omitempty"`
	MaxHR       float64 `json:"max_avg_hr,omitempty"`
}

// NextJSON writes the advice as a JSON document.
func NextJSON(w io.Writer, a analyze.Advice) error {
	doc := struct {
		Schema  string      `json:"schema"`
		Date    string      `json:"date"`
		Kind    string      `json:"kind"`
		Advice  string      `json:"advice"`
		Because []string    `json:"because"`
		After   string      `json:"after_file,omitempty"`
		LastRun string      `json:"last_run,omitempty"`
		DaysOff *int        `json:"days_since_last_run,omitempty"`
		Limits  *jsonLimits `json:"limits,omitempty"`
	}{Schema: NextSchema, Date: a.Date.Format(time.DateOnly), Kind: a.Kind, Advice: a.Text, Because: a.Because}
	if a.LastRun != nil {
		days := int(math.Round(a.Date.Sub(a.LastRun.Day()).Hours() / 24))
		doc.LastRun, doc.DaysOff = a.LastRun.LocalDate(), &days
	}
	if doc.Because == nil {
		doc.Because = []string{}
	}
	if a.After != nil {
		doc.After = a.After.Source.Path
	}
	if l := a.Limits; l != nil {
		doc.Limits = &jsonLimits{
			MinMinutes: l.MinMinutes, MaxMinutes: l.MaxMinutes, MinKm: l.MinKm, MaxKm: l.MaxKm,
			SlowestS: l.SlowestPace, LRPS: round(l.LRP, 1), MaxHR: l.MaxHR,
		}
		if l.SlowestPace > 0 {
			doc.Limits.SlowestPace = analyze.FormatPace(l.SlowestPace)
		}
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(doc)
}
