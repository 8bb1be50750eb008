package analyze

import (
	"sort"
	"strings"
)

// Doc is a rule's documentation, with the same headings for every rule;
// `runlint explain` and the README are rendered from it.
type Doc struct {
	Title      string // one line
	What       string // what it checks
	Why        string // why it matters to a runner
	Example    string // a finding it gives
	References []string
	// Off says why a rule is off by default (Rule.Off): what its findings
	// cost a coach's trust, measured.
	Off string
}

// OptionKind is what an option's value is, which says how the config
// writes and checks it.
type OptionKind string

// The kinds of option.
const (
	Share     OptionKind = "share"    // 0.03 = 3 %
	Minutes   OptionKind = "duration" // "20m"
	Km        OptionKind = "km"
	Count     OptionKind = "count"
	Threshold OptionKind = "number"
	Switch    OptionKind = "bool" // true or false
)

// Option is one setting of a rule, with its default.
type Option struct {
	Name    string
	Kind    OptionKind
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
	// Off: the rule is not on unless the config turns it on: what it finds
	// is true but a coach does not act on it often enough (staticcheck's
	// rule: a check with false positives is not on by default). Doc.Off
	// says why.
	Off   bool
	Check func(p *Pass)
	// BlockNote, for a rule about the data a watch records: when it holds
	// for more than half of a block's judged runs, it is a property of the
	// watch, said once as a note (BlockNote(n, of)), not on every run.
	BlockNote func(n, of int) string
}

// Rules is every rule, in code order. A rule registers itself from its own
// file (rule_*.go); adding one is that file and its test.
var Rules []*Rule

func register(r *Rule) *Rule {
	Rules = append(Rules, r)
	return r
}

func init() { sort.Slice(Rules, func(i, j int) bool { return Rules[i].Code < Rules[j].Code }) }

// RuleByName finds a rule by name or code.
func RuleByName(name string) *Rule {
	for _, r := range Rules {
		if strings.EqualFold(r.Name, name) || strings.EqualFold(r.Code, name) {
			return r
		}
	}
	return nil
}
