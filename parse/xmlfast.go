package parse

import (
	"bytes"
	"encoding/binary"
	"errors"
	"io"
	"strings"
)

// errSlowPath is how the fast XML scanner gives up: on anything outside the
// plain subset it reads, and on every error. The caller then reads the file
// again from its start with encoding/xml, so what a malformed or unusual file
// reads to (its error, its warning, the points kept before a truncation) is
// encoding/xml's, whichever path was tried first.
var errSlowPath = errors.New("xml: outside the fast scanner's subset")

// xmlScanner tokenizes the XML that GPS devices and exporters write: elements,
// attributes, text, comments, the five predefined entities, character
// references and a UTF-8 declaration. Written by hand because encoding/xml's
// tokenizer was 80 % of reading a GPX file, reading byte by byte through an
// interface and allocating every token; the one maintained alternative tried
// (muktihari/xmltokenizer v0.0.5) reports the root element of ordinary GPX and
// TCX files as self-closing. It produces exactly the tokens encoding/xml's
// RawToken does in non-strict mode (TestXMLScannerMatchesEncodingXML and
// FuzzXMLScanner hold it to that), or errSlowPath.
//
// What it keeps from token to token holds no pointers (positions in data
// and numbered names): a pointer stored in the heap while the collector
// marks goes through its write barrier, and the stacks of open tags and
// attributes, stored at every tag, spent a twentieth of a cold check of a
// GPX block there.
type xmlScanner struct {
	data       []byte
	pos        int
	closing    bool   // a <self-closing/> element (or a leaf read whole) was read: its end comes next
	closeName  nameID // ... and its name
	attrs      []fastAttr
	vals       []byte            // decoded attribute values that held an entity or a CR
	ids        map[string]nameID // names not among knownNames, numbered once per file
	extra      []string          // ... by their number less extraNames
	forReaders bool              // tokens as the readers need them: blank text skipped (blank), plain elements read whole (leaf); false: every token
	open       []openTag         // the elements open, innermost last
	seen       [8][8]openTag     // the start tag read last at each depth and place among its siblings
	attrSeen   [4]openTag        // the attribute names read last at each place in a tag
	leafFrom   int               // the text of the leaf read whole: data[leafFrom:leafTo], until its end is read
	leafTo     int
}

// nameID numbers a local name: a slot of nameTable for the known names,
// extraNames and up for the others, in the order a file first uses them.
type nameID uint32

const extraNames = 1 << nameBits

// nameOf is the local name numbered id.
func (s *xmlScanner) nameOf(id nameID) string {
	if id < extraNames {
		return nameTable[id]
	}
	return s.extra[id-extraNames]
}

// openTag is an open element: where its name is written (data[at:at+n])
// and its local name. An end tag is nearly always the innermost one's,
// written the same way: one comparison of bytes then reads it, with no
// name to scan or look up.
type openTag struct {
	at, n int
	name  nameID
	kids  int // its children so far
}

// sameAt reports whether data[p:p+n] and data[q:q+n] are the same bytes:
// for names, as a tag's is compared with the one it repeats at every tag
// of a GPX file. Up to 16 bytes, by two 8-byte loads (the second
// overlapping the first) or one masked one: bytes.Equal's call into
// memequal cost more than the comparison of a name. Longer names, and
// short ones with fewer than 8 bytes left in data, by bytes.Equal. Both
// ranges must lie within data.
func sameAt(data []byte, p, q, n int) bool {
	if n >= 8 && n <= 16 {
		return le64(data[p:]) == le64(data[q:]) && le64(data[p+n-8:]) == le64(data[q+n-8:])
	}
	if n < 8 && p+8 <= len(data) && q+8 <= len(data) {
		return (le64(data[p:])^le64(data[q:]))&(1<<(8*n)-1) == 0
	}
	return bytes.Equal(data[p:p+n], data[q:q+n])
}

func le64(b []byte) uint64 { return binary.LittleEndian.Uint64(b) }

// fastAttr is an attribute: its local name and where its value is, in
// data as written or, when decoding changed it, in vals.
type fastAttr struct {
	name    nameID
	at, n   int
	decoded bool
}

// value is the attribute's value, valid until the next token.
func (s *xmlScanner) value(a *fastAttr) []byte {
	if a.decoded {
		return s.vals[a.at : a.at+a.n]
	}
	return s.data[a.at : a.at+a.n]
}

func newXMLScanner(data []byte) *xmlScanner {
	return &xmlScanner{data: data, ids: make(map[string]nameID, 32)}
}

// token kinds
const (
	tokStart = iota + 1
	tokEnd
	tokText
)

// next returns the next start, end or text token (comments and the
// declaration are skipped), io.EOF at the end, or errSlowPath. name is the
// element's local name (nameOf); text, for tokText, is the decoded text of one run of
// character data, appended to *text.
func (s *xmlScanner) next(text *[]byte) (kind int, name nameID, err error) {
	for {
		if s.closing {
			s.closing = false
			return tokEnd, s.closeName, nil
		}
		if s.pos >= len(s.data) {
			return 0, 0, io.EOF
		}
		if s.data[s.pos] != '<' {
			if s.forReaders && len(*text) == 0 && s.blank() {
				continue
			}
			if !s.text(text) {
				return 0, 0, errSlowPath
			}
			return tokText, 0, nil
		}
		if s.pos+1 >= len(s.data) {
			return 0, 0, errSlowPath
		}
		switch s.data[s.pos+1] {
		case '/':
			s.pos += 2
			if name, ok := s.endOfOpen(); ok {
				return tokEnd, name, nil
			}
			if n := len(s.open); n > 0 {
				s.open = s.open[:n-1]
			}
			id, ok := s.nsname()
			if !ok {
				return 0, 0, errSlowPath
			}
			s.space()
			if s.pos >= len(s.data) || s.data[s.pos] != '>' {
				return 0, 0, errSlowPath
			}
			s.pos++
			return tokEnd, id, nil
		case '?':
			if !s.declaration() {
				return 0, 0, errSlowPath
			}
		case '!':
			if bytes.HasPrefix(s.data[s.pos:], []byte("<![CDATA[")) {
				if !s.cdata(text) {
					return 0, 0, errSlowPath
				}
				return tokText, 0, nil
			}
			if !s.comment() {
				return 0, 0, errSlowPath
			}
		default:
			s.pos++
			id, ok := s.startTag()
			if !ok {
				return 0, 0, errSlowPath
			}
			return tokStart, id, nil
		}
	}
}

