package report

import (
	"strings"
	"unicode/utf8"
)

// DefaultWidth is what the text table fits when nobody says: a terminal's
// classic width, and what most CI logs and pagers show without wrapping.
const DefaultWidth = 80

// fitStep is one way the table gives up width: a column cut to at most to
// runes, dropped when to is 0, or cut to what the others leave (at least
// minLeft) when to is -1.
type fitStep struct {
	col string
	to  int
}

// fitSteps is the order in which the table gives up width until it fits
// (notes are never a column: they go under their row, wrapped): the start
// time and the sport go first, then the file and the name are shortened,
// the file first and furthest (a runner reads "Tempo Friday", not
// "…ties/16739442994.fit.gz"), then the file goes (its path is then
// written under each row that has lines under it: the runs a user must
// open), and last the name takes what is left.
var fitSteps = []fitStep{
	{"TIME", 0}, {"SPORT", 0}, {"FILE", 24}, {"NAME", 30}, {"FILE", -1}, {"FILE", 0}, {"NAME", -1},
}

// minLeft is the least a file is cut to: the end of its base name.
const minLeft = 12

// layout is what fits: each column's width, 0 for a dropped one.
type layout struct {
	width []int
}

// fit works out the layout for natural widths within limit columns. A
// blank column (every cell "-": a block without names) is the first to go.
// When FILE goes and some runs have no name (gaps), NAME takes up to 30 of
// FILE's width: those runs are named by their file there (see table.write).
func fit(header []string, natural []int, blank, gaps []bool, limit int) layout {
	l := layout{width: append([]int(nil), natural...)}
	total := func() int {
		n, shown := 0, 0
		for _, w := range l.width {
			if w > 0 {
				n += w
				shown++
			}
		}
		return n + 2*max(shown-1, 0)
	}
	for i := range blank {
		if blank[i] && total() > limit {
			l.width[i] = 0
		}
	}
	for _, s := range fitSteps {
		if total() <= limit {
			break
		}
		i := indexOf(header, s.col)
		if i < 0 {
			continue
		}
		switch {
		case s.to == 0:
			if name := indexOf(header, "NAME"); s.col == "FILE" && name >= 0 && gaps[name] && l.width[name] > 0 {
				l.width[name] = max(l.width[name], min(natural[i], 30)) // the next step cuts it to what is left
			}
			l.width[i] = 0
		case s.to < 0:
			l.width[i] = min(l.width[i], max(minLeft, l.width[i]-(total()-limit)))
		case l.width[i] > s.to:
			l.width[i] = max(s.to, len(header[i]))
		}
	}
	return l
}

func indexOf(xs []string, x string) int {
	for i, s := range xs {
		if s == x {
			return i
		}
	}
	return -1
}

// clipLeft cuts s to its last n runes, marking the cut with "…": of a
// path, the end tells runs apart ("…/2021-02-01-181935.fit").
func clipLeft(s string, n int) string {
	r := []rune(s)
	if len(r) <= n || n < 2 {
		return s
	}
	return "…" + string(r[len(r)-n+1:])
}

// visibleLen counts the runes a terminal shows: the colour codes paint
// writes take no room.
func visibleLen(s string) int {
	n := 0
	for i := 0; i < len(s); {
		if s[i] == '\033' {
			if j := strings.IndexByte(s[i:], 'm'); j > 0 {
				i += j + 1
				continue
			}
		}
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
		n++
	}
	return n
}

// wrap breaks line at spaces into lines of at most width visible runes,
// the lines after the first indented by hang spaces. Spaces inside a line
// are kept (they align a severity); a word longer than a line stays whole
// rather than being cut.
func wrap(line string, width, hang int) []string {
	var out []string
	prefix := ""
	for {
		avail := width - len(prefix)
		if width <= 0 || visibleLen(line) <= avail {
			return append(out, prefix+line)
		}
		cut := breakAt(line, avail)
		if cut < 0 {
			return append(out, prefix+line)
		}
		out = append(out, prefix+strings.TrimRight(line[:cut], " "))
		line = strings.TrimLeft(line[cut:], " ")
		prefix = strings.Repeat(" ", hang)
	}
}

// breakAt is the byte offset of the last space (after the leading ones)
// that ends at most avail visible runes of line, else of the first space
// after an overlong word; -1 when line has no such space.
func breakAt(line string, avail int) int {
	n, last, first, lead := 0, -1, -1, true
	for i := 0; i < len(line); {
		if line[i] == '\033' {
			if j := strings.IndexByte(line[i:], 'm'); j > 0 {
				i += j + 1
				continue
			}
		}
		if line[i] == ' ' && !lead {
			if n <= avail {
				last = i
			} else if first < 0 {
				first = i
			}
		}
		lead = lead && line[i] == ' '
		_, size := utf8.DecodeRuneInString(line[i:])
		i += size
		n++
	}
	if last >= 0 {
		return last
	}
	return first
}
