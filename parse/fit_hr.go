package parse

import (
	"github.com/muktihari/fit/profile/untyped/fieldnum"
	"github.com/muktihari/fit/proto"
)

// onHR reads the separate heart-rate messages that chest straps and some
// watches write instead of record.heart_rate. Their event_timestamp values
// count from the sensor's own clock; the message that carries a timestamp
// anchors that clock to wall time (as the FIT SDK's HrToRecord plugin does).
func (l *fitListener) onHR(m *proto.Message) {
	f := field(m, fieldnum.HrEventTimestamp)
	bf := field(m, fieldnum.HrFilteredBpm)
	if f == nil || bf == nil {
		return
	}
	var evs []float64
	switch f.Value.Type() {
	case proto.TypeSliceUint32:
		for _, v := range f.Value.SliceUint32() {
			evs = append(evs, float64(v)/1024)
		}
	case proto.TypeUint32:
		evs = append(evs, float64(f.Value.Uint32())/1024)
	default:
		return
	}
	var bpms []uint8
	switch bf.Value.Type() {
	case proto.TypeSliceUint8:
		bpms = bf.Value.SliceUint8()
	case proto.TypeUint8:
		bpms = []uint8{bf.Value.Uint8()}
	}
	frac, _ := fnum(protoFields{m}, fieldnum.HrFractionalTimestamp, 32768, 0)
	l.addHR(protoFields{m}, evs, bpms, frac)
}

// addHR takes one hr message's beats, from either path: event times (s on
// the sensor's clock), their filtered heart rates, and the message's
// fractional_timestamp (s).
func (l *fitListener) addHR(m fields, evs []float64, bpms []uint8, frac float64) {
	if t, ok := ftime(m, fieldnum.HrTimestamp); ok && len(evs) > 0 {
		l.hrAnchorT = float64(t.Unix()) + frac
		l.hrAnchorE = evs[0]
		l.hrAnchored = true
	}
	if !l.hrAnchored {
		return
	}
	for i := 0; i < len(evs) && i < len(bpms); i++ {
		if bpms[i] == 0 || bpms[i] == 0xFF {
			continue
		}
		l.hr = append(l.hr, hrPoint{t: l.hrAnchorT + evs[i] - l.hrAnchorE, bpm: bpms[i]})
	}
}
