package digest

import (
	"math"
	"testing"
	"time"

	"github.com/runlint/runlint/activity"
)

// steadyRun is a run of n seconds at v m/s with its distance stream, totals
// and track set as a reader sets them.
func steadyRun(n int, v float64, alt func(distM float64, i int) float64) *activity.Activity {
	t0 := time.Date(2024, 5, 1, 6, 0, 0, 0, time.UTC)
	a := &activity.Activity{Sport: "running"}
	cum := make([]float64, n)
	for i := range n {
		s := activity.NewSample(t0.Add(time.Duration(i) * time.Second))
		s.DistM, s.HR = v*float64(i), 150
		s.AltM = alt(s.DistM, i)
		cum[i] = s.DistM
		a.Samples = append(a.Samples, s)
	}
	a.ScanFlags()
	a.Totals = activity.Totals{DistanceM: cum[n-1], MovingS: float64(n - 1), ElapsedS: float64(n - 1), DistanceFrom: "distance stream"}
	a.Track = activity.Track{Cum: cum, From: "distance stream"}
	return a
}

func TestGradeAdjustedPace(t *testing.T) {
	// 3.6 km at 3 m/s, climbing 4 % all the way.
	a := steadyRun(1201, 3, func(d float64, _ int) float64 { return 100 + 0.04*d })
	d := Of(a)
	want := a.PaceSPerKm() / (minetti(0.04) / minetti(0))
	if g := d.GAPPace; math.Abs(g-want) > 1 || g >= a.PaceSPerKm() {
		t.Fatalf("GAP %.1f s/km, pace %.1f, want %.1f", g, a.PaceSPerKm(), want)
	}
	// Altitude that jumps 40 m between samples is GPS noise, not a hill: no GAP.
	b := steadyRun(1201, 3, func(_ float64, i int) float64 { return 100 + float64(i%2)*80 })
	if g := Of(b).GAPPace; g != 0 {
		t.Fatalf("GAP %.1f on untrustworthy elevation", g)
	}
}

func TestBucketsAddUp(t *testing.T) {
	a := steadyRun(601, 3.2, func(d float64, _ int) float64 { return 100 })
	d := Of(a)
	s, err := d.Series()
	if err != nil {
		t.Fatal(err)
	}
	var secs, dist float64
	for _, b := range s.Buckets {
		secs += b.Secs()
		dist += b.DistM()
		if alt, ok := b.Alt(); !ok || math.Abs(alt-100) > 0.2 {
			t.Fatalf("bucket altitude %.1f %v", alt, ok)
		}
	}
	if d.Buckets != 60 || math.Abs(secs-600) > 0.5 || math.Abs(dist-a.Totals.DistanceM) > 1 {
		t.Errorf("%d buckets, %.1f s, %.1f m; want 60, 600 s, %.1f m", d.Buckets, secs, dist, a.Totals.DistanceM)
	}
	if d.HRCover != 1 || d.PeakHR != 150 {
		t.Errorf("HR cover %.2f, peak %.0f", d.HRCover, d.PeakHR)
	}
}

// TestHRCoverOfAShortRecord: heart rate over the whole of a 6-min record
// covers 6 min of a run whose totals say 2:23 h moving, not all of it.
func TestHRCoverOfAShortRecord(t *testing.T) {
	a := steadyRun(361, 3.2, func(d float64, _ int) float64 { return 100 })
	a.Totals.MovingS = 143 * 60
	if d := Of(a); math.Abs(d.HRCover-360.0/(143*60)) > 0.01 {
		t.Errorf("HR cover %.3f, want %.3f", d.HRCover, 360.0/(143*60))
	}
}
