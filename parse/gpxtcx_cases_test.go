package parse

import (
	"errors"
	"math"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/runlint/runlint/activity"
)

// readCase reads one of the synthetic inputs of testdata/gpxtcx, written
// for issue 25 (each file says in its name what it holds).
func readCase(t *testing.T, name string) Result {
	t.Helper()
	return File(filepath.Join("../testdata/gpxtcx", name))
}

// want is what a careful reader says one activity of a file reads to.
type want struct {
	name, sport   string
	start         string  // UTC, RFC 3339
	km            float64 // to the metre
	moving        float64 // seconds
	elapsed       float64
	warn, notWarn string // a warning it carries ("" for none asked), one it must not
}

func (w want) check(t *testing.T, a *activity.Activity) {
	t.Helper()
	got := a.Start.UTC().Format(time.RFC3339)
	if a.Name != w.name || a.Sport != w.sport || got != w.start {
		t.Errorf("name %q sport %s start %s; want %q %s %s", a.Name, a.Sport, got, w.name, w.sport, w.start)
	}
	if math.Abs(a.Totals.DistanceM-w.km*1000) > 1 || a.Totals.MovingS != w.moving || a.Totals.ElapsedS != w.elapsed {
		t.Errorf("%s: %.1f m, moving %v s, elapsed %v s; want %.0f m, %v s, %v s",
			w.name, a.Totals.DistanceM, a.Totals.MovingS, a.Totals.ElapsedS, w.km*1000, w.moving, w.elapsed)
	}
	ws := warningText(a)
	if w.warn != "" && !strings.Contains(ws, w.warn) {
		t.Errorf("%s: no warning %q in %q", w.name, w.warn, ws)
	}
	if w.notWarn != "" && strings.Contains(ws, w.notWarn) {
		t.Errorf("%s: warning %q in %q", w.name, w.notWarn, ws)
	}
}

// Issue 25, items 2, 3 and 4: what the line across a segment break, several
// tracks in one file, and points days apart in one track read to.
func TestGPXTracksSegmentsAndGaps(t *testing.T) {
	for _, tc := range []struct {
		file string
		want []want
	}{{
		// A run of 4.32 km, a bus ride of 6 km with the watch paused (a new
		// segment), a run home of 4.41 km: 8.73 km at 5:33/km, not 14.73 km
		// at 3:22/km, and the 20 minutes on the bus are no moving time.
		"segment-break-bus-ride.gpx", []want{
			{"Run, bus, run home", "running", "2024-03-05T18:00:00Z", 8.730, 1440 + 1470, 4110, "", "jump"},
		},
	}, {
		// Two runs and a ride on three days: three activities, each with its
		// own name, type, date and numbers, not one of 13 days and 23.1 km.
		"three-tracks.gpx", []want{
			{"Tempo Tuesday", "running", "2024-03-04T18:00:00Z", 4.800, 1200, 1200, "", ""},
			{"Long Saturday", "running", "2024-03-15T20:00:00Z", 10.800, 3600, 3600, "", ""},
			{"Spin home", "cycling", "2024-03-16T19:00:00Z", 7.500, 900, 900, "", ""},
		},
	}, {
		// Strava's GPX of two recordings 9 days apart, one segment, a
		// cadence on every point: two runs of 1.6 km in 10:00, not one of
		// 216 h whose first point after the gap "moved" by its cadence.
		"two-recordings-9-days-apart.gpx", []want{
			{
				"Morning Run", "running", "2024-03-01T18:30:00Z", 1.600, 600, 600,
				"the track's points are more than 3 h apart (8 days 23 h from 2024-03-01 18:40 UTC): read as 2 activities, this is part 1", "",
			},
			{"Morning Run", "running", "2024-03-10T18:30:00Z", 1.600, 600, 600, "this is part 2", ""},
		},
	}, {
		// 40 minutes at a café with the watch auto-paused (no points), then
		// running on: the first point after the stop has a cadence, which
		// speaks for the seconds before it, not the 40 minutes.
		"cafe-stop.gpx", []want{
			{"Coffee run", "running", "2024-03-09T18:00:00Z", 7.200, 2400, 4800, "", ""},
		},
	}} {
		t.Run(tc.file, func(t *testing.T) {
			res := readCase(t, tc.file)
			if res.Err != nil || len(res.Activities) != len(tc.want) {
				t.Fatalf("%d activities, err %v; want %d", len(res.Activities), res.Err, len(tc.want))
			}
			for i, w := range tc.want {
				if res.Activities[i].Source.Session != i {
					t.Errorf("activity %d is session %d", i, res.Activities[i].Source.Session)
				}
				w.check(t, res.Activities[i])
			}
		})
	}
}

