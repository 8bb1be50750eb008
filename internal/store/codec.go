package store

import (
	"encoding/binary"
	"errors"
	"math"
	"slices"
	"time"

	"github.com/runlint/runlint/activity"
)

// The cache's entries are encoded by hand: encoding/gob compiles a decoder
// for every stream, which made a warm check spend most of its time there.
// The format is private to CacheVersion; TestCodecRoundTrip holds it to every
// field of the model on real files.

type enc struct{ b []byte }

func (e *enc) u64(v uint64)     { e.b = binary.AppendUvarint(e.b, v) }
func (e *enc) i64(v int64)      { e.b = binary.AppendVarint(e.b, v) }
func (e *enc) f64(v float64)    { e.b = binary.LittleEndian.AppendUint64(e.b, math.Float64bits(v)) }
func (e *enc) str(s string)     { e.u64(uint64(len(s))); e.b = append(e.b, s...) }
func (e *enc) time(t time.Time) { e.i64(t.UnixNano()); e.u64(boolU(t.IsZero())) }
func (e *enc) boolean(v bool)   { e.u64(boolU(v)) }

func boolU(v bool) uint64 {
	if v {
		return 1
	}
	return 0
}

type dec struct {
	b   []byte
	err error
	// names, when set, holds one copy of each short string decoded with
	// name(): sports, devices, zone names, "where from" labels repeat across
	// a block, and thousands of copies of "running" add up.
	names map[string]string
}

var errCorrupt = errors.New("cache entry damaged")

func (d *dec) u64() uint64 {
	v, n := binary.Uvarint(d.b)
	if n <= 0 {
		d.err, d.b = errCorrupt, nil
		return 0
	}
	d.b = d.b[n:]
	return v
}

func (d *dec) i64() int64 {
	v, n := binary.Varint(d.b)
	if n <= 0 {
		d.err, d.b = errCorrupt, nil
		return 0
	}
	d.b = d.b[n:]
	return v
}

func (d *dec) f64() float64 {
	if len(d.b) < 8 {
		d.err, d.b = errCorrupt, nil
		return 0
	}
	v := math.Float64frombits(binary.LittleEndian.Uint64(d.b))
	d.b = d.b[8:]
	return v
}

func (d *dec) str() string {
	n := d.u64()
	if n > uint64(len(d.b)) {
		d.err, d.b = errCorrupt, nil
		return ""
	}
	s := string(d.b[:n])
	d.b = d.b[n:]
	return s
}

// name decodes a string that repeats across activities.
func (d *dec) name() string {
	if d.names == nil {
		return d.str()
	}
	n := d.u64()
	if n > uint64(len(d.b)) {
		d.err, d.b = errCorrupt, nil
		return ""
	}
	b := d.b[:n]
	d.b = d.b[n:]
	if s, ok := d.names[string(b)]; ok {
		return s
	}
	s := string(b)
	d.names[s] = s
	return s
}

func (d *dec) time() time.Time {
	ns, zero := d.i64(), d.u64()
	if zero == 1 {
		return time.Time{}
	}
	return time.Unix(0, ns).UTC()
}

func (d *dec) boolean() bool { return d.u64() == 1 }

// count reads a length, refusing one longer than the bytes left could hold.
func (d *dec) count() int {
	n := d.u64()
	if n > uint64(len(d.b)) {
		d.err, d.b = errCorrupt, nil
		return 0
	}
	return int(n)
}

func encodeEntry(e *entry) []byte {
	w := &enc{}
	writeEntry(w, e)
	return w.b
}

func writeEntry(w *enc, e *entry) {
	w.str(e.Skipped)
	w.boolean(e.Ignored)
	w.str(e.Err)
	w.u64(uint64(len(e.Activities)))
	for _, a := range e.Activities {
		encodeActivity(w, a, nil)
	}
}

func decodeEntry(b []byte) (*entry, error) {
	r := &dec{b: b}
	e := &entry{Skipped: r.str(), Ignored: r.boolean(), Err: r.str()}
	n := r.count()
	for range n {
		e.Activities = append(e.Activities, decodeActivity(r, nil))
	}
	if r.err != nil || len(r.b) != 0 {
		return nil, errCorrupt
	}
	return e, nil
}

