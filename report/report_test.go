package report_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/runlint/runlint/analyze"
	"github.com/runlint/runlint/check"
	"github.com/runlint/runlint/internal/synth"
	"github.com/runlint/runlint/report"
)

var update = flag.Bool("update", false, "rewrite the golden files")

// synthetic judges the synthetic block, read as "block/..." so the paths in
// every report are the same on every machine.
func synthetic(t *testing.T) *analyze.Report {
	t.Helper()
	dir := t.TempDir()
	if _, err := synth.WriteBlock(filepath.Join(dir, "block"), "fit", synth.DefaultOptions()); err != nil {
		t.Fatal(err)
	}
	wd, _ := os.Getwd()
	if err := os.Chdir(dir); err != nil {
		t.Fatal(err)
	}
	defer os.Chdir(wd)
	res, err := check.Read([]string{"block"}, check.Options{})
	if err != nil {
		t.Fatal(err)
	}
	rep := analyze.Block(res, analyze.Defaults())
	rep.Root = "block"
	// The next run, for the day after the last run, as check advises it.
	if next := analyze.Next(rep, analyze.Defaults(), rep.LastDay().AddDate(0, 0, 1)); next.Kind != "none" {
		rep.Next = &next
	}
	return rep
}

var formats = map[string]func(*bytes.Buffer, *analyze.Report) error{
	"txt":   func(b *bytes.Buffer, r *analyze.Report) error { return report.Text(b, r) },
	"json":  func(b *bytes.Buffer, r *analyze.Report) error { return report.JSON(b, r) },
	"csv":   func(b *bytes.Buffer, r *analyze.Report) error { return report.CSV(b, r) },
	"xml":   func(b *bytes.Buffer, r *analyze.Report) error { return report.JUnit(b, r) },
	"sarif": func(b *bytes.Buffer, r *analyze.Report) error { return report.SARIF(b, r) },
	"md":    func(b *bytes.Buffer, r *analyze.Report) error { return report.Markdown(b, r) },
	"gh":    func(b *bytes.Buffer, r *analyze.Report) error { return report.GitHub(b, r) },
	"html":  func(b *bytes.Buffer, r *analyze.Report) error { return report.HTML(b, r) },
}

// TestGolden pins every format on the synthetic block byte for byte, and
// checks that a second run gives the same bytes. go test ./report -update
// rewrites the golden files after a deliberate change.
func TestGolden(t *testing.T) {
	rep := synthetic(t)
	for ext, write := range formats {
		t.Run(ext, func(t *testing.T) {
			var a, b bytes.Buffer
			if err := write(&a, rep); err != nil {
				t.Fatal(err)
			}
			if err := write(&b, rep); err != nil || !bytes.Equal(a.Bytes(), b.Bytes()) {
				t.Fatalf("two writes differ (%v)", err)
			}
			golden := filepath.Join("testdata", "golden", "synthetic."+ext)
			if *update {
				if err := os.WriteFile(golden, a.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (go test ./report -update creates it)", err)
			}
			if !bytes.Equal(a.Bytes(), want) {
				os.WriteFile(golden+".current", a.Bytes(), 0o644)
				t.Fatalf("differs from %s; got written to %s.current", golden, golden)
			}
		})
	}
}

func compileSchema(t *testing.T, path string) *jsonschema.Schema {
	t.Helper()
	c := jsonschema.NewCompiler()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	doc, err := jsonschema.UnmarshalJSON(f)
	if err != nil {
		t.Fatal(err)
	}
	if err := c.AddResource(path, doc); err != nil {
		t.Fatal(err)
	}
	s, err := c.Compile(path)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func validate(t *testing.T, s *jsonschema.Schema, data []byte) {
	t.Helper()
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Validate(doc); err != nil {
		t.Fatalf("invalid: %v", err)
	}
}

// TestJSONSchema validates the JSON report against the schema shipped in schema/.
func TestJSONSchema(t *testing.T) {
	s := compileSchema(t, "../schema/runlint-check-v1.schema.json")
	var b bytes.Buffer
	if err := report.JSON(&b, synthetic(t)); err != nil {
		t.Fatal(err)
	}
	validate(t, s, b.Bytes())
	// A report with errors and skips validates too.
	res, err := check.Read([]string{"../testdata/corpus/bad"}, check.Options{})
	if err != nil {
		t.Fatal(err)
	}
	b.Reset()
	if err := report.JSON(&b, analyze.Block(res, analyze.Defaults())); err != nil {
		t.Fatal(err)
	}
	validate(t, s, b.Bytes())
}

// TestSARIFSchema validates the SARIF log against the SARIF 2.1.0 JSON schema.
func TestSARIFSchema(t *testing.T) {
	s := compileSchema(t, "../testdata/schemas/sarif-2.1.0-rtm.5.json")
	var b bytes.Buffer
	rep := synthetic(t)
	if err := report.SARIF(&b, rep); err != nil {
		t.Fatal(err)
	}
	validate(t, s, b.Bytes())
	var log struct {
		Runs []struct {
			Tool struct {
				Driver struct{ Rules []struct{ ID string } }
			}
			Results []struct {
				RuleID    string
				Locations []struct {
					PhysicalLocation struct{ ArtifactLocation struct{ URI string } }
				}
			}
		}
	}
	if err := json.Unmarshal(b.Bytes(), &log); err != nil {
		t.Fatal(err)
	}
	run := log.Runs[0]
	if len(run.Tool.Driver.Rules) != len(analyze.Rules) || len(run.Results) != len(rep.Findings) {
		t.Fatalf("%d rules, %d results", len(run.Tool.Driver.Rules), len(run.Results))
	}
	for _, r := range run.Results {
		uri := r.Locations[0].PhysicalLocation.ArtifactLocation.URI
		if !strings.HasPrefix(r.RuleID, "RL") || strings.Contains(uri, "block/") || filepath.IsAbs(uri) {
			t.Errorf("result %s at %q: want a stable ruleId and a path relative to the checked folder", r.RuleID, uri)
		}
	}
}

// TestJUnitXSD validates the JUnit report against the Jenkins JUnit XSD with
// xmllint (libxml2-utils; .ci/run installs it and sets RUNLINT_REQUIRE_TOOLS).
func TestJUnitXSD(t *testing.T) {
	xmllint, err := exec.LookPath("xmllint")
	if err != nil {
		if os.Getenv("RUNLINT_REQUIRE_TOOLS") != "" {
			t.Fatal("xmllint not found")
		}
		t.Skip("xmllint not found (apt-get install libxml2-utils)")
	}
	var b bytes.Buffer
	if err := report.JUnit(&b, synthetic(t)); err != nil {
		t.Fatal(err)
	}
	f := filepath.Join(t.TempDir(), "junit.xml")
	os.WriteFile(f, b.Bytes(), 0o644)
	out, err := exec.Command(xmllint, "--noout", "--schema", "../testdata/schemas/junit-jenkins.xsd", f).CombinedOutput()
	if err != nil {
		t.Fatalf("xmllint: %v\n%s", err, out)
	}
	if !bytes.Contains(b.Bytes(), []byte(`<failure type="error"`)) || !bytes.Contains(b.Bytes(), []byte(`<testsuite name="week of 2024-03-04"`)) {
		t.Fatal("junit lacks failures or weekly suites")
	}
}

// TestTextColour: colour codes only when asked (the command asks on a
// terminal without NO_COLOR), and the text is otherwise the same.
func TestTextColour(t *testing.T) {
	rep := synthetic(t)
	var plain, colour bytes.Buffer
	report.TextWith(&plain, rep, report.TextOptions{})
	report.TextWith(&colour, rep, report.TextOptions{Colour: true})
	if bytes.Contains(plain.Bytes(), []byte("\x1b[")) || !bytes.Contains(colour.Bytes(), []byte("\x1b[1;31merror")) {
		t.Fatal("colour where none was asked, or none where it was")
	}
	stripped := regexp.MustCompile("\x1b\\[[0-9;]*m").ReplaceAll(colour.Bytes(), nil)
	if !bytes.Equal(stripped, plain.Bytes()) {
		t.Fatal("colour changed the text")
	}
}

// TestTextFits: at each width, every line of the table and of what is under
// it fits (the table drops and shortens columns, the notes wrap), and the
// runs' names stay: the file gives way first, a run without a name is
// named by its file, and a run with findings has its file under its row.
func TestTextFits(t *testing.T) {
	rep := synthetic(t)
	for _, width := range []int{60, 80, 100, 132, 200} {
		var b bytes.Buffer
		if err := report.TextWith(&b, rep, report.TextOptions{Width: width}); err != nil {
			t.Fatal(err)
		}
		lines := strings.Split(strings.TrimSuffix(b.String(), "\n"), "\n")
		for _, l := range lines {
			row := strings.HasPrefix(l, "20") || strings.HasPrefix(l, "DATE")
			if n := utf8.RuneCountInString(l); n > width && !(row && width < 70) { // the table's least is 63 columns
				t.Errorf("width %d: a line of %d: %q", width, n, l)
			}
		}
		if !strings.Contains(lines[0], "NAME") || !strings.Contains(b.String(), "  Recovery run  ") {
			t.Errorf("width %d: the runs' names are not shown", width)
		}
		if file := strings.Contains(lines[0], "FILE"); file != (width >= 100) {
			t.Errorf("width %d: the file column shown: %v", width, file)
		}
		if width < 100 && !strings.Contains(b.String(), "\n    file: 2024-03-20-0700-recovery-fast-pace.fit\n") {
			t.Errorf("width %d: a run with findings does not name its file", width)
		}
		if !strings.Contains(b.String(), "recovery-too-fast") || !strings.HasPrefix(lines[0], "DATE") {
			t.Errorf("width %d: the table lost its findings or header", width)
		}
	}
}

// TestEveryFormatOfNothing: a report with no activity at all, and one of
// files that could not be read, is written in every format without an
// error (and the page's script runs on it: TestHTMLOfNothingInChromium).
func TestEveryFormatOfNothing(t *testing.T) {
	for name, rep := range nothingReports(t) {
		for ext, write := range formats {
			var b bytes.Buffer
			if err := write(&b, rep); err != nil || b.Len() == 0 {
				t.Errorf("%s as %s: %v (%d bytes)", name, ext, err, b.Len())
			}
		}
	}
}

// nothingReports are an empty report and one of broken files only.
func nothingReports(t *testing.T) map[string]*analyze.Report {
	t.Helper()
	res, err := check.Read([]string{"../testdata/corpus/bad"}, check.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return map[string]*analyze.Report{"empty": analyze.Block(nil, analyze.Defaults()), "broken files": analyze.Block(res, analyze.Defaults())}
}
