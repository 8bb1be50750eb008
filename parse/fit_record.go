package parse

import (
	"encoding/binary"
	"math"
	"time"

	"github.com/muktihari/fit/profile/untyped/fieldnum"

	"github.com/runlint/runlint/activity"
)

// A record is most of a FIT file: one a second. Both paths read its fields
// into recordValues, the fast path by offsets found once per definition
// (recordPlan) and the full decoder by field lookup, and addRecord alone
// makes the sample of them, so the two cannot differ in what they keep.

// The record fields the model reads, in recordValues order.
const (
	rTS = iota
	rLat
	rLon
	rAlt
	rEnhancedAlt
	rDist
	rSpeed
	rEnhancedSpeed
	rHR
	rCadence
	nRecordFields
)

// recordFields are the profile's number, scale and offset of each.
var recordFields = [nRecordFields]struct {
	num           byte
	scale, offset float64
}{
	rTS:            {fieldnum.RecordTimestamp, 1, 0},
	rLat:           {fieldnum.RecordPositionLat, 1, 0},
	rLon:           {fieldnum.RecordPositionLong, 1, 0},
	rAlt:           {fieldnum.RecordAltitude, 5, 500},
	rEnhancedAlt:   {fieldnum.RecordEnhancedAltitude, 5, 500},
	rDist:          {fieldnum.RecordDistance, 100, 0},
	rSpeed:         {fieldnum.RecordSpeed, 1000, 0},
	rEnhancedSpeed: {fieldnum.RecordEnhancedSpeed, 1000, 0},
	rHR:            {fieldnum.RecordHeartRate, 1, 0},
	rCadence:       {fieldnum.RecordCadence, 1, 0},
}

// recordValues are one record's fields, scaled; ok says which it holds.
type recordValues struct {
	v  [nRecordFields]float64
	ok [nRecordFields]bool
}

// valuesOf reads a record the full decoder built.
func valuesOf(m fields) (r recordValues) {
	for i, f := range recordFields {
		r.v[i], r.ok[i] = fnum(m, f.num, f.scale, f.offset)
	}
	return r
}

// slot is where one field sits in a message's data and how to read it,
// worked out once per definition; ok is false when the definition has no
// such field.
type slot struct {
	off     uint16
	base    byte
	width   byte   // 1, 2, 4 or 8 for an integer type; 0 for the rest (floats), read by baseValue
	signed  bool   // an integer type with a sign
	invalid uint64 // an integer type's "no value"
	mask    uint64 // the width's bits
	shift   uint8  // 64 less the width's bits: sign extension
	ok      bool
}

func newSlot(fd fieldDef) slot {
	s := slot{off: fd.off, base: fd.base, ok: true}
	t := fd.base & 0x1F
	if t == 0x08 || t == 0x09 { // float32, float64: read by baseValue
		return s
	}
	if s.width = byte(baseSize(fd.base)); s.width == 0 { // a string, or no base type
		return s
	}
	s.shift = 64 - 8*s.width
	s.mask = math.MaxUint64 >> s.shift
	switch t {
	case 0x01, 0x03, 0x05, 0x0E: // sint8 to sint64: the largest value is invalid
		s.invalid, s.signed = s.mask>>1, true
	case 0x0A, 0x0B, 0x0C, 0x10: // uint8z to uint64z: zero is invalid
	default: // enum, byte and the unsigned: all ones
		s.invalid = s.mask
	}
	return s
}

// readAt is the slot's value in the message at b[at:], as rawFields.num
// reads it (fieldValue), or false when it holds its type's invalid value. An
// integer is read as eight little-endian bytes and masked where the file has
// eight bytes left: one load and no branch on the width.
func (s *slot) readAt(b []byte, at int, be bool) (float64, bool) {
	i := at + int(s.off)
	if s.width == 0 || be || i+8 > len(b) {
		return fieldValue(s.base, b[i:], be)
	}
	u := binary.LittleEndian.Uint64(b[i:]) & s.mask
	if s.signed {
		return float64(int64(u<<s.shift) >> s.shift), u != s.invalid
	}
	return float64(u), u != s.invalid
}

