package report

import (
	"encoding/json"
	"io"
	"net/url"
	"path/filepath"
	"strings"

	"github.com/runlint/runlint/analyze"
)

// SARIFSchema is the schema URI written into the log.
const SARIFSchema = "https://json.schemastore.org/sarif-2.1.0.json"

// Version is runlint's version, as reports state it.
var Version = "0.1.0"

type sarifLog struct {
	Schema  string     `json:"$schema"`
	Version string     `json:"version"`
	Runs    []sarifRun `json:"runs"`
}

type sarifRun struct {
	Tool        sarifTool         `json:"tool"`
	Invocations []sarifInvocation `json:"invocations"`
	Results     []sarifResult     `json:"results"`
}

type sarifTool struct {
	Driver sarifDriver `json:"driver"`
}

type sarifDriver struct {
	Name           string      `json:"name"`
	Version        string      `json:"version"`
	InformationURI string      `json:"informationUri"`
	Rules          []sarifRule `json:"rules"`
}

type sarifText struct {
	Text     string `json:"text"`
	Markdown string `json:"markdown,omitempty"`
}

type sarifRule struct {
	ID               string         `json:"id"`
	Name             string         `json:"name"`
	ShortDescription sarifText      `json:"shortDescription"`
	FullDescription  sarifText      `json:"fullDescription"`
	Help             sarifText      `json:"help"`
	Default          sarifConfig    `json:"defaultConfiguration"`
	Properties       map[string]any `json:"properties"`
}

type sarifConfig struct {
	Enabled bool   `json:"enabled"`
	Level   string `json:"level"`
}

type sarifInvocation struct {
	ExecutionSuccessful bool `json:"executionSuccessful"`
}

type sarifResult struct {
	RuleID    string          `json:"ruleId"`
	RuleIndex int             `json:"ruleIndex"`
	Level     string          `json:"level"`
	Message   sarifText       `json:"message"`
	Locations []sarifLocation `json:"locations"`
}

type sarifLocation struct {
	Physical sarifPhysical `json:"physicalLocation"`
}

type sarifPhysical struct {
	Artifact sarifArtifact `json:"artifactLocation"`
	Region   sarifRegion   `json:"region"`
}

type sarifArtifact struct {
	URI       string `json:"uri"`
	URIBaseID string `json:"uriBaseId,omitempty"`
}

// Activity files have no lines; GitHub code scanning wants a region, so the
// finding sits on line 1 of its file.
type sarifRegion struct {
	StartLine int `json:"startLine"`
}

func level(s analyze.Severity) string {
	switch s {
	case analyze.Error:
		return "error"
	case analyze.Warning:
		return "warning"
	}
	return "note"
}

// SARIF writes a SARIF 2.1.0 log: every rule with its documentation as help
// text, every finding as a result with a stable ruleId (the rule's code) and
// the file's path relative to the checked folder.
func SARIF(w io.Writer, r *analyze.Report) error {
	run := sarifRun{
		Tool: sarifTool{Driver: sarifDriver{
			Name: "runlint", Version: Version,
			InformationURI: "https://github.com/runlint/runlint",
		}},
		Invocations: []sarifInvocation{{ExecutionSuccessful: true}},
		Results:     []sarifResult{},
	}
	index := map[string]int{}
	for i, rs := range r.Rules {
		index[rs.Name] = i
		d := rs.Doc
		help := d.What + "\n\nWhy: " + d.Why + "\n\nExample: " + d.Example
		md := "**" + d.Title + "**\n\n" + d.What + "\n\n*Why it matters.* " + d.Why + "\n\n*Example.* `" + d.Example + "`"
		if len(rs.Options) > 0 {
			help += "\n\nOptions ([rules." + rs.Name + "] in .runlint.toml):"
			md += "\n\n| option | default | meaning |\n| --- | --- | --- |"
			for _, o := range rs.Options {
				help += "\n  " + o.Name + " = " + o.Default + ": " + o.Doc
				md += "\n| `" + o.Name + "` | `" + o.Default + "` | " + o.Doc + " |"
			}
		}
		run.Tool.Driver.Rules = append(run.Tool.Driver.Rules, sarifRule{
			ID: rs.Code, Name: rs.Name,
			ShortDescription: sarifText{Text: d.Title},
			FullDescription:  sarifText{Text: d.What},
			Help:             sarifText{Text: help, Markdown: md},
			Default:          sarifConfig{Enabled: rs.Enabled, Level: level(rs.Severity)},
			Properties:       map[string]any{"tags": []string{"training", rs.Category}},
		})
	}
	for _, f := range r.Findings {
		run.Results = append(run.Results, sarifResult{
			RuleID: f.Code, RuleIndex: index[f.Rule], Level: level(f.Severity),
			// JSON keeps any text intact, but a viewer prints it: no control
			// characters or bidi overrides.
			Message: sarifText{Text: Escape(findingText(f))},
			Locations: []sarifLocation{{Physical: sarifPhysical{
				Artifact: artifact(r.Root, f.File),
				Region:   sarifRegion{StartLine: 1},
			}}},
		})
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(sarifLog{Schema: SARIFSchema, Version: "2.1.0", Runs: []sarifRun{run}})
}

// findingText is a finding's message with the run's date, so a result reads on its own.
func findingText(f analyze.Finding) string {
	if f.Run == nil {
		return f.Message
	}
	s := f.Date + " " + f.Run.LocalStart().Format("15:04")
	if f.Run.Class != "" {
		s += " (" + string(f.Run.Class) + ")"
	}
	return s + ": " + f.Message
}

// artifact is where a finding's file is: relative to the source root (the
// working directory), or an absolute file URI for a file outside it.
// url.URL percent-encodes what a path may not hold as it is (#, ?, %,
// spaces, control characters, bytes that are not ASCII) and writes "./"
// before a first segment with a colon ("c:d.gpx"), which would otherwise
// read as a scheme: the URI is a relative reference that gives the path back.
func artifact(root, path string) sarifArtifact {
	uri := relURI(root, path)
	if filepath.IsAbs(uri) {
		if !strings.HasPrefix(uri, "/") { // C:/x on Windows: the drive is not a host
			uri = "/" + uri
		}
		return sarifArtifact{URI: (&url.URL{Scheme: "file", Path: uri}).String()}
	}
	return sarifArtifact{URI: (&url.URL{Path: uri}).String(), URIBaseID: "%SRCROOT%"}
}

// relURI is path relative to root, with forward slashes; the path itself when
// it is not under root.
func relURI(root, path string) string {
	return filepath.ToSlash(displayPath(root, path))
}

// displayPath is path as a linter prints it: relative to root (the working
// directory) when it is under it, else as it was given.
func displayPath(root, path string) string {
	if root == "" {
		return path
	}
	abs, err1 := filepath.Abs(path)
	absRoot, err2 := filepath.Abs(root)
	if err1 != nil || err2 != nil {
		return path
	}
	if rel, err := filepath.Rel(absRoot, abs); err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return rel
	}
	return path
}
