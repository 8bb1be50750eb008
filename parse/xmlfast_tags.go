// The fast XML scanner's tags, attributes and names, and the byte classes they are read with.

package parse

import (
	"bytes"
	"unicode/utf8"
)

// plainText is the character data leaf reads, and decode passes, as it is:
// printable ASCII and tab and LF, less what markup, entities and "]]>" begin
// with.
var plainText = func() (t [256]bool) {
	for c := ' '; c < 0x7f; c++ {
		t[c] = c != '<' && c != '>' && c != '&'
	}
	t['\t'], t['\n'] = true, true
	return t
}()

// startTag reads an element's name and attributes, s.pos just past '<'.
func (s *xmlScanner) startTag() (nameID, bool) {
	tag, ok := s.tagName()
	if !ok {
		return 0, false
	}
	if len(s.attrs) > 0 { // stored only when it changes: see xmlScanner
		s.attrs = s.attrs[:0]
	}
	if len(s.vals) > 0 {
		s.vals = s.vals[:0]
	}
	for {
		s.space()
		if s.pos >= len(s.data) {
			return 0, false
		}
		switch s.data[s.pos] {
		case '/':
			if s.pos+1 >= len(s.data) || s.data[s.pos+1] != '>' {
				return 0, false
			}
			s.pos += 2
			s.closing, s.closeName = true, tag.name
			return tag.name, true
		case '>':
			s.pos++
			s.open = append(s.open, tag)
			return tag.name, true
		}
		if !s.attr() {
			return 0, false
		}
	}
}

// attr reads one attribute of a start tag into s.attrs.
func (s *xmlScanner) attr() bool {
	an, ok := s.attrName()
	if !ok {
		return false
	}
	s.space()
	if s.pos >= len(s.data) || s.data[s.pos] != '=' {
		return false // a valueless attribute: encoding/xml's lenient mode
	}
	s.pos++
	s.space()
	if s.pos >= len(s.data) || (s.data[s.pos] != '"' && s.data[s.pos] != '\'') {
		return false
	}
	q := s.data[s.pos]
	s.pos++
	end := bytes.IndexByte(s.data[s.pos:], q)
	if end < 0 {
		return false
	}
	raw := s.data[s.pos : s.pos+end]
	if bytes.IndexByte(raw, '<') >= 0 {
		return false
	}
	a := fastAttr{name: an, at: s.pos, n: end}
	start := len(s.vals)
	val, ok := s.decode(raw, false)
	if !ok {
		return false
	}
	if len(s.vals) > start { // decoding changed it (decode writes only then, at least a byte)
		a.at, a.n, a.decoded = start, len(val), true
	}
	s.pos += end + 1
	s.attrs = append(s.attrs, a)
	return true
}

// attrName reads an attribute's name as nsname does, trying first the
// name the attribute at the same place in the tag before had (a track
// point's lat and lon): when the bytes are that name again, then a byte
// that ends a name, nsname would read the same.
func (s *xmlScanner) attrName() (nameID, bool) {
	var seen *openTag
	if k := len(s.attrs); k < len(s.attrSeen) {
		seen = &s.attrSeen[k]
	}
	tag, ok := s.seenName(seen)
	return tag.name, ok
}

// seenName reads a name at s.pos as nsname does, and where it is written.
// seen, when not nil, is the name read last at the same place: when the
// bytes are that name again, then a byte that ends a name, nsname would
// read the same, and the scan and the lookup are saved; otherwise seen
// becomes the name read.
func (s *xmlScanner) seenName(seen *openTag) (openTag, bool) {
	if seen != nil {
		if e := s.pos + seen.n; seen.n > 0 && e < len(s.data) && !nameBytes[s.data[e]] &&
			s.data[e] < utf8.RuneSelf && sameAt(s.data, s.pos, seen.at, seen.n) {
			tag := openTag{at: s.pos, n: seen.n, name: seen.name}
			s.pos = e
			return tag, true
		}
	}
	at := s.pos
	id, ok := s.nsname()
	if !ok {
		return openTag{}, false
	}
	tag := openTag{at: at, n: s.pos - at, name: id}
	if seen != nil {
		*seen = tag
	}
	return tag, true
}

