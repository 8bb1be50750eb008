package parse

import (
	"fmt"
	"math"
)

// clock is a duration in seconds as h:mm:ss, or m:ss under an hour, for
// warnings (the reports have their own formatting downstream).
func clock(secs float64) string {
	s := int(math.Round(secs))
	if s >= 3600 {
		return fmt.Sprintf("%d:%02d:%02d", s/3600, s/60%60, s%60)
	}
	return fmt.Sprintf("%d:%02d", s/60, s%60)
}

// pace is seconds per km as m:ss/km.
func pace(sPerKm float64) string {
	s := int(math.Round(sPerKm))
	return fmt.Sprintf("%d:%02d/km", s/60, s%60)
}
