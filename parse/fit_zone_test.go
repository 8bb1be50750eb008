package parse

import (
	"testing"
	"time"

	"github.com/runlint/runlint/internal/synth"
	"github.com/runlint/runlint/internal/tz"
)

// A FIT activity is dated by the offset in force at its start, though the
// watch states the offset at its end: a run across the night the clocks
// change keeps the date and the time it started at.
func TestFITDatedByTheOffsetAtItsStart(t *testing.T) {
	was := zoneAt
	zoneAt = tz.At // the fuzz targets' seeds put a fixed zone here
	t.Cleanup(func() { zoneAt = was })
	utc := func(y int, m time.Month, d, h, mi int) time.Time { return time.Date(y, m, d, h, mi, 0, 0, time.UTC) }
	for _, c := range []struct {
		name       string
		run        synth.FITRun
		wantLocal  string // the local start
		wantOffset int
		wantName   string
		wantFrom   string
	}{
		{
			"Berlin, clocks forward at 02:00: 23:30 is the day before",
			synth.FITRun{Start: utc(2024, 3, 30, 22, 30), Secs: 3 * 3600, Lat: 52.5, Lon: 13.4, Local: 2 * time.Hour},
			"2024-03-30 23:30", 3600, "Europe/Berlin", "fit local_timestamp and position",
		},
		{
			"Berlin, clocks back at 03:00: 00:30 is the day after",
			synth.FITRun{Start: utc(2024, 10, 26, 22, 30), Secs: 3 * 3600, Lat: 52.5, Lon: 13.4, Local: time.Hour},
			"2024-10-27 00:30", 7200, "Europe/Berlin", "fit local_timestamp and position",
		},
		{
			"Cairo, clocks forward at midnight: a 70-min run from 23:30",
			synth.FITRun{Start: utc(2024, 4, 25, 21, 30), Secs: 70 * 60, Lat: 30.04, Lon: 31.24, Local: 3 * time.Hour},
			"2024-04-25 23:30", 7200, "Africa/Cairo", "fit local_timestamp and position",
		},
		{
			"Berlin, no change: the stated offset",
			synth.FITRun{Start: utc(2024, 5, 4, 21, 30), Secs: 3 * 3600, Lat: 52.5, Lon: 13.4, Local: 2 * time.Hour},
			"2024-05-04 23:30", 7200, "", "fit local_timestamp",
		},
		{
			"a watch on Tokyo time in Berlin: the watch's offset",
			synth.FITRun{Start: utc(2024, 3, 30, 22, 30), Secs: 3 * 3600, Lat: 52.5, Lon: 13.4, Local: 9 * time.Hour},
			"2024-03-31 07:30", 9 * 3600, "", "fit local_timestamp",
		},
		{
			"a treadmill across the change: nothing says when the clocks changed",
			synth.FITRun{Start: utc(2024, 3, 30, 22, 30), Secs: 3 * 3600, Local: 2 * time.Hour},
			"2024-03-31 00:30", 7200, "", "fit local_timestamp",
		},
	} {
		c.run.Speed = 2.8
		for _, full := range []bool{false, true} {
			r := NewReader()
			r.fit.full = full
			acts, _, err := r.Bytes("night.fit", fitOf(t, c.run))
			if err != nil || len(acts) != 1 {
				t.Fatalf("%s: %d activities, %v", c.name, len(acts), err)
			}
			a := acts[0]
			if got := a.LocalStart().Format("2006-01-02 15:04"); got != c.wantLocal || a.LocalDate() != c.wantLocal[:10] ||
				a.Zone.Offset != c.wantOffset || a.Zone.Name != c.wantName || a.Zone.From != c.wantFrom {
				t.Errorf("%s (full=%v): starts %s on %s, zone %+v; want %s, offset %d %q from %q",
					c.name, full, got, a.LocalDate(), a.Zone, c.wantLocal, c.wantOffset, c.wantName, c.wantFrom)
			}
		}
	}
}
