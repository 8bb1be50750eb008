package analyze

import (
	"fmt"
	"sort"
	"strings"
	"time"
)

// Doc is a rule's documentation, with the same headings for every rule;
// `runlint explain` and the README are rendered from it.
type Doc struct {
	Title      string // one line
	What       string // what it checks
	Why        string // why it matters to a runner
	Example    string // a finding it gives
	References []string
}

// Option is one setting of a rule, with its default.
type Option struct {
	Name    string
	Default string // as written in the config: "0.03", "20m"
	Doc     string
}

// Rule is one check of the audit: a value with a stable code and name,
// registered in Rules. Rules read the shared profile and classification and
// never recompute them. Severity is a default; the config may change it.
type Rule struct {
	Code     string
	Name     string
	Category string // "recovery", "load", "intensity", "duplicates", "data-quality": SARIF's tags
	Severity Severity
	Doc      Doc
	Options  []Option
	Check    func(p *Pass)
}

// Rules is every rule, in code order.
var Rules = []*Rule{
	recoveryTooFast, recoveryTooShort, recoveryTooLong, recoveryWithoutHardDay,
	hardDaysBackToBack,
	duplicateActivity,
	noHeartRate, hrDropouts, cadenceLock, gpsGlitch, unreadableFile, notJudged,
	easyTooHard,
}

// RuleByName finds a rule by name or code.
func RuleByName(name string) *Rule {
	for _, r := range Rules {
		if strings.EqualFold(r.Name, name) || strings.EqualFold(r.Code, name) {
			return r
		}
	}
	return nil
}

// Pass is what one rule sees of the block, and where it reports.
type Pass struct {
	Report   *Report
	Rule     *Rule
	Config   Config // the thresholds the block was judged by
	opts     map[string]string
	severity Severity
	found    []Finding
}

// Runs are every run judged (classified), oldest first.
func (p *Pass) Runs() []*Run {
	var out []*Run
	for _, r := range p.Report.Runs {
		if r.Judged() {
			out = append(out, r)
		}
	}
	return out
}

// Float reads a numeric option.
func (p *Pass) Float(name string) float64 {
	var v float64
	fmt.Sscan(p.opts[name], &v)
	return v
}

// Duration reads a duration option.
func (p *Pass) Duration(name string) time.Duration {
	d, _ := ParseDuration(p.opts[name])
	return d
}

// Reportf records a finding about run r.
func (p *Pass) Reportf(r *Run, format string, args ...any) {
	f := Finding{Rule: p.Rule.Name, Code: p.Rule.Code, Severity: p.severity, Message: fmt.Sprintf(format, args...)}
	if r != nil {
		f.File, f.Session, f.Date, f.Run = r.Source.Path, r.Source.Session, r.LocalDate(), r
	}
	p.found = append(p.found, f)
}

// reportFile records a finding about a file with no run.
func (p *Pass) reportFile(file, msg string) {
	p.found = append(p.found, Finding{Rule: p.Rule.Name, Code: p.Rule.Code, Severity: p.severity, Message: msg, File: file})
}

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
			if _, err := ParseDuration(opt.Default); err == nil && strings.ContainsAny(opt.Default, "smhdw") {
				if _, err := ParseDuration(fmt.Sprint(v)); err != nil {
					return fmt.Errorf("rules.%s.%s: %v", name, k, err)
				}
			} else if _, ok := v.(float64); !ok {
				if _, ok := v.(int64); !ok {
					return fmt.Errorf("rules.%s.%s: want a number, got %v", name, k, v)
				}
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
	for _, rule := range Rules {
		rc := ruleConfig(cfg.Rules, rule)
		p := &Pass{Report: r, Rule: rule, Config: cfg, severity: rule.Severity, opts: map[string]string{}}
		if rc.Severity != "" {
			p.severity = Severity(rc.Severity)
		}
		enabled := rc.Enabled == nil || *rc.Enabled
		states = append(states, RuleState{Rule: rule, Enabled: enabled, Severity: p.severity})
		if !enabled {
			continue
		}
		for _, o := range rule.Options {
			p.opts[o.Name] = o.Default
			if v, ok := rc.Options[o.Name]; ok {
				p.opts[o.Name] = fmt.Sprint(v)
			}
		}
		rule.Check(p)
		found = append(found, p.found...)
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

func ruleConfig(m map[string]RuleConfig, rule *Rule) RuleConfig {
	for k, v := range m {
		if strings.EqualFold(k, rule.Name) || strings.EqualFold(k, rule.Code) {
			return v
		}
	}
	return RuleConfig{}
}

// matches: an ignore names a rule (name or code, or "*") and a file (its path
// ends with it) or a local date, or both.
func (ig Ignore) matches(f Finding) bool {
	if ig.Rule != "*" && !strings.EqualFold(ig.Rule, f.Rule) && !strings.EqualFold(ig.Rule, f.Code) {
		return false
	}
	if ig.File != "" && !(f.File == ig.File || strings.HasSuffix(f.File, "/"+strings.TrimPrefix(ig.File, "./"))) {
		return false
	}
	if ig.Date != "" && ig.Date != f.Date {
		return false
	}
	return ig.File != "" || ig.Date != ""
}
