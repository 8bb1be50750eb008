package report

import (
	"fmt"
	"math"
	"strings"

	"github.com/runlint/runlint/analyze"
)

// Clock formats seconds as h:mm:ss, or m:ss under an hour.
func Clock(s float64) string {
	if s <= 0 || math.IsNaN(s) {
		return "-"
	}
	t := int(math.Round(s))
	if t >= 3600 {
		return fmt.Sprintf("%d:%02d:%02d", t/3600, t/60%60, t%60)
	}
	return fmt.Sprintf("%d:%02d", t/60, t%60)
}

// Pace formats seconds per km as m:ss (a table's column says /km).
func Pace(sPerKm float64) string {
	if sPerKm > 5999 {
		return "-"
	}
	return strings.TrimSuffix(analyze.FormatPace(sPerKm), "/km")
}

// Km formats metres as kilometres with two decimals.
func Km(m float64) string {
	if m <= 0 {
		return "-"
	}
	return fmt.Sprintf("%.2f", m/1000)
}

func hr(avg, max float64) string {
	switch {
	case avg <= 0 && max <= 0:
		return "-"
	case avg <= 0:
		return fmt.Sprintf("-/%.0f", max)
	}
	return fmt.Sprintf("%.0f/%.0f", avg, max)
}
