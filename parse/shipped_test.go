package parse

import (
	"hash/fnv"
	"io/fs"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/runlint/runlint/activity"
)

// The corpus the project ships (testdata/corpus): every device file reads,
// every broken one says so, and reading never modifies a file.
func TestShippedCorpus(t *testing.T) {
	before := hashTree(t, "../testdata/corpus")
	by := shipped{}
	for _, r := range readTree(t, "../testdata/corpus") {
		rel, _ := filepath.Rel("../testdata/corpus", r.Path)
		by[filepath.ToSlash(rel)] = r
		switch {
		case strings.HasPrefix(rel, "devices") && r.Err != nil:
			t.Errorf("%s: %v", rel, r.Err)
		case strings.HasPrefix(rel, "bad") && r.Err == nil && r.Skipped == "":
			for _, a := range r.Activities {
				if len(a.Warnings) == 0 && a.Sport == "running" {
					t.Errorf("%s: a broken run read with no warning", rel)
				}
			}
		}
	}
	shippedDevices(t, by)
	shippedHeartRate(t, by)
	shippedDamage(t, by)
	if after := hashTree(t, "../testdata/corpus"); after != before {
		t.Error("reading modified the input files")
	}
}

// shipped is the shipped corpus read, by path under testdata/corpus.
type shipped map[string]Result

// expect fails the test unless rel read to n activities, the last of sport.
func (by shipped) expect(t *testing.T, rel string, n int, sport string) []*activity.Activity {
	t.Helper()
	r := by[rel]
	if r.Err != nil || len(r.Activities) != n {
		t.Fatalf("%s: %d activities (want %d), err %v, skipped %q", rel, len(r.Activities), n, r.Err, r.Skipped)
	}
	if sport != "" && r.Activities[n-1].Sport != sport {
		t.Fatalf("%s: sport %s, want %s", rel, r.Activities[n-1].Sport, sport)
	}
	return r.Activities
}

func shippedDevices(t *testing.T, by shipped) {
	if s := by["devices/python-fitparse/Settings2.fit"].Skipped; !strings.Contains(s, "settings") {
		t.Errorf("Settings2.fit skipped as %q", s)
	}
	tri := by.expect(t, "devices/muktihari-fit/triathlon_summary_last.fit", 5, "running")
	if tri[0].Sport != "swimming" || tri[4].Totals.DistanceM < 4400 || tri[4].Totals.DistanceM > 4600 {
		t.Errorf("triathlon: first %s, run %.0f m", tri[0].Sport, tri[4].Totals.DistanceM)
	}
	// A FR920XT run with 29 minutes of pauses: elapsed 8629 s, timer 6856 s.
	run := by.expect(t, "devices/tormoder-fit/mornindew-broken.fit", 1, "running")[0]
	if math.Round(run.Totals.ElapsedS) != 8629 || math.Round(run.Totals.TimerS) != 6856 || run.Totals.MovingS > 6856 || run.Totals.MovingS < 6500 || len(run.Pauses) == 0 {
		t.Errorf("mornindew: %+v, %d pauses", run.Totals, len(run.Pauses))
	}
	if run.Zone.From != "fit local_timestamp" || run.Zone.Offset != -6*3600 {
		t.Errorf("mornindew zone %+v", run.Zone)
	}
	// A FR70 run with no GPS, compressed timestamps and a clock that was never set.
	fr70 := by.expect(t, "devices/python-fitparse/compressed-speed-distance.fit", 1, "running")[0]
	if fr70.HasGPS() || fr70.Totals.DistanceM <= 0 || !strings.Contains(warningText(fr70), "clock") {
		t.Errorf("fr70: gps %v, %+v, %q", fr70.HasGPS(), fr70.Totals, fr70.Warnings)
	}
}

func shippedHeartRate(t *testing.T, by shipped) {
	// The same FR410 run with and without heart rate.
	hr := by.expect(t, "devices/python-tcxparser/test.tcx", 1, "running")[0]
	nohr := by.expect(t, "devices/python-tcxparser/no_hr.tcx", 1, "running")[0]
	if !hr.HasHR() || nohr.HasHR() || hr.Totals.DistanceM != nohr.Totals.DistanceM || hr.Totals.MovingS != nohr.Totals.MovingS {
		t.Errorf("tcx pair: %+v vs %+v", hr.Totals, nohr.Totals)
	}
	// FR935 stores heart rate in hr messages: merged onto the records.
	by.expect(t, "devices/fitdecode/garmin-fr935-cr.fit", 1, "swimming")
	fr935 := File("../testdata/corpus/devices/fitdecode/garmin-fr935-cr.fit").Activities[0] // File keeps the samples
	withHR := 0
	for _, s := range fr935.Samples {
		if s.HR > 0 {
			withHR++
		}
	}
	if len(fr935.Samples) < 7000 || withHR < len(fr935.Samples)*9/10 {
		t.Errorf("fr935: %d of %d records have HR after the merge", withHR, len(fr935.Samples))
	}
}

func shippedDamage(t *testing.T, by shipped) {
	crc := by.expect(t, "bad/python-fitparse/activity-filecrc.fit", 1, "running")[0]
	if !strings.Contains(warningText(crc), "CRC mismatch") {
		t.Errorf("bad CRC not reported: %q", crc.Warnings)
	}
	eof := by.expect(t, "bad/python-fitparse/activity-unexpected-eof.fit", 1, "running")[0]
	if !strings.Contains(warningText(eof), "partial") {
		t.Errorf("truncation not reported: %q", eof.Warnings)
	}
}

func hashTree(t *testing.T, root string) string {
	h := fnv.New128a()
	filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		info, _ := d.Info()
		h.Write([]byte(p + info.ModTime().String()))
		h.Write(b)
		return nil
	})
	return string(h.Sum(nil))
}

// crc16Bytewise is the textbook loop; the tests hold crc16 to it.
func readTree(t *testing.T, root string) []Result {
	t.Helper()
	var out []Result
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && !strings.EqualFold(d.Name(), "activities.csv") {
			out = append(out, File(p))
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// warningText is an activity's warnings in one line.
func warningText(a *activity.Activity) string {
	var ws []string
	for _, w := range a.Warnings {
		ws = append(ws, w.Text)
	}
	return strings.Join(ws, ";")
}
