package report_test

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"errors"
	"html"
	"io"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"
	gmhtml "github.com/yuin/goldmark/renderer/html"

	"github.com/runlint/runlint/report"
)

// uriChars are the characters RFC 3986 allows in a relative reference's
// path: unreserved, sub-delims, ":", "@", "/" and percent-encodings.
var uriChars = regexp.MustCompile(`^([A-Za-z0-9\-._~!$&'()*+,;=:@/]|%[0-9A-F]{2})*$`)

// TestInjectionSARIF: every artifact URI is a valid relative reference that
// resolves to the file's own path, and no message holds a control character.
func TestInjectionSARIF(t *testing.T) {
	rep := hostileReport(t)
	out := render(t, "sarif", rep)
	checkClean(t, "sarif", out, "\n")
	validate(t, compileSchema(t, "../testdata/schemas/sarif-2.1.0-rtm.5.json"), out)
	var log struct {
		Runs []struct {
			Results []struct {
				Message   struct{ Text string }
				Locations []struct {
					PhysicalLocation struct{ ArtifactLocation struct{ URI string } }
				}
			}
		}
	}
	if err := json.Unmarshal(out, &log); err != nil {
		t.Fatal(err)
	}
	base, _ := url.Parse("file:///src/")
	results := log.Runs[0].Results
	for i, r := range results {
		uri := r.Locations[0].PhysicalLocation.ArtifactLocation.URI
		u, err := url.Parse(uri)
		want := rel(strings.TrimPrefix(rep.Findings[i].File, "block/"))
		switch {
		case err != nil || !uriChars.MatchString(uri) || u.Scheme != "" || u.Fragment != "" || u.RawQuery != "":
			t.Errorf("sarif: %q (for %q) is not a relative reference: %v", uri, want, err)
		case base.ResolveReference(u).Path != "/src/"+want:
			t.Errorf("sarif: %q resolves to %q, want /src/%s", uri, base.ResolveReference(u).Path, want)
		}
		checkClean(t, "sarif message", []byte(r.Message.Text), "")
	}
	for _, pair := range [][2]string{{"a#b.gpx", "a%23b.gpx"}, {"c:d.gpx", "./c:d.gpx"}, {"%41.gpx", "%2541.gpx"}, {"a b é.gpx", "a%20b%20%C3%A9.gpx"}} {
		if !bytes.Contains(out, []byte(`"uri": "`+pair[1]+`"`)) {
			t.Errorf("sarif: %q not written as %q", pair[0], pair[1])
		}
	}
}

// TestInjectionJUnit: the file parses as XML (and, with xmllint, validates)
// whatever the names hold.
func TestInjectionJUnit(t *testing.T) {
	out := render(t, "xml", hostileReport(t))
	checkClean(t, "junit", out, "\n")
	d := xml.NewDecoder(bytes.NewReader(out))
	for {
		_, err := d.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			t.Fatalf("junit: does not parse: %v", err)
		}
	}
	if !bytes.Contains(out, []byte(`&lt;img src=x onerror=alert(1)&gt;`)) {
		t.Error("junit: markup in a name is not escaped")
	}
	xmllint, err := exec.LookPath("xmllint")
	if err != nil {
		if os.Getenv("RUNLINT_REQUIRE_TOOLS") != "" {
			t.Fatal("xmllint not found")
		}
		t.Skip("xmllint not found (apt-get install libxml2-utils)")
	}
	f := filepath.Join(t.TempDir(), "junit.xml")
	os.WriteFile(f, out, 0o644)
	if b, err := exec.Command(xmllint, "--noout", "--schema", "../testdata/schemas/junit-jenkins.xsd", f).CombinedOutput(); err != nil {
		t.Fatalf("xmllint: %v\n%s", err, b)
	}
}

