package report_test

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/runlint/runlint/activity"
	"github.com/runlint/runlint/analyze"
	"github.com/runlint/runlint/report"
)

// hostile are strings a file pushed to a repository can carry: in its name,
// its activity's name or description, its sport, its device, and so in the
// warnings, reasons and findings that quote them. Each report must show
// them as text: no forged CI command, terminal escape, formula, markup or
// link.
var hostile = []string{
	"\n::error title=x::fake",
	"\x1b]8;;http://evil\x07click\x1b]8;;\x07",
	"\x1b[31m",
	"\r",
	"<img src=x onerror=alert(1)>",
	"`code`",
	"# heading",
	"[link](javascript:alert(1))",
	"=HYPERLINK(\"http://evil\")",
	"+1",
	"@SUM(A1)",
	"a#b.gpx",
	"%41.gpx",
	"\u202eevil",
	"\x00",
	"\xff",
	"-2+3",
	"\tTAB",
	"c:d.gpx",
	"a b é.gpx",
	"x\u2028y\uFFFE",
	"<script>document.body.dataset.pwned='script'</script>",
	"<img src=x onerror=\"document.body.dataset.pwned='img'\">",
	"\"' & javascript:alert(1)",
	"see http://evil.example/x and www.evil.example",
	"**bold** _em_ ~~strike~~ $x$ @someone",
	"1. item",
	"- item",
	"> quote",
	"    indented",
	"&lt;b&gt; &amp;",
	"|cell|",
	"\\",
	"::warning::fake",
}

// long is a name of thousands of runes: the text table must bound it.
var long = strings.Repeat("x", 5000)

// hostileReport is the synthetic block's report with every string a file
// controls replaced by a hostile one, and a file-level finding, an
// unreadable file, a skipped file and an unused ignore for each.
func hostileReport(t *testing.T) *analyze.Report {
	t.Helper()
	rep := synthetic(t)
	for i, run := range rep.Runs {
		h := hostile[i%len(hostile)]
		if i == 0 {
			h = long
		}
		run.Source.Path = "block/" + h
		run.Name, run.Description, run.Device, run.SubSport = h, h, h, h
		if !run.IsRun() {
			run.Sport = h
		}
		run.Warnings = append(run.Warnings, activity.Warning{Text: h})
		run.Reasons = append([]string{h}, run.Reasons...)
		if run.NotJudged != "" {
			run.NotJudged = h
		}
		for k := range run.Findings {
			run.Findings[k].File, run.Findings[k].Message = run.Source.Path, h
		}
	}
	for i := range rep.Findings {
		f := &rep.Findings[i]
		f.File, f.Message = f.Run.Source.Path, hostile[i%len(hostile)]
	}
	for _, h := range hostile {
		file := "block/" + h
		rep.Findings = append(rep.Findings, analyze.Finding{Rule: "unreadable-file", Code: "RL405", Severity: analyze.Error, Message: h, File: file})
		rep.Errors = append(rep.Errors, analyze.FileError{File: file, Message: h})
		rep.Skipped = append(rep.Skipped, analyze.SkippedFile{File: file, Reason: h})
		rep.Unused = append(rep.Unused, analyze.Ignore{Rule: h, File: h, Date: h, Reason: h})
	}
	rep.Profile.MaxHRReason = strings.Join(hostile, " ")
	// A block's note quotes a watch's name, which the file sets.
	rep.Notes = append(rep.Notes, analyze.Note{Rule: "no-heart-rate", Code: "RL401", Runs: 1, Of: 2, Message: strings.Join(hostile, " ")})
	return rep
}

// rel is the path of the file "block/"+name relative to the block, as the
// reports give it: cleaned, so "http://x" reads "http:/x".
func rel(name string) string {
	return strings.TrimPrefix(filepath.ToSlash(filepath.Clean("block/"+name)), "block/")
}

