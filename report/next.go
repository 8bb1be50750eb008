package report

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/runlint/runlint/analyze"
)

// NextSchema names the document `runlint next --format json` writes.
const NextSchema = "runlint.next/v1"

// NextLine is the advice in one line, for check's summary.
func NextLine(a analyze.Advice) string {
	return fmt.Sprintf("next run (%s): %s", a.Date.Format(time.DateOnly), Escape(a.Text))
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
		Limits  *jsonLimits `json:"limits,omitempty"`
	}{Schema: NextSchema, Date: a.Date.Format(time.DateOnly), Kind: a.Kind, Advice: a.Text, Because: a.Because}
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
