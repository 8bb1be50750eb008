package analyze

import (
	"math"
	"sort"
	"strings"
	"testing"

	"github.com/runlint/runlint/activity"
)

// steadyBuckets is secs of 10-s buckets at speed v (m/s), heart rate hr,
// cadence cad and altitude alt (NaN for none).
func steadyBuckets(secs, v, hr, cad, alt float64) []activity.Bucket {
	var out []activity.Bucket
	for t := 0.0; t < secs; t += 10 {
		out = append(out, activity.NewBucket(10, 10*v, hr, cad, alt))
	}
	return out
}

func concat(parts ...[]activity.Bucket) []activity.Bucket {
	var out []activity.Bucket
	for _, p := range parts {
		out = append(out, p...)
	}
	return out
}

func TestPaceBouts(t *testing.T) {
	nan := math.NaN()
	jog := func(s float64) []activity.Bucket { return steadyBuckets(s, 3, 0, 0, nan) }
	rep := func(s float64) []activity.Bucket { return steadyBuckets(s, 4.5, 0, 0, nan) }
	wobble := concat(rep(30), jog(10), rep(30)) // one slow bucket inside a repeat is bridged
	for _, tc := range []struct {
		name      string
		bs        []activity.Bucket
		reps      int
		secs      float64
		intervals bool
	}{
		{"steady", jog(1800), 0, 0, false},
		{"three minute repeats", concat(jog(600), rep(180), jog(120), rep(180), jog(120), rep(180), jog(600)), 3, 540, true},
		{"a wobble bridged", concat(jog(300), wobble, jog(120), wobble, jog(120), wobble, jog(300)), 3, 180, true},
		{"too short to count", concat(jog(300), rep(20), jog(60), rep(20), jog(60), rep(20), jog(300)), 0, 0, false},
		{"two long bouts: cruise intervals", concat(jog(600), rep(600), jog(120), rep(600), jog(600)), 2, 1200, true},
		{"two short bouts", concat(jog(600), rep(60), jog(120), rep(60), jog(600)), 2, 120, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			w := paceBouts(tc.bs, nil, 4, 30, 0.03)
			if w.reps != tc.reps || math.Abs(w.secs-tc.secs) > 0.5 {
				t.Errorf("%d bouts, %.0f s; want %d, %.0f s", w.reps, w.secs, tc.reps, tc.secs)
			}
			if got := w.interval(3, 180, 480); got != tc.intervals {
				t.Errorf("interval session %v, want %v", got, tc.intervals)
			}
		})
	}
	// Running down a hill fast is no work.
	down := concat(steadyBuckets(600, 3, 0, 0, 300), steadyBuckets(120, 4.5, 0, 0, 300))
	for i := range 12 { // 540 m down 54 m: -10 %
		down[60+i] = activity.NewBucket(10, 45, 0, 0, 300-4.5*float64(i+1))
	}
	if w := paceBouts(down, grades(down), 4, 30, 0.03); w.reps != 0 {
		t.Errorf("a fast descent made %d work bouts", w.reps)
	}
}

func TestLapBoutsAndSprints(t *testing.T) {
	laps := []activity.LapDigest{
		{Secs: 600, DistM: 1800},
		{Secs: 90, DistM: 400},
		{Secs: 60, DistM: 180},
		{Secs: 90, DistM: 405},
		{Secs: 8, DistM: 50},
		{Secs: 9, DistM: 55},
		{Secs: 4, DistM: 30},
	}
	if w := lapBouts(laps, 4, 20); w.reps != 2 || w.from != "laps" || w.secs != 180 {
		t.Errorf("lap bouts %+v, want 2 laps of 90 s", w)
	}
	f := readFacts(testRun("2024-01-01", 20, 4, nil), &view{Series: activity.Series{Laps: laps}}, Defaults().Classify, 25)
	if len(f.sprintLaps) != 2 {
		t.Errorf("sprint laps %v, want the 8-s and 9-s ones (a 4-s lap is a slip of the finger)", f.sprintLaps)
	}
}

