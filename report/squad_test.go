package report_test

import (
	"bytes"
	"encoding/json"
	"runtime"
	"strings"
	"testing"
	"weak"

	"github.com/runlint/runlint/analyze"
	"github.com/runlint/runlint/report"
)

// TestSquadWriterLetsGo: once an athlete is added, no index holds their
// report: the collector frees it, whatever the format. A squad streamed
// this way needs one athlete's memory, however many there are.
func TestSquadWriterLetsGo(t *testing.T) {
	for _, format := range report.SquadFormats {
		t.Run(format, func(t *testing.T) {
			var b bytes.Buffer
			w, err := report.NewSquadWriter(&b, format)
			if err != nil {
				t.Fatal(err)
			}
			rep := synthetic(t)
			gone := weak.Make(rep)
			if err := w.Add(report.Athlete{Name: "ana", Path: "squad/ana", Report: rep}); err != nil {
				t.Fatal(err)
			}
			rep = nil
			runtime.GC()
			if gone.Value() != nil {
				t.Error("the index still holds the athlete's report")
			}
			if err := w.Add(report.Athlete{Name: "ben", Path: "squad/ben", Err: "config: bad"}); err != nil {
				t.Fatal(err)
			}
			if err := w.Close(); err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(b.String(), "ana") || !strings.Contains(b.String(), "ben") {
				t.Errorf("the index lost an athlete:\n%s", b.String())
			}
			if format == "json" && !json.Valid(b.Bytes()) {
				t.Errorf("the squad's JSON is not valid:\n%s", b.String())
			}
		})
	}
}

// TestSquadRowFlagsLoadSpike: an athlete whose acute:chronic ratio passed
// load-spike's bound in the 4 weeks to their last run is flagged with the
// peak and its day, and the HTML index marks their row; the row carries the
// next run.
func TestSquadRowFlagsLoadSpike(t *testing.T) {
	rep := synthetic(t)
	last := rep.LastDay()
	for i := range rep.Load.Days {
		d := &rep.Load.Days[i]
		switch {
		case d.Day.Equal(last.AddDate(0, 0, -10)):
			d.Ratio = 1.84
		case d.Day.Equal(last.AddDate(0, 0, -40)): // before the 4 weeks: not this month's
			d.Ratio = 2.5
		}
	}
	row := report.RowOf(report.Athlete{Name: "ana", Report: rep})
	want := analyze.Load{SpikeBound: rep.Load.SpikeBound}
	if row.Spike == nil || row.Spike.Ratio != 1.84 || row.Spike.Day != last.AddDate(0, 0, -10).Format("2006-01-02") || row.Spike.Bound != want.SpikeBound {
		t.Errorf("spike %+v, want 1.84 ten days before the last run", row.Spike)
	}
	if row.Next == nil || row.Next.Kind != rep.Next.Kind || row.Next.LastRun != last.Format("2006-01-02") {
		t.Errorf("next run %+v", row.Next)
	}
	var b bytes.Buffer
	w, _ := report.NewSquadWriter(&b, "html")
	w.Add(report.Athlete{Name: "ana", Report: rep})
	w.Close()
	if !strings.Contains(b.String(), `<tr class="spike">`) || !strings.Contains(b.String(), "1 with a load spike") || !strings.Contains(b.String(), "next run (") {
		t.Errorf("the HTML index does not flag the spike or give the next run:\n%s", b.String())
	}
}
