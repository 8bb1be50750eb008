package parse

import (
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/runlint/runlint/activity"
)

// TestPointLaneMatchesScanner holds the point lane to the scanner: the
// stream gives the same events (names, texts, the elements around each)
// and stops the same way with the lane reading the points' bodies as
// without it, on bodies it must read (by tags and by the template) and on
// bodies it must leave to the scanner, and reads the bodies it should.
func TestPointLaneMatchesScanner(t *testing.T) {
	pt := func(body string) string {
		return `<trkpt lat="47.5" lon="19.05">` + body + "</trkpt>\n"
	}
	plain := "\n <ele>105.0</ele>\n <time>2024-03-05T18:00:00Z</time>\n <extensions><gpxtpx:TrackPointExtension><gpxtpx:hr>109</gpxtpx:hr></gpxtpx:TrackPointExtension></extensions>\n"
	other := "<ele> 12 </ele><time>2024-03-05T18:00:01Z</time><extensions><gpxtpx:TrackPointExtension><gpxtpx:hr>110</gpxtpx:hr><gpxtpx:cad>80</gpxtpx:cad></gpxtpx:TrackPointExtension></extensions>"
	doc := func(pts ...string) string {
		return `<?xml version="1.0"?><gpx xmlns:gpxtpx="x"><trk><trkseg>` + "\n" + strings.Join(pts, "") + "</trkseg></trk></gpx>\n"
	}
	cases := []struct {
		name     string
		doc      string
		lane     int // bodies the lane reads
		template int // ... of them by the template
	}{
		{"alike: the first by tags, the rest by the template", doc(pt(plain), pt(plain), pt(strings.ReplaceAll(plain, "105.0", "99.25"))), 3, 2},
		{"other markup: by tags again, then its template", doc(pt(plain), pt(other), pt(other), pt(plain)), 4, 1},
		{"empty and blank leaves", doc(pt("<ele></ele><time> </time>"), pt("<ele>1</ele><time>2024-03-05T18:00:00Z</time>")), 2, 1},
		{"a blank body is a leaf, read whole by the scanner", doc(pt(""), pt("\n"), pt(plain)), 1, 0},
		{"a self-closing point is not a body", doc(`<trkpt lat="1" lon="2"/>`, pt(plain)), 1, 0},
		{"an attribute on a child", doc(pt(`<ele unit="m">1</ele>`), pt(plain)), 1, 0},
		{"a comment", doc(pt("<ele>1</ele><!-- c -->"), pt(plain)), 1, 0},
		{"an entity in a text", doc(pt(plain), pt("<ele>1&amp;2</ele>")), 1, 0},
		{"an entity where the template has text", doc(pt("<name>a</name>"), pt("<name>&lt;b</name>")), 1, 0},
		{"a CR in a text", doc(pt("<ele>1</ele>"), pt("<ele>1\r2</ele>")), 1, 0},
		{"a CR between tags", doc(pt("<ele>1</ele>\r\n"), pt("<ele>2</ele>\r\n")), 2, 1},
		{"non-ASCII text", doc(pt("<name>a</name>"), pt("<name>é</name>")), 1, 0},
		{"'>' and ']]>' in a text", doc(pt("<name>a</name>"), pt("<name>a>b</name>"), pt("<name>]]></name>")), 1, 0},
		{"a space in a tag", doc(pt("<ele >1</ele>"), pt("<ele>1</ele >")), 0, 0},
		{"a self-closing child", doc(pt("<ele/>"), pt(plain)), 1, 0},
		{"a child's end tag not its start's", doc(pt("<ele>1</elf>"), pt(plain)), 1, 0},
		{"a prefix changed", doc(pt("<a:hr>1</a:hr>"), pt("<b:hr>1</b:hr>")), 2, 0},
		{"a name the scanner would refuse", doc(pt("<1ele>1</1ele>"), pt(plain)), 0, 0},
		{"mixed text in a container", doc(pt("<extensions>x<hr>1</hr></extensions>"), pt(plain)), 1, 0},
		{"as deep as the lane", doc(pt("<a><b><c><d><e>1</e></d></c></b></a>")), 1, 0},
		{"deeper than the lane", doc(pt("<a><b><c><d><e><f>1</f></e></d></c></b></a>"), pt(plain)), 1, 0},
		{"longer than the lane", doc(pt(strings.Repeat("<ele>1</ele>", 40)), pt(plain)), 1, 0},
		{"a point inside a point", doc(pt(pt("<ele>1</ele>"))), 1, 0},
		{"cut inside a body", doc(pt(plain))[:120], 0, 0},
		{"cut inside the template's markup", doc(pt(plain), pt(plain))[:300], 1, 0},
	}
	for _, c := range cases {
		want, _, werr := streamEvents([]byte(c.doc), false, "")
		got, points, gerr := streamEvents([]byte(c.doc), true, "trkpt")
		if !reflect.DeepEqual(got, want) || (gerr == nil) != (werr == nil) {
			t.Errorf("%s: %d events (%v), token by token %d (%v)%s", c.name, len(got), gerr, len(want), werr, firstDiff(got, want))
		}
		x := newXMLStream([]byte(c.doc), true)
		x.usePointLane("trkpt", nil)
		var ev event
		for x.next(&ev) == nil {
		}
		if x.lane.points != c.lane || x.lane.matched != c.template {
			t.Errorf("%s: the lane read %d bodies, %d by the template; want %d, %d", c.name, points, x.lane.matched, c.lane, c.template)
		}
	}
}

