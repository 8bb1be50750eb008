package report_test

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"testing"

	"github.com/runlint/runlint/report"
)

// TestUnmeasuredIsEmpty: a run without heart rate has no average heart rate
// in the CSV (an empty cell, so a spreadsheet's average skips it) nor in the
// JSON (null), while a run with heart rate keeps its numbers; the phone
// copy of the synthetic block's easy run carries no heart rate.
func TestUnmeasuredIsEmpty(t *testing.T) {
	rep := synthetic(t)
	var c, j bytes.Buffer
	if err := report.CSV(&c, rep); err != nil {
		t.Fatal(err)
	}
	if err := report.JSON(&j, rep); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(&c).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	col := map[string]int{}
	for i, h := range rows[0] {
		col[h] = i
	}
	var doc struct {
		Activities []map[string]any `json:"activities"`
	}
	if err := json.Unmarshal(j.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	without, with := 0, 0
	for i, a := range doc.Activities {
		row := rows[i+1]
		if a["has_hr"] == true {
			with++
			if a["avg_hr"] == nil || row[col["avg_hr"]] == "" {
				t.Errorf("%s: heart rate measured but left empty", a["file"])
			}
			continue
		}
		without++
		if a["avg_hr"] != nil || a["max_hr"] != nil || row[col["avg_hr"]] != "" || row[col["max_hr"]] != "" {
			t.Errorf("%s: no heart rate, yet avg_hr %v (JSON) and %q (CSV)", a["file"], a["avg_hr"], row[col["avg_hr"]])
		}
		if _, ok := a["avg_hr"]; !ok {
			t.Errorf("%s: avg_hr left out of the JSON, not null", a["file"])
		}
	}
	if without == 0 || with == 0 {
		t.Fatalf("%d runs without heart rate and %d with: the block must have both", without, with)
	}
}
