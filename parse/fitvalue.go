package parse

import (
	"math"
	"time"

	"github.com/muktihari/fit/proto"
)

// fitEpoch is 1989-12-31T00:00:00Z, the zero of FIT date_time fields.
const fitEpoch = 631065600

// field returns the raw field num of m, or nil.
func field(m *proto.Message, num byte) *proto.Field {
	for i := range m.Fields {
		if m.Fields[i].Num == num {
			return &m.Fields[i]
		}
	}
	return nil
}

// fields is one FIT message as the listener reads it: a message muktihari's
// decoder built, or a message the fast path reads straight from the bytes.
type fields interface {
	// num returns field f as a float, divided by scale less offset, or
	// ok=false when it is absent or holds its base type's invalid value.
	num(f byte, scale, offset float64) (float64, bool)
	// str returns a string field, or "".
	str(f byte) string
}

func fnum(m fields, f byte, scale, offset float64) (float64, bool) { return m.num(f, scale, offset) }
func fstring(m fields, f byte) string                              { return m.str(f) }

// protoFields reads a message muktihari decoded.
type protoFields struct{ m *proto.Message }

// num accepts any numeric type, because real files declare fields with
// other sizes than the profile's.
func (p protoFields) num(num byte, scale, offset float64) (float64, bool) {
	f := field(p.m, num)
	if f == nil || !f.Value.Valid(f.BaseType) {
		return 0, false
	}
	var x float64
	v := f.Value
	switch v.Type() {
	case proto.TypeInt8:
		x = float64(v.Int8())
	case proto.TypeUint8:
		x = float64(v.Uint8())
	case proto.TypeInt16:
		x = float64(v.Int16())
	case proto.TypeUint16:
		x = float64(v.Uint16())
	case proto.TypeInt32:
		x = float64(v.Int32())
	case proto.TypeUint32:
		x = float64(v.Uint32())
	case proto.TypeInt64:
		x = float64(v.Int64())
	case proto.TypeUint64:
		x = float64(v.Uint64())
	case proto.TypeFloat32:
		x = float64(v.Float32())
	case proto.TypeFloat64:
		x = v.Float64()
	default:
		return 0, false
	}
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return 0, false
	}
	return x/scale - offset, true
}

// ftime returns a FIT date_time field as UTC time.
func ftime(m fields, num byte) (time.Time, bool) {
	x, ok := fnum(m, num, 1, 0)
	if !ok {
		return time.Time{}, false
	}
	return fitTime(x), true
}

func (p protoFields) str(num byte) string {
	f := field(p.m, num)
	if f == nil || f.Value.Type() != proto.TypeString {
		return ""
	}
	return f.Value.String()
}

// fuint returns an enum or integer field as a uint, or ok=false.
func fuint(m fields, num byte) (uint, bool) {
	return asUint(fnum(m, num, 1, 0))
}

// asUint is a field's value as a uint, or ok=false when it is absent or negative.
func asUint(x float64, ok bool) (uint, bool) {
	if !ok || x < 0 {
		return 0, false
	}
	return uint(x), true
}