func render(t *testing.T, format string, rep *analyze.Report) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := formats[format](&b, rep); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// unsafeRune is what a terminal, a CI log or an XML parser must not get raw:
// control characters, bidi controls, line separators, non-characters.
func unsafeRune(r rune) bool {
	return unicode.IsControl(r) || unicode.Is(unicode.Bidi_Control, r) ||
		r == '\u2028' || r == '\u2029' || r == '\uFFFE' || r == '\uFFFF'
}

// checkClean fails on invalid UTF-8 and on any unsafe rune but those allowed.
func checkClean(t *testing.T, format string, out []byte, allow string) {
	t.Helper()
	if !utf8.Valid(out) {
		t.Errorf("%s: not UTF-8", format)
	}
	for i, r := range string(out) {
		if unsafeRune(r) && !strings.ContainsRune(allow, r) {
			t.Errorf("%s: raw %U at byte %d: %q", format, r, i, out[max(i-40, 0):min(i+40, len(out))])
			return
		}
	}
}

// TestInjectionText: the table shows every hostile string escaped, forges
// no CI command, and bounds a long name.
func TestInjectionText(t *testing.T) {
	rep := hostileReport(t)
	var b bytes.Buffer
	if err := report.TextWith(&b, rep, report.TextOptions{Verbose: true}); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	checkClean(t, "text", b.Bytes(), "\n")
	for _, want := range []string{`\x0a::error title=x::fake`, `\x1b]8;;http://evil\x07click`, `\x1b[31m`, `\u202eevil`, `\x00`, `\xff`, `x\u2028y\ufffe`} {
		if !strings.Contains(out, want) {
			t.Errorf("text: %q not shown escaped", want)
		}
	}
	for _, line := range strings.Split(out, "\n") {
		if strings.HasPrefix(line, "::") || strings.HasPrefix(line, "##[") {
			t.Errorf("text: a line reads as a workflow command: %q", line)
		}
		if n := utf8.RuneCountInString(line); n > 1000 {
			t.Errorf("text: a line of %d runes: %.80q", n, line)
		}
	}
	if !strings.Contains(out, strings.Repeat("x", 100)+"…") {
		t.Error("text: the long name is not cut with …")
	}
}

// ghAnnotation is a workflow command as runlint writes it: the properties
// hold no "," or ":" but escaped, the line no CR.
var ghAnnotation = regexp.MustCompile(`^::(error|warning|notice) file=([^,:\r]*),title=([^,:\r]*)::([^\r]*)$`)

// ghUnescape undoes GitHub's command escaping, as the runner does.
func ghUnescape(s string) string {
	return strings.NewReplacer("%0D", "\r", "%0A", "\n", "%3A", ":", "%2C", ",", "%25", "%").Replace(s)
}

// ghLeftOut is the notice that says what was not annotated.
var ghLeftOut = regexp.MustCompile(`^::notice title=runlint%3A \d+ more findings? not annotated::[^\r]*$`)

// TestInjectionGitHub: only well-formed annotations, at most ten of a kind,
// and no other line a runner reads as a command; each finding, annotated
// alone, names its file in one line that decodes to the file.
func TestInjectionGitHub(t *testing.T) {
	rep := hostileReport(t)
	out := render(t, "gh", rep)
	checkClean(t, "github", out, "\n")
	if n, left := checkAnnotations(t, out); n > 3*report.GitHubPerKind || left != 1 {
		t.Errorf("github: %d annotations and %d notices of what was left out", n, left)
	}
	files := map[string]bool{}
	for _, f := range rep.Findings {
		one := *rep
		one.Findings = []analyze.Finding{f}
		out := render(t, "gh", &one)
		if n, _ := checkAnnotations(t, out); n != 1 {
			t.Errorf("github: %d annotations for one finding", n)
		}
		if m := ghAnnotation.FindSubmatch(bytes.SplitN(out, []byte("\n"), 2)[0]); m != nil {
			files[ghUnescape(string(m[2]))] = true
		}
	}
	for _, h := range hostile {
		if want := report.Escape(rel(h)); !files[want] {
			t.Errorf("github: no annotation on %q (as %q)", h, want)
		}
	}
}

