package parse

import (
	"math"
	"strings"
	"testing"
	"time"

	"github.com/runlint/runlint/activity"
)

// The moving-time rule is the same for every format (finish): a gap of
// hours is never moving time, even where a device's timer ran through it,
// as a phone's timer did through 7 h 53 min of a 29-km run
// (block-shaonianche-applewatch-2021/2021-03-26-210011.fit read as 11:57:52).
func TestGapOfHoursIsNeverMoving(t *testing.T) {
	t0 := time.Date(2024, 5, 1, 6, 0, 0, 0, time.UTC)
	before := track(t0, repeat(3, 601))                 // 10 min at 3 m/s
	after := track(t0.Add(5*time.Hour), repeat(3, 601)) // 5 h later, 10 min more
	for i := range after {
		after[i].DistM = before[len(before)-1].DistM + float64(i)*3 // the device's distance stands still through the gap
		after[i].Cadence = 85                                       // running again: no proof of the 5 h before
	}
	for _, tc := range []struct {
		name  string
		timer float64
	}{
		{"no timer (GPX, TCX without laps)", math.NaN()},
		{"a timer that ran through the gap (a phone left recording)", 5*3600 + 1200},
		{"a timer that stopped for it", 1200},
	} {
		a := &activity.Activity{Samples: append(append([]activity.Sample{}, before...), after...), Sport: "running"}
		st := unstated()
		st.timer = tc.timer
		finish(a, st)
		if a.Totals.MovingS != 1200 || a.Totals.ElapsedS != 5*3600+600 || a.Totals.DistanceM != 3600 {
			t.Errorf("%s: moving %v s, elapsed %v s, %v m; want 1200 s, 18600 s, 3600 m", tc.name, a.Totals.MovingS, a.Totals.ElapsedS, a.Totals.DistanceM)
		}
		const w = "1 gap of over 3 h between two points (4 h 50 min in all) left out: no moving time or distance across them"
		if !strings.Contains(warningText(a), w) {
			t.Errorf("%s: warnings %q, want %q", tc.name, warningText(a), w)
		}
	}
}

// A pause (a segment or track break, the timer stopped) and a gap of hours
// carry no distance from positions or from speed: what the runner did in
// between (a bus, a car) is not the run.
func TestNoDistanceAcrossAPause(t *testing.T) {
	t0 := time.Date(2024, 5, 1, 6, 0, 0, 0, time.UTC)
	var s []activity.Sample
	for i := range 20 {
		at := t0.Add(time.Duration(10*i) * time.Second)
		if i >= 10 {
			at = at.Add(20 * time.Minute) // a 20-min pause after the tenth point
		}
		p := activity.NewSample(at)
		p.Lat, p.Lon = 47.5+float64(i)*30/111195.08, 19.05 // 30 m a step
		if i >= 10 {
			p.Lat += 6000 / 111195.08 // 6 km on, by bus
		}
		p.SpeedMS = 3
		s = append(s, p)
	}
	pause := []activity.Pause{{From: s[9].Time, To: s[10].Time}}
	cum, jumps := fromPositions(s, activity.MaxRunSpeed, pause)
	if got := cum[len(cum)-1]; math.Abs(got-18*30) > 0.5 || jumps != 0 {
		t.Errorf("positions: %.1f m, %d jumps; want 540 m, 0", got, jumps)
	}
	speed := fromSpeed(s, pause)
	if got := speed[len(speed)-1]; got != 18*30 {
		t.Errorf("speed: %.1f m; want 540 m", got)
	}
	if got := fromSpeed(s, nil); got[len(got)-1] != 18*30+1210*3 {
		t.Errorf("speed without the pause: %.1f m; want the 20 min at 3 m/s counted", got[len(got)-1])
	}
}

// A foot cadence shows progress over one sample interval, not a gap: a
// runner standing for a minute at a crossing with sparse records, then
// running on, stood still for that minute.
func TestCadenceSpeaksForItsInterval(t *testing.T) {
	for _, tc := range []struct {
		dt   float64
		cad  uint8
		want bool
	}{
		{1, 85, true}, {10, 85, true}, {11, 85, false}, {3600, 85, false}, {1, 39, false}, {1, 40, true},
	} {
		if got := activity.CadenceMoves(tc.cad, tc.dt); got != tc.want {
			t.Errorf("CadenceMoves(%d, %v s) = %v, want %v", tc.cad, tc.dt, got, tc.want)
		}
	}
	if !activity.IsGap(3*3600+1) || activity.IsGap(3*3600) || activity.IsGap(2*3600+15*60) {
		t.Error("IsGap: a gap is more than 3 h; the 2 h 15 min of a phone's sparse log is none")
	}
}

func TestWordSpan(t *testing.T) {
	for secs, want := range map[float64]string{
		3 * 3600: "3 h", 3*3600 + 60*7: "3 h 7 min", 9*86400 + 2*3600 + 50*60: "9 days 2 h", 86400: "1 day", 2 * 86400: "2 days",
	} {
		if got := wordSpan(secs); got != want {
			t.Errorf("wordSpan(%v) = %q, want %q", secs, got, want)
		}
	}
}
