package report

import (
	"time"

	"github.com/runlint/runlint/analyze"
)

type jsonLoadWeek struct {
	Week     string  `json:"week"`
	Load     float64 `json:"load"`
	Acute    float64 `json:"acute_end"`
	Chronic  float64 `json:"chronic_end"`
	MaxRatio float64 `json:"max_ratio"`
	RatioDay string  `json:"max_ratio_day,omitempty"`
	Monotony float64 `json:"monotony"`
	Strain   float64 `json:"strain"`
}

type jsonLoad struct {
	From  string         `json:"from"`
	Weeks []jsonLoadWeek `json:"weeks"`
}

// loadJSON is the block's load week by week: the week's load, the acute
// and chronic load at its last day, its highest acute:chronic ratio (0
// before the chronic window is full), monotony and strain.
func loadJSON(l analyze.Load) jsonLoad {
	out := jsonLoad{From: l.From, Weeks: []jsonLoadWeek{}}
	for _, w := range l.Weeks {
		jw := jsonLoadWeek{
			Week: w.Week.Format(time.DateOnly), Load: round(w.Load, 1), MaxRatio: round(w.MaxRatio, 2),
			Monotony: round(w.Monotony, 2), Strain: round(w.Strain, 0),
		}
		if !w.RatioDay.IsZero() {
			jw.RatioDay = w.RatioDay.Format(time.DateOnly)
		}
		if d, ok := l.DayLoad(w.Week.AddDate(0, 0, 6)); ok {
			jw.Acute, jw.Chronic = round(d.Acute, 1), round(d.Chronic, 1)
		} else if n := len(l.Days); n > 0 {
			jw.Acute, jw.Chronic = round(l.Days[n-1].Acute, 1), round(l.Days[n-1].Chronic, 1)
		}
		out.Weeks = append(out.Weeks, jw)
	}
	return out
}
