package analyze

import (
	"strings"
	"testing"
)

// A config number no threshold can be is refused in one line naming its
// key: nan and inf pass every range check (resting_hr = nan broke the JSON
// report), and so does a heart rate of 300.
func TestConfigRefusesNumbersNoThresholdCanBe(t *testing.T) {
	for text, want := range map[string]string{
		"[profile]\nresting_hr = nan":                "profile.resting_hr = NaN: not a finite number",
		"[profile]\nmax_hr = inf":                    "profile.max_hr = +Inf: not a finite number",
		"[profile]\nthreshold_hr = -inf":             "profile.threshold_hr = -Inf: not a finite number",
		"[classify]\nwork_margin = nan":              "classify.work_margin = NaN: not a finite number",
		"[classify]\nhill_gain = inf":                "classify.hill_gain = +Inf: not a finite number",
		"[intensity]\naet_hr = nan":                  "intensity.aet_hr = NaN: not a finite number",
		"[rules.recovery-too-fast]\ntolerance = nan": "rules.recovery-too-fast.tolerance = NaN: not a finite number",
		"[profile]\nresting_hr = 300":                "profile.resting_hr = 300: out of range (0 to 250 bpm; 0 leaves it unset)",
		"[profile]\nmax_hr = 260":                    "profile.max_hr = 260: out of range (0 to 250 bpm; 0 leaves it unset)",
		"[profile]\neasy_window = \"nanw\"":          `bad duration "nanw": use e.g. 45m, 1h15m, 10d or 6w`,
		"[profile]\neasy_window = \"infd\"":          `bad duration "infd": use e.g. 45m, 1h15m, 10d or 6w`,
		"[profile]\neasy_window = \"1e300w\"":        `bad duration "1e300w": use e.g. 45m, 1h15m, 10d or 6w`,
		"[profile]\nlong_run_pace = \"540\"":         `bad pace "540": a pace needs its colon, min:sec per km: 5:40 or 9:00 (540 s)?`,
		"[classify]\nrun_pace = \"660\"":             `bad pace "660": a pace needs its colon, min:sec per km: 11:00 (660 s)?`,
	} {
		_, err := loadConfigText(t, text)
		if err == nil || !strings.Contains(err.Error(), want) || strings.Contains(err.Error(), "\n") {
			t.Errorf("%q: %v; want one line with %q", text, err, want)
		}
	}
}

// A pace needs its colon: "540" is 5:40 to one runner and 540 s (9:00/km)
// to another. The error gives the paces it could mean.
func TestPaceNeedsItsColon(t *testing.T) {
	for in, want := range map[string]string{
		"540":    `bad pace "540": a pace needs its colon, min:sec per km: 5:40 or 9:00 (540 s)?`,
		"340/km": `bad pace "340/km": a pace needs its colon, min:sec per km: 3:40 or 5:40 (340 s)?`,
		"90":     `bad pace "90": a pace needs its colon, min:sec per km: 1:30 (90 s)?`,
		"575":    `bad pace "575": a pace needs its colon, min:sec per km: 9:35 (575 s)?`,
		"5.40":   `bad pace "5.40": use min:sec per km between 2:00 and 15:00, e.g. 5:40`,
	} {
		if _, err := ParsePace(in); err == nil || err.Error() != want {
			t.Errorf("ParsePace(%q): %v; want %s", in, err, want)
		}
	}
	if v, err := ParsePace("9:00/km"); err != nil || v != 540 {
		t.Errorf("ParsePace(9:00/km) = %v, %v", v, err)
	}
}
