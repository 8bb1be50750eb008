package digest

import (
	"math"
	"math/rand/v2"
	"reflect"
	"slices"
	"testing"
	"time"

	"github.com/runlint/runlint/activity"
)

// fastestByScan is fastestWindows' first form: every window against every
// other within 20 s. The queue must pick the same windows, ties included.
func fastestByScan(wins []burstWindow) []burstWindow {
	var cand []burstWindow
	for i, w := range wins {
		best := true
		for k, o := range wins {
			if math.Abs(o.at-w.at) <= 20 && (o.speed > w.speed || o.speed == w.speed && k < i) {
				best = false
				break
			}
		}
		if best {
			cand = append(cand, w)
		}
	}
	slices.SortStableFunc(cand, func(a, b burstWindow) int {
		switch {
		case a.speed > b.speed:
			return -1
		case a.speed < b.speed:
			return 1
		}
		return 0
	})
	var out []burstWindow
	for _, w := range cand {
		if !slices.ContainsFunc(out, func(k burstWindow) bool { return math.Abs(w.at-k.at) < 20 }) {
			out = append(out, w)
			if len(out) == 30 {
				break
			}
		}
	}
	return out
}

func TestFastestWindowsMatchesScan(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for n := range 400 {
		var wins []burstWindow
		at := 0.0
		for i := range n {
			at += float64(1 + r.IntN(3)) // gaps of 1-3 s, as pauses and dropped samples leave them
			if r.IntN(20) == 0 {
				at += 25 // a pause longer than the span
			}
			speed := float64(20+r.IntN(15)) / 5 // few distinct speeds: many ties
			wins = append(wins, burstWindow{at: at, speed: speed, i: i, j: i + 10})
		}
		got, want := fastestWindows(wins, &Builder{}), fastestByScan(wins)
		if !slices.Equal(got, want) {
			t.Fatalf("%d windows: queue picked %v, scan %v", n, got, want)
		}
	}
}

func TestTrackDistance(t *testing.T) {
	t0 := time.Date(2024, 5, 1, 7, 0, 0, 0, time.UTC)
	at := func(k int, lat, lon float64) activity.Sample {
		return activity.Sample{Time: t0.Add(time.Duration(k) * time.Second), Lat: lat, Lon: lon, AltM: math.NaN()}
	}
	leg := activity.Haversine(51.5, -0.1, 51.5001, -0.1)
	noFix := func(k int) activity.Sample { return at(k, math.NaN(), math.NaN()) }
	s := []activity.Sample{
		at(0, 51.5, -0.1), noFix(1), noFix(2), at(3, 51.5001, -0.1), at(4, 51.5002, -0.1), noFix(5),
	}
	cases := []struct {
		name string
		i, j int
		want float64
	}{
		{"from the last fix before the window", 1, 3, leg},
		{"two legs", 0, 4, 2 * leg},
		{"no fix inside", 1, 2, 0},
		{"a fix only at the end of the window's leg", 3, 5, leg},
	}
	for _, tc := range cases {
		if got := trackDistance(s, tc.i, tc.j); math.Abs(got-tc.want) > 1e-9 {
			t.Errorf("%s: %d-%d got %.6f m, want %.6f", tc.name, tc.i, tc.j, got, tc.want)
		}
	}
	if got := trackDistance([]activity.Sample{noFix(0), at(1, 51.5, -0.1), at(2, 51.5001, -0.1)}, 0, 2); math.Abs(got-leg) > 1e-9 {
		t.Errorf("no fix before the window: got %.6f m, want the one leg inside it, %.6f", got, leg)
	}
}

// TestBuilderSameAsOf digests runs of different lengths and paces one
// after another in one Builder's room, longest first and then longer
// again, and requires each digest, series included, to be what a fresh
// Of gives: nothing of a run is left in the room for the next.
func TestBuilderSameAsOf(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	var b Builder
	for k, n := range []int{3600, 600, 45, 2, 1, 1800, 7200, 300} {
		a := steadyRun(n, 3, func(float64, int) float64 { return 100 })
		dist := 0.0
		for i := range a.Samples {
			if i > 0 {
				dist += 2.5 + 3*r.Float64() // strides among the jogging
			}
			a.Samples[i].DistM, a.Track.Cum[i] = dist, dist
		}
		a.Totals.DistanceM = dist
		got, want := b.Of(a), Of(a)
		gs, _ := got.Series()
		ws, _ := want.Series()
		got.SetSeries(nil)
		want.SetSeries(nil)
		if !reflect.DeepEqual(got, want) || !reflect.DeepEqual(gs, ws) {
			t.Fatalf("run %d (%d s): in the room %+v %d bursts; fresh %+v %d bursts", k, n, got, len(gs.Bursts), want, len(ws.Bursts))
		}
		if n > 600 && len(gs.Bursts) == 0 {
			t.Fatalf("run %d (%d s): no bursts to compare", k, n)
		}
	}
}