func TestHillRepeats(t *testing.T) {
	cfg := Defaults().Classify
	// climb: 20 m over 200 m (10 %) in 60 s, then down in 60 s, then 60 s at the foot.
	rep := func(base float64) []activity.Bucket {
		var out []activity.Bucket
		for i := range 6 {
			out = append(out, activity.NewBucket(10, 33, 0, 0, base+20*float64(i+1)/6))
		}
		for i := range 6 {
			out = append(out, activity.NewBucket(10, 33, 0, 0, base+20-20*float64(i+1)/6))
		}
		return append(out, steadyBuckets(60, 3, 0, 0, base)...)
	}
	flat := steadyBuckets(600, 3, 0, 0, 100)
	five := concat(flat, rep(100), rep(100), rep(100), rep(100), rep(100), flat)
	if h := findHillRepeats(five, grades(five), cfg); h.reps != 5 || math.Abs(h.gain-20) > 3 { // the smoothing rounds the tops
		t.Errorf("five repeats read as %+v", h)
	}
	// Each climb reached by 5 min of false flat: the repeat is the climb.
	approached := func() []activity.Bucket {
		var out []activity.Bucket
		for i := range 30 { // 15 m over 900 m
			out = append(out, activity.NewBucket(10, 30, 0, 0, 100+0.5*float64(i+1)))
		}
		for i := range 12 { // 36 m over 360 m: 10 %
			out = append(out, activity.NewBucket(10, 30, 0, 0, 115+3*float64(i+1)))
		}
		for i := range 17 { // back down, all the way
			out = append(out, activity.NewBucket(10, 30, 0, 0, 151-3*float64(i+1)))
		}
		return out
	}
	three := concat(flat, approached(), approached(), approached(), flat)
	if h := findHillRepeats(three, grades(three), cfg); h.reps != 3 || h.secs > 200 {
		t.Errorf("three climbs each after 5 min of false flat read as %+v, want 3 of about 2 min", h)
	}
	// A loop with one climb every 10 min: the same hill, not repeats.
	var loop []activity.Bucket
	for range 4 {
		loop = concat(loop, rep(100), steadyBuckets(480, 3, 0, 0, 100))
	}
	if h := findHillRepeats(concat(flat, loop), grades(concat(flat, loop)), cfg); h.reps >= cfg.HillReps {
		t.Errorf("a hilly loop read as %d repeats", h.reps)
	}
	// Rolling hills of different sizes are no repeats either.
	rolling := concat(flat, rep(100), rep(110), rep(95), flat)
	for i := range rolling[60:96] {
		a, _ := rolling[60+i].Alt()
		rolling[60+i] = activity.NewBucket(10, 33, 0, 0, 100+(a-100)*float64(1+i%3))
	}
	if h := findHillRepeats(rolling, grades(rolling), cfg); h.reps >= cfg.HillReps {
		t.Errorf("rolling hills read as %d repeats", h.reps)
	}
	// No altitude, no hills.
	noAlt := steadyBuckets(1800, 3, 0, 0, math.NaN())
	if h := findHillRepeats(noAlt, grades(noAlt), cfg); h.reps != 0 {
		t.Errorf("no elevation read as %d repeats", h.reps)
	}
}

func TestRealBursts(t *testing.T) {
	cfg := Defaults().Classify
	nan := math.NaN()
	for _, tc := range []struct {
		name string
		b    activity.Burst
		real bool
	}{
		{"a stride: cadence up 8 rpm", activity.NewBurst(6, 1.1, 8, 0, 0), true},
		{"a stride the track confirms", activity.NewBurst(6, 1.1, nan, 1.05, nan), true},
		{"one jumping position", activity.NewBurst(6, 2.2, 8, 0, 0), false},
		{"cadence flat: GPS", activity.NewBurst(6, 1.1, 1, 0, 0), false},
		{"track and stream disagree", activity.NewBurst(6, 1.1, nan, 1.6, nan), false},
		{"no witness at all (a phone)", activity.NewBurst(6, 1.1, nan, 0, nan), false},
		{"down a steep hill", activity.NewBurst(6, 1.1, 8, 0, -0.09), false},
		{"down a gentle slope", activity.NewBurst(6, 1.1, 8, 0, -0.03), true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			speeds, _ := realBursts([]activity.Burst{tc.b}, cfg)
			if got := len(speeds) == 1; got != tc.real {
				t.Errorf("real %v, want %v", got, tc.real)
			}
		})
	}
}

