package parse

import (
	"testing"

	"github.com/runlint/runlint/activity"
)

// What the file itself says of its zone (issue 25, item 5): a position
// first, else the offset written on its times, else nothing (package check
// places it from the runner's block; never the machine's zone).
func TestZoneFromTheFile(t *testing.T) {
	for _, tc := range []struct {
		file string
		want activity.Zone
		date string
	}{
		// Treadmill runs: no position. Times in UTC say nothing ...
		{"treadmill.tcx", activity.Zone{}, "2024-03-06"},
		// ... times written at +13:00 are a hint: 00:30 the next day.
		{"treadmill-offset.tcx", activity.Zone{Offset: 13 * 3600, From: ZoneFromOffset}, "2024-03-07"},
		// A position wins over anything written on the times.
		{"segment-break-bus-ride.gpx", activity.Zone{Offset: 13 * 3600, Name: "Pacific/Auckland", From: ZoneFromPosition}, "2024-03-06"},
	} {
		res := readCase(t, tc.file)
		if res.Err != nil || len(res.Activities) != 1 {
			t.Fatalf("%s: %d activities, err %v", tc.file, len(res.Activities), res.Err)
		}
		a := res.Activities[0]
		if a.Zone != tc.want || a.LocalDate() != tc.date {
			t.Errorf("%s: zone %+v, date %s; want %+v, %s", tc.file, a.Zone, a.LocalDate(), tc.want, tc.date)
		}
	}
	// Polar writes +01:00 on a run in Kraków in April, when Poland is at
	// +02:00 (Runalyze's Wrong-time-zone-by-polar.tcx): the position says so.
	const polar = `<TrainingCenterDatabase><Activities><Activity Sport="Running"><Lap StartTime="2016-04-10T18:40:58+01:00"><Track>
<Trackpoint><Time>2016-04-10T18:40:59+01:00</Time><Position><LatitudeDegrees>50.0782</LatitudeDegrees><LongitudeDegrees>20.0516</LongitudeDegrees></Position></Trackpoint>
<Trackpoint><Time>2016-04-10T18:41:09+01:00</Time><Position><LatitudeDegrees>50.0791</LatitudeDegrees><LongitudeDegrees>20.0516</LongitudeDegrees></Position></Trackpoint>
</Track></Lap></Activity></Activities></TrainingCenterDatabase>`
	acts, err := readTCX("polar.tcx", []byte(polar))
	if err != nil {
		t.Fatal(err)
	}
	if z := acts[0].Zone; z.Name != "Europe/Warsaw" || z.Offset != 7200 || z.From != ZoneFromPosition || acts[0].LocalStart().Format("15:04") != "19:40" {
		t.Errorf("polar: zone %+v, start %s; want Europe/Warsaw +7200 from its position, 19:40", z, acts[0].LocalStart().Format("15:04"))
	}
}

func TestOffsetHint(t *testing.T) {
	for text, want := range map[string]int{
		"2024-03-07T00:30:00+13:00": 13 * 3600, "2024-05-01T06:00:00.5-04:30": -(4*3600 + 30*60), "2024-05-01T06:00:00+05:45": 5*3600 + 45*60,
		"2024-05-01T06:00:00Z": 0, "2024-05-01T06:00:00+00:00": 0, "2024-05-01T06:00:00": 0, "2024-05-01T06:00:00+0200": 0, "+1x:00": 0, "": 0,
	} {
		var h offsetHint
		h.read([]byte(text))
		if h.secs != want || h.ok != (want != 0) {
			t.Errorf("%q: %+v, want %d s", text, h, want)
		}
	}
	// The first offset a file writes is the one it keeps.
	var h offsetHint
	for _, s := range []string{"2024-05-01T06:00:00Z", "2024-05-01T08:00:00+02:00", "2024-05-01T09:00:00+03:00"} {
		h.read([]byte(s))
	}
	if h.secs != 7200 {
		t.Errorf("kept %d s, want the first offset, 7200", h.secs)
	}
}
