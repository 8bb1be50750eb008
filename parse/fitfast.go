package parse

import (
	"encoding/binary"
	"errors"
	"math"

	"github.com/muktihari/fit/profile/untyped/mesgnum"
)

// The FIT fast path walks the file's bytes itself and decodes only the
// messages and fields the model reads, straight into the same listener the
// full decoder feeds. muktihari/fit's decoder builds every field of every
// message (and expands components), which is what makes it about three times
// slower than this; no library offers a selective decode. Anything the fast
// path does not handle exactly (hr messages, compressed speed/distance, odd
// field sizes, damage of any kind) makes it give up, and the full decoder
// reads the file instead. TestFITFastPathMatchesDecoder holds the two to the
// same activities on every file of the corpus.

var errFallback = errors.New("fit fast path: needs the full decoder")

// fieldDef is one field of a message definition.
type fieldDef struct {
	off  uint16 // offset of the value in the message's data
	size byte
	base byte
}

// mesgDef is a local message definition.
type mesgDef struct {
	num       uint16
	bigEndian bool
	size      int        // bytes of data, developer fields included
	idx       [256]int16 // field number -> index into fields, -1 when absent
	fields    []fieldDef
	tsOff     int // offset of field 253 (timestamp, uint32), or -1
	wanted    bool
}

// The messages the model reads.
func wanted(num uint16) bool {
	switch num {
	case mesgnum.FileId, mesgnum.Sport, mesgnum.Session, mesgnum.Lap, mesgnum.Record,
		mesgnum.Event, mesgnum.DeviceInfo, mesgnum.Workout, mesgnum.Activity:
		return true
	}
	return false
}

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

func (r *rawFields) num(f byte, scale, offset float64) (float64, bool) {
	var x float64
	if f == 253 && r.hasTS && r.def.idx[253] < 0 {
		x = float64(r.ts)
		return x/scale - offset, true
	}
	fd, b, ok := r.value(f)
	if !ok {
		return 0, false
	}
	be := r.def.bigEndian
	u16 := func(b []byte) uint16 {
		if be {
			return binary.BigEndian.Uint16(b)
		}
		return binary.LittleEndian.Uint16(b)
	}
	u32 := func(b []byte) uint32 {
		if be {
			return binary.BigEndian.Uint32(b)
		}
		return binary.LittleEndian.Uint32(b)
	}
	u64 := func(b []byte) uint64 {
		if be {
			return binary.BigEndian.Uint64(b)
		}
		return binary.LittleEndian.Uint64(b)
	}
	switch fd.base & 0x1F {
	case 0x00, 0x02, 0x0D: // enum, uint8, byte
		if b[0] == 0xFF {
			return 0, false
		}
		x = float64(b[0])
	case 0x0A: // uint8z
		if b[0] == 0 {
			return 0, false
		}
		x = float64(b[0])
	case 0x01:
		if int8(b[0]) == math.MaxInt8 {
			return 0, false
		}
		x = float64(int8(b[0]))
	case 0x03:
		v := int16(u16(b))
		if v == math.MaxInt16 {
			return 0, false
		}
		x = float64(v)
	case 0x04:
		v := u16(b)
		if v == math.MaxUint16 {
			return 0, false
		}
		x = float64(v)
	case 0x0B:
		v := u16(b)
		if v == 0 {
			return 0, false
		}
		x = float64(v)
	case 0x05:
		v := int32(u32(b))
		if v == math.MaxInt32 {
			return 0, false
		}
		x = float64(v)
	case 0x06:
		v := u32(b)
		if v == math.MaxUint32 {
			return 0, false
		}
		x = float64(v)
	case 0x0C:
		v := u32(b)
		if v == 0 {
			return 0, false
		}
		x = float64(v)
	case 0x08:
		v := u32(b)
		if v == math.MaxUint32 {
			return 0, false
		}
		x = float64(math.Float32frombits(v))
	case 0x09:
		v := u64(b)
		if v == math.MaxUint64 {
			return 0, false
		}
		x = math.Float64frombits(v)
	case 0x0E:
		v := int64(u64(b))
		if v == math.MaxInt64 {
			return 0, false
		}
		x = float64(v)
	case 0x0F:
		v := u64(b)
		if v == math.MaxUint64 {
			return 0, false
		}
		x = float64(v)
	case 0x10:
		v := u64(b)
		if v == 0 {
			return 0, false
		}
		x = float64(v)
	default:
		return 0, false
	}
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return 0, false
	}
	return x/scale - offset, true
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
	}
	return string(b)
}

// fast reads data into l, or returns errFallback (having touched l) when the
// full decoder must read the file instead.
func (fr *fitReader) fast(data []byte, l *fitListener) error {
	if len(data) < 12 {
		return errFallback
	}
	for off := 0; off < len(data); {
		rest := data[off:]
		if len(rest) < 12 || (rest[0] != 12 && rest[0] != 14) || string(rest[8:12]) != ".FIT" {
			return errFallback // trailing bytes or no header: let the full decoder judge them
		}
		h := int(rest[0])
		end := h + int(binary.LittleEndian.Uint32(rest[4:8]))
		if end+2 > len(rest) || end < h {
			return errFallback
		}
		if err := fr.fastSequence(rest[h:end], l); err != nil {
			return err
		}
		off += end + 2
	}
	return nil
}

