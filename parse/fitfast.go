package parse

import (
	"encoding/binary"
	"errors"
	"slices"
	"sync"

	"github.com/muktihari/fit/profile/factory"
	"github.com/muktihari/fit/profile/typedef"

	"github.com/muktihari/fit/profile/untyped/mesgnum"
)

// The FIT fast path walks the file's bytes itself and decodes only the
// messages and fields the model reads, straight into the same listener the
// full decoder feeds. muktihari/fit's decoder builds every field of every
// message (and expands components), which is what makes it about three times
// slower than this; no library offers a selective decode. Anything the fast
// path does not handle exactly (compressed speed/distance, odd
// field sizes, damage of any kind) makes it give up, and the full decoder
// reads the file instead. TestFITFastPathMatchesDecoder holds the two to the
// same activities on every file of the corpus.

var errFallback = errors.New("fit fast path: needs the full decoder")

// fieldDef is one field of a message definition.
type fieldDef struct {
	off  uint16 // offset of the value in the message's data
	size byte
	base byte
	num  byte
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
	rec       recordPlan // a record's fields, found once (Record messages only)
	dev       []devRef   // its developer fields
}

// The messages the model reads.
func wanted(num uint16) bool {
	switch num {
	case mesgnum.FileId, mesgnum.Sport, mesgnum.Session, mesgnum.Lap, mesgnum.Record,
		mesgnum.Event, mesgnum.DeviceInfo, mesgnum.Workout, mesgnum.Activity, mesgnum.Hr,
		mesgnum.FieldDescription:
		return true
	}
	return false
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
		if end+2 > len(rest) || end <= h {
			return errFallback // cut short, or no data: the decoder rejects the file as not FIT
		}
		if err := fr.fastSequence(rest[h:end], l); err != nil {
			return err
		}
		off += end + 2
	}
	return nil
}

// seqClock is the timestamp a sequence's compressed headers count from:
// each carries only the low 5 bits of its offset from the last full one.
type seqClock struct {
	ts      uint32
	lastOff byte
}

func (c *seqClock) set(ts uint32) { c.ts, c.lastOff = ts, byte(ts&0x1F) }

func (c *seqClock) advance(offset byte) {
	c.ts += uint32((offset - c.lastOff) & 0x1F)
	c.lastOff = offset
}

