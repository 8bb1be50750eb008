package check

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/runlint/runlint/activity"
	"github.com/runlint/runlint/parse"
)

// An activity of the table below: where it starts (UTC) and the zone its
// file gave it.
func zoned(start string, z activity.Zone) *activity.Activity {
	t, err := time.Parse(time.RFC3339, start)
	if err != nil {
		panic(err)
	}
	return &activity.Activity{Start: t, Zone: z}
}

var (
	berlin   = activity.Zone{Offset: 3600, Name: "Europe/Berlin", From: parse.ZoneFromPosition}
	auckland = activity.Zone{Offset: 13 * 3600, Name: "Pacific/Auckland", From: parse.ZoneFromPosition}
	fitFive  = activity.Zone{Offset: -5 * 3600, From: parse.ZoneFromFIT}
)

// Issue 25, item 5: an activity whose file says nothing of its zone takes
// the zone of the runner's activity nearest in time, at its own start.
func TestPlaceZones(t *testing.T) {
	for _, tc := range []struct {
		name  string
		block []*activity.Activity // the last is the one asked about
		want  activity.Zone
		date  string
		warn  string
	}{
		{
			"a treadmill run between two GPS runs takes the nearer's zone",
			[]*activity.Activity{zoned("2024-03-01T07:00:00Z", berlin), zoned("2024-03-20T07:00:00Z", auckland), zoned("2024-03-18T11:30:00Z", activity.Zone{})},
			activity.Zone{Offset: 13 * 3600, Name: "Pacific/Auckland", From: ZoneFromNearest},
			"2024-03-19", "",
		},
		{
			"at its own start: Berlin's summer time began in between",
			[]*activity.Activity{zoned("2024-03-30T07:00:00Z", berlin), zoned("2024-04-02T22:30:00Z", activity.Zone{})},
			activity.Zone{Offset: 7200, Name: "Europe/Berlin", From: ZoneFromNearest},
			"2024-04-03", "",
		},
		{
			"two as near: the earlier",
			[]*activity.Activity{zoned("2024-03-01T12:00:00Z", berlin), zoned("2024-03-03T12:00:00Z", auckland), zoned("2024-03-02T12:00:00Z", activity.Zone{})},
			activity.Zone{Offset: 3600, Name: "Europe/Berlin", From: ZoneFromNearest},
			"2024-03-02", "",
		},
		{
			"a FIT file's offset, which has no name, is taken as it is",
			[]*activity.Activity{zoned("2024-07-01T12:00:00Z", fitFive), zoned("2024-07-02T03:00:00Z", activity.Zone{})},
			activity.Zone{Offset: -5 * 3600, From: ZoneFromNearest},
			"2024-07-01", "",
		},
		{
			"the block comes before the offset on the file's times",
			[]*activity.Activity{zoned("2024-04-10T16:00:00Z", activity.Zone{Offset: 7200, Name: "Europe/Warsaw", From: parse.ZoneFromPosition}), zoned("2024-04-10T23:30:00Z", activity.Zone{Offset: 3600, From: parse.ZoneFromOffset})},
			activity.Zone{Offset: 7200, Name: "Europe/Warsaw", From: ZoneFromNearest},
			"2024-04-11", "",
		},
		{
			"alone, the offset on its times stands",
			[]*activity.Activity{zoned("2024-03-06T11:30:00Z", activity.Zone{Offset: 13 * 3600, From: parse.ZoneFromOffset})},
			activity.Zone{Offset: 13 * 3600, From: parse.ZoneFromOffset},
			"2024-03-07", "",
		},
		{
			"alone and silent: UTC, said",
			[]*activity.Activity{zoned("2024-03-06T11:30:00Z", activity.Zone{})},
			activity.Zone{Name: "UTC", From: ZoneFromNone},
			"2024-03-06", "no time zone: the file has no position, no local time and no offset on its times",
		},
		{
			"only other silent files: UTC",
			[]*activity.Activity{zoned("2024-03-05T11:30:00Z", activity.Zone{}), zoned("2024-03-06T11:30:00Z", activity.Zone{})},
			activity.Zone{Name: "UTC", From: ZoneFromNone},
			"2024-03-06", "dated in UTC",
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res := []parse.Result{{Path: "a", Activities: tc.block[:len(tc.block)-1]}, {Path: "b", Activities: tc.block[len(tc.block)-1:]}}
			placeZones(res)
			a := tc.block[len(tc.block)-1]
			if a.Zone != tc.want || a.LocalDate() != tc.date {
				t.Errorf("zone %+v, date %s; want %+v, %s", a.Zone, a.LocalDate(), tc.want, tc.date)
			}
			got := ""
			for _, w := range a.Warnings {
				got += w.Text
			}
			if tc.warn == "" && got != "" || !strings.Contains(got, tc.warn) {
				t.Errorf("warnings %q, want %q", got, tc.warn)
			}
		})
	}
	// Zones a file states are its own, whatever its neighbours say.
	own := zoned("2024-03-02T12:00:00Z", fitFive)
	placeZones([]parse.Result{{Activities: []*activity.Activity{zoned("2024-03-02T12:10:00Z", berlin), own}}})
	if own.Zone != fitFive {
		t.Errorf("a FIT file's own zone became %+v", own.Zone)
	}
}

// A check of a block dates a treadmill run by the block, cold and from the
// cache alike: the date is not cached, and the machine's zone is not asked
// (testdata/script/gpxtcx.txtar runs the command under three TZ).
func TestTreadmillDatedByItsBlock(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"treadmill.tcx", "segment-break-bus-ride.gpx"} {
		b, err := os.ReadFile(filepath.Join("../testdata/gpxtcx", name))
		if err != nil {
			t.Fatal(err)
		}
		os.WriteFile(filepath.Join(dir, name), b, 0o644)
	}
	alone := filepath.Join(dir, "treadmill.tcx")
	inBlock := activity.Zone{Offset: 13 * 3600, Name: "Pacific/Auckland", From: ZoneFromNearest}
	for _, tc := range []struct {
		paths []string
		zone  activity.Zone
		date  string
	}{
		{[]string{dir}, inBlock, "2024-03-07"},                                          // cold
		{[]string{alone}, activity.Zone{Name: "UTC", From: ZoneFromNone}, "2024-03-06"}, // from the cache, alone
		{[]string{dir}, inBlock, "2024-03-07"},                                          // from the cache, in its block
	} {
		res, err := Read(tc.paths, Options{Cache: true, CacheDir: filepath.Join(dir, ".cache")})
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range res {
			if filepath.Base(r.Path) != "treadmill.tcx" {
				continue
			}
			if a := r.Activities[0]; a.Zone != tc.zone || a.LocalDate() != tc.date {
				t.Errorf("%v: zone %+v, date %s; want %+v, %s", tc.paths, a.Zone, a.LocalDate(), tc.zone, tc.date)
			}
		}
	}
}
