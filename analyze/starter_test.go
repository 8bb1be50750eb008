package analyze

import (
	"reflect"
	"regexp"
	"strings"
	"testing"
)

// settingLine is a commented setting of the starter config: "# key = value".
var settingLine = regexp.MustCompile(`^# ([a-z_]+) = (.+)$`)

// TestStarterIsCommentedOut: runlint init's file sets nothing (every
// setting is a comment, so the user's file holds only what they change),
// and each setting, uncommented alone, loads and gives the defaults: the
// values written are the defaults, in a form the config reads.
func TestStarterIsCommentedOut(t *testing.T) {
	starter := Starter()
	lines := strings.Split(starter, "\n")
	settings := 0
	for i, l := range lines {
		if l != "" && !strings.HasPrefix(l, "#") && !strings.HasPrefix(l, "[") {
			t.Errorf("line %d sets something: %q", i+1, l)
		}
		m := settingLine.FindStringSubmatch(l)
		if m == nil || m[1] == "rule" || m[1] == "date" || m[1] == "reason" { // the ignore's example is not a setting
			continue
		}
		settings++
		one := append([]string(nil), lines...)
		one[i] = strings.TrimPrefix(l, "# ")
		cfg, err := loadConfigText(t, strings.Join(one, "\n"))
		if err != nil {
			t.Errorf("line %d uncommented does not load: %q: %v", i+1, one[i], err)
			continue
		}
		if d := Defaults(); !reflect.DeepEqual(cfg.Classify, d.Classify) || !reflect.DeepEqual(cfg.Profile, d.Profile) ||
			!reflect.DeepEqual(cfg.Intensity, d.Intensity) || cfg.FailOn != d.FailOn {
			t.Errorf("line %d uncommented changes the config: %q", i+1, one[i])
		}
	}
	if want := len(Settings) + 1; settings < want {
		t.Errorf("%d commented settings, want at least %d (every setting, fail_on, the rules' options)", settings, want)
	}
}
