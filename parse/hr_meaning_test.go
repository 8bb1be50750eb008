package parse

import (
	"path/filepath"
	"testing"
	"time"

	"github.com/runlint/runlint/internal/synth"
)

// Average heart rate has one meaning in every format: over moving time,
// from the samples. A run with a 5-minute stop, written as FIT, GPX and
// TCX, reads the same average in all three; the FIT session's own figure,
// which counts the stop, is not it.
func TestAverageHeartRateMeansTheSameInEveryFormat(t *testing.T) {
	s := synth.Session{
		File: "stop", Kind: "easy", Sport: "running", Start: time.Date(2024, 5, 4, 7, 0, 0, 0, time.UTC),
		Segs: []synth.Segment{
			{Secs: 20 * 60, Pace: 330, HR: 150, Cadence: 85},
			{Secs: 5 * 60, Pace: 0, HR: 90}, // standing at a crossing, the timer running
			{Secs: 20 * 60, Pace: 330, HR: 150, Cadence: 85},
		},
	}
	dir := t.TempDir()
	opt := synth.DefaultOptions()
	session := synth.Record(s, opt.Seed)
	// The stop (90 bpm for 5 of 45 min) pulls the session's figure down
	// by about 6 bpm from the running's 150.
	if session.AvgHR > 145 {
		t.Fatalf("the FIT session states %d bpm: the stop's minutes should pull it under 146", session.AvgHR)
	}
	var first float64
	for _, format := range synth.Formats {
		path := filepath.Join(dir, "stop."+format)
		if err := synth.WriteFile(path, format, s, opt); err != nil {
			t.Fatal(err)
		}
		res := File(path)
		if res.Err != nil || len(res.Activities) != 1 {
			t.Fatalf("%s: %v, %d activities", format, res.Err, len(res.Activities))
		}
		// 150 bpm read with a beat or two of noise and a slow drift.
		tot := res.Activities[0].Totals
		if tot.AvgHR < 149 || tot.AvgHR > 151 || tot.MovingS != 2399 {
			t.Errorf("%s: %v bpm over %v s moving; want 149-151 over 2399 s", format, tot.AvgHR, tot.MovingS)
		}
		if first == 0 {
			first = tot.AvgHR
		} else if tot.AvgHR != first {
			t.Errorf("%s reads %v bpm, the first format %v: one meaning in every format", format, tot.AvgHR, first)
		}
	}
}
