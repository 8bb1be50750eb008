package analyze

import (
	"strings"
	"testing"
)

// TestIntentOf: names in every language the intent reader knows.
func TestIntentOf(t *testing.T) {
	for _, tc := range []struct {
		text   string
		class  Class
		warmup bool
	}{
		{"", "", false},
		{"Morning Run", "", false},
		// English
		{"Recovery run", Recovery, false},
		{"Easy jog", Easy, false},
		{"Long Run", Long, false},
		{"Long Run - 5 km @4:55", Long, false},
		{"6x800", Hard, false},
		{"Tempo run", Hard, false},
		{"Hill reps", Hard, false},
		{"Warm up", "", true},
		{"Cool down", "", true},
		// Hungarian
		{"Sunday regen", Recovery, false},
		{"1 laza kör", Easy, false},
		{"40 perc könnyű", Easy, false},
		{"hosszú futás", Long, false},
		{"2000 tempó", Hard, false},
		{"fokozó", Hard, false},
		{"bemelegítés", "", true},
		// Italian
		{"Corsa facile", Easy, false},
		{"Lungo domenicale", Long, false},
		{"Ripetute 10x400", Hard, false},
		{"Rigenerante", Recovery, false},
		{"riscaldamento", "", true},
		// German
		{"Lockerer Dauerlauf", Easy, false},
		{"Langer Lauf", Long, false},
		{"Intervalle 5x1000", Hard, false},
		{"Erholung", Recovery, false},
		{"Einlaufen", "", true},
		// French
		{"Footing", Easy, false},
		{"Sortie longue", Long, false},
		{"Fractionné 10x400", Hard, false},
		{"Récupération", Recovery, false},
		{"Échauffement", "", true},
		// Spanish
		{"Rodaje suave", Easy, false},
		{"Tirada larga", Long, false},
		{"Series 6x1000", Hard, false},
		{"Recuperación", Recovery, false},
	} {
		c, w := intentOf(tc.text)
		if c != tc.class || w != tc.warmup {
			t.Errorf("intentOf(%q) = %q, %v; want %q, %v", tc.text, c, w, tc.class, tc.warmup)
		}
	}
}

// TestApplyIntent: a clear name decides with use_names, is evidence only
// without, and a warm-up by name is not audited as a recovery run. The step
// records what the name did; render words it once, at the end.
func TestApplyIntent(t *testing.T) {
	for _, tc := range []struct {
		name     string
		useNames bool
		was      Class
		want     Class
		said     nameSaid
		first    string
	}{
		{"Recovery run", true, Easy, Recovery, nameDecided, `recovery: the name "Recovery run" (name) says so; the numbers alone say easy`},
		{"Recovery run", false, Easy, Easy, nameEvidence, "easy: 30 min at pace 5:00/km (easy pace 5:30/km), no work bouts"},
		{"Easy jog", true, Recovery, Recovery, nameAgrees, "recovery: 30 min and easy the day after a hard day (2024-01-01 08:00), pace 5:00/km"},
		{"Warm up", true, Recovery, Easy, nameWarmupDecide, "easy: 30 min and easy the day after a hard day (2024-01-01 08:00), pace 5:00/km (easy pace 5:30/km) (a warm-up or cool-down by its name, not a recovery run)"},
		{"Warm up", false, Recovery, Recovery, nameWarmup, "recovery: 30 min and easy the day after a hard day"},
		{"6x800", true, Easy, Hard, nameDecided, `hard: the name "6x800" (name) says so; the numbers alone say easy`},
		// "Easy jog" names the effort of a long run of 90 min or more,
		// and decides an hour the numbers call long.
		{"Easy jog", true, Long, Long, nameEffort, ""},
		{"Easy jog", true, Long, Easy, nameDecided, `easy: the name "Easy jog" (name) says so; the numbers alone say long`},
	} {
		c := &classifier{cfg: Defaults().Classify}
		c.cfg.UseNames = tc.useNames
		r := testRun("2024-01-02", 30, 6, nil)
		if tc.was == Long {
			r.facts.running = 70 * 60
			if tc.said == nameEffort {
				r.facts.running = 95 * 60
			}
		}
		r.EasyPace.Pace = 330
		r.Name, r.Class, r.verdict.by = tc.name, tc.was, byEasy
		if tc.was == Recovery {
			prev := testRun("2024-01-01", 50, 12, nil)
			prev.Class = Hard
			r.verdict = verdict{by: byRecovery, prev: prev, prevAs: Hard}
		}
		c.applyIntent(r)
		if r.Class != tc.want || r.verdict.name.said != tc.said {
			t.Errorf("%q use_names=%v: %s, said %d; want %s, %d", tc.name, tc.useNames, r.Class, r.verdict.name.said, tc.want, tc.said)
		}
		if tc.said == nameEffort {
			if got := strings.Join(c.render(r), " | "); !strings.Contains(got, `the name "Easy jog" (name) says an easy run: its effort; its length makes it long`) {
				t.Errorf("easy-named long run: %q", got)
			}
			continue
		}
		if first := c.render(r)[0]; !strings.HasPrefix(first, tc.first) {
			t.Errorf("%q use_names=%v: %q; want %q", tc.name, tc.useNames, first, tc.first)
		}
	}
}

