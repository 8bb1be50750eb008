// Package report renders an analyze.Report in the formats runlint prints.
package report

import (
	"bytes"
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

// The document's members, in order, are schema, profile, load, activities,
// findings, unused_ignores, skipped, errors and summary (see JSON and
// schema/runlint-check-v1.schema.json).

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
	DistanceM    *float64 `json:"distance_m"` // null: not measured (see measured)
	DistanceFrom string   `json:"distance_from"`
	MovingS      float64  `json:"moving_s"`
	ElapsedS     float64  `json:"elapsed_s"`
	TimerS       *float64 `json:"timer_s"`
	PaceSPerKm   *float64 `json:"pace_s_per_km"`
	AvgHR        *float64 `json:"avg_hr"`
	MaxHR        *float64 `json:"max_hr"`
	AscentM      float64  `json:"ascent_m"`
	HasGPS       bool     `json:"has_gps"`
	HasHR        bool     `json:"has_hr"`
	Laps         int      `json:"laps"`
	Device       string   `json:"device"`
	Warnings     []string `json:"warnings"`

	Class       string         `json:"class"`
	Reasons     []string       `json:"reasons"`
	NotJudged   string         `json:"not_judged,omitempty"`
	Intent      string         `json:"intent,omitempty"`
	LRPSPerKm   float64        `json:"long_run_pace_s_per_km,omitempty"`
	EasySPerKm  float64        `json:"easy_pace_s_per_km,omitempty"`
	Intensity   *jsonIntensity `json:"intensity,omitempty"`
	DuplicateOf string         `json:"duplicate_of,omitempty"`
	PartOf      string         `json:"part_of,omitempty"`
	After       string         `json:"after,omitempty"`
	Findings    []jsonFinding  `json:"findings"`
}

// jsonIntensity is how hard a judged run was run: Seiler's three zones and
// Banister's TRIMP.
type jsonIntensity struct {
	ZonesS    [3]float64 `json:"zones_s"`
	ZonesFrom string     `json:"zones_from"`
	AboveAeT  float64    `json:"above_aet"`
	Load      float64    `json:"load"`
	LoadFrom  string     `json:"load_from"`
	AvgHR     float64    `json:"trusted_avg_hr,omitempty"`
	HRNotUsed string     `json:"hr_not_used,omitempty"`
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
	PaceSPerKm *float64 `json:"pace_s_per_km"`
	Pace       string   `json:"pace"`
	From       string   `json:"from"`
	Runs       int      `json:"runs"`
	Reason     string   `json:"reason"`
}

type jsonProfile struct {
	MaxHR       *float64     `json:"max_hr"`
	MaxHRReason string       `json:"max_hr_reason"`
	RestingHR   float64      `json:"resting_hr,omitempty"`
	ThresholdHR float64      `json:"threshold_hr,omitempty"`
	Zones       []jsonZoneHR `json:"hr_zones"`
	LongRunPace jsonLRP      `json:"long_run_pace"`
	EasyPace    jsonLRP      `json:"easy_pace"`
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
	EasyPace    jsonLRP `json:"easy_pace"`
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
	Context    int            `json:"context_activities"`
	ByClass    map[string]int `json:"runs_by_class"`
	BySeverity map[string]int `json:"findings_by_severity"`
}

func lrpJSON(l analyze.LRP) jsonLRP {
	return jsonLRP{PaceSPerKm: measured(l.Pace, 1), Pace: analyze.FormatPace(l.Pace), From: l.From, Runs: l.Runs, Reason: l.Reason}
}

