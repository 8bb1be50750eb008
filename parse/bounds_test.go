package parse

import (
	"math"
	"slices"
	"testing"
	"time"

	"github.com/muktihari/fit/profile/mesgdef"

	"github.com/runlint/runlint/activity"
	"github.com/runlint/runlint/internal/synth"
)

// hugeTCX is a 10-minute run whose one lap states 1e300 m in 1e300 s, and
// heart rates of 900 and 1e9 bpm: before the bounds it printed a 300-digit
// distance and a timer of -153722867280912930 hours.
const hugeTCX = `<?xml version="1.0" encoding="UTF-8"?>
<TrainingCenterDatabase xmlns="http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2">
<Activities><Activity Sport="Running"><Id>2024-05-04T07:00:00Z</Id>
<Lap StartTime="2024-05-04T07:00:00Z"><TotalTimeSeconds>1e300</TotalTimeSeconds><DistanceMeters>1e300</DistanceMeters>
<AverageHeartRateBpm><Value>900</Value></AverageHeartRateBpm><MaximumHeartRateBpm><Value>1e9</Value></MaximumHeartRateBpm>
<Track>
<Trackpoint><Time>2024-05-04T07:00:00Z</Time><Position><LatitudeDegrees>45.0</LatitudeDegrees><LongitudeDegrees>7.0</LongitudeDegrees></Position><DistanceMeters>0</DistanceMeters><HeartRateBpm><Value>140</Value></HeartRateBpm></Trackpoint>
<Trackpoint><Time>2024-05-04T07:10:00Z</Time><Position><LatitudeDegrees>45.0162</LatitudeDegrees><LongitudeDegrees>7.0</LongitudeDegrees></Position><DistanceMeters>1800</DistanceMeters><HeartRateBpm><Value>142</Value></HeartRateBpm></Trackpoint>
</Track></Lap></Activity></Activities></TrainingCenterDatabase>`