// encodeActivity writes a; with a spill, its digest's series is written as
// where it lies there (Spill.put moved it), not inline.
func encodeActivity(w *enc, a *activity.Activity, spill *Spill) {
	w.str(a.Source.Path)
	w.str(string(a.Source.Format))
	w.boolean(a.Source.Gzip)
	w.u64(uint64(a.Source.Session))
	for _, s := range []string{a.Sport, a.SubSport, a.Name, a.NameFrom, a.Description, a.Device} {
		w.str(s)
	}
	w.time(a.Start)
	w.i64(int64(a.Zone.Offset))
	w.str(a.Zone.Name)
	w.str(a.Zone.From)
	t := a.Totals
	w.f64(t.DistanceM)
	w.str(t.DistanceFrom)
	for _, v := range []float64{t.MovingS, t.ElapsedS, t.TimerS, t.AvgHR, t.MaxHR, t.AscentM} {
		w.f64(v)
	}
	w.u64(uint64(t.Laps))
	w.u64(uint64(len(a.Laps)))
	for _, l := range a.Laps {
		w.time(l.Start)
		for _, v := range []float64{l.ElapsedS, l.TimerS, l.DistanceM, l.AvgHR, l.MaxHR} {
			w.f64(v)
		}
		w.str(l.Intensity)
		w.str(l.Trigger)
	}
	w.u64(uint64(len(a.Pauses)))
	for _, p := range a.Pauses {
		w.time(p.From)
		w.time(p.To)
	}
	w.u64(uint64(len(a.Warnings)))
	for _, x := range a.Warnings {
		w.u64(uint64(x.Kind))
		w.str(x.Text)
	}
	w.boolean(a.WithGPS)
	w.boolean(a.WithHR)
	w.boolean(a.Digest != nil)
	if a.Digest != nil {
		encodeDigest(w, a.Digest, spill)
	}
}

func decodeActivity(r *dec, spill *Spill) *activity.Activity {
	a := &activity.Activity{}
	a.Source.Path = r.str()
	a.Source.Format = activity.Format(r.name())
	a.Source.Gzip = r.boolean()
	a.Source.Session = int(r.u64())
	for _, s := range []*string{&a.Sport, &a.SubSport, &a.Name, &a.NameFrom} {
		*s = r.name()
	}
	a.Description = r.str()
	a.Device = r.name()
	a.Start = r.time()
	a.Zone.Offset = int(r.i64())
	a.Zone.Name = r.name()
	a.Zone.From = r.name()
	t := &a.Totals
	t.DistanceM = r.f64()
	t.DistanceFrom = r.name()
	for _, v := range []*float64{&t.MovingS, &t.ElapsedS, &t.TimerS, &t.AvgHR, &t.MaxHR, &t.AscentM} {
		*v = r.f64()
	}
	t.Laps = int(r.u64())
	if n := r.count(); n > 0 {
		a.Laps = make([]activity.Lap, n)
		for i := range a.Laps {
			l := &a.Laps[i]
			l.Start = r.time()
			for _, v := range []*float64{&l.ElapsedS, &l.TimerS, &l.DistanceM, &l.AvgHR, &l.MaxHR} {
				*v = r.f64()
			}
			l.Intensity = r.str()
			l.Trigger = r.str()
		}
	}
	if n := r.count(); n > 0 {
		a.Pauses = make([]activity.Pause, n)
		for i := range a.Pauses {
			a.Pauses[i] = activity.Pause{From: r.time(), To: r.time()}
		}
	}
	if n := r.count(); n > 0 {
		a.Warnings = make([]activity.Warning, n)
		for i := range a.Warnings {
			a.Warnings[i] = activity.Warning{Kind: activity.WarningKind(r.u64()), Text: r.str()}
		}
	}
	a.WithGPS = r.boolean()
	a.WithHR = r.boolean()
	if r.boolean() {
		a.Digest = decodeDigest(r, spill)
	}
	return a
}

func encodeDigest(w *enc, d *activity.Digest, spill *Spill) {
	for _, v := range []float64{d.PeakHR, d.HRCover, d.CadenceLock, d.GAPPace, d.CadenceFollow, d.GPSJumpM} {
		w.f64(v)
	}
	w.u64(uint64(d.HRDropouts))
	w.u64(uint64(d.GPSJumps))
	w.u64(uint64(d.Points))
	w.u64(uint64(d.Buckets))
	w.boolean(d.Indoor)
	if spill != nil {
		sp, ok := d.Source().(*spilled)
		w.boolean(ok)
		if ok {
			w.i64(sp.at)
			w.u64(uint64(sp.size))
			return
		}
	}
	s, _ := d.Series() // a cache entry is written before its digest is spilled
	encodeSeries(w, s)
}

