package parse

import (
	"fmt"
	"strconv"
	"strings"
	"time"
	"unsafe"
)

// The values the XML readers read from text and attributes: times and
// numbers, without copying the text they come from.

// parseTime reads an XML time: RFC 3339 with or without fractional seconds and
// with an offset, or with no zone at all (reported by noZone, read as UTC).
func parseTime(s string) (t time.Time, noZone bool, err error) {
	if t, ok := quickTime(s); ok {
		return t, false, nil
	}
	if t, err := time.Parse(time.RFC3339Nano, s); err == nil {
		return t.UTC(), false, nil
	}
	for _, layout := range []string{"2006-01-02T15:04:05.999999999", "2006-01-02 15:04:05.999999999", "2006-01-02T15:04:05.999999999Z0700", "2006-01-02T15:04:05.999999999Z07"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t.UTC(), !strings.ContainsAny(s[10:], "Z+-"), nil
		}
	}
	return time.Time{}, false, fmt.Errorf("bad time %q", s)
}

// timeText reads an element's text as parseTime does, without copying it
// into a string first when quickTime can read it (quickTime keeps nothing
// of it): a string per track point was a third of the allocations of
// reading a GPX file. Text past maxText goes the way ev.str() cuts it.
func (x *xmlStream) timeText(ev event) (t time.Time, noZone bool, err error) {
	if len(ev.text) <= maxText {
		if t, ok := x.days.quickTime(unsafeString(ev.text)); ok {
			return t, false, nil
		}
	}
	return parseTime(ev.str())
}

func parseFloat(s string) (float64, bool) {
	v, err := strconv.ParseFloat(strings.TrimSpace(s), 64)
	return v, err == nil
}

// parseNum reads a number from an element's text without copying it: the
// plain decimals nearly every value is by fastFloat, the rest by strconv.
// Empty text (the wrappers a point's extensions nest in) is no number, said
// without asking strconv, whose error allocates.
func parseNum(b []byte) (float64, bool) {
	if v, ok := fastFloat(b); ok {
		return v, true
	}
	if len(b) == 0 {
		return 0, false
	}
	v, err := strconv.ParseFloat(unsafeString(b), 64)
	return v, err == nil
}

// unsafeString views b as a string for strconv, which does not keep it
// (except inside the error, which the callers drop): parsing numbers is most
// of what the XML readers do, and copying each one first doubled their
// allocations.
func unsafeString(b []byte) string { return unsafe.String(unsafe.SliceData(b), len(b)) }

// quickTime reads the RFC 3339 times nearly every track point carries
// ("2024-05-01T06:00:00Z", with a fraction or an offset) without time.Parse,
// which was a tenth of reading a GPX file. Anything else: ok=false, and the
// caller parses it the general way.
func quickTime(s string) (time.Time, bool) {
	var days dayMemo
	return days.quickTime(s)
}

// dayMemo remembers the date quickTime read last, as seconds since the
// epoch at its midnight: a file's points share their date, and time.Date's
// normalising and the check of the day were most of reading a time.
type dayMemo struct {
	date [10]byte
	unix int64
	set  bool
}

// day is the midnight of the date s begins with, when it is a real one.
func (m *dayMemo) day(s string) (int64, bool) {
	if m.set && string(m.date[:]) == s[:10] {
		return m.unix, true
	}
	y, ok1 := digits(s[0:4])
	mo, ok2 := digits(s[5:7])
	d, ok3 := digits(s[8:10])
	if !(ok1 && ok2 && ok3) || mo < 1 || mo > 12 || d < 1 || d > 31 {
		return 0, false
	}
	t := time.Date(y, time.Month(mo), d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d {
		return 0, false // 31 April and the like
	}
	copy(m.date[:], s)
	m.unix, m.set = t.Unix(), true
	return m.unix, true
}

func digits(s string) (int, bool) {
	n := 0
	for _, c := range s {
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, true
}

// quickTime is quickTime with the date of the time before remembered. The
// time it makes is time.Date's to the bit: seconds and nanoseconds since
// the epoch, in UTC.
func (m *dayMemo) quickTime(s string) (time.Time, bool) {
	if len(s) < 20 || s[4] != '-' || s[7] != '-' || s[10] != 'T' || s[13] != ':' || s[16] != ':' {
		return time.Time{}, false
	}
	h, ok4 := digits(s[11:13])
	mi, ok5 := digits(s[14:16])
	sec, ok6 := digits(s[17:19])
	if !(ok4 && ok5 && ok6) || h > 23 || mi > 59 || sec > 59 {
		return time.Time{}, false
	}
	i, nsec := 19, 0
	if s[i] == '.' {
		i++
		scale := 100000000
		for i < len(s) && s[i] >= '0' && s[i] <= '9' {
			nsec += int(s[i]-'0') * scale
			scale /= 10
			i++
		}
	}
	off := 0
	switch rest := s[i:]; {
	case rest == "Z":
	case len(rest) == 6 && (rest[0] == '+' || rest[0] == '-') && rest[3] == ':':
		oh, ok1 := digits(rest[1:3])
		om, ok2 := digits(rest[4:6])
		if !ok1 || !ok2 || oh > 23 || om > 59 {
			return time.Time{}, false
		}
		off = oh*3600 + om*60
		if rest[0] == '-' {
			off = -off
		}
	default:
		return time.Time{}, false
	}
	midnight, ok := m.day(s)
	if !ok {
		return time.Time{}, false
	}
	return time.Unix(midnight+int64(h*3600+mi*60+sec-off), int64(nsec)).UTC(), true
}
