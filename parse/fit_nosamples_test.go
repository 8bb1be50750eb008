package parse

import (
	"slices"
	"testing"
	"time"

	"github.com/runlint/runlint/activity"
)

// A FIT file with a session and no records (a day-long 200-km ultra kept as
// a summary) is read with the session's totals, and says it has no samples.
func TestFITSessionWithoutRecordsKeepsItsTotals(t *testing.T) {
	data := oddFIT(t, "session-only")
	for _, full := range []bool{false, true} {
		r := NewReader()
		r.fit.full = full
		acts, skipped, err := r.Bytes("ultra.fit", data)
		if err != nil || skipped != "" || len(acts) != 1 {
			t.Fatalf("full=%v: %d activities, skipped %q, err %v", full, len(acts), skipped, err)
		}
		a := acts[0]
		want := activity.Totals{DistanceM: 200000, DistanceFrom: "session", MovingS: 86400, ElapsedS: 86400, TimerS: 86400, AvgHR: 128, MaxHR: 138}
		if a.Totals != want || len(a.Samples) != 0 || a.Sport != "running" || a.LocalDate() != "2024-06-01" {
			t.Errorf("full=%v: %s on %s, %d samples, totals %+v", full, a.Sport, a.LocalDate(), len(a.Samples), a.Totals)
		}
		if !a.Start.Equal(time.Date(2024, 6, 1, 4, 0, 0, 0, time.UTC)) {
			t.Errorf("full=%v: start %v", full, a.Start)
		}
		w := activity.Warning{Kind: activity.DataWarning, Text: "no samples: the file holds a session and no records, so its totals are the session's own, unchecked, with no pace, heart rate or track over time"}
		if !slices.Contains(a.Warnings, w) || len(a.Warnings) != 1 {
			t.Errorf("full=%v: warnings %q", full, a.Warnings)
		}
	}
}
