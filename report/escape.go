package report

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Escape makes untrusted text (file names, names and messages that quote a
// file's bytes) safe to print on a terminal or in a CI log: control
// characters, which could move the cursor, recolour the screen, or start a
// forged "::error" line in a CI log after a newline, are written as \xNN or
// \uNNNN, and so are the bidirectional overrides that reorder what a reader
// sees (CVE-2021-42574), U+FFFE and U+FFFF, and bytes that are not UTF-8.
// Other text, accents and all, is left alone.
func Escape(s string) string {
	if !needsEscape(s) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && n == 1:
			fmt.Fprintf(&b, `\x%02x`, s[i])
		case r < 0x80 && unsafeRune(r):
			fmt.Fprintf(&b, `\x%02x`, r)
		case unsafeRune(r):
			fmt.Fprintf(&b, `\u%04x`, r)
		default:
			b.WriteString(s[i : i+n])
		}
		i += n
	}
	return b.String()
}

func needsEscape(s string) bool {
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if (r == utf8.RuneError && n == 1) || unsafeRune(r) {
			return true
		}
		i += n
	}
	return false
}

// unsafeRune: control characters, bidi controls, the Unicode line and
// paragraph separators, and U+FFFE and U+FFFF, which are not characters and
// which XML 1.0 forbids (a JUnit file holding one does not parse).
func unsafeRune(r rune) bool {
	return unicode.IsControl(r) || unicode.Is(unicode.Bidi_Control, r) ||
		r == '\u2028' || r == '\u2029' || r == '\uFFFE' || r == '\uFFFF'
}

// maxShown bounds a file name, a sport or any other one untrusted value in
// a line of text: a name of megabytes must not push the table off every
// screen or fill a CI log.
const maxShown = 120

// maxMessage bounds a reason or a finding's message in the text table. Those
// are runlint's words, and the names they quote are cut already (analyze
// quotes at most 60 runes of a name); this only keeps a surprise short.
const maxMessage = 4 * maxShown

// clip cuts s to at most n runes, marking the cut with "…". It cuts text
// already escaped, so the count is what a reader sees.
func clip(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n-1]) + "…"
}

// mdAlways is the ASCII punctuation that means something in CommonMark or
// GitHub's Markdown wherever it stands: emphasis, code, links and images,
// raw HTML and autolinks, entities, headings and issue links, table cells,
// strikethrough, math, mentions, attributes. CommonMark lets a backslash
// make any ASCII punctuation literal.
const mdAlways = "\\`*_{}[]<>#|~&$!@"

// mdEscape makes untrusted text literal in Markdown, in a table cell or a
// list item: Escape first (no newline or control character survives, so
// the text stays on its line), then a backslash before every character of
// mdAlways, before a mark that would start a block (a list's "-", "+" or
// "1.", a setext "="), and before what GitHub would autolink ("x:" a scheme,
// "www."). Leading spaces are trimmed: four of them would start a code
// block. Other punctuation is left, so "5:40/km (easy)" reads as it is.
func mdEscape(s string) string {
	s = strings.TrimSpace(Escape(s))
	lead := mdBlockMark(s)
	var b strings.Builder
	// Byte by byte: every byte that may need a backslash is ASCII, and no
	// byte of a multi-byte UTF-8 sequence is.
	for i := 0; i < len(s); i++ {
		c := s[i]
		if strings.IndexByte(mdAlways, c) >= 0 || i == lead || mdAutolink(s, i) {
			b.WriteByte('\\')
		}
		b.WriteByte(c)
	}
	return b.String()
}

// mdBlockMark is where the mark is that would make s a list item or a
// setext underline at the start of a line, or -1.
func mdBlockMark(s string) int {
	if s != "" && strings.IndexByte("-+=", s[0]) >= 0 {
		return 0
	}
	d := 0
	for d < len(s) && d < 10 && s[d] >= '0' && s[d] <= '9' {
		d++
	}
	if d > 0 && d < len(s) && (s[d] == '.' || s[d] == ')') {
		return d
	}
	return -1
}

// mdAutolink: s[i] is the colon of a scheme ("javascript:x", "http://") or
// the dot of "www.", which GitHub's autolinks start from. A colon after a
// digit or before a space ("5:40", "recovery: 25") is left alone.
func mdAutolink(s string, i int) bool {
	switch s[i] {
	case ':':
		return i > 0 && i+1 < len(s) && isASCIILetter(s[i-1]) && s[i+1] != ' '
	case '.':
		return i >= 3 && strings.EqualFold(s[i-3:i], "www")
	}
	return false
}

func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }
