package report_test

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/runlint/runlint/analyze"
	"github.com/runlint/runlint/report"
)

// TestIndentJSONReport holds the layout of whole streamed reports (each
// member, array and value laid out by indentJSON within the stream) to
// json.Indent's. What indentJSON keeps of the values themselves is held to
// json.Indent by TestIndentJSON and FuzzIndentJSON, and to the reports of
// before by the golden files.
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
