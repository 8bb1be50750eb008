package parse

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"reflect"
	"strings"
	"testing"

	"github.com/runlint/runlint/activity"
)

// xmlTok is one token as both tokenizers can state it: consecutive character
// data merged, comments and processing instructions left out.
type xmlTok struct {
	Kind  string
	Name  string
	Attrs []string
	Text  string
}

func appendText(toks []xmlTok, s string) []xmlTok {
	if n := len(toks); n > 0 && toks[n-1].Kind == "text" {
		toks[n-1].Text += s
		return toks
	}
	return append(toks, xmlTok{Kind: "text", Text: s})
}

// fastTokens lists data's tokens through the fast scanner; ok is false when
// it gave up.
func fastTokens(data []byte) (toks []xmlTok, ok bool) {
	x := newXMLStream(data, true)
	s := x.fast
	s.forReaders = false // every token, as encoding/xml gives them
	for {
		var text []byte
		kind, id, err := s.next(&text)
		name := s.nameOf(id)
		if err == io.EOF {
			return toks, true
		}
		if err != nil {
			return toks, false
		}
		switch kind {
		case tokStart:
			tok := xmlTok{Kind: "start", Name: name}
			for _, a := range s.attrs {
				tok.Attrs = append(tok.Attrs, s.nameOf(a.name)+"="+string(s.value(&a)))
			}
			toks = append(toks, tok)
		case tokEnd:
			toks = append(toks, xmlTok{Kind: "end", Name: name})
		case tokText:
			toks = appendText(toks, string(text))
		}
	}
}

// slowTokens lists data's tokens through encoding/xml, set up as the readers
// set it up.
func slowTokens(data []byte) ([]xmlTok, error) {
	x := newXMLStream(data, false)
	var toks []xmlTok
	for {
		tok, err := x.dec.RawToken()
		if err == io.EOF {
			return toks, nil
		}
		if err != nil {
			return toks, err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			xt := xmlTok{Kind: "start", Name: t.Name.Local}
			for _, a := range t.Attr {
				xt.Attrs = append(xt.Attrs, a.Name.Local+"="+a.Value)
			}
			toks = append(toks, xt)
		case xml.EndElement:
			toks = append(toks, xmlTok{Kind: "end", Name: t.Name.Local})
		case xml.CharData:
			toks = appendText(toks, string(t))
		}
	}
}

// streamEvents lists the events the stream hands the readers (an end's text
// trimmed, and the two elements around it), with the scanner skipping blank
// text or not, the point lane reading the bodies of lane's elements (none
// when ""), and the error that stopped it. points is how many bodies the
// lane read.
func streamEvents(data []byte, skip bool, lane string) (evs []string, points int, err error) {
	x := newXMLStream(data, true)
	x.fast.forReaders = skip
	if lane != "" {
		x.usePointLane(lane, nil)
	}
	var ev event
	for {
		err := x.next(&ev)
		if err != nil {
			return evs, x.lane.points, err
		}
		evs = append(evs, fmt.Sprintf("%v %s %q in %s/%s", ev.start, ev.name, ev.text, x.parent(1), x.parent(0)))
	}
}

// sameTokens is the fast scanner's contract: when it does not give up, it
// reads exactly what encoding/xml reads, and encoding/xml finds no error;
// skipping blank text and reading leaves whole change no event the readers
// see, nor where it stops.
func sameTokens(data []byte) (fast bool, diff string) {
	b, _, berr := streamEvents(data, false, "")
	for _, lane := range []string{"", "trkpt", "Trackpoint"} {
		a, _, aerr := streamEvents(data, true, lane)
		if !reflect.DeepEqual(a, b) || !errors.Is(aerr, berr) {
			return true, fmt.Sprintf("skipping blank text, reading leaves whole, the lane reading %q: %d events (%v); token by token: %d (%v)%s",
				lane, len(a), aerr, len(b), berr, firstDiff(a, b))
		}
	}
	f, ok := fastTokens(data)
	if !ok {
		return false, ""
	}
	s, err := slowTokens(data)
	if err != nil {
		return true, fmt.Sprintf("fast scanner read it, encoding/xml: %v", err)
	}
	if !reflect.DeepEqual(f, s) {
		for i := range min(len(f), len(s)) {
			if !reflect.DeepEqual(f[i], s[i]) {
				return true, fmt.Sprintf("token %d: fast %+v, encoding/xml %+v", i, f[i], s[i])
			}
		}
		return true, fmt.Sprintf("fast %d tokens, encoding/xml %d", len(f), len(s))
	}
	return true, ""
}