func TestThirdsAndBestSpan(t *testing.T) {
	nan := math.NaN()
	bs := concat(steadyBuckets(60, 1, 0, 0, nan), steadyBuckets(900, 3, 0, 0, nan), steadyBuckets(900, 3.2, 0, 0, nan), steadyBuckets(900, 3.6, 0, 0, nan))
	first, last := thirds(bs, nil, 1.5, 0.03)
	if math.Abs(first-3) > 1e-9 || math.Abs(last-3.6) > 1e-9 {
		t.Errorf("thirds %.3f %.3f, want 3 and 3.6 (the walk to the start left out)", first, last)
	}
	if v, _ := bestSpan(bs, nil, 900, 0.03); math.Abs(v-3.6) > 1e-9 {
		t.Errorf("best 15 min %.3f m/s, want 3.6", v)
	}
	if v, _ := bestSpan(bs[:30], nil, 900, 0.03); v != 0 {
		t.Errorf("best 15 min of a 5-min run: %.3f, want 0", v)
	}
}

// TestTerrainIsNoTempoNorProgression: 15 fast minutes down a 500-m descent
// are no tempo, and a slow first third up a climb is no progression; the
// same minutes on the flat are.
func TestTerrainIsNoTempoNorProgression(t *testing.T) {
	// 3.6 m/s down a 6 % slope for 15 min: 194 m of descent.
	down := steadyBuckets(900, 3.6, 0, 0, 0)
	alt := make([]float64, len(down))
	for i := range alt {
		alt[i] = 1000 - 0.06*3.6*10*float64(i)
	}
	if v, _ := bestSpan(down, alt, 900, 0.03); v != 0 {
		t.Errorf("15 min down a 6 %% slope: best %.2f m/s, want none", v)
	}
	if v, _ := bestSpan(down, nil, 900, 0.03); math.Abs(v-3.6) > 1e-9 {
		t.Errorf("the same without elevation: %.2f, want 3.6", v)
	}
	bs := concat(steadyBuckets(900, 2.5, 0, 0, 0), steadyBuckets(900, 3, 0, 0, 0), steadyBuckets(900, 3.3, 0, 0, 0))
	climb := make([]float64, len(bs))
	for i := range climb {
		climb[i] = 100 + 0.05*2.5*10*float64(min(i, 90)) // the first third climbs 5 %, then flat
	}
	if first, last := thirds(bs, climb, 1.5, 0.03); first != 0 || last != 0 {
		t.Errorf("a slow first third up a climb: thirds %.2f %.2f, want none", first, last)
	}
	if first, last := thirds(bs, nil, 1.5, 0.03); first != 2.5 || last != 3.3 {
		t.Errorf("on the flat: thirds %.2f %.2f, want 2.5 and 3.3", first, last)
	}
}

func TestSpanWords(t *testing.T) {
	for _, tc := range []struct {
		lo, hi float64
		want   string
	}{{30, 30, "30 s"}, {45, 120, "45 s-2 min"}, {180, 600, "3-10 min"}, {62, 78, "60 s-80 s"}} {
		if got := spanWords(tc.lo, tc.hi); got != tc.want {
			t.Errorf("spanWords(%v, %v) = %q, want %q", tc.lo, tc.hi, got, tc.want)
		}
	}
	if !strings.HasPrefix(FormatMinutes(6000), "1:40") {
		t.Errorf("FormatMinutes(6000) = %q", FormatMinutes(6000))
	}
}

