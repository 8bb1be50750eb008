package parse

import (
	"encoding/csv"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/runlint/runlint/activity"
)

// sharedCorpus is the team's corpus of real files, beside the repository. It
// holds unlicensed and AGPL data that must never be copied into the project,
// so the tests that use it skip when it is absent.
func sharedCorpus(t testing.TB) string {
	dir := os.Getenv("RUNLINT_CORPUS")
	if dir == "" {
		dir = "../../shared/corpus"
	}
	if _, err := os.Stat(filepath.Join(dir, "MANIFEST.md")); err != nil {
		t.Skipf("shared corpus not found at %s", dir)
	}
	return dir
}

func TestSharedCorpusReadsEveryValidFile(t *testing.T) {
	c := sharedCorpus(t)
	var res []Result
	for _, sub := range []string{"devices", "block-slalom007-strava-export", "block-shaonianche-applewatch-2021"} {
		res = append(res, readTree(t, filepath.Join(c, sub))...)
	}
	acts := map[string]*activity.Activity{}
	for _, r := range res {
		if r.Err != nil {
			t.Errorf("%s: %v", r.Path, r.Err)
		}
		if len(r.Activities) == 1 {
			acts[filepath.Base(r.Path)] = r.Activities[0]
		}
	}
	// Every FIT run of the Strava export agrees with the file's own session totals.
	f, err := os.Open(filepath.Join(c, "block-slalom007-strava-export", "INDEX.csv"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	col := map[string]int{}
	for i, h := range rows[0] {
		col[h] = i
	}
	checked := 0
	for _, row := range rows[1:] {
		if row[col["fit_sport"]] != "running" || row[col["filename"]] == "" {
			continue
		}
		a := acts[filepath.Base(row[col["filename"]])]
		if a == nil {
			t.Errorf("%s: not read", row[col["filename"]])
			continue
		}
		dist, _ := strconv.ParseFloat(row[col["fit_distance_m"]], 64)
		timer, _ := strconv.ParseFloat(row[col["fit_timer_s"]], 64)
		if math.Abs(a.Totals.DistanceM-dist) > 0.01*dist+1 {
			t.Errorf("%s: distance %.0f, session %.0f", row[col["filename"]], a.Totals.DistanceM, dist)
		}
		if math.Abs(a.Totals.TimerS-timer) > 0.01*timer+1 || a.Totals.MovingS > a.Totals.TimerS*1.01 || a.Totals.MovingS < 0.5*timer {
			t.Errorf("%s: timer %.0f moving %.0f, session timer %.0f", row[col["filename"]], a.Totals.TimerS, a.Totals.MovingS, timer)
		}
		if a.Zone.From != "fit local_timestamp" {
			t.Errorf("%s: zone from %s", row[col["filename"]], a.Zone.From)
		}
		checked++
	}
	if checked < 200 {
		t.Fatalf("only %d runs checked", checked)
	}
}

// TestSharedCorpusFormatsAgree: one FR945 run exported as FIT, GPX and TCX.
func TestSharedCorpusFormatsAgree(t *testing.T) {
	dir := filepath.Join(sharedCorpus(t), "devices", "sports-lib", "runs")
	var got []*activity.Activity
	for _, name := range []string{"6782987395.fit", "6782987395.gpx.gz", "6782987395.tcx.gz"} {
		r := File(filepath.Join(dir, name))
		if r.Err != nil || len(r.Activities) != 1 {
			t.Fatalf("%s: %v, %d activities", name, r.Err, len(r.Activities))
		}
		got = append(got, r.Activities[0])
	}
	ref := got[0].Totals
	for _, a := range got[1:] {
		x := a.Totals
		if math.Abs(x.DistanceM-ref.DistanceM) > 0.02*ref.DistanceM ||
			math.Abs(x.MovingS-ref.MovingS) > 0.02*ref.MovingS ||
			math.Abs(x.AvgHR-ref.AvgHR) > 1 {
			t.Errorf("%s: %+v, FIT %+v", a.Source.Format, x, ref)
		}
		if a.LocalDate() != got[0].LocalDate() || a.Zone.Offset != got[0].Zone.Offset {
			t.Errorf("%s: local %s %+v, FIT %s %+v", a.Source.Format, a.LocalDate(), a.Zone, got[0].LocalDate(), got[0].Zone)
		}
	}
}

func TestSharedCorpusBadFilesAreNamed(t *testing.T) {
	res := readTree(t, filepath.Join(sharedCorpus(t), "bad"))
	for _, r := range res {
		if r.Err != nil || r.Skipped != "" {
			continue
		}
		for _, a := range r.Activities {
			if len(a.Warnings) == 0 && a.IsRun() {
				t.Errorf("%s: a broken run read with no warning", r.Path)
			}
		}
	}
}