// declaration reads <?xml ...?> at the very start of the document, when it
// declares version 1.0 (or none) and UTF-8 (or nothing). Other encodings,
// other processing instructions: the slow path.
func (s *xmlScanner) declaration() bool {
	if s.pos != 0 || !bytes.HasPrefix(s.data, []byte("<?xml")) || len(s.data) < 6 {
		return false
	}
	if c := s.data[5]; c != ' ' && c != '\t' && c != '\r' && c != '\n' && c != '?' {
		return false // <?xml-stylesheet and the like
	}
	end := bytes.Index(s.data[5:], []byte("?>"))
	if end < 0 {
		return false
	}
	content := string(bytes.TrimLeft(s.data[5:5+end], " \t\r\n"))
	if v := procInst("version", content); v != "" && v != "1.0" {
		return false
	}
	if e := procInst("encoding", content); e != "" && !strings.EqualFold(e, "utf-8") {
		return false
	}
	s.pos = 5 + end + 2
	return true
}

// procInst returns the value of param in a declaration, found the way
// encoding/xml finds it, so that both paths agree on what was declared.
func procInst(param, s string) string {
	param += "="
	i := 0
	var sep byte
	for i < len(s) {
		sub := s[i:]
		k := strings.Index(sub, param)
		if k < 0 || len(param)+k >= len(sub) {
			return ""
		}
		i += len(param) + k + 1
		if c := sub[len(param)+k]; c == '\'' || c == '"' {
			sep = c
			break
		}
	}
	if sep == 0 {
		return ""
	}
	j := strings.IndexByte(s[i:], sep)
	if j < 0 {
		return ""
	}
	return s[i : i+j]
}

// cdata appends a <![CDATA[ section ]]> (which some apps write names in)
// to *out: no entities, line ends made LF.
func (s *xmlScanner) cdata(out *[]byte) bool {
	body := s.pos + len("<![CDATA[")
	end := bytes.Index(s.data[body:], []byte("]]>"))
	if end < 0 {
		return false
	}
	start := len(s.vals)
	val, ok := s.decode(s.data[body:body+end], true)
	if !ok {
		return false
	}
	*out = append(*out, val...)
	s.vals = s.vals[:start]
	s.pos = body + end + 3
	return true
}

// comment skips <!-- ... -->; "--" inside a comment is an error in
// encoding/xml, so it is the slow path here, as <!DOCTYPE is.
func (s *xmlScanner) comment() bool {
	if !bytes.HasPrefix(s.data[s.pos:], []byte("<!--")) {
		return false
	}
	body := s.pos + 4
	k := bytes.Index(s.data[body:], []byte("--"))
	if k < 0 || body+k+2 >= len(s.data) || s.data[body+k+2] != '>' {
		return false
	}
	s.pos = body + k + 3
	return true
}

// endOfOpen reads an end tag, s.pos just past "</", when it is the
// innermost open element's name as written and then '>'; what nsname would
// read of the same bytes, which it read at the start tag.
func (s *xmlScanner) endOfOpen() (nameID, bool) {
	n := len(s.open)
	if n == 0 {
		return 0, false
	}
	top := &s.open[n-1]
	end, ok := s.endTagAt(s.pos-2, top)
	if !ok {
		return 0, false
	}
	s.open = s.open[:n-1]
	s.pos = end
	return top.name, true
}

// leaf reads, just after a start tag, the rest of an element that holds
// plain text and nothing else, as GPS files write nearly every element
// (<ele>1234.5</ele>): printable ASCII with no markup, entity or CR, then
// the end tag of that element as written. It keeps where the text is
// (leafFrom, leafTo) and leaves the end for next to return, as after a
// <self-closing/> start:
// the tokens encoding/xml gives for those bytes (their text as it is, then
// the end), read in one pass instead of three scans (text, its decoding,
// the end tag). Anything else: nothing read, and the tokens come one by
// one.
func (s *xmlScanner) leaf() bool {
	n := len(s.open)
	if n == 0 || s.closing {
		return false
	}
	i := s.plainEnd(s.pos)
	top := &s.open[n-1]
	end, ok := s.endTagAt(i, top)
	if !ok {
		return false
	}
	s.leafFrom, s.leafTo = s.pos, i
	s.open = s.open[:n-1]
	s.pos = end
	s.closing, s.closeName = true, top.name
	return true
}

// plainEnd is where the run of plainText's bytes from i ends.
func (s *xmlScanner) plainEnd(i int) int {
	for i < len(s.data) && plainText[s.data[i]] {
		i++
	}
	return i
}

// endTagAt reads, at i, "</", the name t was opened with, then '>', and
// says where it ends.
func (s *xmlScanner) endTagAt(i int, t *openTag) (end int, ok bool) {
	e := i + 2 + t.n
	if e >= len(s.data) || s.data[i] != '<' || s.data[i+1] != '/' || s.data[e] != '>' || !sameAt(s.data, i+2, t.at, t.n) {
		return 0, false
	}
	return e + 1, true
}
