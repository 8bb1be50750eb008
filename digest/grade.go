package digest

import (
	"math"

	"github.com/runlint/runlint/activity"
)

// minetti is the energy cost of running at grade i (J/kg/m), Minetti et al.
// 2002, valid for grades of -45 % to +45 %.
func minetti(i float64) float64 {
	i = math.Max(-0.45, math.Min(0.45, i))
	return 155.4*math.Pow(i, 5) - 30.4*math.Pow(i, 4) - 43.3*math.Pow(i, 3) + 46.3*i*i + 19.5*i + 3.6
}

// gradeFactor weighs each stretch of about 200 m by its cost relative to the
// flat (3.6 J/kg/m): the run's cost per metre over the flat's. Dividing the
// pace by it gives the flat pace of the same effort. The elevation must be
// trustworthy: present on nine samples in ten, and no steeper than 30 % over
// any 200 m (GPS altitude that jumps is not a hill). Otherwise 0.
func gradeFactor(s []activity.Sample, cum []float64) float64 {
	withAlt := 0
	for i := range s {
		if !math.IsNaN(s[i].AltM) {
			withAlt++
		}
	}
	if withAlt*10 < len(s)*9 || len(s) < 2 {
		return 0
	}
	const seg = 200.0
	var flatEquiv, total float64
	start, startAlt := 0, math.NaN()
	for i := range s {
		if math.IsNaN(s[i].AltM) {
			continue
		}
		if math.IsNaN(startAlt) {
			start, startAlt = i, s[i].AltM
			continue
		}
		d := cum[i] - cum[start]
		if d < seg && i < len(s)-1 {
			continue
		}
		if d <= 0 {
			continue
		}
		grade := (s[i].AltM - startAlt) / d
		if math.Abs(grade) > 0.30 {
			return 0
		}
		flatEquiv += d * minetti(grade) / minetti(0)
		total += d
		start, startAlt = i, s[i].AltM
	}
	if total < 1000 || flatEquiv <= 0 {
		return 0
	}
	return flatEquiv / total
}