func TestNthMatchesSort(t *testing.T) {
	rng := uint64(1)
	next := func() float64 {
		rng = rng*6364136223846793005 + 1442695040888963407
		return float64(rng>>40) / (1 << 24)
	}
	for n := 1; n < 200; n += 7 {
		xs := make([]float64, n)
		for i := range xs {
			xs[i] = math.Round(next()*20) / 4 // ties, as bucket speeds have
		}
		sorted := append([]float64(nil), xs...)
		sort.Float64s(sorted)
		for _, k := range []int{0, n / 4, n / 2, n - 1} {
			ys := append([]float64(nil), xs...)
			if got := nth(ys, k); got != sorted[k] {
				t.Fatalf("n %d k %d: %v, want %v", n, k, got, sorted[k])
			}
		}
		if got, want := medianInPlace(append([]float64(nil), xs...)), sortedMedian(sorted); got != want {
			t.Fatalf("n %d: median %v, want %v", n, got, want)
		}
	}
}

func TestSurges(t *testing.T) {
	nan := math.NaN()
	jog := func(s float64) []activity.Bucket { return steadyBuckets(s, 3, 0, 0, nan) }
	surge := func(s float64) []activity.Bucket { return steadyBuckets(s, 4.5, 0, 0, nan) }
	walk := func(s float64) []activity.Bucket { return steadyBuckets(s, 1, 0, 0, nan) }
	var fartlek, strides, standing []activity.Bucket
	for range 8 {
		fartlek = concat(fartlek, jog(40), surge(20)) // 8 x 20 s pick-ups: a third of the running
		strides = concat(strides, jog(290), surge(10))
		standing = concat(standing, walk(60), surge(20))
	}
	for _, tc := range []struct {
		name  string
		bs    []activity.Bucket
		n     int
		share float64
	}{
		{"steady", jog(1800), 0, 0},
		{"speed play", fartlek, 8, 1.0 / 3},
		{"strides in an easy run", strides, 8, 10.0 / 300},
		// Walks between the surges are no running: a track session's rests.
		{"surges between walks", standing, 8, 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			n, share := surges(tc.bs, nil, 4, 2, 0.03)
			if n != tc.n || math.Abs(share-tc.share) > 0.001 {
				t.Errorf("%d surges, %.3f of the running; want %d, %.3f", n, share, tc.n, tc.share)
			}
		})
	}
	// Down a hill, a surge is gravity's.
	down := concat(jog(60), surge(20), jog(60), surge(20))
	grade := make([]float64, len(down))
	for i := range grade {
		grade[i] = -0.05
	}
	if n, _ := surges(down, grade, 4, 2, 0.03); n != 0 {
		t.Errorf("%d surges down a slope, want 0", n)
	}
}

// TestWorkNeeded: a few minutes of work make a session only at R pace;
// pick-ups at threshold pace need a session's volume.
func TestWorkNeeded(t *testing.T) {
	cfg := Defaults().Classify // work_min 6 min, rep_min 3 min at 25 % faster
	easy := 300.0              // 5:00/km
	for _, tc := range []struct {
		name string
		pace float64 // s/km of the bouts
		want float64
	}{
		{"threshold pick-ups at 4:10/km", 250, 360},
		{"just short of R pace", 226, 360},
		{"R pace 3:45/km", 225, 180},
		{"sprints at 3:00/km", 180, 180},
	} {
		t.Run(tc.name, func(t *testing.T) {
			w := work{reps: 4, secs: 240, distM: 240 / tc.pace * 1000}
			if got := cfg.workNeeded(w, easy); got != tc.want {
				t.Errorf("workNeeded = %.0f s, want %.0f s", got, tc.want)
			}
		})
	}
}