// TestPointLaneReadsTheCorpus requires the lane to read most points of
// the shipped and corpus GPX and TCX files, most by the template (their
// events are held to the scanner's by TestXMLScannerMatchesEncodingXML).
func TestPointLaneReadsTheCorpus(t *testing.T) {
	r := NewReader()
	var points, matched, files int
	for _, f := range blockSample(testFiles(".gpx", ".tcx")) {
		data, _, err := r.load(f)
		if err != nil {
			continue
		}
		lane := "trkpt"
		if strings.HasSuffix(strings.ToLower(strings.TrimSuffix(f, ".gz")), ".tcx") {
			lane = "Trackpoint"
		}
		x := newXMLStream(data, true)
		x.usePointLane(lane, nil)
		var ev event
		for x.next(&ev) == nil {
		}
		points += x.lane.points
		matched += x.lane.matched
		files++
	}
	t.Logf("%d files: the lane read %d point bodies, %d by the template", files, points, matched)
	if points == 0 || matched < points/2 {
		t.Fatalf("the lane read %d bodies, %d by the template", points, matched)
	}
}

// TestReadersActOnlyOnTheirNames holds the GPX and TCX readers to the
// names they give the point lane: at the start or the end of any other
// element, inside a point or not, with a number for its text, a reader's
// state stays as it was, so the events the lane does not hand out are
// events the reader would have done nothing with.
func TestReadersActOnlyOnTheirNames(t *testing.T) {
	x := newXMLStream([]byte(`<a><b>1</b></a>`), true)
	var ev event
	x.next(&ev)
	x.next(&ev) // inside <b>: the elements around are a and b
	names := append(knownNames[:], "unknown", "x:hr", "")
	for _, inPt := range []bool{false, true} {
		g := &gpxReader{tracks: []gpxTrack{{}}, inPt: inPt, cur: activity.NewSample(time.Time{})}
		gpx := func() string { return fmt.Sprintf("%+v", *g) }
		r := &tcxReader{a: &activity.Activity{}, lap: &activity.Lap{}, inPt: inPt, cur: activity.NewSample(time.Time{})}
		tcx := func() string { return fmt.Sprintf("%+v %+v %+v", *r, *r.a, *r.lap) }
		for _, reader := range []struct {
			name         string
			r            xmlReader
			state        func() string
			starts, ends []string
		}{{"gpx", g, gpx, gpxStarts, gpxEnds}, {"tcx", r, tcx, tcxStarts, tcxEnds}} {
			for _, n := range names {
				before := reader.state()
				if !slices.Contains(reader.starts, n) {
					reader.r.start(x, event{start: true, name: n})
					if after := reader.state(); after != before {
						t.Errorf("%s (in a point: %v): the start of <%s> changed the reader: %s", reader.name, inPt, n, after)
					}
				}
				if !slices.Contains(reader.ends, n) {
					reader.r.end(x, event{name: n, text: []byte("12")})
					if after := reader.state(); after != before {
						t.Errorf("%s (in a point: %v): the end of <%s> changed the reader: %s", reader.name, inPt, n, after)
					}
				}
			}
		}
	}
}