// jsonNote is a note of the block: what holds for n of its runs.
type jsonNote struct {
	Rule    string `json:"rule"`
	Code    string `json:"code"`
	Runs    int    `json:"runs"`
	Of      int    `json:"of"`
	Message string `json:"message"`
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

// JSON writes the report as one indented JSON document. It is written a
// value at a time, never whole in memory: a lifetime of runs makes a JSON
// document of tens of megabytes, and encoding it in one piece was most of a
// large check's peak memory.
func JSON(w io.Writer, r *analyze.Report) error {
	s := &jsonStream{w: &errWriter{w: w}}
	s.raw("{\n")
	s.field("schema", Schema)
	s.field("profile", profileJSON(r.Profile))
	s.field("load", loadJSON(r.Load))
	s.array("activities", len(r.Runs), func(i int) any { return activityJSON(r.Runs[i]) })
	s.array("findings", len(r.Findings), func(i int) any { return findingJSON(r.Findings[i]) })
	s.array("notes", len(r.Notes), func(i int) any {
		n := r.Notes[i]
		return jsonNote{Rule: n.Rule, Code: n.Code, Runs: n.Runs, Of: n.Of, Message: n.Message}
	})
	s.array("unused_ignores", len(r.Unused), func(i int) any {
		ig := r.Unused[i]
		return jsonIgnore{Rule: ig.Rule, File: ig.File, Date: ig.Date, Reason: ig.Reason}
	})
	s.array("skipped", len(r.Skipped), func(i int) any { return jsonSkipped{File: r.Skipped[i].File, Reason: r.Skipped[i].Reason} })
	s.array("errors", len(r.Errors), func(i int) any { return jsonError{File: r.Errors[i].File, Message: r.Errors[i].Message} })
	s.key("summary")
	s.value(summaryJSON(r.Summary), "  ")
	s.raw("\n}\n")
	return s.w.err
}

// jsonStream writes a JSON object's members one at a time, laid out as
// encoding/json's Encoder with a two-space indent lays out the whole.
type jsonStream struct {
	w   *errWriter
	buf bytes.Buffer
	enc *json.Encoder // reuses its buffers
	out []byte        // the value laid out
}

func (s *jsonStream) raw(text string) { io.WriteString(s.w, text) }

func (s *jsonStream) key(name string) { s.raw("  " + strconv.Quote(name) + ": ") }

func (s *jsonStream) field(name string, v any) {
	s.key(name)
	s.value(v, "  ")
	s.raw(",\n")
}

func (s *jsonStream) array(name string, n int, item func(int) any) {
	s.key(name)
	if n == 0 {
		s.raw("[],\n")
		return
	}
	s.raw("[\n")
	for i := range n {
		s.raw("    ")
		s.value(item(i), "    ")
		if i < n-1 {
			s.raw(",")
		}
		s.raw("\n")
	}
	s.raw("  ],\n")
}

func (s *jsonStream) value(v any, prefix string) {
	if s.w.err != nil {
		return
	}
	s.buf.Reset()
	if s.enc == nil {
		s.enc = json.NewEncoder(&s.buf)
		s.enc.SetEscapeHTML(false)
	}
	if err := s.enc.Encode(v); err != nil {
		s.w.err = err
		return
	}
	s.out = indentJSON(s.out[:0], bytes.TrimSuffix(s.buf.Bytes(), []byte("\n")), prefix, "  ")
	s.w.Write(s.out)
}

func summaryJSON(sum analyze.Summary) jsonSummary {
	out := jsonSummary{
		Activities: sum.Activities, Runs: sum.Runs, NonRuns: sum.NonRuns,
		Skipped: sum.Skipped, Errors: sum.Errors, Context: sum.Context,
		ByClass: map[string]int{}, BySeverity: map[string]int{},
	}
	for _, c := range []analyze.Class{analyze.Hard, analyze.Easy, analyze.Long, analyze.Recovery} {
		out.ByClass[string(c)] = sum.ByClass[c]
	}
	for _, sev := range []analyze.Severity{analyze.Error, analyze.Warning, analyze.Info} {
		out.BySeverity[string(sev)] = sum.BySeverity[sev]
	}
	return out
}

func profileJSON(p analyze.Profile) jsonProfile {
	out := jsonProfile{
		MaxHR: measured(p.MaxHR, 0), MaxHRReason: p.MaxHRReason, RestingHR: p.RestingHR, ThresholdHR: p.ThresholdHR,
		Zones: []jsonZoneHR{}, LongRunPace: lrpJSON(p.LongRunPace), EasyPace: lrpJSON(p.EasyPace), History: []jsonWeek{},
	}
	for _, z := range p.Zones {
		out.Zones = append(out.Zones, jsonZoneHR{z.Name, z.Low, z.High})
	}
	for _, w := range p.History {
		out.History = append(out.History, jsonWeek{Week: w.Week, LongRunPace: lrpJSON(w.LRP), EasyPace: lrpJSON(w.EasyPace)})
	}
	return out
}

func activityJSON(run *analyze.Run) jsonActivity {
	a := run.Activity
	t := a.Totals
	warnings := make([]string, len(a.Warnings))
	for i, w := range a.Warnings {
		warnings[i] = w.Text
	}
	ja := jsonActivity{
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
		DistanceM:    measured(t.DistanceM, 1),
		DistanceFrom: t.DistanceFrom,
		MovingS:      round(t.MovingS, 1),
		ElapsedS:     round(t.ElapsedS, 1),
		TimerS:       measured(t.TimerS, 1),
		PaceSPerKm:   measured(a.PaceSPerKm(), 1),
		AvgHR:        measured(t.AvgHR, 0),
		MaxHR:        measured(t.MaxHR, 0),
		AscentM:      round(t.AscentM, 0),
		HasGPS:       a.HasGPS(),
		HasHR:        a.HasHR(),
		Laps:         t.Laps,
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
	}
	if run.Judged() {
		ja.LRPSPerKm = round(run.LRP.Pace, 1)
		ja.EasySPerKm = round(run.EasyPace.Pace, 1)
	}
	if run.HasIntensity() {
		ja.Intensity = intensityJSON(run.Intensity)
	}
	for _, f := range run.Findings {
		ja.Findings = append(ja.Findings, findingJSON(f))
	}
	return ja
}

func intensityJSON(in analyze.Intensity) *jsonIntensity {
	ji := &jsonIntensity{
		ZonesFrom: in.ZonesFrom, AboveAeT: round(in.AboveAeT(), 3), Load: round(in.Load, 1), LoadFrom: in.LoadFrom,
		AvgHR: round(in.AvgHR, 0), HRNotUsed: in.HRTrust,
	}
	for i, z := range in.Zones {
		ji.ZonesS[i] = round(z, 0)
	}
	return ji
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// measured is x rounded, or nil (null in JSON, an empty cell in CSV) where
// the file measured nothing: no heart rate, no distance, no device timer. A
// 0 there would be averaged as a value by whoever reads it.
func measured(x float64, places int) *float64 {
	if !(x > 0) || math.IsInf(x, 0) {
		return nil
	}
	v := round(x, places)
	if v == 0 { // less than the last place: 3 cm on a treadmill
		return nil
	}
	return &v
}

func round(x float64, places int) float64 {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return 0
	}
	p := math.Pow(10, float64(places))
	return math.Round(x*p) / p
}
