package parse

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"testing"
	"time"

	"github.com/muktihari/fit/encoder"
	"github.com/muktihari/fit/profile/filedef"
	"github.com/muktihari/fit/profile/mesgdef"
	"github.com/muktihari/fit/profile/typedef"

	"github.com/runlint/runlint/internal/synth"
)

// pack12 packs 12-bit values little-endian into n bytes, as a strap writes
// event_timestamp_12.
func pack12(vals []uint32, n int) []byte {
	b := make([]byte, n)
	for k, v := range vals {
		for bit := range 12 {
			if at := 12*k + bit; at < 8*n && v>>bit&1 == 1 {
				b[at/8] |= 1 << (at % 8)
			}
		}
	}
	return b
}

// strapFIT is a 10-minute run whose records have no heart rate, and whose
// beats are in hr messages as a chest strap stores them: an anchoring
// message (timestamp, fractional_timestamp, time256, one event_timestamp),
// then packs of ten 12-bit times that wrap around within each message, and
// the odd shapes: a pack cut short, one all invalid, one beside a decoded
// event_timestamp. Without anchor the packs come first, counting from
// nothing: as the second sequence of a chained file, they take the first
// one's anchor.
func strapFIT(t testing.TB, anchor bool, opts ...encoder.Option) []byte {
	t.Helper()
	start := time.Date(2024, 5, 4, 7, 0, 0, 0, time.UTC)
	act := filedef.NewActivity()
	act.FileId = *mesgdef.NewFileId(nil).SetType(typedef.FileActivity).SetManufacturer(typedef.ManufacturerGarmin)
	for i := range 61 {
		act.Records = append(act.Records, mesgdef.NewRecord(nil).SetTimestamp(start.Add(time.Duration(10*i)*time.Second)).
			SetDistanceScaled(float64(30*i)).SetEnhancedSpeedScaled(3))
	}
	act.Sessions = append(act.Sessions, mesgdef.NewSession(nil).SetTimestamp(start.Add(10*time.Minute)).
		SetStartTime(start).SetSport(typedef.SportRunning).SetTotalElapsedTimeScaled(600).
		SetTotalTimerTimeScaled(600).SetTotalDistanceScaled(1800))
	tick := uint32(5 * 1024) // the strap's clock, 1/1024 s
	var hrs []*mesgdef.Hr    // in the order a strap writes them (filedef's ToFIT would sort them)
	if anchor {
		hrs = append(hrs, mesgdef.NewHr(nil).SetTimestamp(start).SetFractionalTimestamp(16384).
			SetTime256(64).SetEventTimestamp([]uint32{tick}).SetFilteredBpm([]uint8{120}))
	}
	beats := func(n int) ([]uint32, []uint8) {
		var ts []uint32
		var bpm []uint8
		for k := range n {
			tick += 512 // a beat each half second: ten of them wrap 12 bits
			ts = append(ts, tick&0xFFF)
			bpm = append(bpm, uint8(125+k))
		}
		return ts, bpm
	}
	for range 40 {
		ts, bpm := beats(10)
		hrs = append(hrs, mesgdef.NewHr(nil).SetEventTimestamp12(pack12(ts, 15)).SetFilteredBpm(bpm))
	}
	ts, bpm := beats(7)
	hrs = append(hrs, mesgdef.NewHr(nil).SetEventTimestamp12(pack12(ts, 10)).SetFilteredBpm(bpm)) // 80 bits: the 7th value has 8
	hrs = append(hrs, mesgdef.NewHr(nil).SetEventTimestamp12(bytes.Repeat([]byte{0xFF}, 15)).SetFilteredBpm([]uint8{150}))
	tick += 2048
	ts, bpm = beats(3)
	hrs = append(hrs, mesgdef.NewHr(nil).SetEventTimestamp([]uint32{tick}).
		SetEventTimestamp12(pack12(ts, 5)).SetFilteredBpm(append([]uint8{140}, bpm...)))
	fit := act.ToFIT(nil)
	for _, h := range hrs {
		fit.Messages = append(fit.Messages, h.ToMesg(nil))
	}
	var b bytes.Buffer
	if err := encoder.New(&b, opts...).Encode(&fit); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// TestFITFastPathReadsStrapBeats holds the fast path's reading of hr
// messages to the full decoder's on the shapes real straps write and the odd
// ones the corpus lacks, in both byte orders and in a chained file (the
// decoder's accumulator starts again with each sequence).
func TestFITFastPathReadsStrapBeats(t *testing.T) {
	little := strapFIT(t, true)
	cases := map[string][]byte{
		"little-endian": little,
		"big-endian":    strapFIT(t, true, encoder.WithBigEndian()),
		"chained":       append(append([]byte(nil), little...), strapFIT(t, false)...),
	}
	for name, data := range cases {
		fast, full := NewReader(), NewReader()
		full.fit.full = true
		a, _, aerr := fast.fit.read(name, append([]byte(nil), data...))
		b, _, berr := full.fit.read(name, append([]byte(nil), data...))
		if aerr != nil || berr != nil || len(a) != len(b) || len(a) == 0 {
			t.Fatalf("%s: fast %d activities %v; full %d %v", name, len(a), aerr, len(b), berr)
		}
		if !fast.fit.tookFast {
			t.Errorf("%s: the fast path gave the file to the full decoder", name)
		}
		for i := range a {
			if d := diffActivity(a[i], b[i]); d != "" {
				t.Errorf("%s #%d: %s", name, i, d)
			}
			withHR := 0
			for _, s := range a[i].Samples {
				if s.HR > 0 {
					withHR++
				}
			}
			if withHR < 20 {
				t.Errorf("%s #%d: %d of %d samples have the strap's heart rate", name, i, withHR, len(a[i].Samples))
			}
		}
	}
}

func TestUnpack12(t *testing.T) {
	var got []uint64
	unpack12([]byte{0xAB, 0xCD, 0xEF, 0x12}, func(v uint64) { got = append(got, v) })
	// 32 bits: 0xDAB, 0xEFC, then the 8 bits left, 0x12.
	if len(got) != 3 || got[0] != 0xDAB || got[1] != 0xEFC || got[2] != 0x12 {
		t.Errorf("got %x", got)
	}
	var c hrClock
	if v := c.accumulate(0xFF0); v != 0xFF0 {
		t.Errorf("first value %x", v)
	}
	if v := c.accumulate(0x010); v != 0x1010 { // wrapped: 0x20 on
		t.Errorf("after a wrap %x", v)
	}
}

// mendFIT gives a one-sequence FIT input the data size and CRC its bytes
// need, so the fast path reads what the fuzzer wrote rather than giving up
// on the first check.
func mendFIT(data []byte) []byte {
	if len(data) < 16 || (data[0] != 12 && data[0] != 14) {
		return data
	}
	data = append([]byte(nil), data...)
	h := int(data[0])
	binary.LittleEndian.PutUint32(data[4:8], uint32(len(data)-h-2))
	if h == 14 {
		binary.LittleEndian.PutUint16(data[12:14], 0)
	}
	binary.LittleEndian.PutUint16(data[len(data)-2:], crc16(0, data[:len(data)-2]))
	return data
}

// FuzzFITFastPath holds the fast path to the full decoder on inputs it takes.
func FuzzFITFastPath(f *testing.F) {
	seeds(f, ".fit")
	f.Add(strapFIT(f, true))
	for _, name := range synth.OddFITs() {
		f.Add(oddFIT(f, name))
	}
	fast, full := NewReader(), NewReader()
	full.fit.full = true
	f.Fuzz(func(t *testing.T, data []byte) {
		data = mendFIT(data)
		a, askip, aerr := fast.fit.read("fuzz.fit", append([]byte(nil), data...))
		if !fast.fit.tookFast {
			return
		}
		b, bskip, berr := full.fit.read("fuzz.fit", append([]byte(nil), data...))
		if fmt.Sprint(aerr) != fmt.Sprint(berr) || askip != bskip || len(a) != len(b) {
			t.Fatalf("fast %d activities %q %v; full %d %q %v", len(a), askip, aerr, len(b), bskip, berr)
		}
		for i := range a {
			if d := diffActivity(a[i], b[i]); d != "" {
				t.Fatalf("#%d: %s", i, d)
			}
		}
	})
}
