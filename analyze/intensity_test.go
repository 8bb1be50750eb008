package analyze

import (
	"math"
	"strings"
	"testing"

	"github.com/runlint/runlint/activity"
)

// TestTRIMPByHand holds Banister's TRIMP to a week worked out by hand: HRmax
// 190, resting 60. Ten minutes at 150 bpm: HRr = 90/130 = 0.6923, a minute
// scores 0.6923 x 0.64 x e^(1.92 x 0.6923) = 1.6737, ten 16.737. Ten more at
// 120 bpm: HRr 0.4615, 0.4615 x 0.64 x e^0.8862 = 0.7164 a minute, 7.164.
func TestTRIMPByHand(t *testing.T) {
	c := &classifier{icfg: Defaults().Intensity, maxHR: 190, restHR: 60}
	r := testRun("2024-01-01", 20, 4, nil)
	r.WithHR, r.Digest.HRCover = true, 1
	bs := append(steadyBuckets(600, 3, 150, 80, math.NaN()), steadyBuckets(600, 3, 120, 80, math.NaN())...)
	in := c.intensity(r, &view{Series: activity.Series{Buckets: bs}}, 330)
	if want := 16.737 + 7.164; math.Abs(in.Load-want) > 0.01 || in.LoadFrom != "heart rate" {
		t.Errorf("TRIMP %.3f from %s, want %.3f", in.Load, in.LoadFrom, want)
	}
	// 150 bpm is 79 % of 190: below the aerobic threshold (82 %), as is 120.
	if in.Zones != [3]float64{1200, 0, 0} {
		t.Errorf("zones %v", in.Zones)
	}
	c.icfg.TRIMP, c.trimpTable = "female", nil // 0.86 x e^(1.67 HRr)
	f := c.intensity(r, &view{Series: activity.Series{Buckets: bs}}, 330)
	want := 10 * (0.6923*0.86*math.Exp(1.67*0.6923) + 0.4615*0.86*math.Exp(1.67*0.4615))
	if math.Abs(f.Load-want) > 0.02 {
		t.Errorf("female TRIMP %.3f, want %.3f", f.Load, want)
	}
}

func TestZonesAndTrust(t *testing.T) {
	c := &classifier{icfg: Defaults().Intensity, maxHR: 200}
	hr := func(v float64, secs float64) []activity.Bucket { return steadyBuckets(secs, 3, v, 83, math.NaN()) } // 166 steps a minute: no HR here is twice it
	bs := append(append(hr(150, 600), hr(170, 300)...), hr(180, 100)...)                                       // under 82 %, 82-87 %, over 87 %
	r := testRun("2024-01-01", 1000.0/60, 3, nil)
	r.WithHR, r.Digest.HRCover = true, 1
	in := c.intensity(r, &view{Series: activity.Series{Buckets: bs}}, 330)
	if in.Zones != [3]float64{600, 300, 100} || math.Abs(in.AboveAeT()-0.4) > 1e-9 || in.ZonesFrom != "heart rate" {
		t.Errorf("zones %v from %s", in.Zones, in.ZonesFrom)
	}
	// Heart rate locked on cadence, following it, decides nothing: zones by pace instead.
	r.Digest.CadenceLock, r.Digest.CadenceFollow = 0.6, 0.9
	in = c.intensity(r, &view{Series: activity.Series{Buckets: bs}}, 330)
	if in.ZonesFrom != "pace" || !strings.Contains(in.HRTrust, "follows step cadence (their changes correlate at 0.90) and equals it on 60 %") || in.AvgHR != 0 {
		t.Errorf("locked: %+v", in)
	}
	// Near the cadence without following it, it is a heart's: used.
	r.Digest.CadenceFollow = 0.1
	if in = c.intensity(r, &view{Series: activity.Series{Buckets: bs}}, 330); in.ZonesFrom != "heart rate" || in.HRTrust != "" {
		t.Errorf("near the cadence, not following it: %+v", in)
	}
	// A heart rate that sits on the cadence in a trusted run counts.
	r.Digest.CadenceLock, r.Digest.CadenceFollow = 0, 0
	near := append(hr(150, 600), steadyBuckets(600, 3, 180, 90, math.NaN())...) // 180 = 2 x 90
	if avg, secs := trustedHR(near, hrMask(nil, near, nil, 25)); avg != 165 || secs != 1200 {
		t.Errorf("trusted HR %.0f over %.0f s", avg, secs)
	}
	// By pace: easy pace 5:30/km; the aerobic threshold 8 % faster (5:04), the anaerobic 15 % (4:41).
	p := c.intensity(testRun("2024-01-01", 20, 4, nil), &view{Series: activity.Series{Buckets: append(steadyBuckets(600, 1000/330.0, 0, 0, math.NaN()),
		append(steadyBuckets(300, 1000/300.0, 0, 0, math.NaN()), steadyBuckets(300, 1000/270.0, 0, 0, math.NaN())...)...)}}, 330)
	if p.Zones != [3]float64{600, 300, 300} || p.ZonesFrom != "pace" || p.LoadFrom != "pace" || p.Load <= 0 {
		t.Errorf("by pace: %+v", p)
	}
}

