// Package report renders an analyze.Report in the formats runlint prints.
package report

import (
	"encoding/json"
	"io"
	"math"
	"time"

	"github.com/runlint/runlint/analyze"
)

// Schema names the JSON document's version. It changes when a field's meaning
// changes or a field goes away; added fields keep it.
const Schema = "runlint.check/v1"

type jsonDoc struct {
	Schema     string         `json:"schema"`
	Activities []jsonActivity `json:"activities"`
	Skipped    []jsonSkipped  `json:"skipped"`
	Errors     []jsonError    `json:"errors"`
	Summary    jsonSummary    `json:"summary"`
}

type jsonActivity struct {
	File         string   `json:"file"`
	Session      int      `json:"session"`
	Format       string   `json:"format"`
	Start        string   `json:"start"`
	LocalDate    string   `json:"local_date"`
	Zone         jsonZone `json:"zone"`
	Sport        string   `json:"sport"`
	SubSport     string   `json:"sub_sport"`
	Name         string   `json:"name"`
	NameFrom     string   `json:"name_from,omitempty"`
	Description  string   `json:"description,omitempty"`
	DistanceM    float64  `json:"distance_m"`
	DistanceFrom string   `json:"distance_from"`
	MovingS      float64  `json:"moving_s"`
	ElapsedS     float64  `json:"elapsed_s"`
	TimerS       float64  `json:"timer_s"`
	PaceSPerKm   float64  `json:"pace_s_per_km"`
	AvgHR        float64  `json:"avg_hr"`
	MaxHR        float64  `json:"max_hr"`
	AscentM      float64  `json:"ascent_m"`
	HasGPS       bool     `json:"has_gps"`
	HasHR        bool     `json:"has_hr"`
	Laps         int      `json:"laps"`
	Device       string   `json:"device"`
	Warnings     []string `json:"warnings"`
}

type jsonZone struct {
	OffsetS int    `json:"offset_s"`
	Name    string `json:"name,omitempty"`
	From    string `json:"from"`
}

type jsonSkipped struct {
	File   string `json:"file"`
	Reason string `json:"reason"`
}

type jsonError struct {
	File    string `json:"file"`
	Message string `json:"message"`
}

type jsonSummary struct {
	Activities int `json:"activities"`
	Runs       int `json:"runs"`
	NonRuns    int `json:"non_runs"`
	Skipped    int `json:"skipped_files"`
	Errors     int `json:"errors"`
}

// JSON writes the report as one indented JSON document.
func JSON(w io.Writer, r *analyze.Report) error {
	doc := jsonDoc{
		Schema:     Schema,
		Activities: make([]jsonActivity, 0, len(r.Runs)),
		Skipped:    make([]jsonSkipped, 0, len(r.Skipped)),
		Errors:     make([]jsonError, 0, len(r.Errors)),
		Summary: jsonSummary{
			Activities: r.Summary.Activities, Runs: r.Summary.Runs, NonRuns: r.Summary.NonRuns,
			Skipped: r.Summary.Skipped, Errors: r.Summary.Errors,
		},
	}
	for _, run := range r.Runs {
		a := run.Activity
		t := a.Totals
		warnings := a.Warnings
		if warnings == nil {
			warnings = []string{}
		}
		doc.Activities = append(doc.Activities, jsonActivity{
			File:         a.Source.Path,
			Session:      a.Source.Session,
			Format:       string(a.Source.Format),
			Start:        a.LocalStart().Format(time.RFC3339),
			LocalDate:    a.LocalDate(),
			Zone:         jsonZone{OffsetS: a.Zone.Offset, Name: a.Zone.Name, From: a.Zone.From},
			Sport:        a.Sport,
			SubSport:     a.SubSport,
			Name:         a.Name,
			NameFrom:     a.NameFrom,
			Description:  a.Description,
			DistanceM:    round(t.DistanceM, 1),
			DistanceFrom: t.DistanceFrom,
			MovingS:      round(t.MovingS, 1),
			ElapsedS:     round(t.ElapsedS, 1),
			TimerS:       round(t.TimerS, 1),
			PaceSPerKm:   round(a.PaceSPerKm(), 1),
			AvgHR:        round(t.AvgHR, 0),
			MaxHR:        round(t.MaxHR, 0),
			AscentM:      round(t.AscentM, 0),
			HasGPS:       a.HasGPS(),
			HasHR:        a.HasHR(),
			Laps:         len(a.Laps),
			Device:       a.Device,
			Warnings:     warnings,
		})
	}
	for _, s := range r.Skipped {
		doc.Skipped = append(doc.Skipped, jsonSkipped{File: s.File, Reason: s.Reason})
	}
	for _, e := range r.Errors {
		doc.Errors = append(doc.Errors, jsonError{File: e.File, Message: e.Message})
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(doc)
}

func round(x float64, places int) float64 {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return 0
	}
	p := math.Pow(10, float64(places))
	return math.Round(x*p) / p
}
