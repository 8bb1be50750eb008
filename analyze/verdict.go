package analyze

import (
	"fmt"
	"strings"
)

// verdict is why a run got its class, as values: what each step of the
// classification found, kept apart from the words. render writes the reasons
// once, at the end, so no step edits another's text and a test can hold a
// step to its numbers.
type verdict struct {
	by   verdictBy
	long longWhy // by long; by hard when the run was long enough to be long (isLong); by easy, why it is not
	// isLong: a hard run that was long enough to be long (a session with a
	// long warm-up, or a race effort from start to end).
	isLong bool
	prev   *Run  // by recovery: the hard or long run of the day before...
	prevAs Class // ...and its class by the numbers (a name may change it later)
	name   nameVerdict
}

// verdictBy is the step that gave the run its class.
type verdictBy uint8

const (
	byNone     verdictBy = iota
	byLong               // long for this runner
	byHard               // its structure made it a session
	byPart               // a warm-up or cool-down of a session (PartOf)
	byRecovery           // easy and short the day after a hard or long day
	byDayPart            // the day after a hard or long day, but not the day's main run (prev)
	bySplit              // a piece of a longer run of its day, recorded apart (PartOf)
	byShakeout           // the day after a hard or long day and the day before a race (prev: the race)
	byEasy               // none of these
)

// nameVerdict is what the run's name said and what that did to its class.
type nameVerdict struct {
	said   nameSaid
	quoted string // the name as shown, with where it came from
	intent Class  // what it said the run was
	was    Class  // by nameDecided: what the numbers alone said
}

type nameSaid uint8

const (
	nameSilent       nameSaid = iota
	nameWarmup                // it says warm-up or cool-down
	nameWarmupDecide          // ... and so a recovery run by the numbers is easy (use_names)
	nameAgrees                // it says what the numbers say
	nameEvidence              // it says otherwise, and names are evidence only
	nameDecided               // it says otherwise, and decided (use_names)
	nameEffort                // it says easy of a run the numbers call long: its effort, not its goal
)

// render writes a run's reasons from its verdict: the class first, then what
// the name said, its intensity, and the yardsticks it was measured against.
func (c *classifier) render(r *Run) []string {
	reasons := c.classWords(r)
	n := r.verdict.name
	switch n.said {
	case nameWarmup:
		reasons = append(reasons, "the name "+n.quoted+" says warm-up or cool-down")
	case nameWarmupDecide:
		reasons[0] = strings.Replace(reasons[0], "recovery:", "easy:", 1) + " (a warm-up or cool-down by its name, not a recovery run)"
		reasons = append(reasons, "the name "+n.quoted+" says warm-up or cool-down")
	case nameAgrees:
		reasons = append(reasons, fmt.Sprintf("the name %s says %s too", n.quoted, n.intent))
	case nameEvidence:
		reasons = append(reasons, fmt.Sprintf("the name %s says %s; names are evidence only (use_names = false)", n.quoted, n.intent))
	case nameEffort:
		reasons = append(reasons, fmt.Sprintf("the name %s says an easy run: its effort; its length makes it long", n.quoted))
	case nameDecided:
		reasons = append([]string{fmt.Sprintf("%s: the name %s says so; the numbers alone say %s", n.intent, n.quoted, n.was)}, reasons...)
	}
	return append(reasons, c.intensityReason(r), r.EasyPace.Reason, r.LRP.Reason)
}

// withStrides names the strides an easy run carries, "" without.
func (c *classifier) withStrides(r *Run) string {
	if r.evidence.strides == 0 {
		return ""
	}
	return ", with " + c.stridesWords(r) + ": strides keep an easy day easy"
}

// classWords is the reason of the class the numbers gave, and what goes with it.
func (c *classifier) classWords(r *Run) []string {
	v := r.verdict
	switch v.by {
	case byLong:
		out := []string{"long: " + v.long.words()}
		if q := c.longQuality(r); q != "" {
			out = append(out, "with quality inside: "+q)
		}
		return out
	case byHard:
		out := []string{"hard: " + c.hardReason(r)}
		if v.isLong {
			out = append(out, "not a long run though "+v.long.words()+": "+c.longHardWhy(r))
		}
		return out
	case byPart:
		rel := "warm-up for"
		if r.Start.After(r.PartOf.Start) {
			rel = "cool-down after"
		}
		return []string{fmt.Sprintf("easy: %s, the %s the hard session of %s (not a recovery run)", FormatMinutes(r.Totals.MovingS), rel, shortName(r.PartOf))}
	case byRecovery:
		return []string{fmt.Sprintf("recovery: %s and easy the day after a %s day (%s), %s%s", FormatMinutes(r.Totals.MovingS), v.prevAs, shortName(v.prev), c.paceWords(r), c.withStrides(r))}
	case byShakeout:
		return []string{fmt.Sprintf("easy: %s, the shake-out the day before a race (%s), not a recovery run%s", FormatMinutes(r.Totals.MovingS), shortName(v.prev), c.withStrides(r))}
	case bySplit:
		return []string{fmt.Sprintf("easy: %s, a piece of the run of %s recorded apart (within %s of it): part of that run, not a run of its own", FormatMinutes(r.Totals.MovingS), shortName(r.PartOf), FormatMinutes(splitGap.Seconds()))}
	case byDayPart:
		what := fmt.Sprintf("the shorter run of a double (the day's main run: %s, %s)", shortName(v.prev), FormatMinutes(v.prev.Totals.MovingS))
		if v.prevAs == Hard || v.prevAs == Long {
			what = fmt.Sprintf("a run on the day of a %s run (%s)", v.prevAs, shortName(v.prev))
		}
		return []string{fmt.Sprintf("easy: %s, %s: part of its day, not a recovery run of its own%s", FormatMinutes(r.Totals.MovingS), what, c.withStrides(r))}
	case byEasy:
		out := []string{fmt.Sprintf("easy: %s at %s%s, no work bouts, tempo, fartlek, speed play or hill repeats", FormatMinutes(r.Totals.MovingS), c.paceWords(r), c.withStrides(r))}
		if h := r.evidence.hrEasy; h != "" {
			out[0] += "; " + h
		}
		if not := v.long.notWords(); not != "" {
			out = append(out, not)
		}
		return out
	}
	return nil
}
