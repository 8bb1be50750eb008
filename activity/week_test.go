package activity

import (
	"testing"
	"time"
)

func TestWeekStart(t *testing.T) {
	// Late on a Sunday in New York is Monday in UTC: the week is the local one.
	ny := time.FixedZone("EST", -5*3600)
	for _, c := range []struct {
		t    time.Time
		want string
	}{
		{time.Date(2024, 3, 4, 0, 0, 0, 0, time.UTC), "2024-03-04"},   // a Monday
		{time.Date(2024, 3, 10, 23, 0, 0, 0, time.UTC), "2024-03-04"}, // the Sunday after
		{time.Date(2024, 3, 10, 22, 0, 0, 0, ny), "2024-03-04"},
		{time.Date(2024, 1, 2, 7, 0, 0, 0, time.UTC), "2024-01-01"}, // across a year end
		{time.Date(2023, 12, 31, 7, 0, 0, 0, time.UTC), "2023-12-25"},
	} {
		got := WeekStart(c.t)
		if got.Format(time.DateOnly) != c.want || got.Location() != time.UTC || got.Hour() != 0 {
			t.Errorf("WeekStart(%v) = %v, want %s at midnight UTC", c.t, got, c.want)
		}
	}
}