// fastSequence reads one FIT sequence (header and CRC cut off): each record
// is a definition, kept by its local number, or data of a defined message.
func (fr *fitReader) fastSequence(b []byte, l *fitListener) error {
	defs := &fr.defs
	for i := range defs {
		defs[i] = nil
	}
	var clock seqClock
	fr.hrClock = hrClock{}                     // the decoder's accumulator starts again with each sequence
	fr.descs, fr.badDesc = fr.descs[:0], false // and so do its field descriptions
	var rf rawFields                           // reused for every message: the listener keeps none, and a pointer to a local each time would allocate
	for p := 0; p < len(b); {
		hdr := b[p]
		p++
		var err error
		if hdr&0x80 == 0 && hdr&0x40 != 0 {
			p, err = fr.fastDefinition(b, p, hdr)
		} else {
			p, err = fr.fastData(b, p, hdr, &clock, &rf, l)
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// fastDefinition reads a definition message at b[p:], hdr its header, and
// returns where the next record starts.
func (fr *fitReader) fastDefinition(b []byte, p int, hdr byte) (int, error) {
	if p+5 > len(b) {
		return 0, errFallback
	}
	if b[p+1] > 1 {
		return 0, errFallback // no byte order FIT defines: the decoder's reading is its own
	}
	def := fr.newDef(hdr & 0x0F)
	def.bigEndian = b[p+1] == 1
	def.num = u16(b[p+2:], def.bigEndian)
	n := int(b[p+4])
	p += 5
	if p+3*n > len(b) {
		return 0, errFallback
	}
	def.wanted = wanted(def.num)
	size, err := def.addFields(b[p : p+3*n])
	if err != nil {
		return 0, err
	}
	p += 3 * n
	if def.num == mesgnum.Record {
		def.planRecord()
	}
	if hdr&0x20 != 0 { // developer fields: sizes only, values skipped
		if p >= len(b) {
			return 0, errFallback
		}
		nd := int(b[p])
		p++
		if p+3*nd > len(b) {
			return 0, errFallback
		}
		for k := range nd {
			size += int(b[p+3*k+1])
			def.dev = append(def.dev, devRef{num: b[p+3*k], index: b[p+3*k+2]})
		}
		p += 3 * nd
	}
	def.size = size
	return p, nil
}

// addFields reads a definition's field list (3 bytes a field) and returns
// the size of the fields' data. Only a wanted message's fields are indexed;
// every field's size counts, to find the next message.
func (def *mesgDef) addFields(list []byte) (int, error) {
	size := 0
	for k := 0; k < len(list); k += 3 {
		num, fsize := list[k], list[k+1]
		base, ok := sdkBase(list[k+2]) // read as Garmin's SDK reads it (see sdkBaseTypes)
		if !ok {
			return 0, errFallback // the full decoder rejects the file, and says why
		}
		if num == 253 {
			if fsize != 4 || base&0x1F != 0x06 {
				return 0, errFallback // the decoder's clock follows its own reading of such a timestamp
			}
			def.tsOff = size // of a field twice, the last sets the decoder's clock
		}
		if def.wanted {
			if !def.fieldFits(num, fsize, base) {
				return 0, errFallback // compressed speed/distance, or a size or type the full decoder reads otherwise
			}
			if def.idx[num] >= 0 {
				if def.ownReading() && fieldUsed(def.num, num) {
					return 0, errFallback // a field defined twice where the decoder's reading takes the last
				}
				size += int(fsize)
				continue // read as the first of its name, as field() finds it in a decoded message (real: device_info's product_name)
			}
			def.idx[num] = int16(len(def.fields))
			def.fields = append(def.fields, fieldDef{off: uint16(size), size: fsize, base: base, num: num})
		}
		size += int(fsize)
	}
	return size, nil
}

// ownReading reports whether the full decoder's reading of def's message
// depends on which copy of a field defined twice comes last: records' and
// hr's components expand over what is there, and a field description keeps
// the last value of each field (mesgdef.NewFieldDescription).
func (def *mesgDef) ownReading() bool {
	switch def.num {
	case mesgnum.Record, mesgnum.Hr, mesgnum.FieldDescription:
		return true
	}
	return false
}

// fieldFits reports whether the fast path reads a field as defined as the
// full decoder would.
func (def *mesgDef) fieldFits(num, size, base byte) bool {
	switch {
	case def.num == mesgnum.Hr:
		return hrFieldFits(num, size, base)
	case def.num == mesgnum.Record && num == 8:
		return false
	case def.num == mesgnum.FieldDescription && num <= 2:
		return size == 1
	}
	if !fieldUsed(def.num, num) {
		return true
	}
	bs := baseSize(base)
	odd := base&0x1F == 0x07 && size == 0 || bs > 0 && int(size) != bs
	return !odd && base&0x1F == profileBase(def.num, num)
}

// profileBase is the profile's base type (endian bit aside) of a field the
// fast path reads. The full decoder reads a known field by it whatever the
// file declares (a heart rate declared sint8 is still a uint8, its invalid
// value a uint8's), so a field declared otherwise goes to the full decoder.
func profileBase(mesg uint16, f byte) byte {
	return profileBases()[uint32(mesg)<<8|uint32(f)]
}

var profileBases = sync.OnceValue(func() map[uint32]byte {
	bases := map[uint32]byte{}
	for m := range 1 << 16 {
		if !wanted(uint16(m)) {
			continue
		}
		for f := range 256 {
			if fieldUsed(uint16(m), byte(f)) {
				bases[uint32(m)<<8|uint32(f)] = byte(factory.CreateField(typedef.MesgNum(m), byte(f)).BaseType) & 0x1F
			}
		}
	}
	return bases
})

// fastData reads a data message at b[p:], hdr its header (normal or
// compressed-timestamp), hands it to l when the model wants it, and returns
// where the next record starts.
func (fr *fitReader) fastData(b []byte, p int, hdr byte, clock *seqClock, rf *rawFields, l *fitListener) (int, error) {
	var def *mesgDef
	compressed := hdr&0x80 != 0
	if compressed {
		def = fr.defs[(hdr>>5)&0x03]
		clock.advance(hdr & 0x1F)
	} else {
		def = fr.defs[hdr&0x0F]
	}
	if def == nil || p+def.size > len(b) || compressed && def.tsOff >= 0 {
		return 0, errFallback // a compressed header over a timestamp field: the decoder's precedence is its own
	}
	at := p
	msg := b[at : at+def.size]
	p += def.size
	if def.tsOff >= 0 {
		clock.set(u32(msg[def.tsOff:], def.bigEndian))
	}
	if def.num == mesgnum.FieldDescription && def.wanted {
		*rf = rawFields{def: def, data: msg}
		fr.describe(rf) // before its own developer fields are read, as the decoder keeps it
	}
	if fr.badDesc && fr.refersBad(def) {
		return 0, errFallback
	}
	if def.num == mesgnum.Record {
		def.rec.values(b, at, def.bigEndian, clock.ts, compressed, &l.rec)
		l.addRecord(&l.rec)
		return p, nil
	}
	if !def.wanted {
		return p, nil
	}
	*rf = rawFields{def: def, data: msg, ts: clock.ts, hasTS: compressed}
	switch def.num {
	case mesgnum.Hr:
		fr.fastHR(rf, l)
		return p, nil
	case mesgnum.FieldDescription:
		return p, nil // read above
	}
	l.onMesg(def.num, rf)
	return p, nil
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
		return f <= 2 || f == 8 // type, manufacturer, product, product name (not the serial number: iGPSport writes it as an array)
	case mesgnum.DeviceInfo:
		return f == 0 || f == 27
	case mesgnum.Workout:
		return f == 8
	case mesgnum.Sport:
		return f == 0 || f == 3
	case mesgnum.FieldDescription:
		return f <= 2 // developer_data_index, field_definition_number, fit_base_type_id
	case mesgnum.Hr:
		return slices.Contains(hrFields, f)
	}
	return false
}

func (fr *fitReader) newDef(local byte) *mesgDef {
	d := fr.pool[local]
	if d == nil {
		d = &mesgDef{}
		fr.pool[local] = d
		for i := range d.idx {
			d.idx[i] = -1
		}
	}
	for _, f := range d.fields { // only the fields indexed are set: files redefine local messages by the thousand
		d.idx[f.num] = -1
	}
	d.fields = d.fields[:0]
	d.dev = d.dev[:0]
	d.tsOff = -1
	fr.defs[local] = d
	return d
}
