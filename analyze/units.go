package analyze

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"
)

// Duration is a config duration: Go's syntax ("45m", "1h15m") plus days and
// weeks ("6w", "10d"), which training windows are counted in.
type Duration struct{ time.Duration }

// ParseDuration reads "6w", "10d", "1h30m", "90s".
func ParseDuration(s string) (time.Duration, error) {
	s = strings.TrimSpace(s)
	for suffix, unit := range map[string]time.Duration{"w": 7 * 24 * time.Hour, "d": 24 * time.Hour} {
		if n, ok := strings.CutSuffix(s, suffix); ok {
			v, err := strconv.ParseFloat(n, 64)
			// !(v >= 0) refuses NaN as well as negatives ("nand" parses).
			if err != nil || !(v >= 0) || v*float64(unit) >= math.MaxInt64 {
				return 0, fmt.Errorf("bad duration %q: use e.g. 45m, 1h15m, 10d or 6w", s)
			}
			return time.Duration(v * float64(unit)), nil
		}
	}
	d, err := time.ParseDuration(s)
	if err != nil || d < 0 {
		return 0, fmt.Errorf("bad duration %q: use e.g. 45m, 1h15m, 10d or 6w", s)
	}
	return d, nil
}

func (d *Duration) UnmarshalText(b []byte) error {
	v, err := ParseDuration(string(b))
	d.Duration = v
	return err
}

func (d Duration) MarshalText() ([]byte, error) { return []byte(FormatDuration(d.Duration)), nil }

// FormatDuration writes a duration the way the config reads it.
func FormatDuration(d time.Duration) string {
	switch {
	case d == 0:
		return "0s"
	case d%(7*24*time.Hour) == 0:
		return fmt.Sprintf("%dw", d/(7*24*time.Hour))
	case d%(24*time.Hour) == 0:
		return fmt.Sprintf("%dd", d/(24*time.Hour))
	case d%time.Hour == 0:
		return fmt.Sprintf("%dh", d/time.Hour)
	case d%time.Minute == 0 && d > time.Hour:
		return fmt.Sprintf("%dh%dm", d/time.Hour, d%time.Hour/time.Minute)
	case d%time.Minute == 0:
		return fmt.Sprintf("%dm", d/time.Minute)
	}
	return d.String()
}

// Pace is seconds per kilometre. It reads "5:40" or "5:40/km".
type Pace float64

// The paces a runner can be asked to hold: anything outside is a typo
// ("5.40" for 5:40, "25:00" for 2:50).
const (
	MinPace = 120 // 2:00/km
	MaxPace = 900 // 15:00/km
)

// ParsePace reads a pace in min:sec per km ("5:40", "5:40/km"), between
// 2:00 and 15:00/km. A number without its colon is refused: "540" is 5:40
// to one runner and 540 s (9:00/km) to another, and either taken silently
// judges every recovery run by the wrong pace.
func ParsePace(s string) (float64, error) {
	in := strings.TrimSpace(s)
	t := strings.TrimSuffix(in, "/km")
	m, sec, ok := strings.Cut(t, ":")
	if !ok {
		return 0, paceWithoutColon(in, t)
	}
	mi, err1 := strconv.Atoi(m)
	se, err2 := strconv.Atoi(sec)
	v := float64(mi*60 + se)
	if err1 != nil || err2 != nil || len(sec) != 2 || se >= 60 || mi < 0 || se < 0 || v < MinPace || v > MaxPace {
		return 0, fmt.Errorf("bad pace %q: use min:sec per km between 2:00 and 15:00, e.g. 5:40", in)
	}
	return v, nil
}

// paceWithoutColon says why a pace without its colon is refused, with the
// paces it could mean.
func paceWithoutColon(in, t string) error {
	n, err := strconv.Atoi(t)
	if err != nil || n <= 0 {
		return fmt.Errorf("bad pace %q: use min:sec per km between 2:00 and 15:00, e.g. 5:40", in)
	}
	var meant []string
	if n >= 100 && n%100 < 60 {
		meant = append(meant, fmt.Sprintf("%d:%02d", n/100, n%100))
	}
	meant = append(meant, fmt.Sprintf("%d:%02d (%d s)", n/60, n%60, n))
	return fmt.Errorf("bad pace %q: a pace needs its colon, min:sec per km: %s?", in, strings.Join(meant, " or "))
}

func (p *Pace) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*p = 0
		return nil
	}
	v, err := ParsePace(string(b))
	*p = Pace(v)
	return err
}

func (p Pace) MarshalText() ([]byte, error) {
	if p == 0 {
		return []byte(""), nil
	}
	return []byte(FormatPace(float64(p))), nil
}

// FormatPace writes seconds per km as m:ss/km.
func FormatPace(sPerKm float64) string {
	if sPerKm <= 0 || math.IsNaN(sPerKm) || math.IsInf(sPerKm, 0) {
		return "-"
	}
	t := int(math.Round(sPerKm))
	return fmt.Sprintf("%d:%02d/km", t/60, t%60)
}

// FormatMinutes writes seconds as whole minutes ("26 min") or h:mm for long ones.
func FormatMinutes(s float64) string {
	m := int(math.Round(s / 60))
	if m >= 100 {
		return fmt.Sprintf("%d:%02d h", m/60, m%60)
	}
	return fmt.Sprintf("%d min", m)
}

// formatShort is FormatMinutes to the second under ten minutes, where a
// rounded minute would mislead ("2 min moving (under 2 min)" for 90 s).
func formatShort(s float64) string {
	secs := int(math.Round(s))
	if secs >= 600 || secs%60 == 0 {
		return FormatMinutes(s)
	}
	if secs < 60 {
		return fmt.Sprintf("%d s", secs)
	}
	return fmt.Sprintf("%d min %d s", secs/60, secs%60)
}

// pct writes a share as a whole percentage.
func pct(x float64) string { return fmt.Sprintf("%.0f %%", math.Round(x*100)) }
