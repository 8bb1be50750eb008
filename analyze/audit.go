package analyze

import (
	"fmt"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"github.com/bmatcuk/doublestar/v4"
)

// ValidateRules checks the config's rule section: known names, known
// options of the right kind, known severities.
func ValidateRules(cfg map[string]RuleConfig) error {
	for _, name := range sortedNames(cfg) {
		rc := cfg[name]
		rule := RuleByName(name)
		if rule == nil {
			return fmt.Errorf("rules.%s: no such rule (see 'runlint rules')", name)
		}
		switch Severity(rc.Severity) {
		case "", Error, Warning, Info:
		default:
			return fmt.Errorf("rules.%s: severity %q: use error, warning or info", name, rc.Severity)
		}
		for k, v := range rc.Options {
			opt := rule.option(k)
			if opt == nil {
				return fmt.Errorf("rules.%s: no option %q", name, k)
			}
			if err := opt.check(v); err != nil {
				return fmt.Errorf("rules.%s.%s: %w", name, k, err)
			}
		}
	}
	return nil
}

func (r *Rule) option(name string) *Option {
	for i := range r.Options {
		if r.Options[i].Name == name {
			return &r.Options[i]
		}
	}
	return nil
}

func sortedNames(m map[string]RuleConfig) []string {
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

// audit runs every enabled rule and applies the ignores.
func audit(r *Report, cfg Config) (found []Finding, unused []Ignore, states []RuleState) {
	if r.failed == nil {
		r.failed = &failures{}
	}
	shared := newFacts(r)
	for _, rule := range Rules {
		rc := ruleConfig(cfg.Rules, rule)
		p := &Pass{Report: r, Rule: rule, Config: cfg, facts: shared, severity: rule.Severity, opts: map[string]string{}}
		if rc.Severity != "" {
			p.severity = Severity(rc.Severity)
		}
		enabled := rc.Enabled == nil && !rule.Off || rc.Enabled != nil && *rc.Enabled
		states = append(states, RuleState{Rule: rule, Enabled: enabled, Severity: p.severity})
		// A rule off by default still says its block notes (no heart rate
		// from a watch without a sensor): they are one line each, not noise.
		notesOnly := !enabled && rule.Off && rc.Enabled == nil
		if !enabled && !notesOnly {
			continue
		}
		for _, o := range rule.Options {
			p.opts[o.Name] = optValue(cfg, rule, o.Name)
		}
		if runRule(rule, p, r.failed) {
			if f := asNote(p); !notesOnly {
				found = append(found, f...)
			}
			r.Notes = append(r.Notes, p.notes...)
		}
	}
	used := make([]bool, len(cfg.Ignore))
	kept := found[:0]
	for _, f := range found {
		ignored := false
		for i, ig := range cfg.Ignore {
			if ig.matches(f) {
				used[i], ignored = true, true
			}
		}
		if !ignored {
			kept = append(kept, f)
			if f.Run != nil {
				f.Run.Findings = append(f.Run.Findings, f)
			}
		}
	}
	for i, ig := range cfg.Ignore {
		if !used[i] {
			unused = append(unused, ig)
		}
	}
	sort.SliceStable(kept, func(i, j int) bool {
		a, b := kept[i], kept[j]
		if a.Run != nil && b.Run != nil && a.Run != b.Run {
			return less(a.Run.Activity, b.Run.Activity)
		}
		if (a.Run == nil) != (b.Run == nil) {
			return a.Run != nil
		}
		if a.File != b.File {
			return a.File < b.File
		}
		return a.Code < b.Code
	})
	return kept, unused, states
}

// minNoteRuns: a block needs this many judged runs before what holds for
// half of them is the watch's, not the runs'.
const minNoteRuns = 20

// asNote is a rule's findings, or none when the rule says what holds for
// most of the block: then it is one note.
func asNote(p *Pass) []Finding {
	if p.Rule.BlockNote == nil {
		return p.found
	}
	runs := map[*Run]bool{}
	for _, f := range p.found {
		if f.Run != nil {
			runs[f.Run] = true
		}
	}
	of := len(p.Runs())
	if of < minNoteRuns || 2*len(runs) <= of {
		return p.found
	}
	p.notes = append(p.notes, Note{Rule: p.Rule.Name, Code: p.Rule.Code, Runs: len(runs), Of: of, Message: p.Rule.BlockNote(len(runs), of)})
	return nil
}

// runRule runs one rule; a panic in it costs its findings, not the check.
func runRule(rule *Rule, p *Pass, fs *failures) (ok bool) {
	defer func() {
		if v := recover(); v != nil {
			fs.add(Failure{Rule: rule.Name, Message: fmt.Sprintf("internal error: %v", v), Stack: stack()})
			ok = false
		}
	}()
	rule.Check(p)
	return true
}

func ruleConfig(m map[string]RuleConfig, rule *Rule) RuleConfig {
	for k, v := range m {
		if strings.EqualFold(k, rule.Name) || strings.EqualFold(k, rule.Code) {
			return v
		}
	}
	return RuleConfig{}
}

// matches: an ignore names a rule (name or code, or "*") and a file or a
// local date, or both. The file is a path (the finding's path ends with it)
// or a glob with ** for any folders ("2026/**/*.gpx.gz"), matched against
// the end of the finding's path too, so it holds from any working directory.
func (ig Ignore) matches(f Finding) bool {
	if ig.Rule != "*" && !strings.EqualFold(ig.Rule, f.Rule) && !strings.EqualFold(ig.Rule, f.Code) {
		return false
	}
	if ig.File != "" && !fileMatches(ig.File, f.File) {
		return false
	}
	if ig.Date != "" && ig.Date != f.Date {
		return false
	}
	return ig.File != "" || ig.Date != ""
}

// check says whether v is a value of the option's kind.
func (o *Option) check(v any) error {
	switch o.Kind {
	case Minutes:
		s, ok := v.(string)
		if !ok {
			return fmt.Errorf("want a duration such as %q, got %v", o.Default, v)
		}
		_, err := ParseDuration(s)
		return err
	case Count:
		if n, ok := v.(int64); !ok || n < 0 {
			return fmt.Errorf("want a whole number, got %v", v)
		}
		return nil
	case Switch:
		if _, ok := v.(bool); !ok {
			return fmt.Errorf("want true or false, got %v", v)
		}
		return nil
	}
	var f float64
	switch x := v.(type) {
	case float64:
		f = x
	case int64:
		f = float64(x)
	default:
		return fmt.Errorf("want a number, got %v", v)
	}
	if f < 0 || o.Kind == Share && f >= 1.5 {
		return fmt.Errorf("%v is out of range for a %s", v, o.Kind)
	}
	return nil
}

// configValue writes a default the way the config reads it.
func (o *Option) configValue() string {
	if o.Kind == Minutes {
		return strconv.Quote(o.Default)
	}
	return o.Default
}

// fileMatches reports whether an ignore's file (a path or a glob) names
// path: path itself, or its last folders, on disk or inside a zip archive
// ("export.zip!activities/1.fit" is named by "activities/1.fit" too).
func fileMatches(pattern, path string) bool {
	pattern = strings.TrimPrefix(filepath.ToSlash(pattern), "./")
	path = filepath.ToSlash(path)
	glob := strings.ContainsAny(pattern, "*?[{")
	for i := 0; i < len(path); i++ {
		if i > 0 && path[i-1] != '/' && path[i-1] != '!' {
			continue
		}
		if path[i:] == pattern {
			return true
		}
		if ok, err := doublestar.Match(pattern, path[i:]); glob && err == nil && ok {
			return true
		}
	}
	return false
}