// Totals a file states past physical bounds are replaced by the samples'
// (or left out where they have none), each with a data warning saying what
// replaced what; figures within the bounds are the file's.
func TestTotalsHeldToPhysicalBounds(t *testing.T) {
	start := time.Date(2024, 5, 4, 7, 0, 0, 0, time.UTC)
	hour := synth.FITRun{Start: start, Secs: 3600, Speed: 3, HR: 140, Local: 2 * time.Hour}
	fast := hour
	fast.Session = func(s *mesgdef.Session) { s.SetTotalDistanceScaled(1e7) } // 10,000 km in an hour
	hearts := hour
	hearts.Session = func(s *mesgdef.Session) { s.SetAvgHeartRate(245).SetMaxHeartRate(252) }
	noSamples := hour
	noSamples.NoRecords = true
	noSamples.Session = func(s *mesgdef.Session) {
		s.SetTimestamp(start.Add(-10 * time.Second)).SetTotalElapsedTimeScaled(float64(1<<32-10_000) / 1000).
			SetTotalTimerTimeScaled(float64(1<<32-10_000) / 1000)
	}
	for _, c := range []struct {
		name  string
		file  string
		data  []byte
		want  activity.Totals
		warns []string
	}{
		{
			"a FIT session that ends before it starts: 1,193 h was moving time",
			"wrapped.fit", oddFIT(t, "ends-before-start"),
			activity.Totals{DistanceM: 7200, DistanceFrom: "session", MovingS: 2400, ElapsedS: 2400, AvgHR: 140, MaxHR: 140},
			[]string{
				"the file's elapsed time 1193:02:37 replaced by the samples' span 40:00: longer than 30 days, which no activity lasts; the session ends (2024-05-04T06:59:50Z) before it starts (2024-05-04T07:00:00Z), a negative time read as unsigned",
				"the file's timer time 1193:02:37 left out: longer than 30 days, which no activity lasts; the session ends (2024-05-04T06:59:50Z) before it starts (2024-05-04T07:00:00Z), a negative time read as unsigned; moving time is worked out from the samples",
			},
		},
		{
			"the same with no records: nothing to take the times from",
			"wrapped-summary.fit", fitOf(t, noSamples),
			activity.Totals{DistanceM: 10800, DistanceFrom: "session", AvgHR: 140, MaxHR: 150},
			[]string{
				"no samples: the file holds a session and no records, so its totals are the session's own, unchecked, with no pace, heart rate or track over time",
				"the file's elapsed time 1193:02:37 left out: longer than 30 days, which no activity lasts; the session ends (2024-05-04T06:59:50Z) before it starts (2024-05-04T07:00:00Z), a negative time read as unsigned",
				"the file's timer time 1193:02:37 left out: longer than 30 days, which no activity lasts; the session ends (2024-05-04T06:59:50Z) before it starts (2024-05-04T07:00:00Z), a negative time read as unsigned; moving time is worked out from the samples",
				"only 0 points and no totals in the file: too little to measure",
			},
		},
		{
			"a FIT session of 10,000 km in an hour",
			"fast.fit", fitOf(t, fast),
			activity.Totals{DistanceM: 10800, DistanceFrom: "distance stream", MovingS: 3600, ElapsedS: 3600, TimerS: 3600, AvgHR: 140, MaxHR: 140},
			[]string{"the file's distance 10000000 m replaced by the samples' 10800 m: faster than any vehicle (400 km/h) over 1:00:00"},
		},
		{
			"a FIT session's heart rates over 240 bpm",
			"hearts.fit", fitOf(t, hearts),
			activity.Totals{DistanceM: 10800, DistanceFrom: "session", MovingS: 3600, ElapsedS: 3600, TimerS: 3600, AvgHR: 140, MaxHR: 140},
			[]string{
				"the file's average heart rate 245 bpm replaced by the samples' moving average: faster than any heart beats (240 bpm)",
				"the file's maximum heart rate 252 bpm replaced by the samples' highest 140 bpm: faster than any heart beats (240 bpm)",
			},
		},
		{
			"a TCX lap of 1e300 m in 1e300 s",
			"huge.tcx", []byte(hugeTCX),
			activity.Totals{DistanceM: 1800, DistanceFrom: "distance stream", MovingS: 600, ElapsedS: 600, AvgHR: 142, MaxHR: 142, Laps: 1},
			[]string{
				"the file's timer time 1e+300 s left out: longer than 30 days, which no activity lasts; moving time is worked out from the samples",
				"the file's distance 1e+300 m replaced by the samples' 1800 m: faster than any vehicle (400 km/h) over 10:00",
				"the file's laps state 5 figures past physical bounds (a time over 30 days, faster than 400 km/h, a heart rate over 240 bpm): left out",
				"only 2 points and no totals in the file: too little to measure",
			},
		},
		{
			"an hour's run within every bound: the file's own figures (heart rate the samples')",
			"hour.fit", fitOf(t, hour),
			activity.Totals{DistanceM: 10800, DistanceFrom: "session", MovingS: 3600, ElapsedS: 3600, TimerS: 3600, AvgHR: 140, MaxHR: 140},
			nil,
		},
	} {
		acts, _, err := NewReader().Bytes(c.file, c.data)
		if err != nil || len(acts) != 1 {
			t.Fatalf("%s: %d activities, %v", c.name, len(acts), err)
		}
		a := acts[0]
		if a.Totals != c.want {
			t.Errorf("%s: totals\n%+v, want\n%+v", c.name, a.Totals, c.want)
		}
		var got []string
		for _, w := range a.Warnings {
			if w.Kind != activity.DataWarning {
				t.Errorf("%s: %q is not a data warning", c.name, w.Text)
			}
			got = append(got, w.Text)
		}
		if !slices.Equal(got, c.warns) {
			t.Errorf("%s: warnings\n%q, want\n%q", c.name, got, c.warns)
		}
		for _, l := range a.Laps {
			for _, v := range []float64{l.DistanceM, l.TimerS, l.ElapsedS, l.AvgHR, l.MaxHR} {
				if math.IsNaN(v) || v < 0 || v > maxActivity*activity.MaxGPSSpeed {
					t.Errorf("%s: lap %+v", c.name, l)
				}
			}
		}
	}
}
