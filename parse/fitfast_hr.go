package parse

import (
	"github.com/muktihari/fit/profile/factory"
	"github.com/muktihari/fit/profile/untyped/fieldnum"
	"github.com/muktihari/fit/profile/untyped/mesgnum"
)

// The hr messages a chest strap stores (HRM-Pro, HRM-Tri, HRM-Swim) carry
// the beats' times on the strap's clock in two fields: event_timestamp
// (uint32, 1/1024 s) and event_timestamp_12 (ten 12-bit values packed into
// bytes, each counting on from the last time either field gave). The fast
// path reads them as muktihari's decoder expands them, so that both paths
// give the listener the same beats: a decoded event_timestamp array first,
// then each unpacked value, accumulated (see hrClock), appended to it.

// hrFields are the hr fields the fast path reads.
var hrFields = []byte{
	fieldnum.HrTimestamp, fieldnum.HrFractionalTimestamp, fieldnum.HrTime256,
	fieldnum.HrFilteredBpm, fieldnum.HrEventTimestamp, fieldnum.HrEventTimestamp12,
}

// hrFieldFits reports whether an hr field as defined can be read by the fast
// path (fields it does not read always can). The full decoder reads a known
// field by the profile's type whatever the file declares, so a field
// declared with another, or with a size that is no whole number of values
// (or more than one where the profile has one), goes to the full decoder.
func hrFieldFits(num, size, base byte) bool {
	if !fieldUsed(mesgnum.Hr, num) {
		return true
	}
	f := factory.CreateField(mesgnum.Hr, num)
	n := byte(f.BaseType.Size())
	if base&0x1F != byte(f.BaseType)&0x1F || size == 0 || size%n != 0 {
		return false
	}
	return f.Array || size == n
}

// hrClock is the decoder's accumulator for event_timestamp: the last value
// it was given (decoded, or unpacked from 12 bits) and the running total.
type hrClock struct {
	set         bool
	value, last uint64
}

// collect takes a decoded event_timestamp: the total starts again from it.
func (c *hrClock) collect(v uint64) { *c = hrClock{set: true, value: v, last: v} }

// accumulate counts a 12-bit value on from the last one, over wrap-arounds.
func (c *hrClock) accumulate(v uint64) uint64 {
	if !c.set {
		c.collect(v)
		return v
	}
	c.value += (v - c.last) & 0xFFF
	c.last = v
	return c.value
}

// unpack12 calls do with each 12-bit value packed little-endian into b, at
// most ten (the profile's components); the last takes what bits are left,
// as the decoder's bit reader does.
func unpack12(b []byte, do func(uint64)) {
	for k := range 10 {
		start := 12 * k
		if start >= 8*len(b) {
			return
		}
		var v uint64
		for bit := range 12 {
			at := start + bit
			if at >= 8*len(b) {
				break
			}
			v |= uint64(b[at/8]>>(at%8)&1) << bit
		}
		do(v)
	}
}

// fastHR reads one hr message into l as the full decoder's expansion would.
func (fr *fitReader) fastHR(rf *rawFields, l *fitListener) {
	evs, have := fr.hrEvents[:0], false
	if _, b, ok := rf.value(fieldnum.HrEventTimestamp); ok {
		var v uint32
		for i := 0; i+4 <= len(b); i += 4 {
			v = u32(b[i:], rf.def.bigEndian)
			evs = append(evs, float64(v)/1024)
		}
		fr.hrClock.collect(uint64(v))
		have = true
	}
	if _, b, ok := rf.value(fieldnum.HrEventTimestamp12); ok && anyNot(b, 0xFF) {
		unpack12(b, func(v uint64) {
			evs = append(evs, float64(uint32(fr.hrClock.accumulate(v)))/1024)
		})
		have = true
	}
	fr.hrEvents = evs
	_, bpms, ok := rf.value(fieldnum.HrFilteredBpm)
	if !have || !ok {
		return
	}
	frac, _ := rf.num(fieldnum.HrFractionalTimestamp, 32768, 0)
	if _, b, ok := rf.value(fieldnum.HrTime256); ok && b[0] != 0xFF {
		frac = float64(b[0]) / 256 // time256 expands into fractional_timestamp, over it
	}
	l.addHR(rf, evs, bpms, frac)
}

// anyNot reports whether b holds a byte other than invalid: the decoder
// expands no field whose every value is invalid.
func anyNot(b []byte, invalid byte) bool {
	for _, c := range b {
		if c != invalid {
			return true
		}
	}
	return false
}
