package analyze_test

import (
	"math"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/runlint/runlint/analyze"
	"github.com/runlint/runlint/check"
	"github.com/runlint/runlint/internal/synth"
)

// nextBlock is a six-week synthetic block (FIT) with the extra sessions
// given, judged with cfg.
func nextBlock(t *testing.T, cfg analyze.Config, extra ...synth.Session) (*analyze.Report, string) {
	t.Helper()
	dir := t.TempDir()
	opt := synth.DefaultOptions()
	opt.Weeks = 6
	if _, err := synth.WriteBlock(dir, "fit", opt); err != nil {
		t.Fatal(err)
	}
	for _, s := range extra {
		path := filepath.Join(dir, s.Start.In(opt.Zone).Format("2006-01-02-1504")+"-"+s.Kind+".fit")
		if err := synth.WriteFile(path, "fit", s, opt); err != nil {
			t.Fatal(err)
		}
	}
	res, err := check.Read([]string{dir}, check.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return analyze.Block(res, cfg), dir
}

// day is a local date of the synthetic block's weeks (Monday = 0).
func day(week, weekday int) time.Time {
	return time.Date(2024, 3, 4+7*week+weekday, 0, 0, 0, 0, time.UTC)
}

func at(week, weekday, hour int) time.Time {
	opt := synth.DefaultOptions()
	return time.Date(2024, 3, 4+7*week+weekday, hour, 0, 0, 0, opt.Zone).UTC()
}

func steady(secs, pace, hr float64) []synth.Segment {
	return []synth.Segment{{Secs: secs, Pace: pace, HR: hr, Cadence: 82, Lap: true}}
}

// TestNextRecoveryLimitsAreTheRules: the day after a hard day, the advice
// is a recovery run whose limits are the recovery rules' as configured.
func TestNextRecoveryLimitsAreTheRules(t *testing.T) {
	cfg := analyze.Defaults()
	cfg.Rules = map[string]analyze.RuleConfig{
		"recovery-too-fast":  {Options: map[string]any{"tolerance": 0.05, "hr_cap": 0.74}},
		"recovery-too-short": {Options: map[string]any{"min": "22m", "min_km": 3.5}},
		"recovery-too-long":  {Options: map[string]any{"max": "35m", "max_km": 7.0}},
	}
	rep, _ := nextBlock(t, cfg)
	a := analyze.Next(rep, cfg, day(5, 2)) // Wednesday, after Tuesday's intervals
	if a.Kind != "recovery" || a.Limits == nil {
		t.Fatalf("advice %q (%s), want a recovery run", a.Kind, a.Text)
	}
	l := *a.Limits
	wantPace := math.Ceil(l.LRP * 0.95)
	wantHR := math.Floor(0.74 * rep.Profile.MaxHR)
	if l.MinMinutes != 22 || l.MaxMinutes != 35 || l.MinKm != 3.5 || l.MaxKm != 7 || l.SlowestPace != wantPace || l.MaxHR != wantHR {
		t.Errorf("limits %+v; want 22-35 min, 3.5-7 km, pace %v, HR %v", l, wantPace, wantHR)
	}
	if !strings.Contains(a.Text, "a recovery run of 22-35 min, 3.5-7 km, no faster than "+analyze.FormatPace(wantPace)) {
		t.Errorf("advice %q", a.Text)
	}
	if !strings.Contains(a.Because[0], "the day before was a hard day") {
		t.Errorf("because %q", a.Because)
	}
}

// TestNextPrescriptionPassesItsAudit: a run written to the prescription
// (inside each limit) is a recovery run with no recovery finding.
func TestNextPrescriptionPassesItsAudit(t *testing.T) {
	cfg := analyze.Defaults()
	rep, _ := nextBlock(t, cfg)
	monday := day(6, 0) // after the last Sunday's long run
	a := analyze.Next(rep, cfg, monday)
	if a.Kind != "recovery" || a.Limits == nil || a.Limits.SlowestPace == 0 || a.Limits.MaxHR == 0 {
		t.Fatalf("advice %q (%s), want a recovery run with pace and HR limits", a.Kind, a.Text)
	}
	l := a.Limits
	mins := (l.MinMinutes + l.MaxMinutes) / 2
	run := synth.Session{Kind: "recovery", Sport: "running", Start: at(6, 0, 7), Segs: steady(mins*60, l.SlowestPace+3, l.MaxHR-3)}
	rep, _ = nextBlock(t, cfg, run)
	for _, r := range rep.Runs {
		if r.LocalDate() != monday.Format(time.DateOnly) {
			continue
		}
		if r.Class != analyze.Recovery {
			t.Fatalf("the prescribed run is %s: %v", r.Class, r.Reasons)
		}
		for _, f := range r.Findings {
			if strings.HasPrefix(f.Rule, "recovery") || f.Rule == "easy-too-hard" {
				t.Errorf("the prescribed run fails its own audit: %s: %s", f.Rule, f.Message)
			}
		}
		return
	}
	t.Fatal("the prescribed run was not read")
}

func TestNextAfterTwoHardDays(t *testing.T) {
	hard := synth.Session{Kind: "intervals", Sport: "running", Start: at(5, 2, 18), Segs: append(steady(600, 360, 130),
		synth.Segment{Secs: 600, Pace: 250, HR: 178, Cadence: 90, Lap: true}, synth.Segment{Secs: 180, Pace: 380, HR: 140, Cadence: 80, Lap: true},
		synth.Segment{Secs: 600, Pace: 250, HR: 180, Cadence: 90, Lap: true}, synth.Segment{Secs: 600, Pace: 365, HR: 135, Cadence: 82, Lap: true})}
	cfg := analyze.Defaults()
	rep, _ := nextBlock(t, cfg, hard)
	a := analyze.Next(rep, cfg, day(5, 3)) // Thursday, after Tuesday's and Wednesday's
	if a.Kind != "easy-or-rest" || !strings.Contains(a.Because[0], "hard the day before") {
		t.Errorf("advice %q: %s %v", a.Kind, a.Text, a.Because)
	}
}

func TestNextAfterASickNote(t *testing.T) {
	sick := synth.Session{Kind: "easy", Sport: "running", Start: at(5, 5, 17), Name: "Easy, knee pain", Segs: steady(1500, 340, 138)}
	cfg := analyze.Defaults()
	rep, _ := nextBlock(t, cfg, sick)
	a := analyze.Next(rep, cfg, day(5, 6))
	if a.Kind != "rest" || !strings.Contains(a.Because[0], `says "pain"`) {
		t.Errorf("advice %q: %s %v", a.Kind, a.Text, a.Because)
	}
}

func TestNextFreeForQuality(t *testing.T) {
	cfg := analyze.Defaults()
	rep, _ := nextBlock(t, cfg)
	a := analyze.Next(rep, cfg, day(5, 4)) // Friday after Thursday's tempo: recovery; Saturday after Friday's recovery: quality
	if a.Kind != "recovery" {
		t.Errorf("Friday: %q", a.Kind)
	}
	a = analyze.Next(rep, cfg, day(5, 5))
	if a.Kind != "quality" || !strings.Contains(strings.Join(a.Because, "; "), "hard sessions in the 14 days before") {
		t.Errorf("Saturday: %q %v", a.Kind, a.Because)
	}
}

func TestNextAfterWeeksOff(t *testing.T) {
	cfg := analyze.Defaults()
	rep, _ := nextBlock(t, cfg)
	a := analyze.Next(rep, cfg, day(9, 0)) // three weeks after the last run
	if a.Kind != "easy" || !strings.Contains(a.Because[0], "the last run was 22 days before") {
		t.Errorf("advice %q: %s %v", a.Kind, a.Text, a.Because)
	}
}
