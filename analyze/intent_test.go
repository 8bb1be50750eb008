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
	} {
		c := &classifier{cfg: Defaults().Classify}
		c.cfg.UseNames = tc.useNames
		r := testRun("2024-01-02", 30, 6, nil)
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
		if first := c.render(r)[0]; !strings.HasPrefix(first, tc.first) {
			t.Errorf("%q use_names=%v: %q; want %q", tc.name, tc.useNames, first, tc.first)
		}
	}
}