func (fr *fitReader) fastSequence(b []byte, l *fitListener) error {
	defs := &fr.defs
	for i := range defs {
		defs[i] = nil
	}
	var ts uint32
	var lastOff byte
	var rf rawFields
	for p := 0; p < len(b); {
		hdr := b[p]
		p++
		if hdr&0x80 == 0 && hdr&0x40 != 0 { // definition message
			local := hdr & 0x0F
			if p+5 > len(b) {
				return errFallback
			}
			def := fr.newDef(local)
			def.bigEndian = b[p+1] == 1
			if def.bigEndian {
				def.num = binary.BigEndian.Uint16(b[p+2:])
			} else {
				def.num = binary.LittleEndian.Uint16(b[p+2:])
			}
			n := int(b[p+4])
			p += 5
			if p+3*n > len(b) {
				return errFallback
			}
			def.wanted = wanted(def.num)
			if def.num == mesgnum.Hr {
				return errFallback // hr messages need component expansion
			}
			size := 0
			for k := range n {
				f := b[p+3*k : p+3*k+3]
				num, fsize, base := f[0], f[1], f[2]
				if !validBase(base) {
					return errFallback // the full decoder rejects the file, and says why
				}
				if num == 253 && fsize == 4 {
					def.tsOff = size
				}
				if def.wanted {
					bs := baseSize(base)
					odd := base&0x1F == 0x07 && fsize == 0 || bs > 0 && int(fsize) != bs && !(num == 253 && fsize == 4)
					if def.num == mesgnum.Record && num == 8 || odd && fieldUsed(def.num, num) {
						return errFallback // compressed speed/distance, or a size the full decoder pads or slices
					}
					def.idx[num] = int16(len(def.fields))
					def.fields = append(def.fields, fieldDef{off: uint16(size), size: fsize, base: base})
				}
				size += int(fsize)
			}
			p += 3 * n
			if hdr&0x20 != 0 { // developer fields: sizes only, values skipped
				if p >= len(b) {
					return errFallback
				}
				nd := int(b[p])
				p++
				if p+3*nd > len(b) {
					return errFallback
				}
				for k := range nd {
					size += int(b[p+3*k+1])
				}
				p += 3 * nd
			}
			def.size = size
			continue
		}
		var def *mesgDef
		compressed := hdr&0x80 != 0
		if compressed {
			def = defs[(hdr>>5)&0x03]
			offset := hdr & 0x1F
			ts += uint32((offset - lastOff) & 0x1F)
			lastOff = offset
		} else {
			def = defs[hdr&0x0F]
		}
		if def == nil || p+def.size > len(b) {
			return errFallback
		}
		msg := b[p : p+def.size]
		p += def.size
		if def.tsOff >= 0 && !compressed {
			var v uint32
			if def.bigEndian {
				v = binary.BigEndian.Uint32(msg[def.tsOff:])
			} else {
				v = binary.LittleEndian.Uint32(msg[def.tsOff:])
			}
			ts, lastOff = v, byte(v&0x1F)
		}
		if !def.wanted {
			continue
		}
		rf = rawFields{def: def, data: msg, ts: ts, hasTS: compressed}
		l.onMesg(def.num, &rf)
	}
	return nil
}

// fieldUsed: the fields of each message the listener reads.
func fieldUsed(mesg uint16, f byte) bool {
	switch mesg {
	case mesgnum.Record:
		switch f {
		case 253, 0, 1, 2, 3, 4, 5, 6, 73, 78:
			return true
		}
	case mesgnum.Session:
		switch f {
		case 253, 2, 5, 6, 7, 8, 9, 16, 17, 22, 110:
			return true
		}
	case mesgnum.Lap:
		switch f {
		case 253, 2, 7, 8, 9, 15, 16, 23, 24:
			return true
		}
	case mesgnum.Event:
		return f == 253 || f == 0 || f == 1
	case mesgnum.Activity:
		return f == 253 || f == 5
	case mesgnum.FileId:
		return f <= 8
	case mesgnum.DeviceInfo:
		return f == 0 || f == 27
	case mesgnum.Workout:
		return f == 8
	case mesgnum.Sport:
		return f == 0 || f == 3
	}
	return false
}

func (fr *fitReader) newDef(local byte) *mesgDef {
	d := fr.pool[local]
	if d == nil {
		d = &mesgDef{}
		fr.pool[local] = d
	}
	for i := range d.idx {
		d.idx[i] = -1
	}
	d.fields = d.fields[:0]
	d.tsOff = -1
	fr.defs[local] = d
	return d
}
