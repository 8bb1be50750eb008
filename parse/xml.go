package parse

import (
	"bufio"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/runlint/runlint/activity"
)

// xmlStream walks an XML document token by token with encoding/xml's RawToken
// (no namespace resolution: extensions are matched by local name, since Garmin
// writes ns3:hr where others write gpxtpx:hr). It keeps the path of open
// elements and the text of the current leaf.
type xmlStream struct {
	dec   *xml.Decoder
	fast  *xmlScanner // instead of dec: the fast path, which may give up (errSlowPath)
	path  []string    // the open elements' names, on encoding/xml's path
	ids   []nameID    // ... and on the fast scanner's: ids[:depth]
	depth int
	text  []byte
	attrs []xml.Attr
	junk  bool    // whitespace before the declaration
	days  dayMemo // the date of the time read last

	lane pointLane          // xmllane.go
	room *[]activity.Sample // lent room for the samples (Reader.LendSamples), or nil
}

// junkBeforeDeclaration reports the whitespace Strava's TCX export writes
// before <?xml: not well-formed XML, read anyway, and said.
func junkBeforeDeclaration(data []byte) bool {
	d := bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	t := bytes.TrimLeft(d, " \t\r\n")
	return len(t) < len(d) && bytes.HasPrefix(t, []byte("<?xml"))
}

// newXMLStream reads data with encoding/xml, or with the fast scanner when fast
// is set.
func newXMLStream(data []byte, fast bool) *xmlStream {
	junk := junkBeforeDeclaration(data)
	// encoding/xml rejects anything before the declaration; Strava writes spaces there.
	data = bytes.TrimLeft(bytes.TrimPrefix(data, []byte("\xef\xbb\xbf")), " \t\r\n")
	if fast {
		sc := newXMLScanner(data)
		sc.forReaders = true
		return &xmlStream{fast: sc, junk: junk}
	}
	d := xml.NewDecoder(bytes.NewReader(data))
	d.Strict = false
	d.CharsetReader = charsetReader
	return &xmlStream{dec: d, junk: junk}
}

// readXML runs read over the fast scanner and, when that gives up, over
// encoding/xml from the start.
func readXML(path string, data []byte, read func(path string, x *xmlStream) ([]*activity.Activity, error)) ([]*activity.Activity, error) {
	acts, err := read(path, newXMLStream(data, true))
	if errors.Is(err, errSlowPath) {
		return read(path, newXMLStream(data, false))
	}
	return acts, err
}

// event is one step of the walk: an element opened (start) or closed (end,
// with its text). text is valid until the next call: most elements' text is
// never used, so it is not copied into a string unless asked (str).
type event struct {
	start bool
	name  string // local name
	text  []byte // trimmed text, on end
}

// str is the element's text, bounded (maxText): names and descriptions are
// the only long texts a reader keeps.
func (e event) str() string { return boundedText(e.text) }

// next reads the next start or end of an element into *ev, or returns
// io.EOF. A syntax error or truncation is returned as is; what was read
// before it stays valid. The event is filled in place, not returned: copied
// out through the layers of the walk, it was a tenth of reading a GPX file.
func (x *xmlStream) next(ev *event) error {
	if x.fast != nil {
		return x.nextFast(ev)
	}
	for {
		tok, err := x.dec.RawToken()
		if err != nil {
			if err == io.EOF && len(x.path) > 0 {
				return fmt.Errorf("unexpected end of file inside <%s>", x.path[len(x.path)-1])
			}
			return err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			x.path = append(x.path, t.Name.Local)
			x.text = x.text[:0]
			x.attrs = t.Attr
			*ev = event{start: true, name: t.Name.Local}
			return nil
		case xml.EndElement:
			if len(x.path) > 0 {
				x.path = x.path[:len(x.path)-1]
			}
			*ev = event{name: t.Name.Local, text: bytes.TrimSpace(x.text)}
			x.text = x.text[:0] // the next CharData appends past ev.text's length only after the caller is done
			return nil
		case xml.CharData:
			x.text = append(x.text, t...)
		}
	}
}

// nextFast is next on the fast scanner. Like the scanner, it stores no
// pointer in the heap on the way of a plain element (see xmlScanner): the
// text of a leaf is read where it lies, and x.text is cut only when it
// holds something.
func (x *xmlStream) nextFast(ev *event) error {
	s := x.fast
	if x.laneNext(ev) {
		return nil
	}
	if x.lane.try {
		x.lane.try = false
		if x.readBody() && x.laneNext(ev) {
			return nil
		}
	}
	for {
		kind, id, err := s.next(&x.text)
		if err != nil {
			if err == io.EOF && x.depth > 0 {
				return errSlowPath // encoding/xml words the truncation
			}
			return err
		}
		switch kind {
		case tokStart:
			x.push(id)
			if len(x.text) > 0 {
				x.text = x.text[:0]
			}
			if s.forReaders && !s.leaf() {
				x.lane.try = x.lane.on && id == x.lane.point
			}
			ev.start, ev.name, ev.text = true, s.nameOf(id), nil
			return nil
		case tokEnd:
			x.pop()
			var text []byte
			if s.leafTo > 0 {
				text = trimBlank(s.data[s.leafFrom:s.leafTo])
				s.leafFrom, s.leafTo = 0, 0
			} else {
				text = bytes.TrimSpace(x.text)
			}
			ev.start, ev.name, ev.text = false, s.nameOf(id), text
			if len(x.text) > 0 {
				x.text = x.text[:0]
			}
			return nil
		}
	}
}

// push and pop keep the fast path's open elements: the slice is stored
// only when it grows (see xmlScanner on pointers stored in the heap).
func (x *xmlStream) push(id nameID) {
	if x.depth < len(x.ids) {
		x.ids[x.depth] = id
	} else {
		x.ids = append(x.ids, id)
	}
	x.depth++
}

