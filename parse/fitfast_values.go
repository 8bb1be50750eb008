package parse

import (
	"encoding/binary"
	"math"
	"unicode/utf8"
)

// The FIT fast path's reading of field values: FIT's base types, each with
// its own "invalid" value, in either byte order.

// rawFields reads one message's fields from its bytes.
type rawFields struct {
	def   *mesgDef
	data  []byte
	ts    uint32 // the compressed-header timestamp, when hasTS
	hasTS bool
}

func (r *rawFields) value(f byte) (fieldDef, []byte, bool) {
	i := r.def.idx[f]
	if i < 0 {
		return fieldDef{}, nil, false
	}
	fd := r.def.fields[i]
	return fd, r.data[fd.off : int(fd.off)+int(fd.size)], true
}

// validBase reports whether b is one of FIT's base types, endian bit included.
func validBase(b byte) bool {
	switch b {
	case 0x00, 0x01, 0x02, 0x83, 0x84, 0x85, 0x86, 0x07, 0x88, 0x89, 0x0A, 0x8B, 0x8C, 0x0D, 0x8E, 0x8F, 0x90:
		return true
	}
	return false
}

// baseSize is the size of one value of a FIT base type; 0 for strings.
func baseSize(base byte) int {
	switch base & 0x1F {
	case 0x00, 0x01, 0x02, 0x0A, 0x0D:
		return 1
	case 0x03, 0x04, 0x0B:
		return 2
	case 0x05, 0x06, 0x08, 0x0C:
		return 4
	case 0x09, 0x0E, 0x0F, 0x10:
		return 8
	}
	return 0
}

// num is field f's value, scaled and offset as the profile says, or false
// when the field is absent or holds its type's invalid value. Field 253
// (timestamp) of a compressed-header message is the header's.
func (r *rawFields) num(f byte, scale, offset float64) (float64, bool) {
	if f == 253 && r.hasTS && r.def.idx[253] < 0 {
		return float64(r.ts)/scale - offset, true
	}
	fd, b, ok := r.value(f)
	if !ok {
		return 0, false
	}
	x, ok := fieldValue(fd.base, b, r.def.bigEndian)
	if !ok {
		return 0, false
	}
	return x/scale - offset, true
}

// fieldValue is a field's value of base type base, or false when it holds
// the type's invalid value, NaN or an infinity.
func fieldValue(base byte, b []byte, be bool) (float64, bool) {
	x, ok := baseValue(base, b, be)
	return x, ok && !math.IsNaN(x) && !math.IsInf(x, 0)
}

// baseValue reads one value of base type base from b, by the type's width.
func baseValue(base byte, b []byte, be bool) (float64, bool) {
	switch t := base & 0x1F; t {
	case 0x00, 0x01, 0x02, 0x0A, 0x0D:
		return value8(t, b[0])
	case 0x03, 0x04, 0x0B:
		return value16(t, u16(b, be))
	case 0x05, 0x06, 0x08, 0x0C:
		return value32(t, u32(b, be))
	case 0x09, 0x0E, 0x0F, 0x10:
		return value64(t, u64(b, be))
	}
	return 0, false
}

func value8(t, v byte) (float64, bool) {
	switch t {
	case 0x00, 0x02, 0x0D: // enum, uint8, byte
		return float64(v), v != 0xFF
	case 0x0A: // uint8z
		return float64(v), v != 0
	}
	// sint8
	return float64(int8(v)), int8(v) != math.MaxInt8
}

func value16(t byte, v uint16) (float64, bool) {
	switch t {
	case 0x03: // sint16
		return float64(int16(v)), int16(v) != math.MaxInt16
	case 0x04: // uint16
		return float64(v), v != math.MaxUint16
	}
	// uint16z
	return float64(v), v != 0
}

func value32(t byte, v uint32) (float64, bool) {
	switch t {
	case 0x05: // sint32
		return float64(int32(v)), int32(v) != math.MaxInt32
	case 0x06: // uint32
		return float64(v), v != math.MaxUint32
	case 0x08: // float32
		return float64(math.Float32frombits(v)), v != math.MaxUint32
	}
	// uint32z
	return float64(v), v != 0
}

func value64(t byte, v uint64) (float64, bool) {
	switch t {
	case 0x09: // float64
		return math.Float64frombits(v), v != math.MaxUint64
	case 0x0E: // sint64
		return float64(int64(v)), int64(v) != math.MaxInt64
	case 0x0F: // uint64
		return float64(v), v != math.MaxUint64
	}
	// uint64z
	return float64(v), v != 0
}

// u16, u32 and u64 read an unsigned value in the message's byte order.
func u16(b []byte, bigEndian bool) uint16 {
	if bigEndian {
		return binary.BigEndian.Uint16(b)
	}
	return binary.LittleEndian.Uint16(b)
}

func u32(b []byte, bigEndian bool) uint32 {
	if bigEndian {
		return binary.BigEndian.Uint32(b)
	}
	return binary.LittleEndian.Uint32(b)
}

func u64(b []byte, bigEndian bool) uint64 {
	if bigEndian {
		return binary.BigEndian.Uint64(b)
	}
	return binary.LittleEndian.Uint64(b)
}

func (r *rawFields) str(f byte) string {
	fd, b, ok := r.value(f)
	if !ok || fd.base&0x1F != 0x07 {
		return ""
	}
	for i, c := range b {
		if c == 0 {
			b = b[:i]
			break
		}
		if c >= utf8.RuneSelf {
			return cleanUTF8(b)
		}
	}
	return string(b)
}

// cleanUTF8 is b up to its first NUL with what does not decode as UTF-8
// (and U+FFFD itself) left out, as the full decoder reads a string.
func cleanUTF8(b []byte) string {
	out := make([]byte, 0, len(b))
	for len(b) > 0 {
		r, size := utf8.DecodeRune(b)
		if r == 0 {
			break
		}
		if r != utf8.RuneError {
			out = utf8.AppendRune(out, r)
		}
		b = b[size:]
	}
	return string(out)
}
