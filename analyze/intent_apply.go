package analyze

import (
	"fmt"
	"strings"
)

// applyIntent shows what the run's name says it was, and lets a clear
// statement decide (UseNames): the runner's intent is what the audit holds
// the run to ("Recovery run" run too fast is a finding, not an easy run).
func (c *classifier) applyIntent(r *Run) {
	text := strings.TrimSpace(r.Name + " " + r.Description)
	if c.intent == nil {
		c.intent = map[string]intentResult{}
	}
	res, seen := c.intent[text]
	if !seen {
		res.class, res.warmup = intentOf(text)
		c.intent[text] = res
	}
	intent, warm := res.class, res.warmup
	if intent == "" && !warm {
		return
	}
	src := r.NameFrom
	if src == "" {
		src = "name"
	}
	n := &r.verdict.name
	n.quoted = fmt.Sprintf("%q (%s)", oneLine(r.Name, r.Description), src)
	if warm {
		n.said = nameWarmup
		if c.cfg.UseNames && r.Class == Recovery {
			r.Class, r.After, n.said = Easy, nil, nameWarmupDecide
		}
		return
	}
	r.Intent, n.intent = intent, intent
	switch {
	case intent == r.Class || intent == Easy && r.Class == Recovery:
		n.said = nameAgrees
		return
	case !c.cfg.UseNames:
		n.said = nameEvidence
		return
	}
	n.said, n.was, r.Class = nameDecided, r.Class, intent
	if intent == Recovery && r.After == nil {
		r.After = dayBefore(c.byDay, r) // the audit holds a named recovery run to the day before too
	}
}

func oneLine(name, desc string) string {
	s := strings.TrimSpace(name)
	if d := strings.TrimSpace(desc); d != "" {
		if s != "" {
			s += ": "
		}
		s += d
	}
	s = strings.Join(strings.Fields(s), " ")
	if len([]rune(s)) > 60 {
		s = string([]rune(s)[:57]) + "..."
	}
	return s
}

func shortName(r *Run) string {
	s := r.LocalDate() + " " + r.LocalStart().Format("15:04")
	if n := strings.TrimSpace(r.Name); n != "" && r.NameFrom != "fit sport profile" {
		s += " " + fmt.Sprintf("%q", oneLine(n, ""))
	}
	return s
}

func km(m float64) string { return fmt.Sprintf("%.1f", m/1000) }