// commonMark renders Markdown as GitHub does (GFM: tables, autolinks,
// strikethrough), keeping raw HTML so that any that got through shows.
func commonMark(t *testing.T, md []byte) string {
	t.Helper()
	var b bytes.Buffer
	gm := goldmark.New(goldmark.WithExtensions(extension.GFM), goldmark.WithRendererOptions(gmhtml.WithUnsafe()))
	if err := gm.Convert(md, &b); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// The headings, code spans and bold runlint writes itself.
var (
	mdHeading = regexp.MustCompile(`^(runlint training report|Profile|The next run|The last \d+ weeks|The whole block|Weeks|Load|Cross-training|Findings|Runs, week by week|Week of \d{4}-\d\d-\d\d(: no run|: \d+ runs?, [\d.]+ km, [\d:]+; hard share [-\d]+ ?%?; 80/20 [^<]*)?|After each hard or long day( of these weeks)?|Files that could not be read)$`)
	mdCode    = regexp.MustCompile(`^([a-z-]+|--format markdown=FILE)$`)
	mdStrong  = regexp.MustCompile(`^(\d+ runs|Findings|error|warning|info|(Easy pace|Long-run pace) (\d+:\d\d/km|-)|HRmax (\d+ bpm|not estimated)|next run \(\d{4}-\d\d-\d\d[^)]*\): [^<]*|The report stops here: .*)$`)
	tagRe     = regexp.MustCompile(`<(h[1-6]|code|strong)>(.*?)</(h[1-6]|code|strong)>`)
)

// checkMarkdown fails on markup the hostile text made: an element runlint
// does not write, a heading or code span of its own, a link.
func checkMarkdown(t *testing.T, page string) {
	t.Helper()
	for _, bad := range []string{"<img", "<script", "<a ", "<blockquote", "<pre", "<del", "<em>", "<ol", "<hr"} {
		if strings.Contains(page, bad) {
			i := strings.Index(page, bad)
			t.Errorf("markdown: %s in the rendered page: %q", bad, page[max(i-80, 0):min(i+80, len(page))])
		}
	}
	for _, m := range tagRe.FindAllStringSubmatch(page, -1) {
		re := map[string]*regexp.Regexp{"code": mdCode, "strong": mdStrong}[m[1]]
		if re == nil {
			re = mdHeading
		}
		if !re.MatchString(m[2]) {
			t.Errorf("markdown: an unexpected <%s>: %q", m[1], m[2])
		}
	}
}

// TestInjectionMarkdown: rendered by a CommonMark renderer, the hostile
// strings come out as the text they are, in their cells and list items.
func TestInjectionMarkdown(t *testing.T) {
	rep := hostileReport(t)
	out := render(t, "md", rep)
	checkClean(t, "markdown", out, "\n")
	page := commonMark(t, out)
	checkMarkdown(t, page)
	text := html.UnescapeString(page)
	for _, h := range hostile {
		if want := strings.TrimSpace(report.Escape(h)); !strings.Contains(text, want) {
			t.Errorf("markdown: %q does not render as itself (%q)", h, want)
		}
	}
	// The lists are items with no nesting: a "- item" or "1. item" stayed text.
	if n := strings.Count(page, "<ul>"); n != 4 {
		t.Errorf("markdown: %d lists, want the block's notes, the profile's, the next run's reasons and the unreadable files'", n)
	}
}

// TestInjectionHTML: html/template escapes every hostile string; nothing
// but the page's own script and no markup from a file.
func TestInjectionHTML(t *testing.T) {
	out := render(t, "html", hostileReport(t))
	checkClean(t, "html", out, "\n")
	page := string(out)
	if n := strings.Count(page, "<script"); n != 1 {
		t.Errorf("html: %d scripts, want the page's own", n)
	}
	// Attributes are read one by one, so a quoted value (html/template writes
	// a quote inside one as &#34;) may hold "src=" as the text it is.
	if m := regexp.MustCompile(`(?i)<(img|a|iframe)\b|<[a-z]+(\s+[a-z-]+(="[^"]*")?)*\s+(on[a-z]+|src|href)=`).FindString(page); m != "" {
		t.Errorf("html: %q in the page", m)
	}
	if !strings.Contains(page, "&lt;img src=x onerror=alert(1)&gt;") {
		t.Error("html: the hostile name is not shown as text")
	}
}
