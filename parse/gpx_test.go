package parse

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"time"
)

func TestTrkptRoom(t *testing.T) {
	pt := `<trkpt lat="47.5" lon="19.05"><ele>105.0</ele><time>2024-03-05T18:00:00Z</time></trkpt>` + "\n"
	bare := `<trkpt lat="47.5" lon="19.05"/>` + "\n"
	head, tail := "<gpx><trk><trkseg>\n", "</trkseg></trk></gpx>\n"
	cases := []struct {
		name     string
		doc      string
		min, max int // the room must hold every point and spare at most a little
	}{
		{"no points", head + tail, 0, 0},
		{"a few, counted", head + strings.Repeat(pt, 10) + tail, 10, 10},
		{"sixty-four, counted", head + strings.Repeat(pt, 64) + tail, 64, 64},
		{"many alike, estimated", head + strings.Repeat(pt, 5000) + tail, 5000, 5000 + 5000/8},
		{"later points closer: grown by append, not over-reserved", head + strings.Repeat(pt, 100) + strings.Repeat(bare, 3000) + tail, 0, 3100},
		{"later points sparser: a little spare", head + strings.Repeat(bare, 100) + strings.Repeat(pt, 1000) + tail, 1100, 4 * 1100},
	}
	for _, tc := range cases {
		if got := trkptRoom([]byte(tc.doc)); got < tc.min || got > tc.max {
			t.Errorf("%s: room for %d points, want %d-%d", tc.name, got, tc.min, tc.max)
		}
	}
}

// TestDayMemoMatchesTimeDate holds the remembered date to quickTime's first
// form, time.Date of every field then the offset taken off: the same Time
// to the bit (== compares the wall clock, the seconds and the zone), over
// runs of times within a day, across midnights and between bad dates.
func TestDayMemoMatchesTimeDate(t *testing.T) {
	byDate := func(s string) (time.Time, bool) {
		p, err := time.Parse(time.RFC3339Nano, s)
		if err != nil {
			return time.Time{}, false
		}
		_, off := p.Zone()
		y, mo, d := p.Date()
		h, mi, sec := p.Clock()
		return time.Date(y, mo, d, h, mi, sec, p.Nanosecond(), time.UTC).Add(-time.Duration(off) * time.Second), true
	}
	r := rand.New(rand.NewPCG(5, 6))
	var days dayMemo
	at := time.Date(2023, 12, 31, 22, 0, 0, 0, time.UTC)
	zones := []string{"Z", "+01:00", "-04:30", "+05:45", "+00:00"}
	for range 20000 {
		at = at.Add(time.Duration(r.IntN(4000)) * time.Second)
		s := at.Format("2006-01-02T15:04:05")
		if r.IntN(2) == 0 {
			s += fmt.Sprintf(".%03d", r.IntN(1000))
		}
		s += zones[r.IntN(len(zones))]
		got, ok := days.quickTime(s)
		want, wok := byDate(s)
		if got != want || ok != wok {
			t.Fatalf("%s: memo %v %v, time.Date %v %v", s, got, ok, want, wok)
		}
	}
	for _, s := range []string{"2024-04-30T10:00:00Z", "2024-04-31T10:00:00Z", "2024-02-29T10:00:00Z", "2023-02-29T10:00:00Z", "2023-02-28T24:00:00Z", "2023-02-28T10:00:60Z", "2023-02-2xT10:00:00Z"} {
		_, ok := days.quickTime(s)
		_, wok := byDate(s)
		if ok != wok {
			t.Errorf("%s: memo read it %v, time.Parse %v", s, ok, wok)
		}
	}
}
