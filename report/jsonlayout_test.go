package report_test

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/runlint/runlint/analyze"
	"github.com/runlint/runlint/report"
)

// TestIndentJSONReport holds the streamed JSON report, laid out by
// indentJSON, to the same report laid out by json.Indent.
func TestIndentJSONReport(t *testing.T) {
	for _, rep := range []*analyze.Report{synthetic(t), hostileReport(t)} {
		jsonLaidOut(t, rep)
	}
}

func jsonLaidOut(t *testing.T, rep *analyze.Report) {
	t.Helper()
	var b bytes.Buffer
	if err := report.JSON(&b, rep); err != nil {
		t.Fatal(err)
	}
	var compact, want bytes.Buffer
	if err := json.Compact(&compact, b.Bytes()); err != nil {
		t.Fatal(err)
	}
	if err := json.Indent(&want, compact.Bytes(), "", "  "); err != nil {
		t.Fatal(err)
	}
	want.WriteByte('\n')
	if b.String() != want.String() {
		t.Errorf("the report's layout is not json.Indent's")
	}
	if b.Len() < 1000 {
		t.Errorf("a report of %d bytes tests little", b.Len())
	}
}