// TestHRArtefact: five minutes at 205 bpm on a flat jog, in a run at 135,
// are an optical spike, left out; the same rate on the climb of a hill, or
// in the minute after a repeat, is a heart's; and a third of the run is the
// run, artefact or not.
func TestHRArtefact(t *testing.T) {
	nan := math.NaN()
	jog := func(secs, hr float64) []activity.Bucket { return steadyBuckets(secs, 2.8, hr, 80, nan) }
	spike := concat(jog(1500, 135), jog(300, 205), jog(1200, 135))
	if avg, secs := trustedHR(spike, hrMask(nil, spike, nil, 25)); avg != 135 || secs != 2700 {
		t.Errorf("a spike on a jog: %.0f bpm over %.0f s, want 135 over 2700", avg, secs)
	}
	climb := make([]float64, len(spike))
	for i := 150; i < 180; i++ {
		climb[i] = 0.08
	}
	if avg, _ := trustedHR(spike, hrMask(nil, spike, climb, 25)); avg <= 135 {
		t.Errorf("the same rate up a hill: %.0f, want it kept", avg)
	}
	reps := concat(jog(1500, 135), steadyBuckets(60, 5, 180, 95, nan), jog(60, 175), jog(1200, 135))
	if avg, _ := trustedHR(reps, hrMask(nil, reps, nil, 25)); avg <= 136 {
		t.Errorf("after a repeat: %.0f, want the jog's 175 kept", avg)
	}
	long := concat(jog(1500, 135), jog(1200, 205))
	if avg, _ := trustedHR(long, hrMask(nil, long, nil, 25)); avg <= 135 {
		t.Errorf("a stretch of 44 %% of the run: %.0f, want it kept", avg)
	}
}

// TestWholeRunFromAShortRecord: a record of 6 min for a run of 2:23 h is
// zoned by the run's average pace over all of it, not by the 6 min.
func TestWholeRunFromAShortRecord(t *testing.T) {
	r := testRun("2024-06-03", 143, 24.2, nil)
	short := steadyBuckets(360, 5, 0, 0, math.NaN())
	bs := wholeRun(r, short)
	secs, dist := 0.0, 0.0
	for _, b := range bs {
		secs, dist = secs+b.Secs(), dist+b.DistM()
	}
	if math.Abs(secs-143*60) > 1 || math.Abs(dist-24200) > 1 {
		t.Errorf("the short record zoned as %.0f s over %.0f m, want the run's 8580 s over 24200 m", secs, dist)
	}
	whole := steadyBuckets(143*60, 24200/(143*60.0), 0, 0, math.NaN())
	if got := wholeRun(r, whole); len(got) != len(whole) {
		t.Errorf("a whole record: %d buckets, want its own %d", len(got), len(whole))
	}
}

// TestPaceZonesGradeForGrade: pace zones a hilly run by the flat its slopes
// are worth: 5:00/km up 6 % is threshold work, 4:30/km down 6 % an easy
// jog, and a descent past 9 % gives no more than 9 % does.
func TestPaceZonesGradeForGrade(t *testing.T) {
	c := &classifier{icfg: Defaults().Intensity}
	const easy = 330.0 // 5:30/km: over the thresholds from 5:04 and 4:40/km
	for _, tc := range []struct {
		name  string
		v     float64 // m/s
		grade float64
		zone  int
	}{
		{"5:00/km on the flat", 1000 / 300.0, 0, 1},
		{"5:00/km up 6 %", 1000 / 300.0, 0.06, 2},
		{"4:30/km down 6 %", 1000 / 270.0, -0.06, 0},
		{"4:00/km on the flat", 1000 / 240.0, 0, 2},
		{"3:25/km down 20 %, held to 9 %", 1000 / 205.0, -0.20, 1},
	} {
		bs := steadyBuckets(600, tc.v, 0, 0, 100)
		grade := make([]float64, len(bs))
		for i := range grade {
			grade[i] = tc.grade
		}
		var in Intensity
		c.zoneByPace(&in, bs, grade, easy)
		if in.Zones[tc.zone] != 600 {
			t.Errorf("%s: zones %v, want all 600 s in zone %d", tc.name, in.Zones, tc.zone)
		}
	}
}
