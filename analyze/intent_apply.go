package analyze

import (
	"fmt"
	"strings"
)

// applyIntent shows what the run's name says it was, and lets a clear
// statement decide (UseNames): the runner's intent is what the audit holds
// the run to ("Recovery run" run too fast is a finding, not an easy run).
func (c *classifier) applyIntent(r *Run) {
	key := r.Name + "\x00" + r.Description
	if c.intent == nil {
		c.intent = map[string]intentRead{}
	}
	res, seen := c.intent[key]
	if !seen {
		res = readIntent(r.Name, r.Description)
		c.intent[key] = res
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
	said := r.Name
	if res.from == "description" {
		said, src = r.Description, "description, "+src
	}
	n.quoted = fmt.Sprintf("%q (%s)", oneLine(said, ""), src)
	if warm {
		n.said = nameWarmup
		r.Warmup = c.cfg.UseNames
		if c.cfg.UseNames && r.Class == Recovery {
			r.Class, r.After, n.said = Easy, nil, nameWarmupDecide
		}
		return
	}
	r.Intent, n.intent = intent, intent
	partOfDay := r.verdict.by == byPart || r.verdict.by == byDayPart
	switch {
	case intent == r.Class || intent == Easy && r.Class == Recovery:
		r.sprints = c.cfg.UseNames && res.sprints && intent == Hard
		n.said = nameAgrees
		return
	case intent == Recovery && r.Class == Easy && partOfDay:
		// "Recovery jog" around a session or after a double's main run is
		// the easy part of its day, not a recovery run of its own.
		n.said = nameAgrees
		return
	case intent == Easy && r.Class == Long && r.facts.running >= c.cfg.EasyNameLong.Seconds():
		// "Easy jog" names the effort of the week's long run, not its
		// goal: the class is the session's goal, intensity its own axis.
		n.said = nameEffort
		return
	case !c.cfg.UseNames:
		n.said = nameEvidence
		return
	}
	r.sprints = res.sprints && intent == Hard
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
	return r.LocalDate() + " " + r.LocalStart().Format("15:04") + quotedName(r)
}

// quotedName is " \"name\"" where the run has a name of its own (not a
// watch's sport profile), else "".
func quotedName(r *Run) string {
	if n := strings.TrimSpace(r.Name); n != "" && r.NameFrom != "fit sport profile" {
		return fmt.Sprintf(" %q", oneLine(n, ""))
	}
	return ""
}

func km(m float64) string { return fmt.Sprintf("%.1f", m/1000) }