// Issue 25, item 4, in TCX: a treadmill left recording through 5 hours in
// one track, its laps' timer running throughout. The laps state one
// activity, so it stays one; the 5 hours are no moving time.
func TestTCXGapOfHoursIsNoMovingTime(t *testing.T) {
	res := readCase(t, "gap-of-hours.tcx")
	if res.Err != nil || len(res.Activities) != 1 {
		t.Fatalf("%d activities, err %v", len(res.Activities), res.Err)
	}
	a := res.Activities[0]
	if a.Totals.TimerS != 20400 {
		t.Fatalf("timer %v s, want the laps' 20400", a.Totals.TimerS)
	}
	want{
		"", "running", "2024-03-12T06:00:00Z", 6.800, 2400, 20400,
		"1 gap of over 3 h between two points (5 h in all) left out: no moving time or distance across them", "",
	}.check(t, a)
}

// Issue 25, item 10: Strava's GPX of an activity recorded without GPS holds
// only its start time: a skip with its reason, not an error.
func TestGPXWithoutPointsIsSkipped(t *testing.T) {
	res := readCase(t, "no-gps-strava.gpx")
	const reason = "GPX with no track points: an activity recorded without GPS (a treadmill, a pool swim, an indoor session); started 2024-03-07 06:00 UTC; nothing to analyse"
	if res.Err != nil || res.Skipped != reason || len(res.Activities) != 0 {
		t.Fatalf("err %v, skipped %q; want skipped %q", res.Err, res.Skipped, reason)
	}
	for _, tc := range []struct{ doc, reason string }{
		{
			`<gpx><trk><name>Pool</name><type>swimming</type><trkseg/></trk></gpx>`,
			"GPX swimming track with no track points: an activity recorded without GPS (a treadmill, a pool swim, an indoor session); nothing to analyse",
		},
		{`<gpx/>`, "GPX with no track points: an activity recorded without GPS (a treadmill, a pool swim, an indoor session); nothing to analyse"},
	} {
		_, err := readGPX("x.gpx", []byte(tc.doc))
		if !errors.Is(err, errNoData) || err.Error() != tc.reason {
			t.Errorf("%s: %v; want %q", tc.doc, err, tc.reason)
		}
	}
	// Cut before its first point, a file is damaged: an error, not a skip.
	if _, err := readGPX("x.gpx", []byte(`<gpx><trk><trkseg><trkpt lat="1" lon="2"><ti`)); err == nil || errors.Is(err, errNoData) {
		t.Errorf("a cut file read as %v", err)
	}
}

// A real file of several tracks: a Garmin handheld's two logs of one hike
// (gpxgo's korita-zbevnica.gpx, Apache-2.0), 4 min 48 s apart, its two
// untimed tracks (the routes it was following) left out. Each log is an
// activity, as Runalyze reads the file; the line between them is no one's.
func TestGPXTracksOfARealFile(t *testing.T) {
	res := File("../testdata/corpus/devices/gpxgo/korita-zbevnica.gpx")
	if res.Err != nil || len(res.Activities) != 2 {
		t.Fatalf("%d activities, err %v; want 2", len(res.Activities), res.Err)
	}
	for i, w := range []struct {
		name, start string
		m           float64
	}{{"ACTIVE LOG", "2010-10-03T09:36:30Z", 2282.0}, {"ACTIVE LOG #2", "2010-10-03T10:57:10Z", 3979.5}} {
		a := res.Activities[i]
		if a.Name != w.name || a.Start.UTC().Format(time.RFC3339) != w.start || math.Abs(a.Totals.DistanceM-w.m) > 0.5 || a.Zone.Name != "Europe/Zagreb" {
			t.Errorf("activity %d: %q %s %.1f m %s; want %q %s %.1f m Europe/Zagreb", i, a.Name, a.Start.UTC().Format(time.RFC3339), a.Totals.DistanceM, a.Zone.Name, w.name, w.start, w.m)
		}
	}
}
