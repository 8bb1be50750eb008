package parse

import (
	"bytes"
	"encoding/binary"
	"testing"
	"time"

	"github.com/muktihari/fit/encoder"
	"github.com/muktihari/fit/profile/filedef"
	"github.com/muktihari/fit/profile/mesgdef"
	"github.com/muktihari/fit/profile/typedef"
)

// synthRun describes a small synthetic run, written as a FIT file by fit.
type synthRun struct {
	start    time.Time
	secs     int     // its length; a record every 10 s
	speed    float64 // m/s
	hr       uint8
	lat, lon float64 // its first position; none when both are 0
	// local is the activity message's local time less its timestamp (the
	// zone's offset at the end, as a watch writes it); none when 0.
	local     time.Duration
	noRecords bool
	// session adjusts the session message the run's figures make.
	session func(*mesgdef.Session)
}

// fit writes the run as a FIT activity file.
func (r synthRun) fit(t testing.TB) []byte {
	t.Helper()
	act := filedef.NewActivity()
	act.FileId = *mesgdef.NewFileId(nil).SetType(typedef.FileActivity).SetManufacturer(typedef.ManufacturerGarmin).
		SetSerialNumber(3912345678).SetTimeCreated(r.start)
	end := r.start.Add(time.Duration(r.secs) * time.Second)
	for i := 0; i <= r.secs/10 && !r.noRecords; i++ {
		rec := mesgdef.NewRecord(nil).SetTimestamp(r.start.Add(time.Duration(10*i) * time.Second)).
			SetDistanceScaled(r.speed * float64(10*i)).SetEnhancedSpeedScaled(r.speed).SetCadence(85)
		if r.hr > 0 {
			rec.SetHeartRate(r.hr)
		}
		if r.lat != 0 || r.lon != 0 {
			// northwards along the meridian, as fast as the distance says
			rec.SetPositionLatDegrees(r.lat + r.speed*float64(10*i)/111195).SetPositionLongDegrees(r.lon)
		}
		act.Records = append(act.Records, rec)
	}
	s := mesgdef.NewSession(nil).SetTimestamp(end).SetStartTime(r.start).SetSport(typedef.SportRunning).
		SetSubSport(typedef.SubSportGeneric).SetTotalElapsedTimeScaled(float64(r.secs)).
		SetTotalTimerTimeScaled(float64(r.secs)).SetTotalDistanceScaled(r.speed * float64(r.secs))
	if r.hr > 0 {
		s.SetAvgHeartRate(r.hr).SetMaxHeartRate(r.hr + 10)
	}
	if r.session != nil {
		r.session(s)
	}
	act.Sessions = append(act.Sessions, s)
	if r.local != 0 {
		act.Activity = mesgdef.NewActivity(nil).SetTimestamp(end).SetLocalTimestamp(end.Add(r.local)).
			SetNumSessions(1).SetType(typedef.ActivityManual).SetEvent(typedef.EventActivity).SetEventType(typedef.EventTypeStop)
	}
	fit := act.ToFIT(nil)
	var b bytes.Buffer
	if err := encoder.New(&b).Encode(&fit); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// fieldBaseAt is the offset in data of the base type byte that data's
// first definition of message mesg gives field num; it fails the test
// when there is none. It reads definitions only up to the first data
// message of another definition, which is enough for the file_id and the
// session a synthRun starts with.
func fieldBaseAt(t testing.TB, data []byte, mesg uint16, num byte) int {
	t.Helper()
	sizes := map[byte]int{}
	for p := int(data[0]); p < len(data)-2; {
		hdr := data[p]
		if hdr&0x40 == 0 { // a data message: skip it
			p += 1 + sizes[hdr&0x0F]
			continue
		}
		n := int(data[p+5])
		size := 0
		for k := range n {
			f := data[p+6+3*k:]
			if binary.LittleEndian.Uint16(data[p+3:]) == mesg && f[0] == num {
				return p + 6 + 3*k + 2
			}
			size += int(f[1])
		}
		sizes[hdr&0x0F] = size
		p += 6 + 3*n
	}
	t.Fatalf("no field %d in a definition of message %d", num, mesg)
	return 0
}

// withCRC is data with its file CRC made right again, after a test changed it.
func withCRC(data []byte) []byte {
	end := len(data) - 2
	binary.LittleEndian.PutUint16(data[end:], crc16(0, data[:end]))
	return data
}