// tagName reads a start tag's name, as written (raw) and its local part.
// A GPS file repeats one shape thousands of times (a track point's ele,
// time, extensions), so the tag read last at the same depth and place
// among its siblings is tried first: when the bytes are that name again,
// and then a byte that ends a name, nsname would read the same, and the
// scan and the lookup are saved.
func (s *xmlScanner) tagName() (openTag, bool) {
	depth, place := len(s.open), 0
	if depth > 0 {
		place = s.open[depth-1].kids
		s.open[depth-1].kids++
	}
	var seen *openTag
	if depth < len(s.seen) && place < len(s.seen[depth]) {
		seen = &s.seen[depth][place]
	}
	return s.seenName(seen)
}

// nsname reads a name and returns its local part as encoding/xml's RawToken
// does ("gpxtpx:hr" -> "hr"). Names with non-ASCII letters: the slow path.
func (s *xmlScanner) nsname() (nameID, bool) {
	data, start := s.data, s.pos
	i, colon, colons := start, 0, 0           // the prefix's colon found on the way, not by a second pass
	for i < len(data) && nameBytes[data[i]] { // in locals: s.pos stored per byte was a third of the scan
		if data[i] == ':' {
			colon = i - start
			colons++
		}
		i++
	}
	s.pos = i
	if i >= len(data) || data[i] >= utf8.RuneSelf || i == start {
		return 0, false
	}
	b := data[start:i]
	if c := b[0]; !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c == ':') {
		return 0, false
	}
	if colons > 0 {
		if colons > 1 || colon == 0 || colon == len(b)-1 {
			return 0, false
		}
		b = b[colon+1:]
	}
	if slot, ok := knownSlot(b); ok {
		return nameID(slot), true
	}
	if id, ok := s.ids[string(b)]; ok {
		return id, true
	}
	id := extraNames + nameID(len(s.extra))
	s.extra = append(s.extra, string(b))
	s.ids[s.extra[len(s.extra)-1]] = id
	return id, true
}

// blank skips a run of character data that is only whitespace, up to the
// next '<' or the end, and says whether it did. The readers see an element's
// text trimmed (event.text), so whitespace before any other text changes
// nothing they read, and it is most of a GPX or TCX file (the indentation
// between tags): skipped, it is not checked, decoded and copied. Nothing in
// it could be malformed (no entity, no control character, no "]]>"), so no
// error is lost. Whitespace after text is kept: it may sit inside a name.
func (s *xmlScanner) blank() bool {
	i := s.spaceEnd()
	if i < len(s.data) && s.data[i] != '<' {
		return false
	}
	s.pos = i
	return true
}

// spaceBytes are XML's white space, as a table for blank's loop.
var spaceBytes = [256]bool{' ': true, '\r': true, '\n': true, '\t': true}

// nameBytes is isNameByte as a table, for the scanner's inner loop.
var nameBytes = func() (t [256]bool) {
	for c := range t {
		t[c] = isNameByte(byte(c))
	}
	return t
}()

func isNameByte(c byte) bool {
	return 'A' <= c && c <= 'Z' || 'a' <= c && c <= 'z' || '0' <= c && c <= '9' ||
		c == '_' || c == ':' || c == '.' || c == '-'
}

func (s *xmlScanner) space() { s.pos = s.spaceEnd() }

// spaceEnd is where the white space from s.pos ends.
func (s *xmlScanner) spaceEnd() int {
	i := s.pos
	for i < len(s.data) && spaceBytes[s.data[i]] {
		i++
	}
	return i
}

// line is the line s.pos is on, for messages (the fast path has none of its
// own, but the stream's interface asks).
func (s *xmlScanner) line() int {
	return 1 + bytes.Count(s.data[:s.pos], []byte("\n"))
}
