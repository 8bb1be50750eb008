package analyze

import (
	"math"
	"time"

	"github.com/runlint/runlint/activity"
)

// LoadDay is one local date of the training load: the day's load (the sum
// of its runs' TRIMP) and the acute and chronic loads after it.
//
// Acute and chronic load are exponentially weighted moving averages of the
// daily load (Williams et al. 2017): each day's average moves towards the
// day's load by lambda = 2 / (N + 1), N the window in days (7 and 28 by
// default). Their ratio, the acute:chronic workload ratio (ACWR), is the
// usual line of injury risk past 1.5 (Gabbett 2016).
type LoadDay struct {
	Day            time.Time
	Load           float64
	Acute, Chronic float64
	Ratio          float64 // Acute / Chronic; 0 while the chronic window is not yet full
	ChronicSettled bool    // the block holds a whole chronic window before this day
}

// LoadWeek is one ISO week (Monday first) of the load, with Foster's
// monotony (the mean daily load over its standard deviation, the seven days
// counted, rest days as zero) and strain (the week's load times its
// monotony): a week of the same load every day is monotonous, and monotony
// with high load is what Foster (1998) found before illness.
type LoadWeek struct {
	Week     time.Time
	Load     float64
	Monotony float64 // 0 for a week with no load
	Strain   float64
	MaxRatio float64   // the highest acute:chronic ratio of its days (settled days only)
	RatioDay time.Time // the day it was reached
}

// Load is the block's training load, day by day and week by week.
type Load struct {
	Days  []LoadDay
	Weeks []LoadWeek
	From  string // what the per-run load is: "TRIMP"
	// SpikeBound is load-spike's bound as the config sets it, for the
	// reports that shade the weeks past it.
	SpikeBound float64
}

// loadOf works out the load from the TRIMP of the judged runs and of the
// cross-training with heart rate, from the first day to the last.
func loadOf(runs []*Run, cfg IntensityConfig) Load {
	perDay := map[time.Time]float64{}
	var first, last time.Time
	for _, r := range runs {
		if !r.HasIntensity() || r.Intensity.Load <= 0 {
			continue
		}
		d := r.day()
		perDay[d] += r.Intensity.Load
		if first.IsZero() || d.Before(first) {
			first = d
		}
		if d.After(last) {
			last = d
		}
	}
	l := Load{From: "TRIMP"}
	if first.IsZero() {
		return l
	}
	la, lc := 2/float64(cfg.AcuteDays+1), 2/float64(cfg.ChronicDays+1)
	var acute, chronic float64
	for d, n := first, 0; !d.After(last); d, n = d.AddDate(0, 0, 1), n+1 {
		load := perDay[d]
		acute += la * (load - acute)
		chronic += lc * (load - chronic)
		day := LoadDay{Day: d, Load: load, Acute: acute, Chronic: chronic, ChronicSettled: n+1 >= cfg.ChronicDays}
		if day.ChronicSettled && chronic > 0 {
			day.Ratio = acute / chronic
		}
		l.Days = append(l.Days, day)
	}
	l.Weeks = loadWeeks(l.Days)
	return l
}

// loadWeeks sums the days into ISO weeks.
func loadWeeks(days []LoadDay) []LoadWeek {
	var weeks []LoadWeek
	for i := 0; i < len(days); {
		w := LoadWeek{Week: activity.WeekStart(days[i].Day)}
		var loads [7]float64
		for ; i < len(days) && activity.WeekStart(days[i].Day).Equal(w.Week); i++ {
			d := days[i]
			loads[int(d.Day.Sub(w.Week).Hours()/24)] = d.Load
			w.Load += d.Load
			if d.Ratio > w.MaxRatio {
				w.MaxRatio, w.RatioDay = d.Ratio, d.Day
			}
		}
		w.Monotony = monotony(loads[:])
		w.Strain = w.Load * w.Monotony
		weeks = append(weeks, w)
	}
	return weeks
}

// maxMonotony is where monotony is capped: a week of the same load every
// day has no deviation to divide by.
const maxMonotony = 10

// monotony is Foster's: mean over standard deviation (population) of the
// week's seven daily loads; 0 for an empty week, and capped at 10 for a
// week of exactly the same load every day, whose deviation is 0.
func monotony(loads []float64) float64 {
	var sum float64
	for _, v := range loads {
		sum += v
	}
	if sum == 0 {
		return 0
	}
	mean := sum / float64(len(loads))
	var ss float64
	for _, v := range loads {
		ss += (v - mean) * (v - mean)
	}
	sd := math.Sqrt(ss / float64(len(loads)))
	if sd < mean/maxMonotony {
		return maxMonotony
	}
	return mean / sd
}

// DayLoad is the load entry of day d; ok false outside the block.
func (l Load) DayLoad(d time.Time) (LoadDay, bool) {
	if len(l.Days) == 0 {
		return LoadDay{}, false
	}
	i := int(d.Sub(l.Days[0].Day).Hours() / 24)
	if i < 0 || i >= len(l.Days) {
		return LoadDay{}, false
	}
	return l.Days[i], true
}
