package activity

import "time"

// WeekStart is the Monday of the week t falls in, by t's calendar date in
// t's own location (a run's local start: the runner lives the week there),
// at midnight UTC. UTC so that the weeks and days counted from it are always
// 24 hours long: in a zone with summer time, a week that crosses the change
// is an hour short, and dividing by 7×24 h would lose it.
func WeekStart(t time.Time) time.Time {
	d := time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
	return d.AddDate(0, 0, -((int(d.Weekday()) + 6) % 7))
}
