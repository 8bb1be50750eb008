package analyze

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"
)

func TestParseDurationAndPace(t *testing.T) {
	for in, want := range map[string]time.Duration{"45m": 45 * time.Minute, "1h15m": 75 * time.Minute, "10d": 240 * time.Hour, "6w": 1008 * time.Hour, "90s": 90 * time.Second} {
		if got, err := ParseDuration(in); err != nil || got != want {
			t.Errorf("ParseDuration(%q) = %v, %v", in, got, err)
		}
	}
	for _, bad := range []string{"", "-5m", "3x", "w"} {
		if _, err := ParseDuration(bad); err == nil {
			t.Errorf("ParseDuration(%q) accepted", bad)
		}
	}
	for in, want := range map[string]float64{"5:40": 340, "5:40/km": 340, " 4:05 ": 245} {
		if got, err := ParsePace(in); err != nil || got != want {
			t.Errorf("ParsePace(%q) = %v, %v", in, got, err)
		}
	}
	for _, bad := range []string{"5:60", "x:10", "0:00", "-3", "5.40", "0:30", "25:00", "5:4", "60", "340"} {
		if _, err := ParsePace(bad); err == nil {
			t.Errorf("ParsePace(%q) accepted", bad)
		}
	}
}

func loadConfigText(t *testing.T, text string) (Config, error) {
	t.Helper()
	p := filepath.Join(t.TempDir(), ConfigName)
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return LoadConfig(p)
}

func TestLoadConfig(t *testing.T) {
	cfg, err := loadConfigText(t, `fail_on = "warning"
[profile]
long_run_pace = "5:40"
easy_window = "10w"
[classify]
work_margin = 0.15
long_min = "75m"
[intensity]
trimp = "female"
[rules.recovery-too-fast]
tolerance = 0
severity = "warning"
[rules.easy-too-hard]
max_share = 0.33
[[ignore]]
rule = "recovery-too-fast"
date = "2024-06-04"
reason = "with a friend"
`)
	if err != nil {
		t.Fatal(err)
	}
	if cfg.FailOn != "warning" || cfg.Profile.LongRunPace != 340 || cfg.Profile.EasyWindow.Duration != 70*24*time.Hour ||
		cfg.Classify.WorkMargin != 0.15 || cfg.Classify.LongMin.Duration != 75*time.Minute || cfg.Intensity.TRIMP != "female" ||
		cfg.Rules["recovery-too-fast"].Severity != "warning" || cfg.Rules["easy-too-hard"].Options["max_share"] != 0.33 || len(cfg.Ignore) != 1 {
		t.Errorf("config read as %+v", cfg)
	}
	for text, want := range map[string]string{
		"[classify]\nwork_margni = 0.1\n":                            `unknown setting "classify.work_margni"`,
		"[classify]\nwork_margin = 1.5\n":                            "classify.work_margin = 1.5: a share",
		"[classify]\nlong_min = \"an hour\"\n":                       "bad duration",
		"[profile]\nlong_run_pace = \"5.40\"\n":                      "bad pace",
		"[intensity]\ntrimp = \"other\"\n":                           `intensity.trimp = "other"`,
		"[rules.nope]\n":                                             "rules.nope: no such rule",
		"[rules.recovery-too-fast]\ntolerance = \"x\"\n":             "want a number",
		"[rules.recovery-too-short]\nmin = \"long\"\n":               "bad duration",
		"[rules.recovery-too-fast]\nseverity = \"fatal\"\n":          `severity "fatal"`,
		"[[ignore]]\nrule = \"recovery-too-fast\"\ndate = \"x\"\n":   "give a reason",
		"[[ignore]]\nrule = \"recovery-too-fast\"\nreason = \"x\"\n": "name a file or a date",
	} {
		if _, err := loadConfigText(t, text); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%q: %v, want %q", text, err, want)
		}
	}
}

func TestIgnoreMatches(t *testing.T) {
	f := Finding{Rule: "recovery-too-fast", Code: "RL101", File: "block/2024/06-04.fit", Date: "2024-06-04"}
	for _, tc := range []struct {
		ig   Ignore
		want bool
	}{
		{Ignore{Rule: "recovery-too-fast", Date: "2024-06-04"}, true},
		{Ignore{Rule: "RL101", File: "06-04.fit"}, true},
		{Ignore{Rule: "*", File: "2024/06-04.fit"}, true},
		{Ignore{Rule: "recovery-too-fast", Date: "2024-06-05"}, false},
		{Ignore{Rule: "recovery-too-short", Date: "2024-06-04"}, false},
		{Ignore{Rule: "recovery-too-fast", File: "4.fit"}, false}, // a path's end is whole names
		{Ignore{Rule: "recovery-too-fast"}, false},
	} {
		if got := tc.ig.matches(f); got != tc.want {
			t.Errorf("%+v matches %v, want %v", tc.ig, got, tc.want)
		}
	}
}

// TestSettingsCoverConfig: every field of the profile, classify and
// intensity sections has a documented Setting, and every Setting a field, so
// the starter config and the README cannot leave one out.
func TestSettingsCoverConfig(t *testing.T) {
	seen := map[string]bool{}
	for _, s := range Settings {
		if _, ok := settingValue(&Config{}, s.Key); !ok {
			t.Errorf("setting %s has no field", s.Key)
		}
		if seen[s.Key] {
			t.Errorf("setting %s twice", s.Key)
		}
		seen[s.Key] = true
		if s.Doc == "" {
			t.Errorf("setting %s has no doc", s.Key)
		}
	}
	for _, sec := range []string{"profile", "classify", "intensity"} {
		v, _ := settingValue(&Config{}, sec)
		for i := range v.NumField() {
			tag := v.Type().Field(i).Tag.Get("toml")
			if key := sec + "." + tag; tag != "-" && !seen[key] {
				t.Errorf("config field %s has no Setting", key)
			}
		}
	}
	starter := Starter()
	cfg, err := loadConfigText(t, starter)
	if err != nil {
		t.Fatalf("the starter config does not load: %v", err)
	}
	d := Defaults()
	if !reflect.DeepEqual(cfg.Classify, d.Classify) || !reflect.DeepEqual(cfg.Profile, d.Profile) || !reflect.DeepEqual(cfg.Intensity, d.Intensity) {
		t.Errorf("the starter config is not the defaults:\n%+v\n%+v", cfg.Classify, d.Classify)
	}
}