// TestRunningOfASparseRecord: a session of 2:23 h with hardly a record (two
// samples) runs its whole moving time at a running pace: the watch's totals
// say how long it ran where its samples cannot tell walking from running.
func TestRunningOfASparseRecord(t *testing.T) {
	bs := steadyBuckets(20, 3, 150, 85, 0)
	sparse := testRun("2021-03-14", 143, 24.2, bs)
	if f := readFacts(sparse, &view{Series: activity.Series{Buckets: bs}}, Defaults().Classify, 25); f.running != 143*60 {
		t.Errorf("running %.0f s, want the session's moving time %d s", f.running, 143*60)
	}
	walked := testRun("2021-03-15", 143, 8, bs) // 17:52/km: a walk, whatever its samples
	if f := readFacts(walked, &view{Series: activity.Series{Buckets: bs}}, Defaults().Classify, 25); f.running != 20 {
		t.Errorf("running %.0f s, want its running samples' 20 s", f.running)
	}
}

// TestBestSpanIsHeld: the fastest 15 min of an easy run with ten strides in
// it held the easy pace (its median), not the strides' mean; a tempo holds
// its own.
func TestBestSpanIsHeld(t *testing.T) {
	nan := math.NaN()
	at := func(secs, v float64) []activity.Bucket { return steadyBuckets(secs, v, 0, 0, nan) }
	strides := at(1200, 3)
	for range 10 {
		strides = concat(strides, at(20, 6), at(60, 3)) // 20 s at 2:47/km, a minute's jog
	}
	strides = concat(strides, at(600, 3))
	if v, _ := bestSpan(strides, nil, 900, 0.03); math.Abs(v-3) > 1e-9 {
		t.Errorf("easy run with strides: best 15 min %.2f m/s, want the easy 3", v)
	}
	tempo := concat(at(600, 3), at(900, 4), at(600, 3))
	if v, _ := bestSpan(tempo, nil, 900, 0.03); math.Abs(v-4) > 1e-9 {
		t.Errorf("tempo: best 15 min %.2f m/s, want 4", v)
	}
}

// TestSlopeWords: a fast stretch's reason says where it was run, so a
// reader of a mountain run sees it was not the descent; nothing is said
// without elevation.
func TestSlopeWords(t *testing.T) {
	for _, tc := range []struct {
		drop float64
		want string
	}{
		{math.NaN(), ""},
		{0.004, " on the flat"},
		{-0.009, " on the flat"},
		{0.02, " down a 2 % slope (held to its flat worth)"},
		{-0.05, " up a 5 % slope"},
	} {
		if got := slopeWords(tc.drop); got != tc.want {
			t.Errorf("slopeWords(%v) = %q, want %q", tc.drop, got, tc.want)
		}
	}
}

// TestIntensityReasonSaysWhatWasZoned: shares of a run zoned only in part
// say of how many minutes, so a finding's minutes over a threshold do not
// read against the whole run; a run zoned whole says nothing more.
func TestIntensityReasonSaysWhatWasZoned(t *testing.T) {
	c := &classifier{cfg: Defaults().Classify}
	for _, tc := range []struct {
		zoned float64 // min
		want  string
	}{
		{27, "intensity by heart rate: 7 % below the aerobic threshold, 40 % between the thresholds, 53 % above; load 51 (TRIMP)"},
		{20, "intensity by heart rate: 7 % below the aerobic threshold, 40 % between the thresholds, 53 % above (shares of the 20 min zoned, out of 27 min); load 51 (TRIMP)"},
	} {
		r := testRun("2024-01-02", 27, 5.5, steadyBuckets(27*60, 3.4, 150, 0, 100))
		z := tc.zoned * 60
		r.Intensity = Intensity{Zones: [3]float64{0.07 * z, 0.40 * z, 0.53 * z}, ZonesFrom: "heart rate", Load: 51}
		if got := c.intensityReason(r); got != tc.want {
			t.Errorf("zoned %.0f min: %q\nwant %q", tc.zoned, got, tc.want)
		}
	}
}
