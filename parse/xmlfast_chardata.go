package parse

import (
	"bytes"
	"strconv"
	"unicode/utf8"
)

// The fast XML scanner's character data, kept apart from its markup
// (xmlfast.go): text and attribute values are checked and decoded here byte
// by byte as encoding/xml does them, which is where the two readers could
// most easily disagree, so those rules sit together.

// text appends one run of character data, up to the next '<', to *out.
func (s *xmlScanner) text(out *[]byte) bool {
	end := bytes.IndexByte(s.data[s.pos:], '<')
	if end < 0 {
		end = len(s.data) - s.pos
	}
	raw := s.data[s.pos : s.pos+end]
	if bytes.Contains(raw, []byte("]]>")) {
		return false
	}
	s.pos += end
	start := len(s.vals)
	val, ok := s.decode(raw, false)
	if !ok {
		return false
	}
	*out = append(*out, val...)
	s.vals = s.vals[:start]
	return true
}

// decode checks raw the way encoding/xml checks character data (valid UTF-8,
// XML characters only), turns CR and CRLF into LF and replaces the predefined
// entities and character references. Plain text, nearly all of it, is
// returned as is; text that changes is written to s.vals. In a CDATA
// section (cdata) '&' is itself.
func (s *xmlScanner) decode(raw []byte, cdata bool) ([]byte, bool) {
	i := 0
	for i < len(raw) && plainText[raw[i]] { // the common case, one table lookup a byte
		i++
	}
	if i == len(raw) {
		return raw, true
	}
	plain := true
	for i < len(raw) {
		c := raw[i]
		switch {
		case c == '&' && !cdata || c == '\r':
			plain = false
			i++
		case c < 0x20 && c != '\t' && c != '\n':
			return nil, false
		case c >= utf8.RuneSelf:
			r, n := utf8.DecodeRune(raw[i:])
			if r == utf8.RuneError && n == 1 || !isInCharacterRange(r) {
				return nil, false
			}
			i += n
		default:
			i++
		}
	}
	if plain {
		return raw, true
	}
	start := len(s.vals)
	for i := 0; i < len(raw); i++ {
		switch c := raw[i]; c {
		case '\r':
			s.vals = append(s.vals, '\n')
			if i+1 < len(raw) && raw[i+1] == '\n' {
				i++
			}
		case '&':
			if cdata {
				s.vals = append(s.vals, c)
				continue
			}
			semi := bytes.IndexByte(raw[i:], ';')
			if semi < 0 {
				return nil, false
			}
			r, ok := entityRune(raw[i+1 : i+semi])
			if !ok {
				return nil, false
			}
			s.vals = utf8.AppendRune(s.vals, r)
			i += semi
		default:
			s.vals = append(s.vals, c)
		}
	}
	return s.vals[start:], true
}

// entityRune reads the name between & and ; : one of the five predefined
// entities or a character reference to an XML character. Anything else
// (encoding/xml's lenient mode keeps it as written): the slow path.
func entityRune(name []byte) (rune, bool) {
	switch string(name) {
	case "lt":
		return '<', true
	case "gt":
		return '>', true
	case "amp":
		return '&', true
	case "apos":
		return '\'', true
	case "quot":
		return '"', true
	}
	if len(name) < 2 || name[0] != '#' {
		return 0, false
	}
	digits, base := name[1:], 10
	if digits[0] == 'x' {
		digits, base = digits[1:], 16
	}
	if len(digits) == 0 {
		return 0, false
	}
	for _, c := range digits {
		if !('0' <= c && c <= '9' || base == 16 && ('a' <= c && c <= 'f' || 'A' <= c && c <= 'F')) {
			return 0, false
		}
	}
	n, err := strconv.ParseUint(string(digits), base, 32)
	if err != nil || !isInCharacterRange(rune(n)) {
		return 0, false
	}
	return rune(n), true
}

// isInCharacterRange is XML's Char production, as encoding/xml tests it.
func isInCharacterRange(r rune) bool {
	return r == 0x09 || r == 0x0A || r == 0x0D ||
		r >= 0x20 && r <= 0xD7FF ||
		r >= 0xE000 && r <= 0xFFFD ||
		r >= 0x10000 && r <= 0x10FFFF
}