// checkAnnotations fails on a line runlint did not mean as it is, and
// counts the annotations on files and the notices of what was left out.
func checkAnnotations(t *testing.T, out []byte) (n, left int) {
	t.Helper()
	for _, line := range strings.Split(strings.TrimSuffix(string(out), "\n"), "\n") {
		switch {
		case ghLeftOut.MatchString(line):
			left++
		case strings.HasPrefix(line, "::"):
			m := ghAnnotation.FindStringSubmatch(line)
			if m == nil {
				t.Errorf("github: malformed annotation %q", line)
				continue
			}
			n++
			for _, v := range []string{ghUnescape(m[2]), ghUnescape(m[3]), ghUnescape(m[4])} {
				if strings.ContainsAny(v, "\r\n") {
					t.Errorf("github: %q decodes to more than one line", line)
				}
			}
		case strings.HasPrefix(line, "runlint: "):
		default:
			t.Errorf("github: a line runlint did not mean: %q", line)
		}
	}
	return n, left
}

// csvText are the columns that hold text from a file; the rest are runlint's.
var csvText = map[string]bool{"file": true, "sport": true, "sub_sport": true, "name": true, "reason": true}

// TestInjectionCSV: no text cell starts a formula; runlint's own numbers
// and paces stay as they are.
func TestInjectionCSV(t *testing.T) {
	rep := hostileReport(t)
	out := render(t, "csv", rep)
	checkClean(t, "csv", out, "\n")
	rows, err := csv.NewReader(bytes.NewReader(out)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	header := rows[0]
	quoted := 0
	for _, row := range rows[1:] {
		for i, cell := range row {
			col := header[i]
			switch {
			case csvText[col] && cell != "" && strings.ContainsRune("=+-@\t\r", rune(cell[0])):
				t.Errorf("csv: %s cell %q starts a formula", col, cell)
			case csvText[col] && strings.HasPrefix(cell, "'"):
				quoted++
			case col == "distance_km" || col == "moving_s" || col == "pace_s_per_km":
				if _, err := strconv.ParseFloat(cell, 64); err != nil {
					t.Errorf("csv: %s %q is not a number", col, cell)
				}
			}
		}
	}
	if quoted == 0 {
		t.Error("csv: no cell was quoted; the hostile formulas did not reach it")
	}
	if !bytes.Contains(out, []byte(`'=HYPERLINK(""http://evil"")`)) || !bytes.Contains(out, []byte(",'@SUM(A1),")) {
		t.Error("csv: the formulas are not written as quoted text")
	}
}

// TestInjectionJSON: JSON keeps every name as it is (a string is data there,
// escaped by encoding/json), bytes that are not UTF-8 aside.
func TestInjectionJSON(t *testing.T) {
	rep := hostileReport(t)
	out := render(t, "json", rep)
	// encoding/json escapes C0 controls and U+2028/U+2029, not a bidi override
	// or a non-character: raw, but inside a quoted string.
	checkClean(t, "json", out, "\n\u202e\uFFFE")
	validate(t, compileSchema(t, "../schema/runlint-check-v1.schema.json"), out)
	var doc struct {
		Activities []struct{ File, Name, Description string }
	}
	if err := json.Unmarshal(out, &doc); err != nil {
		t.Fatal(err)
	}
	for i, a := range doc.Activities {
		want := strings.ToValidUTF8(rep.Runs[i].Name, "\uFFFD")
		if a.Name != want || a.Description != want || a.File != strings.ToValidUTF8(rep.Runs[i].Source.Path, "\uFFFD") {
			t.Errorf("json: activity %d reads %q, want %q", i, a.Name, want)
		}
	}
}