// TestXMLScannerMatchesEncodingXML reads every GPX and TCX file shipped and in
// the shared corpus through both tokenizers, and through both readers, and
// requires the same tokens and the same activities.
func TestXMLScannerMatchesEncodingXML(t *testing.T) {
	files := blockSample(testFiles(".gpx", ".tcx"))
	r := NewReader()
	took := 0
	for _, f := range files {
		data, _, err := r.load(f)
		if err != nil {
			continue
		}
		data = append([]byte(nil), data...)
		fast, diff := sameTokens(data)
		if diff != "" {
			t.Errorf("%s: %s", f, diff)
			continue
		}
		if fast {
			took++
		}
		read := readGPXStream
		if strings.HasSuffix(strings.ToLower(strings.TrimSuffix(f, ".gz")), ".tcx") {
			read = readTCXStream
		}
		a, aerr := read(f, newXMLStream(data, true))
		if errors.Is(aerr, errSlowPath) {
			if fast {
				t.Errorf("%s: the tokens were read but the reader gave up", f)
			}
			continue
		}
		b, berr := read(f, newXMLStream(data, false))
		if fmt.Sprint(aerr) != fmt.Sprint(berr) || len(a) != len(b) {
			t.Errorf("%s: fast %d activities %v; encoding/xml %d %v", f, len(a), aerr, len(b), berr)
			continue
		}
		for i := range a {
			if d := diffActivity(a[i], b[i]); d != "" {
				t.Errorf("%s #%d: %s", f, i, d)
			}
		}
	}
	t.Logf("%d GPX/TCX files, %d read by the fast scanner, all the same as encoding/xml", len(files), took)
	if took == 0 {
		t.Fatal("the fast scanner read no file")
	}
}

// TestXMLScannerEdges holds the scanner to encoding/xml on the constructs it
// must decode and on those it must leave to encoding/xml.
func TestXMLScannerEdges(t *testing.T) {
	for _, c := range []struct {
		doc  string
		fast bool
	}{
		{`<?xml version="1.0" encoding="UTF-8"?><a x="1" y='2'>t</a>`, true},
		{`<?xml version='1.0' encoding='utf-8' standalone="no"?><a/>`, true},
		{`<a><b:c d:e="&lt;&amp;&gt;&quot;&apos;&#65;&#x42;"/>x&#xe9;y</a>`, true},
		{"<a>l1\r\nl2\rl3</a>", true},
		{"<a b=\"v\r\nw\">Ünïcödé ✓</a>", true},
		{`<a><!-- c - d --><b/>x<!---->y</a>`, true},
		{"<a> \r\n\t<b> <!-- c --> x <!-- d --> y <![CDATA[]]> </b>\n </a>\n", true},
		{"<a>\n <b>x</b> \n</a>  ", true},
		{`<a></a  >trailing`, true},
		{`<a><b></c></a>`, true}, // RawToken does not match end tags; neither does the scanner
		{`<a>]]></a>`, false},
		{"<a>x<![CDATA[<b>&amp;\r\n]]]]>y</a>", true},
		{`<a><![CDATA[x</a>`, false},
		{`<!DOCTYPE gpx><a/>`, false},
		{`<?xml version="1.0" encoding="ISO-8859-1"?><a/>`, false},
		{`<?xml version="1.1"?><a/>`, false},
		{`<a>&nbsp;</a>`, false},
		{`<a>&#0;</a>`, false},
		{`<a>&#X41;</a>`, false},
		{"<a>\x01</a>", false},
		{"<a>\xff</a>", false},
		{`<a b=c/>`, false},
		{`<a b/>`, false},
		{`<a b="<"/>`, false},
		{`<a><!-- x -- y --></a>`, false},
		{`<é/>`, false},
		{`<a:b:c/>`, false},
		{`<a>`, true},
		{`<a`, false},
		{`<?xml-stylesheet href="x"?><a/>`, false},
	} {
		fast, diff := sameTokens([]byte(c.doc))
		if diff != "" {
			t.Errorf("%q: %s", c.doc, diff)
		}
		if fast != c.fast {
			t.Errorf("%q: fast scanner took it: %v, want %v", c.doc, fast, c.fast)
		}
	}
	// A truncated document: the stream hands it to encoding/xml, which words it.
	x := newXMLStream([]byte(`<gpx><trk>`), true)
	var err error
	for err == nil {
		err = x.next(&event{})
	}
	if !errors.Is(err, errSlowPath) {
		t.Errorf("truncated document: %v, want the slow path", err)
	}
}

func FuzzXMLScanner(f *testing.F) {
	seeds(f, ".gpx", ".tcx")
	for _, s := range []string{`<a b="&amp;">x&#65;<!-- c --></a>`, "<a>\r\n</a>", `<?xml version="1.0"?><a/>`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		if _, diff := sameTokens(data); diff != "" {
			t.Fatal(diff)
		}
		if bytes.Contains(data, []byte("<gpx")) {
			checkActivities(t, must(readGPX("fuzz.gpx", data)))
		}
	})
}

// firstDiff says where two event lists part.
func firstDiff(a, b []string) string {
	for i := range min(len(a), len(b)) {
		if a[i] != b[i] {
			return fmt.Sprintf("; event %d: %s against %s", i, a[i], b[i])
		}
	}
	return ""
}

func must(acts []*activity.Activity, _ error) []*activity.Activity { return acts }

// TestKnownNames holds the name table to its contract: every known name
// found as itself, and names near them (a byte changed, one longer or
// shorter) not found.
func TestKnownNames(t *testing.T) {
	for _, n := range knownNames {
		if slot, ok := knownSlot([]byte(n)); !ok || nameTable[slot] != n {
			t.Errorf("%q: %q %v", n, nameTable[slot], ok)
		}
		for _, near := range []string{n + "x", n[:len(n)-1] + "_", "x" + n, strings.ToUpper(n)} {
			if slot, ok := knownSlot([]byte(near)); ok && nameTable[slot] != near {
				t.Errorf("%q read as %q", near, nameTable[slot])
			}
		}
	}
}