// recordPlan is where a record definition keeps each field the model
// reads: the slots of the fields it has, and which recordValues each fills.
type recordPlan struct {
	slots [nRecordFields]slot
	field [nRecordFields]uint8 // recordValues index of each slot
	n     int
	hasTS bool // the definition has a timestamp field
}

func (def *mesgDef) planRecord() {
	p := &def.rec
	p.n, p.hasTS = 0, false
	for i, f := range recordFields {
		if k := def.idx[f.num]; k >= 0 {
			p.slots[p.n], p.field[p.n] = newSlot(def.fields[k]), uint8(i)
			p.n++
			p.hasTS = p.hasTS || i == rTS
		}
	}
}

// values reads the fields of the record at b[at:] into r, as rawFields.num
// would: ts is the compressed header's timestamp, when hasTS.
func (p *recordPlan) values(b []byte, at int, be bool, ts uint32, hasTS bool, r *recordValues) {
	r.ok = [nRecordFields]bool{}
	for k := range p.n {
		x, ok := p.slots[k].readAt(b, at, be)
		if !ok {
			continue
		}
		i := p.field[k]
		// x/1-0 is x: the division, the costliest step of a record, only where it scales.
		if f := &recordFields[i]; f.scale != 1 || f.offset != 0 {
			x = x/f.scale - f.offset
		}
		r.v[i], r.ok[i] = x, true
	}
	if hasTS && !p.hasTS {
		r.v[rTS], r.ok[rTS] = float64(ts), true
	}
}

func (l *fitListener) onRecord(m fields) {
	r := valuesOf(m)
	l.addRecord(&r)
}

// addRecord keeps one record as a sample.
func (l *fitListener) addRecord(r *recordValues) {
	l.records++
	if len(l.samples) >= maxSamples {
		l.samplesCut++
		return
	}
	if !r.ok[rTS] {
		l.noTimestamp++
		return
	}
	// Filled where it lies in the slice: a sample is 72 bytes, built and then copied it showed.
	l.samples = append(l.samples, activity.Sample{})
	s := &l.samples[len(l.samples)-1]
	nan := math.NaN()
	s.Time, s.Lat, s.Lon, s.AltM, s.DistM, s.SpeedMS = fitTime(r.v[rTS]), nan, nan, nan, nan, nan
	if r.ok[rLat] && r.ok[rLon] {
		s.Lat, s.Lon = r.v[rLat]*(180.0/(1<<31)), r.v[rLon]*(180.0/(1<<31))
	}
	// The 16-bit field first: muktihari's decoder expands it into the
	// enhanced field through a float64 round trip that can lose the last unit
	// (221 raw, -455.8 m, comes back as -456), while the fast path reads the
	// stored value. Both mean the same where a device writes both.
	if r.ok[rAlt] {
		s.AltM = r.v[rAlt]
	} else if r.ok[rEnhancedAlt] {
		s.AltM = r.v[rEnhancedAlt]
	}
	if r.ok[rDist] {
		s.DistM = r.v[rDist]
	}
	if r.ok[rSpeed] { // as altitude: the stored field first
		s.SpeedMS = r.v[rSpeed]
	} else if r.ok[rEnhancedSpeed] {
		s.SpeedMS = r.v[rEnhancedSpeed]
	}
	if v, ok := asUint(r.v[rHR], r.ok[rHR]); ok && v > 0 && v < 255 {
		s.HR = uint8(v)
	}
	if v, ok := asUint(r.v[rCadence], r.ok[rCadence]); ok && v < 255 {
		s.Cadence = uint8(v)
	}
}

// fitTime is a FIT date_time value as UTC time.
func fitTime(x float64) time.Time {
	// Below 0x10000000 FIT means "seconds since the device powered on": the
	// clock was never set (old FR70s). Kept, so the timeline holds, and the
	// activity is warned about its date.
	return time.Unix(int64(x)+fitEpoch, 0).UTC()
}