func encodeSeries(w *enc, s activity.Series) {
	w.u64(uint64(len(s.Laps)))
	for _, l := range s.Laps {
		w.f64(l.Secs)
		w.f64(l.DistM)
		w.f64(l.AvgHR)
		w.str(l.Intensity)
	}
	w.u64(uint64(len(s.Bursts)))
	off := len(w.b)
	w.b = slices.Grow(w.b, burstBytes*len(s.Bursts))[:off+burstBytes*len(s.Bursts)]
	for i, b := range s.Bursts {
		p := w.b[off+burstBytes*i:]
		speed, spike, cadRise, posRatio, grade := b.Packed()
		binary.LittleEndian.PutUint16(p, speed)
		binary.LittleEndian.PutUint16(p[2:], spike)
		binary.LittleEndian.PutUint16(p[4:], uint16(cadRise))
		binary.LittleEndian.PutUint16(p[6:], posRatio)
		binary.LittleEndian.PutUint16(p[8:], uint16(grade))
	}
	w.u64(uint64(len(s.Buckets)))
	off = len(w.b)
	w.b = slices.Grow(w.b, bucketBytes*len(s.Buckets))[:off+bucketBytes*len(s.Buckets)]
	for i, b := range s.Buckets {
		p := w.b[off+bucketBytes*i:]
		dist, secs, hr, cad, alt := b.Packed()
		binary.LittleEndian.PutUint32(p, dist)
		binary.LittleEndian.PutUint16(p[4:], secs)
		p[6], p[7] = hr, cad
		binary.LittleEndian.PutUint16(p[8:], alt)
	}
}

// The packed sizes of a burst and a bucket in the codec.
const (
	burstBytes  = 10
	bucketBytes = 10
)

func decodeDigest(r *dec, spill *Spill) *activity.Digest {
	d := &activity.Digest{}
	for _, v := range []*float64{&d.PeakHR, &d.HRCover, &d.CadenceLock, &d.GAPPace, &d.CadenceFollow, &d.GPSJumpM} {
		*v = r.f64()
	}
	d.HRDropouts = int(r.u64())
	d.GPSJumps = int(r.u64())
	d.Points = int(r.u64())
	d.Buckets = int(r.u64())
	d.Indoor = r.boolean()
	if spill != nil && r.boolean() {
		d.SetSeries(&spilled{s: spill, at: r.i64(), size: int32(r.u64())})
		return d
	}
	s := activity.InMemory(decodeSeries(r))
	d.SetSeries(&s)
	return d
}

func decodeSeries(r *dec) activity.Series {
	var d activity.Series
	decodeSeriesInto(r, &d)
	return d
}

// decodeSeriesInto decodes into d, reusing its slices' room: classification
// reads every run's series twice, and allocating them each time showed.
func decodeSeriesInto(r *dec, d *activity.Series) {
	d.Laps, d.Bursts, d.Buckets = d.Laps[:0], d.Bursts[:0], d.Buckets[:0]
	if n := r.count(); n > 0 {
		d.Laps = slices.Grow(d.Laps, n)[:n]
		for i := range d.Laps {
			d.Laps[i] = activity.LapDigest{Secs: r.f64(), DistM: r.f64(), AvgHR: r.f64(), Intensity: r.name()}
		}
	}
	if n := r.count(); n > 0 {
		if len(r.b) < burstBytes*n {
			r.err, r.b = errCorrupt, nil
			*d = activity.Series{}
			return
		}
		d.Bursts = slices.Grow(d.Bursts, n)[:n]
		for i := range d.Bursts {
			b := r.b[burstBytes*i:]
			d.Bursts[i] = activity.PackedBurst(binary.LittleEndian.Uint16(b), binary.LittleEndian.Uint16(b[2:]),
				int16(binary.LittleEndian.Uint16(b[4:])), binary.LittleEndian.Uint16(b[6:]), int16(binary.LittleEndian.Uint16(b[8:])))
		}
		r.b = r.b[burstBytes*n:]
	}
	if n := r.count(); n > 0 {
		if len(r.b) < bucketBytes*n {
			r.err, r.b = errCorrupt, nil
			*d = activity.Series{}
			return
		}
		d.Buckets = slices.Grow(d.Buckets, n)[:n]
		for i := range d.Buckets {
			b := r.b[bucketBytes*i:]
			d.Buckets[i] = activity.PackedBucket(binary.LittleEndian.Uint32(b), binary.LittleEndian.Uint16(b[4:]), b[6], b[7],
				binary.LittleEndian.Uint16(b[8:]))
		}
		r.b = r.b[bucketBytes*n:]
	}
}