// TestIntentReadsTheWholeName: a name is read as a runner wrote it: what it
// says the run was, not every word in it. Each of these was misread once.
func TestIntentReadsTheWholeName(t *testing.T) {
	for _, tc := range []struct {
		name, desc string
		class      Class
		warmup     bool
		strides    bool
		from       string
	}{
		{"Easy jog up Queenstown Hill", "", Easy, false, false, "name"},                            // a place, not a hill session
		{"Easy jog around the Fernhill Loop", "", Easy, false, false, "name"},                      // likewise
		{"Ben Lomond track", "", "", false, false, ""},                                             // a mountain trail, not a track session
		{"Easy jog pre race", "", Easy, false, false, "name"},                                      // the shake-out before a race
		{"Pre race", "", Easy, false, false, "name"},                                               //
		{"Run to Frankton before a track session", "", "", true, false, "name"},                    // the run to a session, not the session
		{"Pre Pre Race", "", Easy, false, false, "name"},                                           //
		{"Shakeout + strides", "", Easy, false, true, "name"},                                      // strides on an easy day
		{"Easy Jog", "Cool down from 1500m race, then 8X 60m sprints", Easy, false, false, "name"}, // the name decides
		{"Easy jog", "Was going to do some reps, but felt a bit fluey", Easy, false, false, "name"},
		{"Morning Run", "Was going to do some reps, but felt a bit fluey", "", false, false, ""}, // a plan given up
		{"Easy jog then some sprints", "", Easy, false, true, "name"},
		{"Easy + 6x100m strides", "", Easy, false, true, "name"},
		{"Track Session", "4 * 800m, 2:30 pace with 1:30 recovery", Hard, false, false, "name"}, // the rest between repeats
		{"Morning Run", "5x800 + 3x400", Hard, false, false, "description"},
		{"Morning Run", "Recovery, 90 s jog recovery", Recovery, false, false, "description"},
		{"Hill Reps up Suburb Street", "", Hard, false, false, "name"},
		{"Hills", "", Hard, false, false, "name"},
		{"Easy jog over the hills", "", Easy, false, false, "name"},
		{"Easy Track Session: 12*200m at 30s", "", Hard, false, false, "name"},
		{"Warm up and 1km tempo", "", Hard, false, false, "name"},
		{"Warm up Queenstown Hill", "", "", true, false, "name"},
		{"Jog to the race", "", "", true, false, "name"},
		{"Tempo", "Started off at 3:40 but had a long tight chest", Hard, false, false, "name"},
		{"Long run with 3x5k at MP", "", Long, false, false, "name"},
		{"Easy jog + meet up", "", Easy, false, false, "name"},
		{"200’s", "", Hard, false, false, "name"}, // a rep's distance in the plural, curly apostrophe and all
		{"Couple of 800s", "", Hard, false, false, "name"},
		{"2k's", "", Hard, false, false, "name"},
		{"Back in the 2000s", "", "", false, false, ""},   // a year is no rep
		{"Hill bounding", "", Hard, false, false, "name"}, // Lydiard's hill phase
		{"Hill bounds", "", Hard, false, false, "name"},
		{"Sprints", "", Hard, false, false, "name"}, // a speed session
		{"Strides", "", Easy, false, true, "name"},  // an easy run that carries them
		{"12 x 150m", "", Hard, false, false, "name"},
		{"8 x 100m", "", Hard, false, false, "name"},
		{"🤒", "", Easy, false, false, "name"},
		{"Easy jog with Halloween Parkrun", "", Easy, false, false, "name"},
		{"Parkrun", "", Hard, false, false, "name"},
		{"Acid test", "32,36,32,37 for 200m. Jog back", Hard, false, false, "name"},
		{"Mid-week long run", "", "", false, false, ""},
		{"Not long, legs tired", "", "", false, false, ""},
	} {
		got := readIntent(tc.name, tc.desc)
		if got.class != tc.class || got.warmup != tc.warmup || got.strides != tc.strides || got.from != tc.from {
			t.Errorf("readIntent(%q, %q) = %+v; want class %q, warm-up %v, strides %v, from %q", tc.name, tc.desc, got, tc.class, tc.warmup, tc.strides, tc.from)
		}
	}
}

// TestIntentSprints: a session of sprints alone, by its name, is
// neuromuscular work (no hard day for what follows); one with anything more
// in it is a session.
func TestIntentSprints(t *testing.T) {
	for _, tc := range []struct {
		name    string
		sprints bool
	}{
		{"Sprints", true},
		{"8x80m", true},
		{"Hill sprints", true},
		{"10 x 150 m", true},
		{"6x800", false},
		{"Hill sprints and tempo", false},
		{"Hill reps", false},
		{"Easy + strides", false},
		{"100’s", true},     // 100-m reps, in the plural
		{"Leg speed", true}, // Lydiard's: short fast strides, a session of them
		{"200’s", false},
	} {
		if got := readIntent(tc.name, ""); got.sprints != tc.sprints {
			t.Errorf("readIntent(%q) = %+v; want sprints %v", tc.name, got, tc.sprints)
		}
	}
}
