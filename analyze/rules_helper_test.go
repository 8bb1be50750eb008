package analyze

import (
	"strings"
	"testing"
)

// ruleCase is one run (or block) a rule is held to: the messages it must
// give, in order, or none.
type ruleCase struct {
	name  string
	runs  []*Run
	want  []string          // substrings of the messages, one per finding
	notes []string          // substrings of the block's notes, one per note
	sev   []Severity        // the findings' severities, when the case says
	opts  map[string]string // options set, over their defaults
}

// checkRule runs one rule over hand-built runs, in the spirit of
// analysistest: every case's findings, exactly.
func checkRule(t *testing.T, rule *Rule, profile Profile, cases []ruleCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			rep := &Report{Runs: tc.runs, Profile: profile, Load: loadOf(tc.runs, Defaults().Intensity)}
			p := &Pass{Report: rep, Rule: rule, Config: Defaults(), severity: rule.Severity, opts: map[string]string{}}
			for _, o := range rule.Options {
				p.opts[o.Name] = o.Default
			}
			for k, v := range tc.opts {
				p.opts[k] = v
			}
			rule.Check(p)
			found := asNote(p)
			if len(found) != len(tc.want) {
				t.Fatalf("%d findings, want %d: %v", len(found), len(tc.want), found)
			}
			for i, f := range found {
				if !strings.Contains(f.Message, tc.want[i]) {
					t.Errorf("finding %d: %q, want it to say %q", i, f.Message, tc.want[i])
				}
				if i < len(tc.sev) && f.Severity != tc.sev[i] {
					t.Errorf("finding %d: severity %s, want %s", i, f.Severity, tc.sev[i])
				}
			}
			if len(p.notes) != len(tc.notes) {
				t.Fatalf("%d notes, want %d: %v", len(p.notes), len(tc.notes), p.notes)
			}
			for i, n := range p.notes {
				if !strings.Contains(n.Message, tc.notes[i]) {
					t.Errorf("note %d: %q, want it to say %q", i, n.Message, tc.notes[i])
				}
			}
		})
	}
}

func classed(r *Run, c Class) *Run {
	r.Class = c
	return r
}
