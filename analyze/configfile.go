package analyze

import (
	"errors"
	"fmt"
	"io/fs"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"strings"

	"github.com/BurntSushi/toml"

	"github.com/bmatcuk/doublestar/v4"
)

// ConfigName is the config file runlint looks for.
const ConfigName = ".runlint.toml"

// FindConfig walks up from dir looking for .runlint.toml, to the root of the
// git work tree dir is in (or the file system's); "" when there is none.
func FindConfig(dir string) (string, error) {
	dir, err := filepath.Abs(dir)
	if err != nil {
		return "", err
	}
	if info, err := os.Stat(dir); err == nil && !info.IsDir() {
		dir = filepath.Dir(dir)
	}
	for {
		p := filepath.Join(dir, ConfigName)
		if _, err := os.Stat(p); err == nil {
			return p, nil
		} else if !errors.Is(err, fs.ErrNotExist) {
			return "", err
		}
		// The search stops at the repository's root: a config in a folder
		// above the work tree belongs to someone else, and would change
		// what a CI job or a hook decides.
		if _, err := os.Lstat(filepath.Join(dir, ".git")); err == nil {
			return "", nil
		}
		up := filepath.Dir(dir)
		if up == dir {
			return "", nil
		}
		dir = up
	}
}

// LoadConfig reads a config file over the defaults. Unknown keys, rules,
// options and severities are errors: a typo must not silently keep a default.
func LoadConfig(path string) (Config, error) {
	cfg := Defaults()
	data, err := os.ReadFile(path)
	if err != nil {
		return cfg, err
	}
	md, err := toml.Decode(string(data), &cfg)
	if err != nil {
		return cfg, fmt.Errorf("%s: %w", path, err)
	}
	for _, k := range md.Undecoded() {
		if len(k) > 0 && k[0] == "rules" {
			continue
		}
		return cfg, fmt.Errorf("%s: unknown setting %q (see 'runlint init' for every setting)", path, k.String())
	}
	var raw struct {
		Rules map[string]map[string]any `toml:"rules"`
	}
	if _, err := toml.Decode(string(data), &raw); err != nil {
		return cfg, fmt.Errorf("%s: %w", path, err)
	}
	for name, kv := range raw.Rules {
		rc := cfg.Rules[name]
		rc.Options = map[string]any{}
		for k, v := range kv {
			switch k {
			case "enabled", "severity":
			default:
				if f, ok := v.(float64); ok && !finite(f) {
					return cfg, fmt.Errorf("%s: rules.%s.%s = %v: not a finite number", path, name, k, f)
				}
				rc.Options[k] = v
			}
		}
		cfg.Rules[name] = rc
	}
	if err := cfg.Validate(); err != nil {
		return cfg, fmt.Errorf("%s: %w", path, err)
	}
	return cfg, nil
}

// Validate checks values the types cannot: ranges, rules, ignores.
func (c Config) Validate() error {
	if err := c.validateNumbers(); err != nil {
		return err
	}
	if c.Intensity.AcuteDays < 1 || c.Intensity.ChronicDays <= c.Intensity.AcuteDays {
		return fmt.Errorf("intensity.acute_days = %d, chronic_days = %d: the acute window must be at least a day and shorter than the chronic one",
			c.Intensity.AcuteDays, c.Intensity.ChronicDays)
	}
	if err := ValidateRules(c.Rules); err != nil {
		return err
	}
	switch Severity(c.FailOn) {
	case Error, Warning, Info, "none":
	default:
		return fmt.Errorf("fail_on %q: use error, warning, info or none", c.FailOn)
	}
	for i, ig := range c.Ignore {
		switch {
		case ig.Rule == "":
			return fmt.Errorf("ignore %d: name a rule (or \"*\")", i+1)
		case ig.Rule != "*" && RuleByName(ig.Rule) == nil:
			return fmt.Errorf("ignore %d: no such rule %q", i+1, ig.Rule)
		case ig.File == "" && ig.Date == "":
			return fmt.Errorf("ignore %d: name a file or a date", i+1)
		case ig.File != "" && !doublestar.ValidatePattern(filepath.ToSlash(ig.File)):
			return fmt.Errorf("ignore %d: file %q is not a valid glob", i+1, ig.File)
		case strings.TrimSpace(ig.Reason) == "":
			return fmt.Errorf("ignore %d (%s): give a reason", i+1, ig.Rule)
		}
	}
	for name, v := range c.shares() {
		if v < 0 || v >= 1 {
			return fmt.Errorf("%s = %v: a share, e.g. 0.1 for 10 %%", name, v)
		}
	}
	switch c.Intensity.TRIMP {
	case "male", "female":
	default:
		return fmt.Errorf("intensity.trimp = %q: use male or female", c.Intensity.TRIMP)
	}
	return nil
}

// validateNumbers refuses a number TOML allows and no threshold can be (nan
// and inf pass every range check, and nan broke the JSON report), and a
// heart rate outside 0 (unset) to 250 bpm.
func (c Config) validateNumbers() error {
	for _, s := range Settings {
		v, ok := settingValue(&c, s.Key)
		if !ok || v.Kind() != reflect.Float64 {
			continue
		}
		switch f := v.Float(); {
		case !finite(f):
			return fmt.Errorf("%s = %v: not a finite number", s.Key, f)
		case s.Kind == "bpm" && (f < 0 || f > 250):
			return fmt.Errorf("%s = %v: out of range (0 to 250 bpm; 0 leaves it unset)", s.Key, f)
		}
	}
	return nil
}

func finite(f float64) bool { return !math.IsNaN(f) && !math.IsInf(f, 0) }