func (x *xmlStream) pop() {
	if x.depth > 0 {
		x.depth--
	}
}

// trimBlank is bytes.TrimSpace for plainText's bytes (a leaf's text, read
// where it lies): printable ASCII, tab and LF, whose only spaces are
// XML's. Inlined at each end of a leaf, where TrimSpace's call was a
// fiftieth of reading a GPX file; other text may hold Unicode's spaces
// and is trimmed by TrimSpace.
func trimBlank(b []byte) []byte {
	i, j := 0, len(b)
	for i < j && spaceBytes[b[i]] {
		i++
	}
	for j > i && spaceBytes[b[j-1]] {
		j--
	}
	return b[i:j]
}

// parent is the local name of the element enclosing the one just closed
// (or, after a start, of the one just opened).
func (x *xmlStream) parent(up int) string {
	if x.fast != nil {
		i := x.depth - 1 - up
		if i < 0 || i >= x.depth {
			return ""
		}
		return x.fast.nameOf(x.ids[i])
	}
	i := len(x.path) - 1 - up
	if i < 0 || i >= len(x.path) {
		return ""
	}
	return x.path[i]
}

func (x *xmlStream) attr(name string) string {
	if x.fast != nil {
		for i := range x.fast.attrs {
			if a := &x.fast.attrs[i]; x.fast.nameOf(a.name) == name {
				return string(x.fast.value(a))
			}
		}
		return ""
	}
	for _, a := range x.attrs {
		if a.Name.Local == name {
			return a.Value
		}
	}
	return ""
}

// attrNum reads a number from an attribute without copying it.
func (x *xmlStream) attrNum(name string) (float64, bool) {
	if x.fast != nil {
		for i := range x.fast.attrs {
			if a := &x.fast.attrs[i]; x.fast.nameOf(a.name) == name {
				return parseNum(bytes.TrimSpace(x.fast.value(a)))
			}
		}
		return 0, false
	}
	return parseFloat(x.attr(name))
}

func (x *xmlStream) line() int {
	if x.fast != nil {
		return x.fast.line()
	}
	l, _ := x.dec.InputPos()
	return l
}

// charsetReader decodes the 8-bit encodings old GPS software declares. Written
// by hand: Latin-1 maps bytes to runes one to one, and pulling in x/text for
// that is not worth a dependency.
func charsetReader(label string, in io.Reader) (io.Reader, error) {
	switch strings.ToLower(label) {
	case "iso-8859-1", "iso8859-1", "latin1", "latin-1", "us-ascii", "ascii", "windows-1252", "cp1252":
		return &latin1Reader{r: bufio.NewReader(in)}, nil
	}
	return nil, fmt.Errorf("unsupported encoding %q", label)
}

type latin1Reader struct {
	r       *bufio.Reader
	pending []byte
}

func (l *latin1Reader) Read(p []byte) (int, error) {
	n := 0
	for n < len(p) {
		if len(l.pending) > 0 {
			c := copy(p[n:], l.pending)
			l.pending = l.pending[c:]
			n += c
			continue
		}
		b, err := l.r.ReadByte()
		if err != nil {
			if n > 0 {
				return n, nil
			}
			return 0, err
		}
		if b < utf8.RuneSelf {
			p[n] = b
			n++
			continue
		}
		var buf [2]byte
		utf8.EncodeRune(buf[:], rune(b))
		l.pending = append(l.pending[:0], buf[:]...)
	}
	return n, nil
}

// xmlReader is one format's reader over the shared event loop: it sees each
// element's start (with its attributes) and end (with its text).
type xmlReader interface {
	start(x *xmlStream, ev event)
	end(x *xmlStream, ev event)
}

// readEvents feeds x to r until the end. It returns the error that stopped
// the stream early (a truncation, malformed XML: what was read before it is
// kept), and errSlowPath as err, for the caller to read the file again.
func readEvents(x *xmlStream, r xmlReader) (stop, err error) {
	var ev event
	for {
		e := x.next(&ev)
		switch {
		case e == nil && ev.start:
			r.start(x, ev)
		case e == nil:
			r.end(x, ev)
		case errors.Is(e, errSlowPath):
			return nil, e
		case errors.Is(e, io.EOF):
			return nil, nil
		default:
			return e, nil
		}
	}
}

// pointNames are the names pointValue reads.
var pointNames = []string{"ele", "AltitudeMeters", "hr", "heartrate", "HeartRate", "cad", "cadence", "Cadence", "RunCadence", "speed", "Speed", "distance"}

// pointValue reads one of the values GPX and TCX put on a point, in their
// extensions or their own elements: heart rate, cadence, speed, distance.
// Values outside what a sensor reports are left out. The name is matched
// before the text is read: most elements of a point are none of these.
func pointValue(cur *activity.Sample, name string, text []byte) {
	switch name {
	case "ele", "AltitudeMeters":
		if v, ok := parseNum(text); ok {
			cur.AltM = v
		}
	case "hr", "heartrate", "HeartRate":
		if v, ok := parseNum(text); ok && v > 0 && v < 255 {
			cur.HR = uint8(v)
		}
	case "cad", "cadence", "Cadence", "RunCadence":
		if v, ok := parseNum(text); ok && v >= 0 && v < 255 {
			cur.Cadence = uint8(v)
		}
	case "speed", "Speed":
		if v, ok := parseNum(text); ok && v >= 0 {
			cur.SpeedMS = v
		}
	case "distance":
		if v, ok := parseNum(text); ok && v >= 0 {
			cur.DistM = v
		}
	}
}
