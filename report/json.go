// Package report renders an analyze.Report in the formats runlint prints.
package report

import (
	"encoding/json"
	"io"
	"math"
	"strconv"
	"time"

	"github.com/runlint/runlint/analyze"
)

// Schema names the JSON document's version. It changes when a field's meaning
// changes or a field goes away; added fields keep it.
const Schema = "runlint.check/v1"

type jsonDoc struct {
	Schema     string         `json:"schema"`
	Profile    jsonProfile    `json:"profile"`
	Activities []jsonActivity `json:"activities"`
	Findings   []jsonFinding  `json:"findings"`
	Unused     []jsonIgnore   `json:"unused_ignores"`
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

	Class       string        `json:"class"`
	Reasons     []string      `json:"reasons"`
	NotJudged   string        `json:"not_judged,omitempty"`
	Intent      string        `json:"intent,omitempty"`
	LRPSPerKm   float64       `json:"long_run_pace_s_per_km,omitempty"`
	DuplicateOf string        `json:"duplicate_of,omitempty"`
	PartOf      string        `json:"part_of,omitempty"`
	After       string        `json:"after,omitempty"`
	Findings    []jsonFinding `json:"findings"`
}

type jsonFinding struct {
	Rule     string `json:"rule"`
	Code     string `json:"code"`
	Severity string `json:"severity"`
	Message  string `json:"message"`
	File     string `json:"file"`
	Session  int    `json:"session"`
	Date     string `json:"date,omitempty"`
}

type jsonIgnore struct {
	Rule   string `json:"rule"`
	File   string `json:"file,omitempty"`
	Date   string `json:"date,omitempty"`
	Reason string `json:"reason"`
}

type jsonLRP struct {
	PaceSPerKm float64 `json:"pace_s_per_km"`
	Pace       string  `json:"pace"`
	From       string  `json:"from"`
	Runs       int     `json:"runs"`
	Reason     string  `json:"reason"`
}

type jsonProfile struct {
	MaxHR       float64      `json:"max_hr"`
	MaxHRReason string       `json:"max_hr_reason"`
	RestingHR   float64      `json:"resting_hr,omitempty"`
	ThresholdHR float64      `json:"threshold_hr,omitempty"`
	Zones       []jsonZoneHR `json:"hr_zones"`
	LongRunPace jsonLRP      `json:"long_run_pace"`
	History     []jsonWeek   `json:"history"`
}

type jsonZoneHR struct {
	Name string  `json:"name"`
	Low  float64 `json:"low_bpm"`
	High float64 `json:"high_bpm"`
}

type jsonWeek struct {
	Week        string  `json:"week"`
	LongRunPace jsonLRP `json:"long_run_pace"`
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
	Activities int            `json:"activities"`
	Runs       int            `json:"runs"`
	NonRuns    int            `json:"non_runs"`
	Skipped    int            `json:"skipped_files"`
	Errors     int            `json:"errors"`
	ByClass    map[string]int `json:"runs_by_class"`
	BySeverity map[string]int `json:"findings_by_severity"`
}

func lrpJSON(l analyze.LRP) jsonLRP {
	return jsonLRP{PaceSPerKm: round(l.Pace, 1), Pace: analyze.FormatPace(l.Pace), From: l.From, Runs: l.Runs, Reason: l.Reason}
}

func findingJSON(f analyze.Finding) jsonFinding {
	return jsonFinding{Rule: f.Rule, Code: f.Code, Severity: string(f.Severity), Message: f.Message, File: f.File, Session: f.Session, Date: f.Date}
}

func ref(r *analyze.Run) string {
	if r == nil {
		return ""
	}
	if r.Source.Session > 0 {
		return r.Source.Path + "#" + strconv.Itoa(r.Source.Session+1)
	}
	return r.Source.Path
}

// JSON writes the report as one indented JSON document.
func JSON(w io.Writer, r *analyze.Report) error {
	doc := jsonDoc{
		Schema:     Schema,
		Activities: make([]jsonActivity, 0, len(r.Runs)),
		Skipped:    make([]jsonSkipped, 0, len(r.Skipped)),
		Errors:     make([]jsonError, 0, len(r.Errors)),
		Findings:   make([]jsonFinding, 0, len(r.Findings)),
		Unused:     make([]jsonIgnore, 0, len(r.Unused)),
		Summary: jsonSummary{
			Activities: r.Summary.Activities, Runs: r.Summary.Runs, NonRuns: r.Summary.NonRuns,
			Skipped: r.Summary.Skipped, Errors: r.Summary.Errors,
			ByClass: map[string]int{}, BySeverity: map[string]int{},
		},
	}
	for _, c := range []analyze.Class{analyze.Hard, analyze.Easy, analyze.Long, analyze.Recovery} {
		doc.Summary.ByClass[string(c)] = r.Summary.ByClass[c]
	}
	for _, s := range []analyze.Severity{analyze.Error, analyze.Warning, analyze.Info} {
		doc.Summary.BySeverity[string(s)] = r.Summary.BySeverity[s]
	}
	p := r.Profile
	doc.Profile = jsonProfile{MaxHR: p.MaxHR, MaxHRReason: p.MaxHRReason, RestingHR: p.RestingHR, ThresholdHR: p.ThresholdHR,
		Zones: []jsonZoneHR{}, LongRunPace: lrpJSON(p.LongRunPace), History: []jsonWeek{}}
	for _, z := range p.Zones {
		doc.Profile.Zones = append(doc.Profile.Zones, jsonZoneHR{z.Name, z.Low, z.High})
	}
	for _, w := range p.History {
		doc.Profile.History = append(doc.Profile.History, jsonWeek{Week: w.Week, LongRunPace: lrpJSON(w.LRP)})
	}
	for _, f := range r.Findings {
		doc.Findings = append(doc.Findings, findingJSON(f))
	}
	for _, ig := range r.Unused {
		doc.Unused = append(doc.Unused, jsonIgnore{Rule: ig.Rule, File: ig.File, Date: ig.Date, Reason: ig.Reason})
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
			Class:        string(run.Class),
			Reasons:      nonNil(run.Reasons),
			NotJudged:    run.NotJudged,
			Intent:       string(run.Intent),
			DuplicateOf:  ref(run.DupOf),
			PartOf:       ref(run.PartOf),
			After:        ref(run.After),
			Findings:     make([]jsonFinding, 0, len(run.Findings)),
		})
		ja := &doc.Activities[len(doc.Activities)-1]
		if run.Judged() {
			ja.LRPSPerKm = round(run.LRP.Pace, 1)
		}
		for _, f := range run.Findings {
			ja.Findings = append(ja.Findings, findingJSON(f))
		}
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

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

func round(x float64, places int) float64 {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return 0
	}
	p := math.Pow(10, float64(places))
	return math.Round(x*p) / p
}
